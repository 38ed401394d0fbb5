"""The independently written held-out receipt set keeps the truth conventions of the first set."""

import re
from datetime import date

from bench.receipt_eval_set import make_eval_set
from bench.receipt_sets.heldout2 import FAMILIES, make_heldout2_receipt

METHODS = {"UPI", "card", "netbanking", "wallet", "cash"}
STATUSES = {"success", "failed", "pending"}


def test_each_family_once_in_the_first_receipts_with_truths_in_the_shared_vocabulary() -> None:
    samples = make_eval_set("heldout2", len(FAMILIES))
    assert [s.family for s in samples] == list(FAMILIES)
    for s in samples:
        t = s.truth
        assert s.key.startswith("heldout2-")
        assert re.fullmatch(r"\d+\.\d\d", t.amount or "")
        assert t.currency in {"INR", "USD", "EUR", "GBP"}
        assert t.payment_method is None or t.payment_method in METHODS
        assert t.status is None or t.status in STATUSES
        assert t.date is None or date.fromisoformat(t.date)
        assert s.degraded.size != s.clean.size or s.degraded.tobytes() != s.clean.tobytes()


def test_a_receipt_is_the_same_every_time() -> None:
    a, b = make_heldout2_receipt(5), make_heldout2_receipt(5)
    assert a.truth == b.truth
    assert a.clean.tobytes() == b.clean.tobytes()
    assert a.degraded.tobytes() == b.degraded.tobytes()
