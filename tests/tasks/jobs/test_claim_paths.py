"""The claim's two paths agree: Postgres' one-statement claim, the row-by-row claim (SQLite, rare cases), bulk claims."""

from __future__ import annotations

import threading
import uuid

import pytest
from sqlalchemy import select

from models import Job, JobAttempt, get_engine, session_scope
from models.migrate import upgrade_to_head
from tasks.jobs import lifecycle
from tasks.jobs.lifecycle import ClaimOutcome
from tests.fixtures.services import expire_lease


@pytest.fixture(params=["postgres", "sqlite"])
def db(request, database_url, tmp_path):  # noqa: ANN001
    if request.param == "postgres":
        return get_engine(database_url)
    url = f"sqlite:///{tmp_path / 'jobs.db'}"
    upgrade_to_head(url)
    return get_engine(url)


def claim(db, job_id: str, worker: str = "w1", max_attempts: int = 3):  # noqa: ANN001
    return lifecycle.claim(db, job_id=job_id, kind="listing_qc", payload={"image": "s3://b/k"}, worker=worker,
                           lease_s=60, max_attempts=max_attempts)




def history(db, job_id: str) -> list[tuple[int, str | None, str | None, str | None]]:  # noqa: ANN001
    with session_scope(db) as session:
        return [(a.attempt, a.worker, a.outcome, a.error_message) for a in session.execute(
            select(JobAttempt).where(JobAttempt.job_id == job_id).order_by(JobAttempt.id)).scalars()]


def test_a_new_job_is_recorded_running_with_its_input_and_first_attempt(db) -> None:  # noqa: ANN001
    job_id = str(uuid.uuid4())
    first = claim(db, job_id)
    assert (first.outcome, first.attempt, first.status) == (ClaimOutcome.RUN, 1, "running")
    assert first.created_at is not None
    with session_scope(db) as session:
        job = session.get(Job, job_id)
        assert (job.status, job.attempts, job.worker, job.input) == ("running", 1, "w1", {"image": "s3://b/k"})
        assert job.lease_expires_at is not None and job.started_at is not None
    assert history(db, job_id) == [(1, "w1", None, None)]


def test_a_queued_job_keeps_its_input_and_creation_time(db) -> None:  # noqa: ANN001
    job_id = str(uuid.uuid4())
    assert lifecycle.record_queued(db, job_id=job_id, kind="listing_qc", payload={"image": "s3://b/original"})
    with session_scope(db) as session:
        created = session.get(Job, job_id).created_at
    taken = claim(db, job_id)
    assert taken.outcome == ClaimOutcome.RUN and taken.attempt == 1 and taken.created_at == created
    with session_scope(db) as session:
        assert session.get(Job, job_id).input == {"image": "s3://b/original"}


def test_recording_an_id_that_exists_says_so_and_changes_nothing(db) -> None:  # noqa: ANN001
    job_id = str(uuid.uuid4())
    assert lifecycle.record_queued(db, job_id=job_id, kind="listing_qc", payload={"image": "s3://b/original"})
    other = {"image": "s3://b/other"}
    # False is what keeps the producer from sending a second message for the id.
    assert not lifecycle.record_queued(db, job_id=job_id, kind="listing_qc", payload=other)
    claim(db, job_id)
    assert not lifecycle.record_queued(db, job_id=job_id, kind="listing_qc", payload=other)
    with session_scope(db) as session:
        job = session.get(Job, job_id)
        assert (job.status, job.input) == ("running", {"image": "s3://b/original"})


def test_a_takeover_closes_the_dead_workers_attempt(db) -> None:  # noqa: ANN001
    job_id = str(uuid.uuid4())
    claim(db, job_id, worker="w1")
    assert claim(db, job_id, worker="w2").outcome == ClaimOutcome.RUNNING_ELSEWHERE
    expire_lease(db, job_id)
    taken = claim(db, job_id, worker="w2")
    assert taken.outcome == ClaimOutcome.RUN and taken.attempt == 2
    assert history(db, job_id) == [(1, "w1", "lost", "worker w1 died or stopped renewing its lease"),
                                   (2, "w2", None, None)]


def test_out_of_attempts_is_found_and_failed_by_the_fallback(db) -> None:  # noqa: ANN001
    job_id = str(uuid.uuid4())
    for attempt in (1, 2):
        assert claim(db, job_id, max_attempts=2).attempt == attempt
        expire_lease(db, job_id)
    final = claim(db, job_id, max_attempts=2)
    assert (final.outcome, final.status) == (ClaimOutcome.GAVE_UP, "failed")
    with session_scope(db) as session:
        job = session.get(Job, job_id)
        assert (job.status, job.error_code, job.attempts) == ("failed", "poison", 2)
    assert claim(db, job_id).outcome == ClaimOutcome.ALREADY_FINISHED


def test_claim_in_joins_the_callers_transaction(db) -> None:  # noqa: ANN001
    job_id = str(uuid.uuid4())
    with pytest.raises(RuntimeError), db.begin() as conn:
        assert lifecycle.claim_in(conn, job_id=job_id, kind="listing_qc", payload={}, worker="w1", lease_s=60,
                                  max_attempts=3).outcome == ClaimOutcome.RUN
        raise RuntimeError("the caller's unit of work fails")
    with session_scope(db) as session:
        assert session.get(Job, job_id) is None  # rolled back with the caller
        # ... and it works in an ORM session too
        assert lifecycle.claim_in(session, job_id=job_id, kind="listing_qc", payload={}, worker="w1", lease_s=60,
                                  max_attempts=3).attempt == 1
    assert claim(db, job_id, worker="w2").outcome == ClaimOutcome.RUNNING_ELSEWHERE


def test_a_bulk_claim_sorts_out_each_job(db) -> None:  # noqa: ANN001
    new, queued, leased, finished = (str(uuid.uuid4()) for _ in range(4))
    lifecycle.record_queued(db, job_id=queued, kind="listing_qc", payload={"image": "q"})
    claim(db, leased, worker="other")
    claim(db, finished)
    lifecycle.fail(db, job_id=finished, attempt=1, code="image_not_found", message="gone")
    claims = lifecycle.claim_jobs(db, [(new, {"image": "n"}), (queued, {"image": "q"}), (leased, {"image": "l"}),
                                       (finished, {"image": "f"}), (new, {"image": "n"})],
                                  kind="listing_qc", worker="bulk", lease_s=60, max_attempts=3)
    assert {k: (c.outcome, c.attempt) for k, c in claims.items()} == {
        new: (ClaimOutcome.RUN, 1), queued: (ClaimOutcome.RUN, 1), leased: (ClaimOutcome.RUNNING_ELSEWHERE, 1),
        finished: (ClaimOutcome.ALREADY_FINISHED, 1)}
    assert history(db, new) == [(1, "bulk", None, None)]  # listed twice, claimed once


def test_racing_claims_start_a_job_once(database_url) -> None:  # noqa: ANN001
    db = get_engine(database_url)
    for _ in range(5):
        job_id = str(uuid.uuid4())
        barrier = threading.Barrier(8)
        outcomes: list[ClaimOutcome] = []

        def race(worker: str) -> None:
            barrier.wait()
            outcomes.append(claim(db, job_id, worker=worker).outcome)

        threads = [threading.Thread(target=race, args=(f"w{i}",)) for i in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(outcomes).count(ClaimOutcome.RUN) == 1
        assert len(history(db, job_id)) == 1
