"""The grouped terminal write's two paths agree: Postgres' one statement and the generic statements (SQLite)."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from models import Job, JobAttempt, ListingQCResult, ReceiptResult, get_engine, session_scope
from models.migrate import upgrade_to_head
from tasks.jobs import lifecycle
from tasks.jobs.lifecycle import FinishItem
from tests.fixtures.services import expire_lease


@pytest.fixture
def engines(database_url, tmp_path):  # noqa: ANN001
    url = f"sqlite:///{tmp_path / 'jobs.db'}"
    upgrade_to_head(url)
    return {"postgres": get_engine(database_url), "sqlite": get_engine(url)}


def qc_row(job_id: str, n: int) -> ListingQCResult:
    return ListingQCResult(job_id=job_id, decision="review", approved=False, confidence=0.5 + n / 100,
                           reasons=["blurry", f"r{n}"], quality_label="sharp", quality_scores={"blurry": 0.25, "ü": 1e-9},
                           category=None, description_match=-0.125, pixel_metrics={"width": 256, "details": ["é"]},
                           model_id="m", model_trusted=True, policy_name="default", policy_version="1")


def receipt_row(job_id: str) -> ReceiptResult:
    return ReceiptResult(job_id=job_id, extractor="hybrid", merchant_name="Café ₹", amount=Decimal("1234.50"),
                         currency="INR", date="2026-11-27", confidence=0.75, reasons=[], fields={"amount": {"value": "1234.50"}},
                         raw_model_output='{"a": 1}', model_id="tiny")


def claimed(db, n: int, kind: str = "listing_qc") -> list[str]:  # noqa: ANN001
    ids = sorted(str(uuid.uuid4()) for _ in range(n))
    for job_id in ids:
        lifecycle.claim(db, job_id=job_id, kind=kind, payload={"image": "s3://b/k"}, worker="w1", lease_s=60,
                        max_attempts=3)
    return ids


def state(db, ids: list[str], model: type) -> list[Any]:  # noqa: ANN001
    """What a reader sees afterwards, without ids, timestamps' values or anything engine-specific."""
    out = []
    with session_scope(db) as session:
        for i, job_id in enumerate(ids):
            job = session.get(Job, job_id)
            attempts = session.execute(select(JobAttempt.attempt, JobAttempt.outcome, JobAttempt.error_code)
                                       .where(JobAttempt.job_id == job_id).order_by(JobAttempt.attempt)).all()
            row = session.get(model, job_id)
            values = None if row is None else {c.key: getattr(row, c.key) for c in model.__table__.columns
                                               if c.key not in ("job_id", "created_at")}
            out.append((i, job.status, job.error_code, job.finished_at is not None, job.lease_expires_at is None,
                        [tuple(a) for a in attempts], values, row is not None and row.created_at is not None))
    return out


def scenario(db, model: type, write: Any) -> tuple[list[bool], list[Any]]:  # noqa: ANN001
    """Four fresh jobs, one whose result exists already, one already failed, one claimed twice, and one still
    running whose result row exists (left untouched); one batch, written with ``write(conn, batch)``."""
    kind = "listing_qc" if model is ListingQCResult else "receipt"
    ids = claimed(db, 8, kind)
    make = (lambda job_id, n: qc_row(job_id, n)) if model is ListingQCResult else (lambda job_id, n: receipt_row(job_id))
    with db.begin() as conn:  # a result written before (a duplicate delivery's first write)
        assert lifecycle.finish_many(conn, [FinishItem(ids[4], 1, "succeeded", make(ids[4], 99))]) == [True]
    lifecycle.fail(db, job_id=ids[5], attempt=1, code="bad_image", message="corrupt")
    expire_lease(db, ids[6])
    lifecycle.claim(db, job_id=ids[6], kind=kind, payload={}, worker="w2", lease_s=60, max_attempts=3)
    with session_scope(db) as session:  # a result row without its terminal state
        session.add(make(ids[7], 98))
    batch = [FinishItem(job_id, 2 if job_id == ids[6] else 1, "succeeded" if n % 2 else "needs_review", make(job_id, n))
             for n, job_id in enumerate(ids)]
    with db.begin() as conn:
        written = write(conn, batch)
    return written, state(db, ids, model)


@pytest.mark.parametrize("model", [ListingQCResult, ReceiptResult])
def test_postgres_one_statement_writes_what_the_generic_path_writes(engines, model) -> None:  # noqa: ANN001
    pg_written, pg_state = scenario(engines["postgres"], model,
                                    lambda conn, batch: lifecycle._finish_in_one_statement(conn, batch, lifecycle.utcnow()))
    generic_written, generic_state = scenario(engines["sqlite"], model, lifecycle.finish_many)
    assert pg_written == generic_written == [True, True, True, True, False, False, True, False]
    assert pg_state == generic_state
    # the job whose result existed keeps its first result and state; the failed job stays failed
    assert pg_state[4][1] == "succeeded" and pg_state[5][1:3] == ("failed", "bad_image")
    assert pg_state[6][5] == [(1, "lost", "worker_lost"), (2, "needs_review", None)]
    assert pg_state[7][1] == "running" and pg_state[7][5] == [(1, None, None)]  # blocked: nothing of it changed


def test_the_usual_batch_takes_one_statement_and_others_fall_back(engines) -> None:  # noqa: ANN001
    db = engines["postgres"]
    ids = claimed(db, 3)
    now = lifecycle.utcnow()
    with db.begin() as conn:
        usual = [FinishItem(ids[0], 1, "succeeded", qc_row(ids[0], 0))]
        assert lifecycle._finish_in_one_statement(conn, usual, now) == [True]
        mixed = [FinishItem(ids[1], 1, "succeeded", qc_row(ids[1], 1)), FinishItem(ids[2], 1, "failed", None, "x", "y")]
        assert lifecycle._finish_in_one_statement(conn, mixed, now) is None
        not_a_number = [FinishItem(ids[1], 1, "succeeded", qc_row(ids[1], 1))]
        not_a_number[0].result.confidence = float("nan")
        assert lifecycle._finish_in_one_statement(conn, not_a_number, now) is None
