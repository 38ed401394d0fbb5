"""The job state machine in the database: claim, finish, fail, release for retry, reclaim.

``queued → running → succeeded | needs_review | failed``; ``failed → queued`` only by an
operator retry. Every transition is one short transaction keyed by the job id, so a
redelivered message finds the truth in the row: a finished job is never recomputed, a
job running under a live lease is not started twice, and the attempt counter survives
redelivery (a job that keeps killing its worker stops at ``max_attempts``).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, and_, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from models import TERMINAL_STATUSES, Job, JobAttempt, JobStatus, session_scope
from models.base import utcnow


class ClaimOutcome(enum.StrEnum):
    RUN = "run"
    ALREADY_FINISHED = "already_finished"
    RUNNING_ELSEWHERE = "running_elsewhere"
    GAVE_UP = "gave_up"


@dataclass(frozen=True)
class Claim:
    """What a delivery should do with its job."""

    outcome: ClaimOutcome
    job_id: str
    attempt: int
    status: str


def insert_ignore(session: Session, model: type, values: dict[str, Any]) -> bool:
    """INSERT … ON CONFLICT DO NOTHING; True when the row was new."""
    dialect = session.get_bind().dialect.name
    module = postgresql if dialect == "postgresql" else sqlite
    statement = module.insert(model).values(**values).on_conflict_do_nothing()
    return bool(session.execute(statement).rowcount)


def record_queued(engine: Engine, *, job_id: str, kind: str, payload: dict[str, Any]) -> bool:
    """Record a job as queued before its message is sent; False if the id already exists."""
    with session_scope(engine) as session:
        now = utcnow()
        return insert_ignore(
            session,
            Job,
            {"id": job_id, "kind": kind, "status": JobStatus.QUEUED, "input": payload, "attempts": 0,
             "created_at": now, "updated_at": now},
        )


def claim(
    engine: Engine,
    *,
    job_id: str,
    kind: str,
    payload: dict[str, Any],
    worker: str,
    lease_s: int,
    max_attempts: int,
) -> Claim:
    """Start an attempt on a job, unless it is finished, leased by a live worker, or out of attempts."""
    with session_scope(engine) as session:
        now = utcnow()
        insert_ignore(
            session,
            Job,
            {"id": job_id, "kind": kind, "status": JobStatus.QUEUED, "input": payload, "attempts": 0,
             "created_at": now, "updated_at": now},
        )
        job = session.execute(select(Job).where(Job.id == job_id).with_for_update()).scalar_one()
        if job.status in TERMINAL_STATUSES:
            return Claim(ClaimOutcome.ALREADY_FINISHED, job_id, job.attempts, job.status)
        if job.status == JobStatus.RUNNING and job.lease_expires_at is not None and _aware(job.lease_expires_at) > now:
            return Claim(ClaimOutcome.RUNNING_ELSEWHERE, job_id, job.attempts, job.status)
        if job.attempts - job.attempts_before_retry >= max_attempts:
            _give_up(session, job, now)
            return Claim(ClaimOutcome.GAVE_UP, job_id, job.attempts, job.status)
        if job.attempts > 0:
            # An attempt still open here ended with its worker dying without a word.
            _close_attempt(session, job_id, job.attempts, "lost", "worker_lost",
                           f"worker {job.worker} died or stopped renewing its lease", now)
        job.attempts += 1
        job.status = JobStatus.RUNNING
        job.worker = worker
        job.lease_expires_at = now + timedelta(seconds=lease_s)
        job.started_at = job.started_at or now
        job.updated_at = now
        session.add(JobAttempt(job_id=job_id, attempt=job.attempts, worker=worker, started_at=now))
        return Claim(ClaimOutcome.RUN, job_id, job.attempts, JobStatus.RUNNING)


def _give_up(session: Session, job: Job, now: datetime) -> None:
    """Stop a job that used all its attempts: poison if the last one died mid-flight."""
    last = _attempt_row(session, job.id, job.attempts)
    died = last is not None and last.outcome in (None, "lost")
    if last is not None and last.outcome is None:
        _close_attempt(session, job.id, job.attempts, "lost", "worker_lost", "the worker died during this attempt", now)
    if died:
        job.error_code = "poison"
        job.error_message = (
            f"gave up after {job.attempts} deliveries: each one ended with its worker dying "
            "(crash, OOM kill or time limit); inspect the input before retrying"
        )
    else:
        job.error_message = f"gave up after {job.attempts} attempts; last error: {job.error_message or 'unknown'}"
        job.error_code = job.error_code or "retries_exhausted"
    job.status = JobStatus.FAILED
    job.finished_at = now
    job.updated_at = now
    job.lease_expires_at = None


def _attempt_row(session: Session, job_id: str, attempt: int) -> JobAttempt | None:
    return session.execute(
        select(JobAttempt).where(JobAttempt.job_id == job_id, JobAttempt.attempt == attempt, JobAttempt.worker != "operator")
    ).scalar_one_or_none()


def _close_attempt(
    session: Session, job_id: str, attempt: int, outcome: str, code: str | None, message: str | None, now: datetime
) -> None:
    session.execute(
        update(JobAttempt)
        .where(JobAttempt.job_id == job_id, JobAttempt.attempt == attempt, JobAttempt.outcome.is_(None))
        .values(outcome=outcome, error_code=code, error_message=message, finished_at=now)
    )


def finish(session: Session, *, job_id: str, attempt: int, status: str, result: Any | None,
           error_code: str | None = None, error_message: str | None = None) -> bool:
    """Write the result (if new) and the terminal state in the caller's transaction.

    Returns False when another attempt had already finished the job; nothing is changed then.
    """
    now = utcnow()
    if result is not None:
        values = {c.key: getattr(result, c.key) for c in result.__table__.columns if getattr(result, c.key) is not None}
        values.setdefault("created_at", now)
        if not insert_ignore(session, type(result), values):
            return False
    changed = session.execute(
        update(Job)
        .where(Job.id == job_id, Job.status.not_in([s.value for s in TERMINAL_STATUSES]))
        .values(status=status, error_code=error_code, error_message=error_message,
                finished_at=now, updated_at=now, lease_expires_at=None)
    ).rowcount
    _close_attempt(session, job_id, attempt, status, error_code, error_message, now)
    return bool(changed)


def fail(engine: Engine, *, job_id: str, attempt: int, code: str, message: str) -> None:
    """Mark a job failed for good (permanent error)."""
    with session_scope(engine) as session:
        finish(session, job_id=job_id, attempt=attempt, status=JobStatus.FAILED, result=None,
               error_code=code, error_message=message)


def release_for_retry(engine: Engine, *, job_id: str, attempt: int, code: str, message: str) -> None:
    """Put a job back to queued after a transient error; the retry message carries it on."""
    now = utcnow()
    with session_scope(engine) as session:
        session.execute(
            update(Job)
            .where(Job.id == job_id, Job.status == JobStatus.RUNNING, Job.attempts == attempt)
            .values(status=JobStatus.QUEUED, error_code=code, error_message=message, updated_at=now,
                    lease_expires_at=None)
        )
        _close_attempt(session, job_id, attempt, "retry", code, message, now)


def renew_leases(engine: Engine, *, worker: str, job_ids: list[str], lease_s: int) -> int:
    """Extend this worker's leases on the jobs it is still working on."""
    if not job_ids:
        return 0
    with session_scope(engine) as session:
        return session.execute(
            update(Job)
            .where(Job.id.in_(job_ids), Job.worker == worker, Job.status == JobStatus.RUNNING)
            .values(lease_expires_at=utcnow() + timedelta(seconds=lease_s))
        ).rowcount


def expired_jobs(engine: Engine, *, limit: int = 500) -> list[tuple[str, str, dict[str, Any]]]:
    """Running jobs whose worker stopped renewing its lease: (id, kind, input)."""
    now = utcnow()
    with session_scope(engine) as session:
        rows = session.execute(
            select(Job.id, Job.kind, Job.input)
            .where(and_(Job.status == JobStatus.RUNNING, or_(Job.lease_expires_at.is_(None), Job.lease_expires_at < now)))
            .limit(limit)
        ).all()
        return [(r[0], r[1], r[2]) for r in rows]


def requeue_for_operator(engine: Engine, *, job_ids: list[str]) -> tuple[list[tuple[str, str, dict[str, Any]]], list[tuple[str, str]]]:
    """Move failed jobs back to queued, granting them a fresh set of attempts.

    Returns (requeued (id, kind, input), refused (id, reason)). History rows are kept.
    """
    requeued: list[tuple[str, str, dict[str, Any]]] = []
    refused: list[tuple[str, str]] = []
    now = utcnow()
    with session_scope(engine) as session:
        for job_id in job_ids:
            job = session.execute(select(Job).where(Job.id == job_id).with_for_update()).scalar_one_or_none()
            if job is None:
                refused.append((job_id, "no such job"))
            elif job.status != JobStatus.FAILED:
                refused.append((job_id, f"job is {job.status}, only failed jobs can be retried"))
            else:
                session.add(JobAttempt(job_id=job.id, attempt=job.attempts, worker="operator",
                                       started_at=now, finished_at=now, outcome="operator_retry",
                                       error_code=job.error_code, error_message=job.error_message))
                # A fresh budget of attempts: the counter keeps counting, the limit moves up.
                job.attempts_before_retry = job.attempts
                job.status = JobStatus.QUEUED
                job.finished_at = None
                job.updated_at = now
                requeued.append((job.id, job.kind, job.input))
    return requeued, refused


def _aware(value: datetime) -> datetime:
    """SQLite hands back naive datetimes; they were written as UTC."""
    from datetime import UTC

    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
