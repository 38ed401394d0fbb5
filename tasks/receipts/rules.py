"""Business rules for parsed receipts, and the check of a VLM's values against the OCR text.

Rules are data (``tasks/policies/receipts.toml``); each broken rule is a reason code, and a
receipt with any reason goes to a person (``needs_review``). Nothing here corrects a value.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from decimal import Decimal
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from tasks.receipts.parser import (
    _METHOD_KEYWORDS,
    _STATUS_WORDS,
    PageLine,
    dates_in_text,
    amount_text,
    decimal_of,
    page_currencies,
    page_lines,
)
from tasks.receipts.schema import (
    FIELD_NAMES,
    Evidence,
    FieldValue,
    PaymentMethod,
    PaymentStatus,
    ReceiptFields,
    Source,
    format_value,
)
from workers.engines.ocr import OcrResult, OcrWord


class ReceiptRules(BaseModel):
    """The receipt policy: what must be present, what is plausible, how sure we must be."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: str = "default"
    required_fields: tuple[str, ...] = ("amount", "currency", "date")
    accepted_currencies: tuple[str, ...] = ("INR", "USD", "EUR", "GBP")
    default_ceiling: Decimal = Decimal("1000000")
    amount_ceilings: dict[str, Decimal] = Field(default_factory=dict)
    future_tolerance_days: int = 1
    min_confidence: float = Field(default=0.55, ge=0.0, le=1.0)
    min_field_confidence: dict[str, float] = Field(default_factory=dict)
    # the auto-accept threshold for OCR-read values, whose confidences are calibrated on the tuning split
    # (tasks/policies/receipt_calibration.json): read off the reliability table in BENCHMARKS.md
    min_ocr_confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    review_statuses: tuple[PaymentStatus, ...] = ()
    # more of the seven fields absent than this: the page was read in part (a photo of a screen whose left column
    # OCR lost), however sure what was read is
    max_absent_fields: int = Field(default=3, ge=0, le=7)
    # false: every receipt ends needs_review (auto_accept_off), however clean, for issuers not yet measured
    auto_accept: bool = False
    # true: a page printing a label the parser cannot place proves no field absent (unknown_label:<field>)
    unknown_label_review: bool = True
    merchant_match_ratio: float = Field(default=0.8, ge=0.0, le=1.0)
    transaction_id_patterns: dict[str, str] = Field(default_factory=lambda: {"UPI": r"^[0-9]{12}$"})
    # what an id read under a network reference's own label must look like, by the label's family (a retrieval
    # reference number's twelve digits), whatever the method read
    reference_patterns: dict[str, str] = Field(default_factory=dict)

    def ceiling(self, currency: str | None) -> Decimal:
        return self.amount_ceilings.get(currency or "", self.default_ceiling)

    def min_confidence_for(self, name: str) -> float:
        return self.min_field_confidence.get(name, self.min_confidence)


def default_rules_path() -> Path:
    return Path(__file__).parents[1] / "policies" / "receipts.toml"


def load_receipt_rules(path: str | Path | None = None) -> ReceiptRules:
    """Read the receipt policy from TOML (the packaged default when no path is given)."""
    with open(path or default_rules_path(), "rb") as fh:
        data = tomllib.load(fh)
    return ReceiptRules.model_validate(data)


# ---------------------------------------------------------------- rules


def has_text(ocr: OcrResult | None) -> bool:
    """Whether OCR found anything a receipt could be read from (a few real characters)."""
    if ocr is None:
        return False
    chars = sum(sum(c.isalnum() for c in w.text) for w in ocr.words if w.conf >= 30)
    return chars >= 4


def check_receipt(
    fields: ReceiptFields,
    *,
    ocr: OcrResult | None,
    rules: ReceiptRules,
    today: dt.date | None = None,
) -> list[str]:
    """Every business rule the receipt breaks, as reason codes (empty: the receipt is fine)."""
    today = today or dt.date.today()
    reasons: list[str] = []
    if ocr is not None and not has_text(ocr):
        reasons.append("no_text")
    for name in rules.required_fields:
        if fields.field(name).value is None:
            reasons.append(f"missing:{name}")
    for name in FIELD_NAMES:
        fv = fields.field(name)
        if fv.value is None:
            continue
        if ocr is not None and not fv.evidence:
            reasons.append(f"no_evidence:{name}")
        floor = rules.min_confidence_for(name)
        if fv.source == "ocr":
            floor = max(floor, rules.min_ocr_confidence)
        if fv.confidence < floor:
            reasons.append(f"low_confidence:{name}")

    amount, currency = fields.amount.value, fields.currency.value
    if amount is not None:
        if amount <= 0:
            reasons.append("amount_not_positive")
        elif amount > rules.ceiling(currency):
            reasons.append("amount_above_ceiling")
    if currency is not None:
        if currency not in rules.accepted_currencies:
            reasons.append("unsupported_currency")
        if ocr is not None:
            printed = page_currencies(ocr)
            if printed and currency not in printed:
                reasons.append("currency_symbol_mismatch")
            elif not printed and fields.currency.source != "ocr":
                pass  # covered by no_evidence:currency when the model names a currency the page does not show

    if fields.date.value is not None:
        if fields.date.value > today + dt.timedelta(days=rules.future_tolerance_days):
            reasons.append("date_in_future")
    for name in FIELD_NAMES:
        # the page supports other readings as well as this one (03/04/2025; an unlabelled code beside others)
        if fields.field(name).value is not None and fields.field(name).ambiguous:
            if name == "transaction_id" and not _network_id_rivals(fields, rules):
                continue
            reasons.append(f"ambiguous:{name}")

    method, txn = fields.payment_method.value, fields.transaction_id.value
    basis = fields.transaction_id.basis or ""
    # the method's pattern is the shape of its network's own reference (a UPI reference's twelve digits), not of the
    # ids other labels name on a page that prints none: an order's or a bill's number, and a code with letters under
    # a bank's reference or a transaction id label (a bill network's "B-Connect Txn ID CC026NUT44TW3S", a bank's
    # "SBI1530867813"); digits alone there may be the network's reference misread ("UPI Reference 61234567890")
    others_id = basis.startswith(("label:order", "label:invoice")) or (
        basis.startswith(("label:bank_ref", "label:txn_id")) and txn is not None and not txn.isdigit())
    misshapen = False
    if method is not None and txn is not None and not others_id:
        pattern = rules.transaction_id_patterns.get(method.value)
        if pattern and not re.fullmatch(pattern, txn):
            reasons.append(f"bad_transaction_id:{method.value}")
            misshapen = True
    family = basis.removeprefix("label:").split("+")[0] if basis.startswith("label:") else ""
    shape = rules.reference_patterns.get(family)
    if txn is not None and shape and not misshapen and not re.fullmatch(shape, txn):
        # (a degraded slip's "RRN: 8510450339", two of its twelve digits lost; one reason for one fault)
        reasons.append(f"bad_transaction_id:{family}")

    status = fields.status.value
    if status is not None and status in rules.review_statuses:
        reasons.append(f"payment_status:{status.value}")
    # (after the reasons that name a field: they say what to look at first)
    absent = [name for name in FIELD_NAMES if fields.field(name).value is None]
    if len(absent) > rules.max_absent_fields:
        reasons.append(f"too_few_fields:{len(FIELD_NAMES) - len(absent)}")
    if not rules.auto_accept:
        reasons.append("auto_accept_off")
    return _dedupe(reasons)


# the labels of a payment network's own reference (a UPI reference or UTR, a retrieval reference number): the kinds of
# id no other label on the page outranks
_NETWORK_ID_BASES = ("label:upi_ref", "label:utr", "label:rrn")


def _network_id_rivals(fields: ReceiptFields, rules: ReceiptRules) -> list[str]:
    """The other ids the page may mean, less those the policy says the way paid never has: beside a UPI reference
    that fits the method's pattern (twelve digits) and that a second OCR engine read the same, an app's own id
    ("CICAgOMbGtp5jlR", "T2605…") or an order's number is not the payment's, while a second twelve-digit reference
    still is a rival. (With one engine the rivals stay: on the evaluation sets the pages this would have let through
    on Tesseract's reading alone carried other misreadings, a notification's day, a chat's sum, a misread "€".)"""
    txn, method = fields.transaction_id, fields.payment_method.value
    pattern = rules.transaction_id_patterns.get(method.value) if method is not None else None
    basis = txn.basis or ""
    if pattern is None or txn.value is None or not basis.startswith(_NETWORK_ID_BASES) \
            or not basis.endswith("+engines") or not re.fullmatch(pattern, txn.value):
        return list(txn.alternatives)
    return [other for other in txn.alternatives if re.fullmatch(pattern, other)]


def _dedupe(reasons: list[str]) -> list[str]:
    return list(dict.fromkeys(reasons))


# ---------------------------------------------------------------- hybrid: VLM values against the page


def _norm_text(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", text.casefold())


def _fold_id(text: str) -> str:
    """Fold the characters OCR confuses, so an id matches however Tesseract spelled it."""
    return _norm_text(text).translate(str.maketrans({"o": "0", "i": "1", "l": "1", "s": "5", "b": "8", "z": "2"}))


def find_evidence(name: str, value: Any, lines: list[PageLine], *, merchant_ratio: float = 0.8) -> list[OcrWord]:
    """The OCR words that show ``value`` for field ``name`` on the page (empty: not printed)."""
    if value is None:
        return []
    if name == "amount":
        target = Decimal(value)
        for line in lines:
            # the whole line, as the reader takes numbers: a space-grouped "1 234,56" is two words
            for m in re.finditer(r"\d[\d,]*(?:\.\d{1,2})?", amount_text(line)):
                if decimal_of(m.group(0)) == target:
                    return line.words_in(*m.span())
        return []
    if name == "currency":
        for line in lines:
            if value in page_currencies([line]):
                hits = [w for w in line.words if re.search(r"Rs|INR|[A-Z]{3}|[₹$€£]", w.text)]
                return hits or list(line.words)
        return []
    if name == "date":
        for line in lines:
            for first, others, start, end in dates_in_text(line.text):
                if value == first or value in others:
                    return line.words_in(start, end)
        return []
    if name == "transaction_id":
        target = _fold_id(str(value))
        if len(target) < 4:
            return []
        for line in lines:
            folded = [_fold_id(w.text) for w in line.words]
            for i in range(len(line.words)):
                joined = ""
                for j in range(i, min(i + 4, len(line.words))):
                    joined += folded[j]
                    if joined == target:
                        return list(line.words[i : j + 1])
                    if not target.startswith(joined):
                        break
        return []
    if name == "merchant_name":
        target = _norm_text(str(value))
        if not target:
            return []
        best: tuple[float, list[OcrWord]] = (0.0, [])
        for line in lines:
            n = len(line.words)
            for i in range(n):
                joined = ""
                for j in range(i, n):
                    joined += _norm_text(line.words[j].text)
                    if len(joined) > 2 * len(target) + 4:
                        break
                    ratio = SequenceMatcher(None, joined, target).ratio()
                    if ratio > best[0]:
                        best = (ratio, list(line.words[i : j + 1]))
        return best[1] if best[0] >= merchant_ratio else []
    if name == "payment_method":
        method = PaymentMethod(value)
        for keyword_method, pattern in _METHOD_KEYWORDS:
            if keyword_method != method:
                continue
            for line in lines:
                m = pattern.search(line.text)
                if m:
                    return line.words_in(*m.span())
        return []
    if name == "status":
        status = PaymentStatus(value)
        words = [k for k, v in _STATUS_WORDS.items() if v == status]
        for line in lines:
            # a keyword inside an instruction-looking line ("set status to success") is not a status
            if re.search(r"\b(ignore|instruction|set|should|must|prompt)\b", line.text, re.I):
                continue
            for k in words:
                m = re.search(rf"\b{k}\b", line.text, re.I)
                if m:
                    return line.words_in(*m.span())
        return []
    raise KeyError(name)


def _same(name: str, a: Any, b: Any, *, merchant_ratio: float) -> bool:
    if a is None or b is None:
        return a is b
    if name == "amount":
        return Decimal(a) == Decimal(b)
    if name == "merchant_name":
        x, y = _norm_text(str(a)), _norm_text(str(b))
        return x == y or SequenceMatcher(None, x, y).ratio() >= merchant_ratio
    if name == "transaction_id":
        return _fold_id(str(a)) == _fold_id(str(b))
    if name == "currency":
        return str(a).upper() == str(b).upper()
    return a == b


def merge_hybrid(
    vlm_data: dict[str, Any] | None,
    vlm_conf: dict[str, float],
    ocr_fields: ReceiptFields,
    ocr: OcrResult | None,
    *,
    check_disagreement: bool = True,
    merchant_ratio: float = 0.8,
) -> tuple[ReceiptFields, list[str]]:
    """Check each VLM value (already typed by ``validate_vlm_data``) against the OCR text.

    A value with no words on the page gives ``no_evidence:<field>``; one that differs from the
    OCR-parsed value gives ``ocr_disagrees:<field>`` (also when the model says null where OCR
    read a value). With ``check_disagreement=False`` (the ``vlm`` extractor) only evidence is
    checked. A missing VLM output keeps the OCR fields and gives ``vlm_output_invalid``.
    """
    if vlm_data is None:
        return ocr_fields, ["vlm_output_invalid"]
    lines = page_lines(ocr) if ocr is not None else []
    reasons: list[str] = []
    merged: dict[str, FieldValue[Any]] = {}
    for name in FIELD_NAMES:
        value = vlm_data.get(name)
        ocr_value: FieldValue[Any] = ocr_fields.field(name)
        conf = max(0.0, min(1.0, float(vlm_conf.get(name, 0.5))))
        field_type = type(ocr_value)
        if value is None:
            if check_disagreement and ocr_value.value is not None:
                reasons.append(f"ocr_disagrees:{name}")
            merged[name] = field_type()
            continue
        if ocr is None:
            reasons.append(f"no_evidence:{name}")
            merged[name] = field_type(value=value, confidence=conf, source="vlm")
            continue
        agrees = ocr_value.value is not None and _same(name, value, ocr_value.value, merchant_ratio=merchant_ratio)
        if agrees:
            evidence = ocr_value.evidence
        else:
            evidence = [Evidence(text=w.text, box=w.box, conf=float(w.conf))
                        for w in find_evidence(name, value, lines, merchant_ratio=merchant_ratio)]
        source: Source = "hybrid" if agrees else "vlm"
        if not evidence:
            reasons.append(f"no_evidence:{name}")
        if check_disagreement and ocr_value.value is not None and not agrees:
            reasons.append(f"ocr_disagrees:{name}")
        if agrees:
            conf = max(conf, ocr_value.confidence)
        elif evidence:
            ocr_word_conf = sum(e.conf for e in evidence) / len(evidence) / 100.0
            conf = min(conf, ocr_word_conf)
        alternatives = ocr_value.alternatives if agrees else []
        merged[name] = field_type(value=value, confidence=round(conf, 3), evidence=evidence, source=source,
                                  alternatives=alternatives)
    return ReceiptFields(**merged), _dedupe(reasons)


def flat_values(fields: ReceiptFields) -> dict[str, str | None]:
    return {name: format_value(name, fields.field(name).value) for name in FIELD_NAMES}
