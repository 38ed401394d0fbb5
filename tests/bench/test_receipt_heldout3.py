"""The third held-out receipt set: fixed, covering every family, with truths in the scorer's formats."""

import re
from datetime import date

import pytest

from bench.receipt_eval_set import make_eval_set
from bench.receipt_sets.heldout3 import FAMILIES, SPLIT, make_heldout3_receipt, make_heldout3_set

METHODS = {"UPI", "card", "netbanking", "wallet", "cash"}
STATUSES = {"success", "failed", "pending"}


@pytest.fixture(scope="module")
def receipts():
    return make_heldout3_set(24)


def test_the_set_is_the_same_every_time(receipts):
    again = make_heldout3_receipt(5)
    first = receipts[5]
    assert again.truth == first.truth and again.family == first.family and again.degradations == first.degradations
    assert again.clean.tobytes() == first.clean.tobytes()
    assert again.degraded.tobytes() == first.degraded.tobytes()


def test_eval_set_entry_point_serves_the_split():
    [first] = make_eval_set("heldout3", 1)
    assert first.split == SPLIT == "heldout3" and first.key == "heldout3-0000"
    assert first.truth == make_heldout3_receipt(0).truth


def test_twenty_four_receipts_hold_every_family(receipts):
    assert len(FAMILIES) >= 12
    assert {r.family for r in receipts} == set(FAMILIES)
    assert [r.index for r in receipts] == list(range(24))


def test_truths_use_the_scorer_formats(receipts):
    for r in receipts:
        t = r.truth
        assert re.fullmatch(r"\d+\.\d\d", t.amount), t
        assert t.currency in {"INR", "USD", "EUR", "GBP"}, t
        assert t.date is None or date.fromisoformat(t.date).isoformat() == t.date, t
        assert t.payment_method in METHODS | {None}, t
        assert t.status in STATUSES | {None}, t
        assert t.transaction_id is None or (t.transaction_id.strip() == t.transaction_id and t.transaction_id), t
        assert t.merchant_name is None or t.merchant_name.strip() == t.merchant_name, t


def test_some_optional_fields_are_absent(receipts):
    for name in ("transaction_id", "payment_method", "status"):
        assert any(getattr(r.truth, name) is None for r in receipts), name
        assert any(getattr(r.truth, name) is not None for r in receipts), name


def test_images_look_like_phone_screens_slips_and_pages(receipts):
    for r in receipts:
        assert r.clean.mode == "RGB" and r.degraded.mode == "RGB"
        assert 480 <= r.clean.width <= 1300, (r.key, r.clean.size)
        assert 20 <= r.degradations["jpeg"] <= 60
        assert len(r.degradations) >= 3  # JPEG plus at least two other steps
