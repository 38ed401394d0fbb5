"""Two OCR engines' readings of one receipt, field by field: agreement is evidence, disagreement a reason.

``MMJOBS_OCR_ENGINE=both`` reads every receipt with Tesseract and PP-OCRv4. A value both read
the same is more certain than either alone; an id they spell differently (one read ``8``, the
other ``B``) is not guessed: the field is marked as a disagreement and the receipt goes to a
person. Tesseract keeps the spaces PP-OCR drops, so a name both read alike is spelled Tesseract's way.

Will move to ``tasks/receipts/agreement.py`` with the receipts package split.
"""

from __future__ import annotations

import re
from typing import Any

from tasks.receipt_schema import FIELD_NAMES, FieldValue, ReceiptFields

# fields where two different readings mean one engine misread a character: never pick one
STRICT_FIELDS = ("transaction_id", "amount", "currency", "date")


def _compact(value: Any) -> str:
    return re.sub(r"[^0-9a-z]", "", str(value).casefold())


def reconcile(primary: ReceiptFields, other: ReceiptFields, *, primary_engine: str = "rapidocr",
              other_engine: str = "tesseract") -> ReceiptFields:
    """One set of fields from two engines' parses (``primary`` wins where only style differs)."""
    merged: dict[str, FieldValue[Any]] = {}
    disagreements: list[str] = []
    for name in FIELD_NAMES:
        a, b = primary.field(name), other.field(name)
        if a.value is None and b.value is None:
            merged[name] = a
            continue
        if a.value is not None and b.value is not None:
            same = a.value == b.value
            if name == "merchant_name" and not same and _compact(a.value) == _compact(b.value):
                # the same letters: keep the spelling of the engine that keeps word spaces
                a = b if primary_engine == "rapidocr" else a
                same = True
            if same:
                conf = 1.0 - (1.0 - a.confidence) * (1.0 - b.confidence)
                merged[name] = a.model_copy(update={
                    "confidence": round(conf, 3), "evidence": a.evidence + b.evidence,
                    "basis": f"{a.basis or b.basis}+engines"})
                continue
            disagreements.append(name)
            merged[name] = a if a.confidence >= b.confidence else b
            continue
        # one engine read a value, the other none: the value stands on one reading
        one = a if a.value is not None else b
        merged[name] = one.model_copy(update={"confidence": round(one.confidence * 0.85, 3)})
    unreadable = tuple(n for n in dict.fromkeys(primary.unreadable + other.unreadable)
                       if merged[n].value is None)
    return ReceiptFields(**merged, unreadable=unreadable, disagreements=tuple(disagreements))
