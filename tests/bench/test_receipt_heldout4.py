"""The fourth held-out receipt set: deterministic, every family present, truths in the agreed formats and drawn."""

import re
from datetime import date
from decimal import Decimal

import pytest

from bench.receipt_sets.heldout4 import FAMILY_NAMES, SPLIT, make_heldout4_case, make_heldout4_set

N = 2 * len(FAMILY_NAMES)
OPTIONAL = ("merchant_name", "transaction_id", "date", "payment_method", "status")


@pytest.fixture(scope="module")
def cases():
    return [make_heldout4_case(i) for i in range(N)]


def test_same_images_and_truths_every_time(cases):
    again = make_heldout4_set(4)
    for (first, _), second in zip(cases[:4], again):
        assert first.truth == second.truth
        assert first.clean.tobytes() == second.clean.tobytes()
        assert first.degraded.tobytes() == second.degraded.tobytes()


def test_every_family_appears_twice(cases):
    assert len(FAMILY_NAMES) >= 12
    families = [r.family for r, _ in cases]
    assert all(families.count(f) == 2 for f in FAMILY_NAMES)
    assert all(r.split == SPLIT and r.index == i for i, (r, _) in enumerate(cases))


def test_truths_follow_the_conventions(cases):
    for r, _ in cases:
        t = r.truth
        assert re.fullmatch(r"\d+\.\d\d", t.amount) and Decimal(t.amount) > 0
        assert t.currency in {"INR", "USD", "EUR", "GBP"}
        assert t.payment_method in {"UPI", "card", "netbanking", "wallet", "cash", None}
        assert t.status in {"success", "failed", "pending", None}
        if t.date is not None:
            assert date.fromisoformat(t.date).isoformat() == t.date


def test_truths_are_drawn_and_absent_fields_are_not(cases):
    for r, drawn in cases:
        t = r.truth.as_dict()
        for f in OPTIONAL:
            carried = drawn.tagged.get(f, [])
            if t[f] is None:
                assert not carried, (r.key, f, carried)
            else:
                assert carried, (r.key, f)
        assert any(t["merchant_name"] in s for s in drawn.tagged.get("merchant_name", [])) or t["merchant_name"] is None
        if t["transaction_id"] is not None:
            assert any(t["transaction_id"] in s for s in drawn.tagged["transaction_id"]), r.key
        digits = re.sub(r"\D", "", t["amount"])
        assert any(re.sub(r"\D", "", s) == digits for s in drawn.tagged["amount"]), (r.key, drawn.tagged["amount"])


def test_some_optional_fields_are_absent(cases):
    absent = sum(r.truth.as_dict()[f] is None for r, _ in cases for f in OPTIONAL)
    assert 0.12 <= absent / (len(cases) * len(OPTIONAL)) <= 0.35


def test_degraded_copies_differ_and_are_jpeg_roundtripped(cases):
    for r, _ in cases:
        assert 20 <= r.degradations["jpeg_quality"] <= 60
        assert r.degraded.mode == "RGB" and r.clean.size[0] >= 384
