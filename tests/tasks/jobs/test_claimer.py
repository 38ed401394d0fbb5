"""Grouped claims (``Claimer``): each delivery gets its own job's claim, and one job runs once per batch."""

from __future__ import annotations

import uuid

from models import JobStatus, get_engine
from tasks.jobs import lifecycle
from tasks.jobs.claimer import ClaimItem, Claimer
from tasks.jobs.lifecycle import ClaimOutcome, FinishItem, finish_many


def item(job_id: str, kind: str = "listing_qc") -> ClaimItem:
    return ClaimItem(job_id, kind, {"image": "s3://b/k"}, "w1", 60, 3)


def test_a_batch_of_claims_gives_each_delivery_its_own_job(database_url) -> None:  # noqa: ANN001
    db = get_engine(database_url)
    new, finished, receipt = (str(uuid.uuid4()) for _ in range(3))
    lifecycle.claim(db, job_id=finished, kind="listing_qc", payload={}, worker="w0", lease_s=60, max_attempts=3)
    with db.begin() as conn:
        finish_many(conn, [FinishItem(finished, 1, JobStatus.FAILED, None, "x", "y")])
    claims = Claimer(db).forward([item(new), item(finished), item(receipt, kind="receipt")])
    assert [(c.job_id, c.outcome, c.attempt) for c in claims] == [
        (new, ClaimOutcome.RUN, 1), (finished, ClaimOutcome.ALREADY_FINISHED, 1), (receipt, ClaimOutcome.RUN, 1)]


def test_two_deliveries_of_one_job_in_a_batch_run_it_once(database_url) -> None:  # noqa: ANN001
    db = get_engine(database_url)
    job_id = str(uuid.uuid4())
    first, second = Claimer(db).forward([item(job_id), item(job_id)])
    assert (first.outcome, first.attempt) == (ClaimOutcome.RUN, 1)
    assert second.outcome == ClaimOutcome.RUNNING_ELSEWHERE
