"""Bulk submission manifests: one CSV row per job, checked before anything is queued.

Listing QC columns: ``image`` (required), ``title``, ``description``, ``category``,
``categories`` (``|``- or ``;``-separated), ``policy``, ``job_id``.
Receipt columns: ``image`` (required), ``extractor``, ``currency``, ``locale``, ``job_id``.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tasks.jobs.contracts import parse_payload
from workers.errors import InvalidPayload

COLUMNS = {
    "listing_qc": ("image", "title", "description", "category", "categories", "policy", "job_id"),
    "receipt": ("image", "extractor", "currency", "locale", "job_id"),
}


class ManifestError(ValueError):
    """The manifest as a whole cannot be read (missing file, wrong header)."""


@dataclass(frozen=True)
class ManifestRow:
    line: int
    payload: dict[str, Any] | None
    error: str | None = None


def read_manifest(kind: str, path: Path) -> list[ManifestRow]:
    """Read and validate every row; a bad row carries its error instead of a payload."""
    allowed = COLUMNS[kind]
    try:
        handle = path.open(newline="", encoding="utf-8-sig")
    except OSError as exc:
        raise ManifestError(f"cannot open manifest {path}: {exc.strerror or exc}") from exc
    with handle:
        reader = csv.DictReader(handle)
        header = [h.strip() for h in (reader.fieldnames or [])]
        if "image" not in header:
            raise ManifestError(f"{path}: the first line must be a header with an 'image' column "
                                f"(allowed: {', '.join(allowed)}); found {header or 'nothing'}")
        unknown = [h for h in header if h not in allowed]
        if unknown:
            raise ManifestError(f"{path}: unknown column(s) {', '.join(unknown)} for {kind}; "
                                f"allowed: {', '.join(allowed)}")
        rows: list[ManifestRow] = []
        for raw in reader:
            line = reader.line_num
            if None in raw:  # csv puts cells beyond the header under None: an unquoted comma, most likely
                rows.append(ManifestRow(line, None, f"line {line} has more cells than the header "
                                                    f"({len(header)}); quote a value that holds a comma"))
                continue
            values = {k.strip(): (v or "").strip() for k, v in raw.items() if k is not None}
            if not any(values.values()):
                continue
            payload = _payload(kind, values)
            try:
                parse_payload(kind, payload)
            except InvalidPayload as exc:
                rows.append(ManifestRow(line, None, str(exc)))
                continue
            rows.append(ManifestRow(line, payload))
        return rows


def _payload(kind: str, values: dict[str, str]) -> dict[str, Any]:
    if kind == "listing_qc":
        payload: dict[str, Any] = {k: values[k] for k in ("image", "title", "description", "category", "policy",
                                                          "job_id") if values.get(k)}
        if values.get("categories"):
            payload["categories"] = [c.strip() for c in re.split(r"[|;]", values["categories"]) if c.strip()]
        return payload
    payload = {k: values[k] for k in ("image", "extractor", "job_id") if values.get(k)}
    hints = {k: values[k] for k in ("currency", "locale") if values.get(k)}
    if hints:
        payload["hints"] = hints
    return payload
