"""`mmjobs stats`: the exact scan on Postgres says what the portable one says; the rolled-up report says the same."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, insert, select, text

from models import Job, JobRollup, ListingQCResult, ReceiptResult, get_engine, session_scope
from models.migrate import upgrade_to_head
from tasks.jobs import lifecycle, rollups
from tasks.jobs.retention import PruneRequest, prune
from tasks.ops import stats
from tests.fixtures.services import fresh_database

NOW = datetime.now(UTC)


def job_rows(n: int, seed: int, *, open_only_lately: bool) -> tuple[list[dict[str, Any]], ...]:
    """Jobs of both kinds over ten days, every state, odd reasons and missing timestamps, with their results.

    ``open_only_lately``: queued and running jobs only in the last two hours, as in a live queue (else anywhere).
    """
    rng = random.Random(seed)
    jobs, qc, receipts = [], [], []
    for i in range(n):
        kind = "listing_qc" if i % 3 else "receipt"
        created = NOW - timedelta(seconds=rng.uniform(0, 10 * 86400))
        may_be_open = not open_only_lately or created > NOW - timedelta(hours=2)
        status = rng.choice(["queued", "running", "succeeded", "succeeded", "succeeded", "needs_review", "failed"]
                            if may_be_open else ["succeeded", "succeeded", "succeeded", "needs_review", "failed"])
        started = None if status == "queued" or i % 17 == 0 else created + timedelta(seconds=rng.uniform(0, 30))
        # Latencies from 0.1 ms to 1000 s, so the histograms' buckets are all exercised.
        finished = (started or created) + timedelta(seconds=10 ** rng.uniform(-4, 3)) if status in rollups.TERMINAL \
            else None
        job_id = f"job-{i:04d}"
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
    return jobs, qc, receipts


def insert_rows(engine: Any, rows: tuple[list[dict[str, Any]], ...]) -> None:
    jobs, qc, receipts = rows
    with session_scope(engine) as session:
        session.execute(insert(Job), jobs)
        session.execute(insert(ListingQCResult), qc)
        session.execute(insert(ReceiptResult), receipts)


@pytest.fixture(scope="module")
def filled() -> Iterator[str]:
    """A few hundred jobs of both kinds over ten days, unfinished ones anywhere."""
    with fresh_database() as url:
        insert_rows(get_engine(url), job_rows(600, 15, open_only_lately=False))
        yield url


@pytest.mark.parametrize("window", [None, timedelta(hours=1), timedelta(days=1), timedelta(days=7), timedelta(0)])
def test_sql_report_equals_the_portable_one(filled: str, window: timedelta | None) -> None:
    engine = get_engine(filled)
    since = None if window is None else NOW - window
    in_sql = stats.queue_stats(engine, since=since, exact=True).as_dict()
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


# ---- hourly rollups: the default report adds them up; it must say what the exact scan says ----------


@pytest.fixture(params=["postgres", "sqlite"])
def live_engine(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[Any]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'jobs.db'}"
        upgrade_to_head(url)
        engine = get_engine(url)
        insert_rows(engine, job_rows(900, 16, open_only_lately=True))
        yield engine
        return
    with fresh_database() as url:
        engine = get_engine(url)
        insert_rows(engine, job_rows(900, 16, open_only_lately=True))
        yield engine


def assert_same_report(rolled: dict[str, Any], exact: dict[str, Any]) -> None:
    """Counts equal; each percentile within the buckets' stated error of the exact one."""
    assert rolled["kinds"].keys() == exact["kinds"].keys()
    for kind, truth in exact["kinds"].items():
        for key in ("latency_p50_s", "latency_p95_s", "run_p50_s", "run_p95_s"):
            if truth[key] is None:
                assert rolled["kinds"][kind][key] is None
                continue
            tolerance = truth[key] * rollups.PERCENTILE_ERROR + rollups.BUCKET_FLOOR_S / 2
            assert rolled["kinds"][kind][key] == pytest.approx(truth[key], abs=tolerance), (kind, key)
            rolled["kinds"][kind][key] = truth[key]
    assert rolled == exact


WINDOWS = [None, timedelta(minutes=30), timedelta(hours=5), timedelta(days=1), timedelta(days=7)]


def test_rolled_up_report_equals_the_exact_one(live_engine: Any) -> None:
    summary = rollups.roll_up(live_engine, now=NOW)
    assert summary.settled >= 200 and summary.hours - summary.settled <= 3  # the last two hours are open
    for window in WINDOWS:
        since = None if window is None else NOW - window
        with live_engine.connect() as conn:
            used = rollups.read(conn, since, NOW)
        if window is None or window >= timedelta(days=1):
            assert len(used) >= 20, window  # the report really read rollups
        assert_same_report(stats.queue_stats(live_engine, since=since, now=NOW).as_dict(),
                           stats.queue_stats(live_engine, since=since, exact=True).as_dict())
    again = rollups.roll_up(live_engine, now=NOW)
    assert again.hours == summary.hours - summary.settled  # only the open hours are computed again


def test_an_operator_retry_reopens_its_hour(live_engine: Any) -> None:
    rollups.roll_up(live_engine, now=NOW)
    with session_scope(live_engine) as session:
        job_id, created = session.execute(
            select(Job.id, Job.created_at).where(Job.status == "failed", Job.created_at < NOW - timedelta(days=2))
            .order_by(Job.id).limit(1)).one()
    requeued, _ = lifecycle.requeue_for_operator(live_engine, job_ids=[job_id])
    assert [r[0] for r in requeued] == [job_id]
    with session_scope(live_engine) as session:
        assert session.execute(select(JobRollup.stale).where(JobRollup.hour == rollups.floor_hour(created))
                               ).scalar_one()
    exact = stats.queue_stats(live_engine, exact=True).as_dict()
    assert_same_report(stats.queue_stats(live_engine, now=NOW).as_dict(), exact)
    rollups.roll_up(live_engine, now=NOW)  # the job is queued again: its hour stays open
    assert_same_report(stats.queue_stats(live_engine, now=NOW).as_dict(), exact)


@pytest.mark.parametrize("rolled_first", [True, False])
def test_pruned_jobs_stay_in_the_report_as_history(live_engine: Any, rolled_first: bool) -> None:
    if rolled_first:
        rollups.roll_up(live_engine, now=NOW)
    before = stats.queue_stats(live_engine, now=NOW).as_dict()
    summary = prune(live_engine, PruneRequest(older_than=timedelta(days=3), batch_size=40, include_unreviewed=True))
    assert summary.jobs > 300
    assert stats.queue_stats(live_engine, exact=True).as_dict() != before  # the jobs are gone
    assert stats.queue_stats(live_engine, now=NOW).as_dict() == before  # their hours' rollups are not
    with session_scope(live_engine) as session:
        frozen = session.execute(select(func.count()).select_from(JobRollup).where(JobRollup.frozen)).scalar_one()
    assert frozen >= 100
    rollups.roll_up(live_engine, now=NOW)  # never recomputes a pruned hour
    assert stats.queue_stats(live_engine, now=NOW).as_dict() == before


def test_buckets_are_the_same_in_sql_and_python_and_percentiles_within_the_stated_error() -> None:
    rng = random.Random(3)
    values = [0.0, 0.0005, 0.001, 0.01, 0.1, 1.0, 10.0, 1e6, 1e7] + [10 ** rng.uniform(-4, 6.5) for _ in range(2000)]
    with fresh_database() as url, get_engine(url).connect() as conn:
        in_sql = conn.execute(text(
            "SELECT " + rollups._BUCKET_SQL.format(x="CAST(v AS double precision)") + " FROM unnest(CAST(:v AS "
            "double precision[])) WITH ORDINALITY AS t(v, n) ORDER BY n"), {"v": values}).scalars().all()
    assert in_sql == [rollups.bucket_of(v) for v in values]
    for sample in (values[9:], [rng.lognormvariate(0, 1) for _ in range(501)], [0.3], [0.2, 5.0]):
        histogram = Counter(rollups.bucket_of(v) for v in sample)
        for q in (50, 95):
            exact = stats.percentile(sample, q)
            assert rollups.histogram_percentile(histogram, q) == pytest.approx(exact, rel=rollups.PERCENTILE_ERROR,
                                                                              abs=rollups.BUCKET_FLOOR_S / 2)
