"""Jobs as people see them: a job with its attempts and result as plain data, and waiting for jobs to end.

Shared by the CLI and the demo.
"""

from __future__ import annotations

import json
import time
from typing import Any

from sqlalchemy import Engine, func, select

from models import TERMINAL_STATUSES, Job, JobAttempt, ListingQCResult, ReceiptResult, session_scope

_TERMINAL = [s.value for s in TERMINAL_STATUSES]


def terminal_count(db: Engine, job_ids: list[str]) -> int:
    """How many of these jobs have ended (in chunks, so a large backfill stays within the IN-list limits)."""
    done = 0
    with session_scope(db) as session:
        for start in range(0, len(job_ids), 500):
            chunk = job_ids[start:start + 500]
            done += session.execute(select(func.count()).select_from(Job)
                                    .where(Job.id.in_(chunk), Job.status.in_(_TERMINAL))).scalar_one()
    return int(done)


def wait_for_jobs(db: Engine, job_ids: list[str], timeout: float) -> bool:
    """Poll the database until every job is terminal or the timeout passes."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if terminal_count(db, job_ids) == len(job_ids):
            return True
        time.sleep(0.5)
    return False


def job_view(db: Engine, job_id: str) -> dict[str, Any] | None:
    """A job, its attempts and its result as plain data."""
    with session_scope(db) as session:
        job = session.get(Job, job_id)
        if job is None:
            return None
        attempts = session.execute(
            select(JobAttempt).where(JobAttempt.job_id == job_id).order_by(JobAttempt.id)
        ).scalars().all()
        result_model = ListingQCResult if job.kind == "listing_qc" else ReceiptResult
        result = session.get(result_model, job_id)
        view: dict[str, Any] = {
            "job_id": job.id, "kind": job.kind, "status": job.status, "attempts": job.attempts,
            "error_code": job.error_code, "error_message": job.error_message, "worker": job.worker,
            "created_at": job.created_at, "finished_at": job.finished_at, "input": job.input,
            "history": [{"attempt": a.attempt, "worker": a.worker, "outcome": a.outcome, "error_code": a.error_code,
                         "error_message": a.error_message, "started_at": a.started_at} for a in attempts],
            "result": None,
        }
        if result is not None:
            view["result"] = {c.key: getattr(result, c.key) for c in result.__table__.columns if c.key != "job_id"}
        return json.loads(json.dumps(view, default=str))
