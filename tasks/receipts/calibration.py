"""Field confidences calibrated on the tuning split: a raw OCR confidence becomes the accuracy it had.

``bench/receipts_eval.py --fit-calibration`` reads the tuning split of the evaluation set, bins
each field's raw confidence (per OCR engine mode: tesseract, rapidocr, both) and stores the share
of values that were right in each bin — smoothed ((right + 1) / (n + 2), so a thin bin cannot
claim certainty) and made non-decreasing — in ``tasks/policies/receipt_calibration.json``. The
parser maps every confidence through that table, so a 0.97 means "about 97 of 100 such values
were right", and the policy's auto-accept threshold (``min_confidence``) is read off the same table.
"""

from __future__ import annotations

import bisect
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from tasks.receipts.schema import FIELD_NAMES, ReceiptFields

CALIBRATION_PATH = Path(__file__).parents[1] / "policies" / "receipt_calibration.json"
EDGES = (0.0, 0.5, 0.7, 0.8, 0.85, 0.9, 0.93, 0.96, 0.98, 0.99, 1.0001)


def fit(points: list[tuple[str, float, bool]]) -> dict[str, list[float]]:
    """Per field: the smoothed, non-decreasing accuracy of each confidence bin (``EDGES``)."""
    table: dict[str, list[float]] = {}
    for name in FIELD_NAMES:
        counts = [[0, 0] for _ in range(len(EDGES) - 1)]
        for field, conf, ok in points:
            if field == name:
                i = min(len(counts) - 1, max(0, bisect.bisect_right(EDGES, conf) - 1))
                counts[i][0] += int(ok)
                counts[i][1] += 1
        # pool adjacent bins that break monotonicity (pool-adjacent-violators), then smooth
        blocks = [[k, n, 1] for k, n in counts]
        merged: list[list[int]] = []
        for block in blocks:
            merged.append(block)
            while len(merged) > 1 and _rate(merged[-2]) > _rate(merged[-1]):
                k, n, w = merged.pop()
                merged[-1] = [merged[-1][0] + k, merged[-1][1] + n, merged[-1][2] + w]
        accs: list[float] = []
        for k, n, width in merged:
            accs += [round((k + 1) / (n + 2), 4)] * width
        table[name] = accs
    return table


def _rate(block: list[int]) -> float:
    k, n, _ = block
    return (k + 1) / (n + 2)


@lru_cache(maxsize=1)
def load_table(path: str = str(CALIBRATION_PATH)) -> dict[str, Any]:
    p = Path(path)
    if not p.exists():
        return {}
    return json.loads(p.read_text())


def calibrate(fields: ReceiptFields, mode: str, table: dict[str, Any] | None = None) -> ReceiptFields:
    """Every present field's confidence mapped through the tuning split's table for this engine mode."""
    table = load_table() if table is None else table
    per_field = table.get("modes", {}).get(mode)
    if not per_field:
        return fields
    updates = {}
    for name in FIELD_NAMES:
        fv = fields.field(name)
        accs = per_field.get(name)
        if fv.value is None or not accs:
            continue
        i = min(len(accs) - 1, max(0, bisect.bisect_right(EDGES, fv.confidence) - 1))
        updates[name] = fv.model_copy(update={"confidence": float(accs[i])})
    return fields.model_copy(update=updates)
