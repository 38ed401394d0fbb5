"""Claims grouped per batch, as result writes are: the claims that wait at the same moment share one statement.

``Claimer`` runs ``lifecycle.claim_jobs`` behind the ordinary ``Batcher``: each task thread submits its
job's claim and blocks until the statement holding it has returned. It never waits for company
(``max_wait_ms = 0``): at low load a claim goes out alone at once, on ``claim_jobs``' one-statement
autocommit path; under load the claims queued during one round trip share the next, in one
transaction (rows locked in id order, as every bulk writer locks them). A database error reaches
every claim of the batch, and each delivery then retries its message as a lone claim would.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

from tasks.jobs.lifecycle import Claim, ClaimOutcome, claim_jobs
from workers.engines.base import result_or_raise
from workers.runtime import register_engine


@dataclass(frozen=True)
class ClaimItem:
    """One delivery's claim of its job."""

    job_id: str
    kind: str
    payload: dict[str, Any]
    worker: str
    lease_s: int
    max_attempts: int


class Claimer:
    """The engine contract over the database: ``forward`` claims a batch of jobs in one statement per kind."""

    name = "claims"
    max_wait_ms = 0.0  # never hold a delivery back waiting for company

    def __init__(self, db: Engine) -> None:
        self.db = db

    def preprocess(self, item: ClaimItem) -> ClaimItem:
        return item

    def forward(self, batch: Sequence[ClaimItem]) -> list[Claim | BaseException]:
        out: list[Claim | BaseException] = []
        claimed: dict[tuple[str, int, int, str], dict[str, Claim]] = {}
        for item in batch:
            key = (item.kind, item.lease_s, item.max_attempts, item.worker)
            if key not in claimed:
                group = [(i.job_id, i.payload) for i in batch
                         if (i.kind, i.lease_s, i.max_attempts, i.worker) == key]
                claimed[key] = claim_jobs(self.db, group, kind=item.kind, worker=item.worker, lease_s=item.lease_s,
                                          max_attempts=item.max_attempts)
            out.append(claimed[key][item.job_id])
        # Two deliveries of one job in one batch (a redelivery racing the first): the job runs once.
        seen: set[str] = set()
        for n, (item, claim) in enumerate(zip(batch, out, strict=True)):
            if isinstance(claim, Claim) and claim.outcome == ClaimOutcome.RUN:
                if item.job_id in seen:
                    out[n] = Claim(ClaimOutcome.RUNNING_ELSEWHERE, claim.job_id, claim.attempt, claim.status,
                                   claim.created_at)
                seen.add(item.job_id)
        return out

    def postprocess(self, output: Claim | BaseException) -> Claim:
        return result_or_raise(output)


register_engine("claims", lambda runtime: Claimer(runtime.db))
