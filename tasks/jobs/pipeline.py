"""One job's way through a worker, the same for every job kind.

validate payload → claim the row (attempt + 1, lease) → handler (load image, engine, decide)
→ write result + terminal state in one transaction → return (Celery acks after this).

Failures are sorted here once: an invalid payload or a permanent error marks the job
``failed`` with its reason and is not retried; a transient error puts it back to ``queued``
and retries it with exponential backoff and jitter until ``max_attempts``; a database that
is down during the final write is waited for (bounded), then the message is retried.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from celery import Task
from celery.exceptions import SoftTimeLimitExceeded
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from models import JobStatus
from tasks.jobs import lifecycle
from tasks.jobs.contracts import JobPayload, parse_payload, safe_job_id, truncated_input
from tasks.jobs import lease_keeper, result_writer  # noqa: F401 - register the keeper step and the result writer
from tasks.jobs.joblog import log_transition
from tasks.jobs.lifecycle import FinishItem
from tasks.jobs.retry import Retry, retry_delay, retry_or_fail
from workers import metrics
from workers.errors import InvalidPayload, JobError, TransientJobError, as_job_error
from workers.runtime import WorkerRuntime, get_runtime

log = logging.getLogger(__name__)

DB_ERRORS = (OperationalError, DBAPIError)
# The database is away (connection lost, restarting, read-only failover): wait, or retry the message.
# Any other DBAPIError (a constraint, a value it refuses) is this job's bug and fails this job.
DB_OUTAGES = (OperationalError, InterfaceError)


@dataclass(frozen=True)
class Outcome:
    """What a handler decided: the terminal status and the result row to write."""

    status: JobStatus
    result: Any
    summary: dict[str, Any]


Handler = Callable[[JobPayload, WorkerRuntime], Outcome]


def run_job(task: Task, kind: str, raw: dict[str, Any], handler: Handler) -> dict[str, Any]:
    """Run one delivery of one job; return a small summary for Flower."""
    runtime = get_runtime()
    settings = runtime.settings
    job_id = safe_job_id(raw, fallback=task.request.id)
    started = time.monotonic()

    invalid: InvalidPayload | None = None
    payload: JobPayload | None = None
    try:
        payload = parse_payload(kind, raw)
        if payload.job_id is None:  # the Celery task id is the job id: the handler's row carries it too
            payload = payload.model_copy(update={"job_id": job_id})
        stored_input = payload.model_dump(mode="json", exclude_none=True) | {"job_id": job_id}
    except InvalidPayload as exc:
        invalid = exc
        stored_input = truncated_input(raw)

    try:
        claim = lifecycle.claim(runtime.db, job_id=job_id, kind=kind, payload=stored_input, worker=runtime.name,
                                lease_s=settings.lease_s, max_attempts=settings.max_attempts)
    except DB_ERRORS as exc:
        # The job has not started, so this costs it no attempt; the backoff still grows with each redelivery.
        raise _retry_later(task, raw, attempt=(task.request.retries or 0) + 1, settings=settings,
                           why=f"database unavailable at claim: {exc}") from exc

    if claim.outcome != lifecycle.ClaimOutcome.RUN:
        log_transition(job_id, kind, claim.status, attempt=claim.attempt, worker=runtime.name,
                       event=str(claim.outcome))
        if claim.outcome == lifecycle.ClaimOutcome.GAVE_UP:
            metrics.job_finished(kind, JobStatus.FAILED, error_code="gave_up")
        return {"job_id": job_id, "status": claim.status, "skipped": str(claim.outcome)}

    log_transition(job_id, kind, JobStatus.RUNNING, attempt=claim.attempt, worker=runtime.name)
    if claim.attempt == 1 and claim.created_at is not None:
        metrics.queue_waited(kind, claim.created_at)  # the claim read the row's creation time: no second query
    runtime.job_started(job_id)
    try:
        try:
            if invalid is not None:
                raise invalid
            assert payload is not None
            outcome = handler(payload, runtime)
        except JobError as error:
            return _handle_error(task, raw, runtime, kind, job_id, claim.attempt, error, started)
        except SoftTimeLimitExceeded:
            error = TransientJobError(f"the job ran past {runtime.settings.task_time_limit_s - 30}s", code="time_limit")
            return _handle_error(task, raw, runtime, kind, job_id, claim.attempt, error, started)
        except DB_ERRORS:
            raise
        except Exception as exc:  # noqa: BLE001 - a bug must fail its one job loudly, not the worker
            log.exception("job %s: unexpected error", job_id)
            error = as_job_error(exc)
            return _handle_error(task, raw, runtime, kind, job_id, claim.attempt, error, started)
        try:
            _write_with_patience(runtime, lambda: _finish(runtime, job_id, claim.attempt, outcome), task, raw,
                                 claim.attempt)
        except DBAPIError as exc:  # not an outage (those are waited for): the database refuses this result row
            log.exception("job %s: the database refused its result", job_id)
            return _handle_error(task, raw, runtime, kind, job_id, claim.attempt, as_job_error(exc), started)
        log_transition(job_id, kind, outcome.status, attempt=claim.attempt, worker=runtime.name,
                       duration_s=time.monotonic() - started, **outcome.summary)
        metrics.job_finished(kind, outcome.status, duration_s=time.monotonic() - started,
                             decision=outcome.summary.get("decision"), reasons=outcome.summary.get("reasons", ()))
        return {"job_id": job_id, "status": str(outcome.status), **outcome.summary}
    finally:
        runtime.job_ended(job_id)


def _finish(runtime: WorkerRuntime, job_id: str, attempt: int, outcome: Outcome) -> None:
    """Commit the result in the worker's next grouped write (tasks/jobs/result_writer.py); return once it is durable."""
    runtime.batcher("results").run(FinishItem(job_id, attempt, outcome.status, outcome.result))


def _handle_error(task: Task, raw: dict[str, Any], runtime: WorkerRuntime, kind: str, job_id: str, attempt: int,
                  error: JobError, started: float) -> dict[str, Any]:
    decision = retry_or_fail(error, attempt, runtime.settings)
    if isinstance(decision, Retry):
        _write_with_patience(runtime, lambda: lifecycle.release_for_retry(
            runtime.db, job_id=job_id, attempt=attempt, code=error.code, message=error.message), task, raw, attempt)
        log_transition(job_id, kind, JobStatus.QUEUED, attempt=attempt, worker=runtime.name,
                       duration_s=time.monotonic() - started, error_code=error.code, error=error.message,
                       event="retry")
        metrics.job_retried(kind, error.code)
        raise task.retry(kwargs=raw, countdown=decision.countdown, max_retries=None, exc=TransientJobError(error.message))
    _write_with_patience(runtime, lambda: lifecycle.fail(
        runtime.db, job_id=job_id, attempt=attempt, code=decision.code, message=decision.message), task, raw, attempt)
    log_transition(job_id, kind, JobStatus.FAILED, attempt=attempt, worker=runtime.name,
                   duration_s=time.monotonic() - started, error_code=decision.code, error=decision.message)
    metrics.job_finished(kind, JobStatus.FAILED, duration_s=time.monotonic() - started, error_code=decision.code)
    return {"job_id": job_id, "status": JobStatus.FAILED.value, "error_code": decision.code}


def _write_with_patience(runtime: WorkerRuntime, write: Callable[[], None], task: Task, raw: dict[str, Any],
                         attempt: int) -> None:
    """Retry a database write through a short outage; past the lease, retry the whole message."""
    deadline = time.monotonic() + max(5.0, runtime.settings.lease_s * 0.75)
    delay = 0.5
    while True:
        try:
            write()
            return
        except DB_OUTAGES as exc:
            if time.monotonic() + delay > deadline:
                raise _retry_later(task, raw, attempt=attempt, settings=runtime.settings,
                                   why=f"database unavailable: {exc}") from exc
            log.warning("database write failed (%s); retrying in %.1fs", type(exc).__name__, delay)
            time.sleep(delay)
            delay = min(delay * 2, 10.0)


def _retry_later(task: Task, raw: dict[str, Any], *, attempt: int, settings: Any, why: str) -> Exception:
    """A Celery retry: a new message with the same task id, sent before this one is acked."""
    return task.retry(kwargs=raw, countdown=retry_delay(attempt, settings), max_retries=None, exc=TransientJobError(why))
