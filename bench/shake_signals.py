"""Cheap shake signals inside the product: could one tell a long shake of a padded product from every clean photo?

A long shake (about 110-145 px at the 512-px working copy) of a product padded onto white can read sharp: it
spreads the product's edges across the motion into ramps as long as the shake, too gradual to count as edges,
while grain and marks smeared along it keep sharp sides, so ``edge_width`` reads 2.2-3.0 px and the photo is
approved. Along the motion, though, such a photo hardly varies at all. This measures, on the same 512-px copy
and inside the same region the sharpness check measures (the cells ``measure_pixels`` hands to ``_sharpness``:
the product's inside, or a pasted photo's, or a full-frame photo's central box; recorded by wrapping that
function while ``measure_pixels`` runs, so the region is the checks' own), less its near-white pixels and
``PRODUCT_INSET`` px around them (a thin product's silhouette is no grain), candidate signals of a direction
along which the product does not vary; on each of them a long shake reads low:

- ``dir8``: the weakest over the strongest of 8 directions' (0, 22.5, ... 157.5 degrees: steps of 1 px along
  the axes and diagonals, and knight's moves) mean squared difference over the step's squared length;
- ``tensor``: the same over every direction (the structure tensor's smaller over its larger eigenvalue, from
  central differences);
- ``tile_agreement``: ``tensor`` of the sum of the textured 16-px tiles' tensors (textured as the sharpness
  check counts a tile), each scaled to one: every tile counts alike, and they must point the same way;
- ``lag16_var``: over 16 directions (11.25 degrees apart), the least mean squared change over 16 px, over twice
  the luma's variance (one less the luma's correlation over 16 px along its most correlated direction);
- ``lag16_ratio``: that least change over the greatest;
- ``hp16_var``: ``lag16_var`` on the luma less its mean over a 31-px box (a product's smooth shading taken out);
- ``curve16_var``: over the 16 directions, the least mean squared second difference over 16 px each way
  (I(p + 16u) - 2 I(p) + I(p - 16u)), over six times the luma's variance (white noise reads 1): a shake turns
  the luma along it into ramps (the product's ends and every mark smeared over the shake's length), which read 0;
- ``streak16``, ``streak32``: over the directions, the least change over 16 (32) px along one over the change
  over 2 px across it (a shake smooths along, its smeared grain keeps sharp sides across);
- ``hp_streak16``: ``streak16`` on the high-passed luma; ``curve_streak16``: the second difference instead;
- ``luma_std``: the luma's standard deviation (a long shake of a padded product washes it out towards the
  canvas); ``curve16_abs``: ``curve16_var``'s second difference in grey levels squared, not over the variance.

Cases: the clean and the motion-blur cases of every split of
``bench/photo_eval_set.py`` (``--splits``), and the other defects' cases (``--other-splits``: every value of the
non-blur defects, Gaussian blur and enlargement below the guarantee); each case is
measured and judged as ``bench/photo_checks.py`` does (default policy, no OCR). The table gives, per signal,
its value on every long shake of a padded product that the checks miss or catch short of the reject limit
(``NARROW_EDGE``), the least and greatest over clean photos (which), over the shakes the checks catch, over
the non-blur defects (brightness, gamma, over-exposure, noise, JPEG, tilt: any ``blurry`` there is a wrong
finding), and over blur below the guarantee; then the threshold halfway (geometrically) between the long shake
that reads highest and the clean photo that reads lowest, or, where they overlap, at that shake, with how many
clean and non-blur cases fall on the shake side of it (at or below it).

    PYTHONPATH=. nice python -m bench.shake_signals --rows rows.jsonl [--splits tuning,heldout48] \
        [--other-splits heldout41,heldout48] [--max-shake 150] [--crops DIR] [--summary-only [--recompute]] \
        [--write-rows PATH] [--nearest N]

Measured on the clean and motion-blur cases of all 49 splits (shakes up to 150 px) and the other defects of
twelve (7014 cases), none of the signals separates: a threshold that takes in the long shakes the checks miss
takes in 17 (``curve16_abs``) to 440 (``streak16``) of the 503-510 clean photos as well. Plain products drawn
without noise (a cordless drill's and a desk lamp's cylinders), thin or striped ones (a tie, knitting needles, a
carton's print, a hairbrush) and pale ones (a doily, sugar cubes, a beige cushion) have a direction of no change
as a shake does, and a long shake of a pale product leaves little grain to tell it by.

Rows are appended to ``--rows`` one case at a time (a second run skips the cases already there), so a
long run can be stopped and resumed, and the table printed from what is there (``--summary-only``); with
``--crops`` each case's region is kept, and ``--recompute`` computes the signals again from it.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, get_args

import numpy as np

import tasks.listing_qc.pixel_checks as pixel_checks
from bench.photo_checks import GUARANTEES
from bench.photo_eval_set import Split, cases, severity_order, source_image
from tasks.listing_qc.pixel_checks import CELL, NEAR_WHITE, judge_pixels, measure_pixels
from tasks.listing_qc.policy import load_policy_file
from tasks.listing_qc.sharpness import MIN_TILE_CONTRAST, TEXTURED_SHARE, TILE

NON_BLUR = ("brightness", "gamma", "overexposure", "noise", "jpeg", "tilt")
BLUR = ("gaussian_blur", "motion_blur", "upscale")
LONG_SHAKE = 100.0  # px; the shakes this is about
NARROW_EDGE = 4.2  # px; a long shake read narrower than this (the default reject limit) is caught narrowly if at all
# 8 directions, 22.5 degrees apart: (dy, dx) steps
STEPS = ((0, 1), (1, 2), (1, 1), (2, 1), (1, 0), (2, -1), (1, -1), (1, -2))
ANGLES = tuple(k * math.pi / 16 for k in range(16))  # 11.25 degrees apart, for the lagged changes
FINE_LAG = 2  # px; the fine change across a direction
PRODUCT_INSET = 2  # px; the product's pixels this far from any near-white one (its silhouette is no grain)
SMOOTH = 31  # px; the box whose mean the high-passed luma is taken from
MIN_PIXELS = 64
SIGNALS = (
    "dir8", "tensor", "tile_agreement", "lag16_var", "lag16_ratio", "hp16_var", "curve16_var", "streak16", "streak32",
    "hp_streak16", "curve_streak16", "luma_std", "curve16_abs",
)


@contextmanager
def recorded_region() -> Iterator[dict[str, Any]]:
    """While open, every call of the pixel checks' ``_sharpness`` records the luma and cells it is given."""
    seen: dict[str, Any] = {}
    original = pixel_checks._sharpness

    def spy(grey: np.ndarray, inner: np.ndarray, outline: np.ndarray | None, *args: Any, **kwargs: Any) -> float:
        seen.update(grey=grey, inner=inner, outline=outline)
        return original(grey, inner, outline, *args, **kwargs)

    pixel_checks._sharpness = spy
    try:
        yield seen
    finally:
        pixel_checks._sharpness = original


def _pair(values: np.ndarray, mask: np.ndarray, dy: int, dx: int) -> np.ndarray:
    """I(p + d) - I(p) over the pixels p with p and p + d both in ``mask`` (dy >= 0)."""
    h, w = values.shape
    if dy >= h or abs(dx) >= w:
        return values[:0, 0]
    ys, ye = 0, h - dy
    xs, xe = max(0, -dx), w - max(0, dx)
    a = values[ys + dy : ye + dy, xs + dx : xe + dx]
    b = values[ys:ye, xs:xe]
    both = mask[ys + dy : ye + dy, xs + dx : xe + dx] & mask[ys:ye, xs:xe]
    return (a - b)[both]


def _ratio(j: np.ndarray) -> tuple[float, float]:
    """A 2 x 2 tensor's smaller over larger eigenvalue, and the angle (radians, of (x, y)) of the smaller's vector."""
    (jxx, jxy), (_, jyy) = j
    half_trace, root = (jxx + jyy) / 2, math.hypot((jxx - jyy) / 2, jxy)
    big, small = half_trace + root, half_trace - root
    # the direction of least change: the eigenvector of the smaller eigenvalue
    angle = 0.5 * math.atan2(2 * jxy, jxx - jyy) + math.pi / 2
    return (small / big if big > 0 else 1.0), angle


def _gradients(luma: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Central differences, and where both neighbours along each axis are in ``mask``."""
    gx = np.zeros_like(luma)
    gy = np.zeros_like(luma)
    gx[:, 1:-1] = (luma[:, 2:] - luma[:, :-2]) / 2
    gy[1:-1, :] = (luma[2:, :] - luma[:-2, :]) / 2
    valid = np.zeros_like(mask)
    valid[1:-1, 1:-1] = (
        mask[1:-1, 1:-1] & mask[1:-1, 2:] & mask[1:-1, :-2] & mask[2:, 1:-1] & mask[:-2, 1:-1]
    )
    return gx, gy, valid


def _tensor(gx: np.ndarray, gy: np.ndarray, valid: np.ndarray) -> np.ndarray:
    x, y = gx[valid], gy[valid]
    return np.array([[np.mean(x * x), np.mean(x * y)], [np.mean(x * y), np.mean(y * y)]])


def _lag_variogram(values: np.ndarray, mask: np.ndarray, lag: float) -> np.ndarray:
    """Mean squared change over ``lag`` px in each of ``ANGLES`` directions (NaN where no pair is in ``mask``)."""
    out = []
    for angle in ANGLES:
        dy, dx = round(lag * math.sin(angle)), round(lag * math.cos(angle))
        if dy < 0:
            dy, dx = -dy, -dx
        d = _pair(values, mask, dy, dx)
        out.append(float(np.mean(d * d)) if d.size >= MIN_PIXELS else math.nan)
    return np.array(out)


def _shifted(values: np.ndarray, dy: int, dx: int, fill: Any) -> np.ndarray:
    """``values`` moved so that out[p] = values[p + (dy, dx)] (``fill`` where that falls outside)."""
    h, w = values.shape
    out = np.full_like(values, fill)
    if abs(dy) < h and abs(dx) < w:
        out[max(0, -dy) : h - max(0, dy), max(0, -dx) : w - max(0, dx)] = values[
            max(0, dy) : h - max(0, -dy), max(0, dx) : w - max(0, -dx)
        ]
    return out


def _curve_variogram(values: np.ndarray, mask: np.ndarray, lag: float) -> np.ndarray:
    """Mean squared second difference over ``lag`` px each way, in each of ``ANGLES`` directions: a ramp reads 0."""
    out = []
    for angle in ANGLES:
        dy, dx = round(lag * math.sin(angle)), round(lag * math.cos(angle))
        ok = mask & _shifted(mask, dy, dx, False) & _shifted(mask, -dy, -dx, False)
        if ok.sum() < MIN_PIXELS:
            out.append(math.nan)
            continue
        second = _shifted(values, dy, dx, 0.0) - 2 * values + _shifted(values, -dy, -dx, 0.0)
        out.append(float(np.mean(second[ok] ** 2)))
    return np.array(out)


def _high_pass(luma: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """``luma`` less its mean over a ``SMOOTH`` px box within ``mask`` (a product's smooth shading taken out)."""
    from scipy import ndimage

    weight = ndimage.uniform_filter(mask.astype(np.float32), SMOOTH, mode="constant")
    mean = ndimage.uniform_filter(luma * mask, SMOOTH, mode="constant") / np.maximum(weight, 1e-6)
    return luma - mean


def region_crop(grey: np.ndarray, cells: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The luma and the region's pixels (``cells``: the checks' CELL-px cells), cropped to the region's box and
    a cell around it (all the signals see)."""
    h, w = grey.shape
    region = pixel_checks._cells_to_pixels(cells, h, w)
    if not region.any():
        return grey[:0, :0], region[:0, :0]
    ys, xs = np.nonzero(region)
    box = (
        slice(max(0, ys.min() - CELL), min(h, ys.max() + 1 + CELL)),
        slice(max(0, xs.min() - CELL), min(w, xs.max() + 1 + CELL)),
    )
    return grey[box], region[box]


def signals(luma: np.ndarray, region: np.ndarray) -> dict[str, float | None]:
    """The candidate signals on ``luma`` (the 512-px copy's, float) inside ``region`` (its pixels)."""
    from scipy import ndimage

    out: dict[str, float | None] = dict.fromkeys(SIGNALS)
    if not region.any():
        return out
    product = ndimage.binary_erosion(luma < NEAR_WHITE, iterations=PRODUCT_INSET)
    mask = region & product
    if mask.sum() < MIN_PIXELS:
        return out
    # the region's box (with room for the longest lag's pairs, all inside the mask anyway)
    ys, xs = np.nonzero(mask)
    box = (slice(ys.min(), ys.max() + 1), slice(xs.min(), xs.max() + 1))
    luma, mask = luma[box], mask[box]
    energies = []
    for dy, dx in STEPS:
        d = _pair(luma, mask, dy, dx)
        energies.append(float(np.mean(d * d)) / (dy * dy + dx * dx) if d.size else math.nan)
    energies_arr = np.array(energies)
    if np.isfinite(energies_arr).all() and energies_arr.max() > 0:
        out["dir8"] = float(energies_arr.min() / energies_arr.max())
    gx, gy, valid = _gradients(luma, mask)
    if valid.sum() >= MIN_PIXELS:
        out["tensor"] = _ratio(_tensor(gx, gy, valid))[0]
        # tiles wholly in the cells (the box starts on a cell, not on a tile: tiles counted from the box's corner),
        # textured as the sharpness check counts a tile (spread against the region's 90th percentile)
        th, tw = luma.shape[0] // TILE, luma.shape[1] // TILE
        tiles_in = mask[: th * TILE, : tw * TILE].reshape(th, TILE, tw, TILE).all(axis=(1, 3))
        spreads, tensors = [], []
        for r, c in zip(*np.nonzero(tiles_in), strict=True):
            block = (slice(r * TILE, (r + 1) * TILE), slice(c * TILE, (c + 1) * TILE))
            patch, v = luma[block], valid[block]
            if v.sum() < TILE:
                continue
            spreads.append(float(patch.max() - patch.min()))
            tensors.append(_tensor(gx[block], gy[block], v))
        if spreads:
            floor = max(MIN_TILE_CONTRAST, TEXTURED_SHARE * float(np.percentile(spreads, 90)))
            textured = [t for s, t in zip(spreads, tensors, strict=True) if s >= floor and np.trace(t) > 0]
            if textured:
                out["tile_agreement"] = _ratio(sum(t / np.trace(t) for t in textured))[0]
    variance = float(np.var(luma[mask]))
    raw16 = _lag_variogram(luma, mask, 16)
    raw32 = _lag_variogram(luma, mask, 32)
    fine = _lag_variogram(luma, mask, FINE_LAG)
    across = np.roll(fine, len(ANGLES) // 2)  # the fine change across each direction
    if np.isfinite(raw16).any() and variance > 0:
        out["lag16_var"] = float(np.nanmin(raw16)) / (2 * variance)
        out["lag16_ratio"] = float(np.nanmin(raw16) / np.nanmax(raw16))
    out["luma_std"] = math.sqrt(variance)
    curve = _curve_variogram(luma, mask, 16)
    if np.isfinite(curve).any():
        out["curve16_abs"] = float(np.nanmin(curve))
    if np.isfinite(curve).any() and variance > 0:
        out["curve16_var"] = float(np.nanmin(curve)) / (6 * variance)
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio = curve / across
        if np.isfinite(ratio).any():
            out["curve_streak16"] = float(np.nanmin(ratio))
    with np.errstate(divide="ignore", invalid="ignore"):
        for name, lagged in (("streak16", raw16), ("streak32", raw32)):
            ratio = lagged / across
            if np.isfinite(ratio).any():
                out[name] = float(np.nanmin(ratio))
    smooth_out = _high_pass(luma, mask)
    hp_variance = float(np.var(smooth_out[mask]))
    hp16 = _lag_variogram(smooth_out, mask, 16)
    if np.isfinite(hp16).any() and hp_variance > 0:
        out["hp16_var"] = float(np.nanmin(hp16)) / (2 * hp_variance)
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio = hp16 / np.roll(_lag_variogram(smooth_out, mask, FINE_LAG), len(ANGLES) // 2)
        if np.isfinite(ratio).any():
            out["hp_streak16"] = float(np.nanmin(ratio))
    return out


def _crop_path(crops: Path, split: str, case: str) -> Path:
    return crops / f"{split}__{case.replace('/', '__')}.npz"


def _rounded(values: dict[str, float | None]) -> dict[str, float | None]:
    return {k: None if v is None or not math.isfinite(v) else round(float(v), 6) for k, v in values.items()}


def measure(case: Any, thresholds: Any, crops: Path | None) -> dict[str, Any]:
    image = case.image()
    with recorded_region() as seen:
        metrics = measure_pixels(image, detect_overlay_text=False)
    codes = {f.code: f.severity for f in judge_pixels(metrics, thresholds, require_white_background=True)}
    started = time.process_time()
    luma, region = region_crop(seen["grey"], seen["inner"])
    values = signals(luma.astype(np.float32), region)
    spent = time.process_time() - started
    if crops is not None:
        np.savez_compressed(_crop_path(crops, case.split, case.name), luma=luma, region=region)
    return {
        "case": case.name,
        "split": case.split,
        "source": case.source.name,
        "kind": case.source.kind,
        "composition": case.composition,
        "defect": case.defect,
        "value": case.value,
        "codes": codes,
        "edge_width": metrics.edge_width,
        "longest_side": metrics.longest_side,
        "pasted_photo": metrics.pasted_photo,
        "inner_cells": int(seen["inner"].sum()),
        "signal_ms": round(spent * 1000, 2),
        **_rounded(values),
    }


def run(rows_path: Path, splits: list[str], other_splits: set[str], max_shake: float | None, crops: Path | None) -> None:
    thresholds = load_policy_file(Path("tasks/policies/default.toml")).pixel
    done = set()
    if rows_path.exists():
        done = {json.loads(line)["case"] + "@" + json.loads(line)["split"] for line in rows_path.open()}
    with rows_path.open("a") as handle:
        for split in splits:
            started = time.perf_counter()
            defects = ("clean", "motion_blur", *(NON_BLUR + ("gaussian_blur", "upscale") if split in other_splits else ()))
            mildest = {d: GUARANTEES[d][0] for d in ("gaussian_blur", "upscale")}
            count = 0
            for case in cases(split):  # type: ignore[arg-type]
                if case.defect not in defects or f"{case.name}@{split}" in done:
                    continue
                if case.defect == "motion_blur" and max_shake is not None and case.value > max_shake:
                    continue
                if case.defect in mildest and case.value >= mildest[case.defect]:
                    continue  # a blur the checks must call blurry anyway
                handle.write(json.dumps(measure(case, thresholds, crops)) + "\n")
                handle.flush()
                count += 1
            source_image.cache_clear()  # a split's sources are not needed again
            print(f"{split}: {count} cases in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)


def _group(row: dict[str, Any]) -> str:
    defect, value = row["defect"], row["value"]
    if defect == "clean":
        return "clean"
    if defect in NON_BLUR:
        return "non_blur"
    guaranteed = defect in GUARANTEES and row["longest_side"] >= 512 and severity_order(defect, value) >= severity_order(
        defect, GUARANTEES[defect][0]
    )
    if defect == "motion_blur" and guaranteed:
        return "shake_caught" if "blurry" in row["codes"] else "shake_missed"
    return "blur_guaranteed" if guaranteed else "blur_below_guarantee"


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.4g}"


def summary(rows: list[dict[str, Any]]) -> str:
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(_group(row), []).append(row)
    missed = sorted(groups.get("shake_missed", []), key=lambda r: (r["split"], r["case"]))
    # the long shakes of padded products: missed, or caught only on a width short of the reject limit
    long_missed = sorted(
        (r for r in rows if r["defect"] == "motion_blur" and r["value"] >= LONG_SHAKE and r["composition"] == "padded"
         and (_group(r) == "shake_missed" or r["edge_width"] < NARROW_EDGE)),
        key=lambda r: (r["split"], r["case"]),
    )
    lines = [
        f"cases: {len(rows)} ({', '.join(f'{k} {len(v)}' for k, v in sorted(groups.items()))}); "
        f"splits: {len({r['split'] for r in rows})}",
        "shakes of at least 12 px the checks miss: "
        + "; ".join(f"{r['split']} {r['case']} (edge {r['edge_width']})" for r in missed),
        "long padded shakes (columns): "
        + "; ".join(f"{r['split']} {r['case']} (edge {r['edge_width']}, {r['codes'].get('blurry', 'approved')})"
                    for r in long_missed),
        "",
    ]
    # the narrowest width a long shake reads: photos read narrower would need no second signal to stay approved
    gate = min((r["edge_width"] for r in long_missed), default=0.0)
    wide = lambda r: r["edge_width"] >= gate  # noqa: E731
    header = [
        "signal",
        *(f"{r['split']} {r['case'].split('/')[0]} {r['value']:g}{'' if 'blurry' not in r['codes'] else ' (caught)'}"
          for r in long_missed),
    ]
    header += [
        "clean least (which)", "clean greatest", "caught shakes >= 100 px: range",
        "caught shakes 12-100 px: range", "non-blur defects: least (which)", "threshold",
        "margin (clean least / missed greatest)", "clean at or below the lowest long shake", "clean on shake side", "non-blur on shake side",
        "caught shakes >= 12 px on shake side", "blur below guarantee on shake side",
        f"clean with edge_width >= {gate:g}: least (which)", "... on shake side", "non-blur with edge_width >= "
        f"{gate:g} on shake side",
    ]
    lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for signal in SIGNALS:
        def values(group: str, where: Callable[[dict[str, Any]], bool] = lambda r: True) -> list[tuple[float, str]]:
            return sorted(
                (r[signal], f"{r['split']} {r['case']}") for r in groups.get(group, []) if r[signal] is not None and where(r)
            )
        clean = values("clean")
        shakes = [r[signal] for r in long_missed if r[signal] is not None]
        caught_long = values("shake_caught", lambda r: r["value"] >= LONG_SHAKE)
        caught_short = values("shake_caught", lambda r: r["value"] < LONG_SHAKE)
        non_blur = values("non_blur")
        below = values("blur_below_guarantee")
        worst = max(shakes) if shakes else None
        threshold = None
        if worst is not None and clean:
            threshold = math.sqrt(worst * clean[0][0]) if clean[0][0] > worst > 0 else worst
        def on_side(vals: list[tuple[float, str]]) -> str:
            return "—" if threshold is None else f"{sum(v <= threshold for v, _ in vals)} / {len(vals)}"
        caught_all = values("shake_caught")
        clean_wide, non_blur_wide = values("clean", wide), values("non_blur", wide)
        cells = [
            signal,
            *(_fmt(r[signal]) for r in long_missed),
            f"{_fmt(clean[0][0])} ({clean[0][1]}); next {_fmt(clean[1][0])} ({clean[1][1]})" if len(clean) > 1 else "—",
            f"{_fmt(clean[-1][0])} ({clean[-1][1]})" if clean else "—",
            f"{_fmt(caught_long[0][0])}-{_fmt(caught_long[-1][0])}" if caught_long else "—",
            f"{_fmt(caught_short[0][0])}-{_fmt(caught_short[-1][0])}" if caught_short else "—",
            f"{_fmt(non_blur[0][0])} ({non_blur[0][1]})" if non_blur else "—",
            _fmt(threshold),
            f"x{clean[0][0] / worst:.3g}" if worst and clean else "—",
            f"{sum(v <= min(shakes) for v, _ in clean)} / {len(clean)}" if shakes else "—",
            on_side(clean),
            on_side(non_blur),
            on_side(caught_all),
            on_side(below),
            f"{_fmt(clean_wide[0][0])} ({clean_wide[0][1]})" if clean_wide else "—",
            on_side(clean_wide),
            on_side(non_blur_wide),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append(f"\nall signals together: {float(np.mean([r['signal_ms'] for r in rows])):.1f} ms CPU per photo (mean)")
    return "\n".join(lines)


def nearest(rows: list[dict[str, Any]], signal: str, n: int = 8) -> str:
    """The clean and non-blur cases reading lowest on a signal, beside the missed long shakes."""
    pool = sorted(
        (r for r in rows if _group(r) in ("clean", "non_blur", "shake_missed") and r[signal] is not None),
        key=lambda r: r[signal],
    )
    return "\n".join(f"  {r[signal]:.4g}  {_group(r)}  {r['split']} {r['case']}  edge {r['edge_width']}" for r in pool[:n])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    every = list(get_args(Split))
    parser.add_argument("--rows", type=Path, required=True, help="JSON lines, one per case (appended; resumed)")
    parser.add_argument("--splits", default="all", help="comma-separated splits for clean and motion-blur cases")
    parser.add_argument("--other-splits", default="", help="comma-separated splits whose other defects are measured too")
    parser.add_argument("--max-shake", type=float, default=None, help="leave out shakes longer than this (px)")
    parser.add_argument("--summary-only", action="store_true")
    parser.add_argument("--crops", type=Path, default=None, help="keep each case's region (luma, pixels) here as .npz")
    parser.add_argument("--recompute", action="store_true", help="the signals again from --crops (no case is built)")
    parser.add_argument("--write-rows", type=Path, default=None, help="with --recompute: write the rows again here")
    parser.add_argument("--nearest", type=int, default=0, help="also list this many lowest clean/non-blur cases per signal")
    args = parser.parse_args(argv)
    splits = every if args.splits == "all" else args.splits.split(",")
    others = set(every if args.other_splits == "all" else filter(None, args.other_splits.split(",")))
    if not args.summary_only:
        run(args.rows, splits, others, args.max_shake, args.crops)
    rows = [json.loads(line) for line in args.rows.open()]
    if args.recompute:
        for row in rows:
            with np.load(_crop_path(args.crops, row["split"], row["case"])) as saved:
                row.update(_rounded(signals(saved["luma"].astype(np.float32), saved["region"])))
        if args.write_rows is not None:
            args.write_rows.write_text("".join(json.dumps(row) + "\n" for row in rows))
    print(summary(rows))
    if args.nearest:
        for signal in SIGNALS:
            print(f"\n{signal}: lowest clean / non-blur / missed")
            print(nearest(rows, signal, args.nearest))
    return 0


if __name__ == "__main__":
    sys.exit(main())
