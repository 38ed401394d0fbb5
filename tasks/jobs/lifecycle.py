"""The job state machine in the database: claim, finish, fail, release for retry, reclaim.

``queued → running → succeeded | needs_review | failed``; ``failed → queued`` only by an
operator retry. Every transition is one short transaction keyed by the job id, so a
redelivered message finds the truth in the row: a finished job is never recomputed, a
job running under a live lease is not started twice, and the attempt counter survives
redelivery (a job that keeps killing its worker stops at ``max_attempts``).
"""

from __future__ import annotations

import enum
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Engine, and_, insert, or_, select, text, tuple_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from models import TERMINAL_STATUSES, Job, JobAttempt, JobStatus, session_scope
from models.base import as_utc, utcnow
from tasks.jobs import rollups


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
    created_at: datetime | None = None  # when the job row was first recorded (queue-wait metrics)


Executor = Session | Connection  # a caller's unit of work: an ORM session or a Core connection in a transaction


def _dialect(executor: Executor) -> str:
    bind = executor.get_bind() if isinstance(executor, Session) else executor
    return bind.dialect.name


def dialect_insert(executor: Executor, model: type) -> Any:
    """An INSERT for ``model`` that knows ``on_conflict_do_nothing`` (Postgres and SQLite alike)."""
    return (postgresql if _dialect(executor) == "postgresql" else sqlite).insert(model)


def insert_ignore(session: Executor, model: type, values: dict[str, Any]) -> bool:
    """INSERT … ON CONFLICT DO NOTHING; True when the row was new."""
    # Asked with RETURNING: an INSERT's rowcount may be -1 (psycopg's under SQLAlchemy 2.1): read as new.
    key = model.__table__.primary_key.columns
    return session.execute(dialect_insert(session, model).values(**values).on_conflict_do_nothing()
                           .returning(*key)).first() is not None


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
    return claim_jobs(engine, [(job_id, payload)], kind=kind, worker=worker, lease_s=lease_s,
                      max_attempts=max_attempts)[job_id]


def claim_jobs(engine: Engine, jobs: Sequence[tuple[str, dict[str, Any]]], *, kind: str, worker: str, lease_s: int,
               max_attempts: int) -> dict[str, Claim]:
    """``claim`` for several jobs at once (a backfill chunk); one ``Claim`` per distinct id, all in one transaction.

    A single job on Postgres takes the common case in one autocommit statement, with no BEGIN/COMMIT
    round trips around it. Several jobs share one transaction, so a failure claims none of them:
    half a chunk must not stay leased to a shard that is about to be sent again.
    """
    inputs = dict(jobs)
    if len(inputs) == 1 and engine.dialect.name == "postgresql" and max_attempts >= 1:
        with engine.connect() as conn:
            taken = _claim_in_one_statement(conn.execution_options(isolation_level="AUTOCOMMIT"), inputs,
                                            kind=kind, worker=worker, lease_s=lease_s, max_attempts=max_attempts)
        if taken:
            return taken
    with engine.begin() as conn:  # several jobs, or one finished, leased elsewhere, out of attempts: under a lock
        return claim_many(conn, list(inputs.items()), kind=kind, worker=worker, lease_s=lease_s,
                          max_attempts=max_attempts)


def claim_in(executor: Executor, *, job_id: str, kind: str, payload: dict[str, Any], worker: str, lease_s: int,
             max_attempts: int) -> Claim:
    """``claim`` in the caller's transaction (which commits or rolls it back)."""
    return claim_many(executor, [(job_id, payload)], kind=kind, worker=worker, lease_s=lease_s,
                      max_attempts=max_attempts)[job_id]


def claim_many(executor: Executor, jobs: Sequence[tuple[str, dict[str, Any]]], *, kind: str, worker: str,
               lease_s: int, max_attempts: int) -> dict[str, Claim]:
    """``claim`` for many jobs in the caller's transaction; one ``Claim`` per distinct job id.

    On Postgres the common case -- a new job, or a queued one, or one whose lease ran out -- is
    one statement for all of them (``_PG_CLAIM``). Only the jobs it did not take are looked at
    row by row, under ``SELECT … FOR UPDATE``, to learn why (finished, leased elsewhere, out of
    attempts: then they are failed here). SQLite (the embedded demo) always takes that path.
    Rows are locked in id order, the order every bulk writer uses.
    """
    inputs = dict(jobs)  # a repeated id is claimed once
    ids = sorted(inputs)
    now = utcnow()
    lease = now + timedelta(seconds=lease_s)
    out: dict[str, Claim] = {}
    if _dialect(executor) == "postgresql" and max_attempts >= 1:
        out = _claim_in_one_statement(executor, inputs, kind=kind, worker=worker, lease_s=lease_s,
                                      max_attempts=max_attempts, now=now)
        rest = [i for i in ids if i not in out]
    else:
        rest = ids
        for job_id in rest:
            insert_ignore(executor, Job, {"id": job_id, "kind": kind, "status": JobStatus.QUEUED,
                                          "input": inputs[job_id], "attempts": 0, "created_at": now,
                                          "updated_at": now})
    if rest:
        out.update(_claim_row_by_row(executor, rest, worker=worker, now=now, lease=lease, max_attempts=max_attempts))
    return out


# One round trip for the common claim: insert the job running, or take it over when it is queued or
# its lease ran out; close the attempt a dead worker left open; open this attempt. The WHERE of
# ON CONFLICT DO UPDATE is checked against the latest committed row under its lock, so two workers
# racing for one job cannot both pass it. A job it does not return is left for _claim_row_by_row.
_PG_CLAIM = text("""
WITH claimed AS (
    INSERT INTO jobs AS j (id, kind, status, input, attempts, attempts_before_retry, worker, lease_expires_at,
                           created_at, updated_at, started_at)
    SELECT r.value ->> 'id', :kind, 'running', r.value -> 'input', 1, 0, :worker, :lease, :now, :now, :now
    FROM jsonb_array_elements(CAST(:rows AS jsonb)) AS r
    ORDER BY r.value ->> 'id'
    ON CONFLICT (id) DO UPDATE
    SET attempts = j.attempts + 1, status = 'running', worker = excluded.worker,
        lease_expires_at = excluded.lease_expires_at, started_at = COALESCE(j.started_at, excluded.started_at),
        updated_at = excluded.updated_at
    WHERE j.status NOT IN (%(terminal)s)
      AND NOT (j.status = 'running' AND j.lease_expires_at IS NOT NULL AND j.lease_expires_at > excluded.updated_at)
      AND j.attempts - j.attempts_before_retry < :max_attempts
    RETURNING j.id, j.attempts, j.created_at
), lost AS (
    UPDATE job_attempts AS a
    SET outcome = 'lost', error_code = 'worker_lost', finished_at = :now,
        error_message = 'worker ' || COALESCE(a.worker, 'None') || ' died or stopped renewing its lease'
    FROM claimed AS c
    WHERE a.job_id = c.id AND a.attempt = c.attempts - 1 AND a.outcome IS NULL
), opened AS (
    INSERT INTO job_attempts (job_id, attempt, worker, started_at)
    SELECT c.id, c.attempts, :worker, :now FROM claimed AS c
)
SELECT id, attempts, created_at FROM claimed
""" % {"terminal": ", ".join(sorted(f"'{s.value}'" for s in TERMINAL_STATUSES))})


def _claim_in_one_statement(executor: Executor, inputs: dict[str, dict[str, Any]], *, kind: str, worker: str,
                            lease_s: int, max_attempts: int, now: datetime | None = None) -> dict[str, Claim]:
    """Postgres: claim every job of ``inputs`` that can run now, in one statement; the others are left out."""
    now = now or utcnow()
    rows = executor.execute(_PG_CLAIM, {
        "rows": json.dumps([{"id": i, "input": inputs[i]} for i in sorted(inputs)], default=str), "kind": kind,
        "worker": worker, "now": now, "lease": now + timedelta(seconds=lease_s), "max_attempts": max_attempts,
    }).all()
    return {job_id: Claim(ClaimOutcome.RUN, job_id, attempt, JobStatus.RUNNING, created_at)
            for job_id, attempt, created_at in rows}


def _claim_row_by_row(executor: Executor, ids: list[str], *, worker: str, now: datetime, lease: datetime,
                      max_attempts: int) -> dict[str, Claim]:
    """The generic claim: lock each row, decide, write (SQLite, and Postgres' rare cases)."""
    out: dict[str, Claim] = {}
    rows = executor.execute(
        select(Job.id, Job.status, Job.attempts, Job.attempts_before_retry, Job.lease_expires_at, Job.worker,
               Job.error_code, Job.error_message, Job.started_at, Job.created_at)
        .where(Job.id.in_(ids)).order_by(Job.id).with_for_update()
    ).all()
    for job in rows:
        if job.status in TERMINAL_STATUSES:
            out[job.id] = Claim(ClaimOutcome.ALREADY_FINISHED, job.id, job.attempts, job.status, job.created_at)
            continue
        if job.status == JobStatus.RUNNING and job.lease_expires_at is not None and as_utc(job.lease_expires_at) > now:
            out[job.id] = Claim(ClaimOutcome.RUNNING_ELSEWHERE, job.id, job.attempts, job.status, job.created_at)
            continue
        if job.attempts - job.attempts_before_retry >= max_attempts:
            _give_up(executor, job, now)
            out[job.id] = Claim(ClaimOutcome.GAVE_UP, job.id, job.attempts, JobStatus.FAILED, job.created_at)
            continue
        if job.attempts > 0:
            # An attempt still open here ended with its worker dying without a word.
            _close_attempt(executor, job.id, job.attempts, "lost", "worker_lost",
                           f"worker {job.worker} died or stopped renewing its lease", now)
        attempt = job.attempts + 1
        executor.execute(
            update(Job).where(Job.id == job.id)
            .values(attempts=attempt, status=JobStatus.RUNNING, worker=worker, lease_expires_at=lease,
                    started_at=job.started_at or now, updated_at=now)
        )
        executor.execute(insert(JobAttempt).values(job_id=job.id, attempt=attempt, worker=worker, started_at=now))
        out[job.id] = Claim(ClaimOutcome.RUN, job.id, attempt, JobStatus.RUNNING, job.created_at)
    return out


def _give_up(executor: Executor, job: Any, now: datetime) -> None:
    """Stop a job that used all its attempts: poison if the last one died mid-flight."""
    last = _attempt_row(executor, job.id, job.attempts)
    died = last is not None and last.outcome in (None, "lost")
    if last is not None and last.outcome is None:
        _close_attempt(executor, job.id, job.attempts, "lost", "worker_lost", "the worker died during this attempt",
                       now)
    if died:
        code = "poison"
        message = (
            f"gave up after {job.attempts} deliveries: each one ended with its worker dying "
            "(crash, OOM kill or time limit); inspect the input before retrying"
        )
    else:
        message = f"gave up after {job.attempts} attempts; last error: {job.error_message or 'unknown'}"
        code = job.error_code or "retries_exhausted"
    executor.execute(
        update(Job).where(Job.id == job.id)
        .values(status=JobStatus.FAILED, error_code=code, error_message=message, finished_at=now, updated_at=now,
                lease_expires_at=None)
    )


def _attempt_row(executor: Executor, job_id: str, attempt: int) -> Any:
    return executor.execute(
        select(JobAttempt.outcome)
        .where(JobAttempt.job_id == job_id, JobAttempt.attempt == attempt, JobAttempt.worker != "operator")
    ).one_or_none()


def _close_attempt(
    executor: Executor, job_id: str, attempt: int, outcome: str, code: str | None, message: str | None, now: datetime
) -> None:
    executor.execute(
        update(JobAttempt)
        .where(JobAttempt.job_id == job_id, JobAttempt.attempt == attempt, JobAttempt.outcome.is_(None))
        .values(outcome=outcome, error_code=code, error_message=message, finished_at=now)
    )


@dataclass(frozen=True)
class FinishItem:
    """One job's terminal write: what ``lifecycle.finish`` takes, as data."""

    job_id: str
    attempt: int
    status: str
    result: Any | None = None  # an unsaved result row (ListingQCResult, ReceiptResult) or None
    error_code: str | None = None
    error_message: str | None = None


def finish_many(session: Executor, items: Sequence[FinishItem]) -> list[bool]:
    """Write results (if new) and terminal states for many jobs in the caller's transaction.

    A handful of set-based statements (one multi-row ``INSERT … ON CONFLICT DO NOTHING RETURNING``
    per result table, one ``UPDATE`` per distinct terminal state) instead of three per job. Returns,
    per item, False when the job's result already existed or the job was already terminal: nothing
    of that job changed then (a result is never overwritten, a finished job stays finished).
    """
    now = utcnow()
    if _dialect(session) == "postgresql":
        done = _finish_in_one_statement(session, items, now)
        if done is not None:
            return done
    first: dict[str, FinishItem] = {}
    for item in items:
        first.setdefault(item.job_id, item)
    blocked: set[str] = set()
    by_table: dict[type, list[FinishItem]] = defaultdict(list)
    for item in first.values():
        if item.result is not None:
            by_table[type(item.result)].append(item)
    for model, group in by_table.items():
        rows = [_row_values(item.result, now) for item in sorted(group, key=lambda i: i.job_id)]
        inserted = set(session.execute(dialect_insert(session, model).values(rows).on_conflict_do_nothing()
                                       .returning(model.job_id)).scalars())
        blocked |= {item.job_id for item in group} - inserted

    terminal = [s.value for s in TERMINAL_STATUSES]
    changed: set[str] = set()
    by_state: dict[tuple[str, str | None, str | None], list[FinishItem]] = defaultdict(list)
    for item in first.values():
        if item.job_id not in blocked:
            by_state[(str(item.status), item.error_code, item.error_message)].append(item)
    for (status, code, message), group in by_state.items():
        ids = sorted(item.job_id for item in group)  # one lock order for every writer
        changed |= set(session.execute(
            update(Job).where(Job.id.in_(ids), Job.status.not_in(terminal))
            .values(status=status, error_code=code, error_message=message, finished_at=now, updated_at=now,
                    lease_expires_at=None)
            .returning(Job.id)
        ).scalars())
        session.execute(
            update(JobAttempt)
            .where(tuple_(JobAttempt.job_id, JobAttempt.attempt).in_([(i.job_id, i.attempt) for i in group]),
                   JobAttempt.outcome.is_(None))
            .values(outcome=status, error_code=code, error_message=message, finished_at=now)
        )
    return [item is first[item.job_id] and item.job_id in changed for item in items]


# The common grouped write on Postgres in one round trip: insert the results that are new, then, for
# exactly those jobs, the terminal state (unless the job is already terminal) and the attempt's outcome.
# Every sub-statement sees the same snapshot; a job whose result already existed is left untouched,
# as in the generic path below.
_PG_FINISH = """
WITH inserted AS (
    INSERT INTO {table} ({columns})
    SELECT {columns} FROM jsonb_populate_recordset(NULL::{table}, CAST(:rows AS jsonb)) ORDER BY job_id
    ON CONFLICT (job_id) DO NOTHING
    RETURNING job_id
), states AS (
    SELECT s.job_id, s.attempt, s.status
    FROM jsonb_to_recordset(CAST(:states AS jsonb)) AS s(job_id text, attempt int, status text)
    WHERE s.job_id IN (SELECT job_id FROM inserted)
), done AS (
    UPDATE jobs AS j
    SET status = s.status, error_code = NULL, error_message = NULL, finished_at = :now, updated_at = :now,
        lease_expires_at = NULL
    FROM states AS s
    WHERE j.id = s.job_id AND j.status NOT IN ({terminal})
    RETURNING j.id
), closed AS (
    UPDATE job_attempts AS a
    SET outcome = s.status, error_code = NULL, error_message = NULL, finished_at = :now
    FROM states AS s
    WHERE a.job_id = s.job_id AND a.attempt = s.attempt AND a.outcome IS NULL
)
SELECT id FROM done
"""


@lru_cache(maxsize=8)
def _pg_finish_statement(table: Any) -> Any:
    columns = ", ".join(column.name for column in table.columns)
    terminal = ", ".join(sorted(f"'{s.value}'" for s in TERMINAL_STATUSES))
    return text(_PG_FINISH.format(table=table.name, columns=columns, terminal=terminal))


def _finish_in_one_statement(executor: Executor, items: Sequence[FinishItem], now: datetime) -> list[bool] | None:
    """Postgres: the usual batch (distinct jobs, each with a result of one table, no error) in one statement.

    Returns None for anything else (or a row JSON cannot carry exactly), which the generic path then writes.
    """
    if not items or len({item.job_id for item in items}) != len(items):
        return None
    tables = {getattr(item.result, "__table__", None) for item in items}
    if len(tables) != 1 or None in tables or any(item.error_code or item.error_message for item in items):
        return None
    ordered = sorted(items, key=lambda i: i.job_id)  # one lock order for every writer
    try:
        rows = json.dumps([_row_values(item.result, now) for item in ordered], default=_json_scalar, allow_nan=False)
    except (TypeError, ValueError):  # NaN, infinity or a type JSON has no word for: the generic path's column types
        return None
    states = json.dumps([{"job_id": i.job_id, "attempt": i.attempt, "status": str(i.status)} for i in ordered])
    changed = set(executor.execute(_pg_finish_statement(tables.pop()),
                                   {"rows": rows, "states": states, "now": now}).scalars())
    return [item.job_id in changed for item in items]


def _json_scalar(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"{type(value).__name__} cannot be written as JSON")


def _row_values(result: Any, now: Any) -> dict[str, Any]:
    """Every column of an unsaved row; unset ones get their column default, as a single INSERT would."""
    values: dict[str, Any] = {}
    for column in result.__table__.columns:
        value = getattr(result, column.key)
        if value is None and column.default is not None:
            default = column.default
            value = default.arg(None) if default.is_callable else default.arg
        values[column.key] = value
    values["created_at"] = values.get("created_at") or now
    return values


def finish(session: Executor, *, job_id: str, attempt: int, status: str, result: Any | None,
           error_code: str | None = None, error_message: str | None = None) -> bool:
    """Write one job's result (if new) and terminal state in the caller's transaction (see ``finish_many``)."""
    item = FinishItem(job_id=job_id, attempt=attempt, status=status, result=result, error_code=error_code,
                      error_message=error_message)
    return finish_many(session, [item])[0]


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
    reopened: list[datetime] = []
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
                reopened.append(job.created_at)
        # The job's hour is no longer what its rollup says (committed with the change, never before it).
        rollups.mark_stale(session, reopened)
    return requeued, refused

