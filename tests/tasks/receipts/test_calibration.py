"""Calibrated field confidences and the auto-accept threshold read off them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tasks.receipts.calibration import EDGES, calibrate, fit, load_table
from tasks.receipts.rules import check_receipt, load_receipt_rules
from tasks.receipts.schema import Evidence, FieldValue, ReceiptFields
from tests.fixtures.receipts import RECEIPT_TODAY, words

EV = [Evidence(text="x", box=(0, 0, 1, 1), conf=95.0)]


def test_a_bin_says_how_often_its_values_were_right_and_never_claims_certainty_from_few():
    points = [("amount", 0.95, True)] * 98 + [("amount", 0.75, True)] * 3
    accs = fit(points)["amount"]
    assert accs[EDGES.index(0.93)] == round(99 / 100, 4)  # 98 right of 98: (98 + 1) / (98 + 2)
    assert accs[EDGES.index(0.7)] == 0.8  # 3 right of 3 is only (3 + 1) / (3 + 2)


def test_a_bin_less_accurate_than_the_one_below_is_pooled_with_it():
    points = ([("date", 0.75, True)] * 9 + [("date", 0.75, False)]
              + [("date", 0.82, True)] * 1 + [("date", 0.82, False)] * 3)
    accs = fit(points)["date"]
    assert accs == sorted(accs)  # never less sure for a higher raw confidence
    assert accs[EDGES.index(0.7)] == accs[EDGES.index(0.8)] == round((10 + 1) / (14 + 2), 4)


def test_confidences_map_through_the_table_of_their_engine_mode():
    table = {"modes": {"both": {"amount": [0.5] * 5 + [0.97] * 5}}}
    fields = ReceiptFields(amount=FieldValue[Decimal](value=Decimal("10"), confidence=0.95, evidence=EV))
    assert calibrate(fields, "both", table).amount.confidence == 0.97
    assert calibrate(fields, "tesseract", table).amount.confidence == 0.95  # no table for that mode: unchanged
    packaged = load_table()["modes"]
    assert set(packaged) == {"tesseract", "rapidocr", "both"}


def test_an_ocr_value_under_the_calibrated_threshold_goes_to_review_a_model_value_is_judged_as_before():
    rules = load_receipt_rules()
    assert rules.min_ocr_confidence == 0.9
    page = words("Amount: Rs 1,250.00", "Date: 14 Mar 2025")

    def fields(source: str) -> ReceiptFields:
        return ReceiptFields(
            amount=FieldValue[Decimal](value=Decimal("1250.00"), confidence=0.85, evidence=EV, source=source),
            currency=FieldValue[str](value="INR", confidence=0.99, evidence=EV, source=source),
            date=FieldValue[dt.date](value=dt.date(2025, 3, 14), confidence=0.99, evidence=EV, source=source))

    assert "low_confidence:amount" in check_receipt(fields("ocr"), ocr=page, rules=rules, today=RECEIPT_TODAY)
    assert "low_confidence:amount" not in check_receipt(fields("vlm"), ocr=page, rules=rules, today=RECEIPT_TODAY)
