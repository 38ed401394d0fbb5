"""The job state machine on the real Postgres: claims, leases, poison, retries, operator requeue."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from models import Job, JobAttempt, ListingQCResult, get_engine, session_scope
from tasks.jobs import lifecycle
from tasks.jobs.lifecycle import ClaimOutcome
from tests.fixtures.services import expire_lease


@pytest.fixture
def db(database_url):  # noqa: ANN001
    return get_engine(database_url)


def claim(db, job_id: str, worker: str = "w1", max_attempts: int = 3, lease_s: int = 60):  # noqa: ANN001
    return lifecycle.claim(db, job_id=job_id, kind="listing_qc", payload={"image": "s3://b/k"}, worker=worker,
                           lease_s=lease_s, max_attempts=max_attempts)


def result_row(job_id: str) -> ListingQCResult:
    return ListingQCResult(job_id=job_id, decision="approve", approved=True, confidence=0.9, reasons=[],
                           quality_scores={}, pixel_metrics={}, model_id="m", model_trusted=True,
                           policy_name="default", policy_version="1")




def test_a_finished_job_is_never_run_again(db) -> None:  # noqa: ANN001
    job_id = str(uuid.uuid4())
    first = claim(db, job_id)
    assert first.outcome == ClaimOutcome.RUN and first.attempt == 1
    with session_scope(db) as session:
        assert lifecycle.finish(session, job_id=job_id, attempt=1, status="succeeded", result=result_row(job_id))
    again = claim(db, job_id, worker="w2")
    assert again.outcome == ClaimOutcome.ALREADY_FINISHED
    with session_scope(db) as session:
        # A late second finish (say, from a worker that lost its lease) writes nothing.
        assert not lifecycle.finish(session, job_id=job_id, attempt=1, status="succeeded", result=result_row(job_id))
        assert session.get(Job, job_id).attempts == 1


def test_a_live_lease_keeps_a_second_worker_out(db) -> None:  # noqa: ANN001
    job_id = str(uuid.uuid4())
    assert claim(db, job_id, worker="w1").outcome == ClaimOutcome.RUN
    assert claim(db, job_id, worker="w2").outcome == ClaimOutcome.RUNNING_ELSEWHERE
    expire_lease(db, job_id)
    taken = claim(db, job_id, worker="w2")
    assert taken.outcome == ClaimOutcome.RUN and taken.attempt == 2
    with session_scope(db) as session:
        outcomes = [a.outcome for a in session.execute(
            select(JobAttempt).where(JobAttempt.job_id == job_id).order_by(JobAttempt.id)).scalars()]
    assert outcomes == ["lost", None]


def test_a_job_that_keeps_killing_its_worker_is_failed_as_poison(db) -> None:  # noqa: ANN001
    job_id = str(uuid.uuid4())
    for attempt in (1, 2, 3):
        assert claim(db, job_id, worker=f"w{attempt}").attempt == attempt
        expire_lease(db, job_id)  # the worker died mid-job
    final = claim(db, job_id, worker="w4")
    assert final.outcome == ClaimOutcome.GAVE_UP
    with session_scope(db) as session:
        job = session.get(Job, job_id)
        assert job.status == "failed" and job.error_code == "poison"
        assert "3 deliveries" in job.error_message


def test_transient_errors_are_retried_until_the_limit(db) -> None:  # noqa: ANN001
    job_id = str(uuid.uuid4())
    for attempt in (1, 2, 3):
        assert claim(db, job_id).attempt == attempt
        lifecycle.release_for_retry(db, job_id=job_id, attempt=attempt, code="source_unavailable", message="S3 503")
    assert claim(db, job_id).outcome == ClaimOutcome.GAVE_UP
    with session_scope(db) as session:
        job = session.get(Job, job_id)
        assert job.status == "failed" and job.error_code == "source_unavailable"
        assert "gave up after 3 attempts" in job.error_message


def test_operator_requeue_grants_fresh_attempts_and_keeps_history(db) -> None:  # noqa: ANN001
    job_id = str(uuid.uuid4())
    claim(db, job_id)
    lifecycle.fail(db, job_id=job_id, attempt=1, code="image_not_found", message="no such key")
    requeued, refused = lifecycle.requeue_for_operator(db, job_ids=[job_id, str(uuid.uuid4())])
    assert [r[0] for r in requeued] == [job_id] and refused[0][1] == "no such job"
    second = claim(db, job_id, max_attempts=1)
    assert second.outcome == ClaimOutcome.RUN and second.attempt == 2
    with session_scope(db) as session:
        assert lifecycle.finish(session, job_id=job_id, attempt=2, status="succeeded", result=result_row(job_id))
        history = [(a.attempt, a.outcome) for a in session.execute(
            select(JobAttempt).where(JobAttempt.job_id == job_id).order_by(JobAttempt.id)).scalars()]
    assert history == [(1, "failed"), (1, "operator_retry"), (2, "succeeded")]
    _, refused = lifecycle.requeue_for_operator(db, job_ids=[job_id])
    assert refused == [(job_id, "job is succeeded, only failed jobs can be retried")]
