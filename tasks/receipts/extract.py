"""Parse one receipt image into fields and a verdict: the one function the receipt task calls.

Extractors:
* ``ocr`` — Tesseract words through the rule-based parser.
* ``vlm`` — the VLM's JSON; OCR (when available) supplies evidence, and a value the page
  does not show is flagged ``no_evidence:<field>``, never trusted silently.
* ``hybrid`` — the VLM's JSON checked against the OCR-parsed fields (disagreements flagged).

Whatever a receipt prints ("ignore previous instructions…") is data: the schema, the rules
and this pipeline are fixed, so printed text can change extracted values but never the checks.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from PIL import Image

from tasks.receipts.ocr_reading import parse_ocr
from tasks.receipts.rules import ReceiptRules, check_receipt, has_text, merge_hybrid
from tasks.receipts.schema import FIELD_NAMES, ReceiptFields, ReceiptHints, VlmOutputError, validate_vlm_data
from workers.engines.ocr import OcrResult
from workers.engines.vlm import VLMRequest

EDGE_PX = 2  # px; a word's box this close to the image's edge may have been cut by it (boxes are rounded)

Extractor = Literal["ocr", "vlm", "hybrid"]


class VLMResultLike(Protocol):
    """What the VLM engine hands back for one image (``workers.engines.vlm.VLMResult``)."""

    raw_text: str
    data: dict[str, Any] | None
    field_confidence: dict[str, float]
    truncated: bool
    error: str | None


@dataclass
class ReceiptVerdict:
    fields: ReceiptFields
    status: Literal["succeeded", "needs_review"]
    reasons: list[str]
    extractor: str
    raw_model_output: str | None
    ocr_text: str
    confidence: float
    ocr_fields: ReceiptFields | None = field(default=None, repr=False)

    def as_json(self) -> dict[str, Any]:
        """The verdict as plain JSON (what the result row stores in ``fields``)."""
        return {
            "status": self.status,
            "reasons": self.reasons,
            "extractor": self.extractor,
            "confidence": self.confidence,
            "values": self.fields.values(),
            "fields": self.fields.model_dump(mode="json"),
        }


def parse_receipt(
    image: Image.Image,
    *,
    extractor: Extractor,
    run_ocr: Callable[[Image.Image], OcrResult] | None,
    run_vlm: Callable[[Image.Image, ReceiptHints | None], VLMResultLike] | None,
    rules: ReceiptRules,
    hints: ReceiptHints | None = None,
    today: dt.date | None = None,
) -> ReceiptVerdict:
    """Extract a receipt's fields with the chosen extractor and judge them against the rules."""
    if extractor not in ("ocr", "vlm", "hybrid"):
        raise ValueError(f"unknown extractor {extractor!r}")
    if extractor in ("ocr", "hybrid") and run_ocr is None:
        raise ValueError(f"the {extractor} extractor needs run_ocr")
    if extractor in ("vlm", "hybrid") and run_vlm is None:
        raise ValueError(f"the {extractor} extractor needs run_vlm")

    ocr = run_ocr(image) if run_ocr is not None else None
    ocr_fields = parse_ocr(ocr, hints=hints) if ocr is not None else ReceiptFields()
    reasons: list[str] = []
    raw_output: str | None = None

    if extractor == "ocr":
        fields = ocr_fields
    else:
        assert run_vlm is not None
        result = run_vlm(image, hints)
        raw_output = result.raw_text
        vlm_data, vlm_reasons = _vlm_values(result)
        reasons += vlm_reasons
        if vlm_data is None:
            # the model's answer is unusable: show what OCR read, for the reviewer
            fields = ocr_fields
        else:
            fields, merge_reasons = merge_hybrid(
                vlm_data,
                result.field_confidence or {},
                ocr_fields,
                ocr,
                check_disagreement=extractor == "hybrid",
                merchant_ratio=rules.merchant_match_ratio,
            )
            reasons += merge_reasons

    if ocr is None and extractor == "vlm" and not any(fields.field(n).value is not None for n in FIELD_NAMES):
        reasons.append("no_text")
    reasons += check_receipt(fields, ocr=ocr, rules=rules, today=today)
    # a label printed with no readable value, or two OCR engines spelling a value differently:
    # the field is not known, so a person looks (unless the VLM's value for it was checked on the page)
    for name in ocr_fields.unreadable:
        if fields.field(name).value is None:
            reasons.append(f"unreadable:{name}")
    if rules.unknown_label_review:
        # the page prints a label the parser cannot place over a value this absent field's could be: it may be the
        # field's own wording
        for name in FIELD_NAMES:
            if ocr_fields.unknown_labels_for.get(name) and fields.field(name).value is None \
                    and name not in rules.required_fields and name not in ocr_fields.unreadable:
                reasons.append(f"unknown_label:{name}")
    for name in _cut_off(fields, image.size):
        reasons.append(f"cut_off:{name}")
    for name in ocr_fields.disagreements:
        if extractor == "ocr" or fields.field(name).source != "hybrid":
            reasons.append(f"engines_disagree:{name}")
    if ocr is not None and not has_text(ocr):
        # nothing readable: whatever a model says cannot be checked
        reasons.insert(0, "no_text")
    # (the reasons naming a field first: that too few were read says only that the page may have been read in part)
    reasons = sorted(dict.fromkeys(reasons), key=lambda reason: reason.startswith("too_few_fields"))
    present = [fields.field(n).confidence for n in FIELD_NAMES if fields.field(n).value is not None]
    confidence = round(min(present), 3) if present else 0.0
    return ReceiptVerdict(
        fields=fields,
        status="succeeded" if not reasons else "needs_review",
        reasons=reasons,
        extractor=extractor,
        raw_model_output=raw_output,
        ocr_text=_review_text(ocr),
        confidence=confidence,
        ocr_fields=ocr_fields if ocr is not None else None,
    )


def _cut_off(fields: ReceiptFields, size: tuple[int, int]) -> list[str]:
    """Fields read from words that reach the image's edge: the photo may have cut the value off ("Portland Stree")."""
    width, height = size

    def at_edge(box: tuple[int, int, int, int]) -> bool:
        left, top, right, bottom = box
        # a box crossing the edge counts (a deskewed reading's box of a word cut at a tilted photo's edge); one wholly
        # outside the image is no reading of its pixels
        return left < width and top < height and right > 0 and bottom > 0 and (
            left <= EDGE_PX or top <= EDGE_PX or right >= width - EDGE_PX or bottom >= height - EDGE_PX)

    return [name for name in FIELD_NAMES
            if fields.field(name).value is not None and any(at_edge(e.box) for e in fields.field(name).evidence)]


def _review_text(ocr: OcrResult | None) -> str:
    """The page text a reviewer sees: Tesseract's reading when there is one (it keeps word spaces)."""
    if ocr is None:
        return ""
    if ocr.engine != "tesseract" and ocr.second is not None and ocr.second.engine == "tesseract":
        return ocr.second.text
    return ocr.text


def _vlm_values(result: VLMResultLike) -> tuple[dict[str, Any] | None, list[str]]:
    """The VLM's values typed and schema-checked, or None with the reasons it is unusable."""
    if result.error:
        return None, ["vlm_output_invalid"]
    if result.truncated:
        return None, ["vlm_output_invalid", "vlm_output_truncated"]
    data = result.data
    if data is None:
        try:
            data = json.loads(result.raw_text)
        except (TypeError, ValueError):
            return None, ["vlm_output_invalid"]
    try:
        return validate_vlm_data(data), []
    except VlmOutputError:
        return None, ["vlm_output_invalid"]


def vlm_runner(batcher: Any) -> Callable[[Image.Image, ReceiptHints | None], VLMResultLike]:
    """``run_vlm`` for ``parse_receipt``: one receipt through the VLM engine's shared batcher."""
    def run_vlm(image: Image.Image, hints: ReceiptHints | None) -> VLMResultLike:
        return batcher.run(VLMRequest(image=image, hints=hints.model_dump() if hints else None))

    return run_vlm
