"""Terminal writes in bulk: many jobs' results and states in one transaction.

``finish_many`` is ``lifecycle.finish`` for a list of jobs, as a handful of set-based
statements (one multi-row ``INSERT … ON CONFLICT DO NOTHING RETURNING`` per result table,
one ``UPDATE`` per distinct terminal state) instead of three statements per job. It keeps
``finish``'s guarantees: a result that already exists is never overwritten and then
nothing else of that job changes; a job already terminal stays as it is.

``ResultWriter`` runs ``finish_many`` behind the ordinary ``Batcher``: each task thread
submits its job's write and blocks until the transaction holding it has committed, so a
task still returns (and is acked) only after its result is durable. The writer takes what
is queued and never waits for company (``max_wait_ms = 0``): at low load a write goes out
alone at once; under load the writes queued during one commit share the next.
The bulk path (``tasks/backfill.py``) calls ``finish_many`` directly, once per chunk.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, tuple_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from models import TERMINAL_STATUSES, Job, JobAttempt
from models.base import utcnow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FinishItem:
    """One job's terminal write: what ``lifecycle.finish`` takes, as data."""

    job_id: str
    attempt: int
    status: str
    result: Any | None = None  # an unsaved result row (ListingQCResult, ReceiptResult) or None
    error_code: str | None = None
    error_message: str | None = None


def finish_many(session: Session | Connection, items: Sequence[FinishItem]) -> list[bool]:
    """Write results (if new) and terminal states for many jobs in the caller's transaction.

    Returns, per item, what ``lifecycle.finish`` would: False when the job's result already
    existed or the job was already terminal (nothing of it changed then).
    """
    now = utcnow()
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
        inserted = set(session.execute(_insert(session, model).values(rows).on_conflict_do_nothing()
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


def _insert(session: Session | Connection, model: type) -> Any:
    bind = session.get_bind() if isinstance(session, Session) else session
    return (postgresql if bind.dialect.name == "postgresql" else sqlite).insert(model)


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


class ResultWriter:
    """The engine contract over the database: ``forward`` is one transaction for a batch of writes."""

    name = "results"
    max_wait_ms = 0.0  # never hold a finished job back waiting for company

    def __init__(self, db: Engine) -> None:
        self.db = db

    def preprocess(self, item: FinishItem) -> FinishItem:
        return item

    def forward(self, batch: Sequence[FinishItem]) -> list[bool | BaseException]:
        try:
            with self.db.begin() as conn:  # Core: no ORM session to build per batch
                return list(finish_many(conn, batch))
        except OperationalError:
            raise  # the database is away: every writer in the batch waits and retries (pipeline)
        except DBAPIError as exc:
            if len(batch) == 1:
                return [exc]
            # One bad row must not fail its neighbours: write each alone and hand each its own outcome.
            log.warning("grouped result write failed (%s); writing %d jobs one by one", type(exc).__name__, len(batch))
            return [self._write_alone(item) for item in batch]

    def postprocess(self, output: bool | BaseException) -> bool:
        if isinstance(output, BaseException):
            raise output
        return output

    def _write_alone(self, item: FinishItem) -> bool | BaseException:
        try:
            with self.db.begin() as conn:
                return finish_many(conn, [item])[0]
        except DBAPIError as exc:
            return exc
