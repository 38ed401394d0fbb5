"""`mmjobs stats` on Postgres is computed by the database; it must say what the portable path says."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import insert

from models import Job, ListingQCResult, ReceiptResult, get_engine, session_scope
from tasks.ops import stats
from tests.fixtures.services import fresh_database

NOW = datetime.now(UTC)


@pytest.fixture(scope="module")
def filled() -> Iterator[str]:
    """A few hundred jobs of both kinds over ten days, every state, odd reasons and missing timestamps."""
    rng = random.Random(15)
    jobs, qc, receipts = [], [], []
    for n in range(600):
        kind = "listing_qc" if n % 3 else "receipt"
        status = rng.choice(["queued", "running", "succeeded", "succeeded", "succeeded", "needs_review", "failed"])
        created = NOW - timedelta(seconds=rng.uniform(0, 10 * 86400))
        started = None if status == "queued" or n % 17 == 0 else created + timedelta(seconds=rng.uniform(0, 30))
        finished = (started or created) + timedelta(seconds=rng.uniform(0, 90)) if status in stats.TERMINAL else None
        job_id = f"job-{n:04d}"
        jobs.append({"id": job_id, "kind": kind, "status": status, "input": {}, "attempts": 1,
                     "attempts_before_retry": 0, "created_at": created, "updated_at": finished or created,
                     "started_at": started, "finished_at": finished,
                     "error_code": rng.choice([None, "bad_image", "timeout"]) if status == "failed" else None})
        if status in ("succeeded", "needs_review"):
            reasons = rng.sample(["blurry", "dark", "category_mismatch", "low_confidence"], rng.randint(0, 2))
            if kind == "listing_qc":
                decision = "review" if status == "needs_review" else rng.choice(["approve", "approve", "reject"])
                qc.append({"job_id": job_id, "decision": decision, "approved": decision == "approve",
                           "confidence": 0.5, "reasons": reasons, "quality_scores": {}, "pixel_metrics": {},
                           "model_id": "m", "model_trusted": True, "policy_name": "p", "policy_version": "1",
                           "created_at": finished})
            else:
                receipts.append({"job_id": job_id, "extractor": "ocr", "amount": Decimal("1.50"), "confidence": 0.5,
                                 "reasons": reasons, "fields": {}, "created_at": finished})
    with fresh_database() as url:
        engine = get_engine(url)
        with session_scope(engine) as session:
            session.execute(insert(Job), jobs)
            session.execute(insert(ListingQCResult), qc)
            session.execute(insert(ReceiptResult), receipts)
        yield url


@pytest.mark.parametrize("window", [None, timedelta(hours=1), timedelta(days=1), timedelta(days=7), timedelta(0)])
def test_sql_report_equals_the_portable_one(filled: str, window: timedelta | None) -> None:
    engine = get_engine(filled)
    since = None if window is None else NOW - window
    in_sql = stats.queue_stats(engine, since=since).as_dict()
    in_python = stats._queue_stats_in_python(engine, since).as_dict()
    assert in_sql.keys() == in_python.keys()
    for kind, portable in in_python["kinds"].items():
        for key in ("latency_p50_s", "latency_p95_s", "run_p50_s", "run_p95_s"):
            assert in_sql["kinds"][kind][key] == pytest.approx(portable[key], abs=1e-6), (kind, key)
            in_sql["kinds"][kind][key] = portable[key]
    assert in_sql == in_python
    if window is None:  # the fixture really exercises every part of the report
        assert {"listing_qc", "receipt"} <= in_sql["kinds"].keys()
        assert all(k["review_reasons"] and k["error_codes"] for k in in_sql["kinds"].values())
        assert in_sql["approval_rate"] is not None
