"""Retention: delete old finished jobs with their results, attempts and reviews, optionally exporting them first.

Small batches, each one short transaction: pick up to ``batch_size`` eligible jobs (locked, ``SKIP
LOCKED``), write them as one gzip JSON-lines object to S3, record that object in ``prune_exports``,
delete the rows, commit. A job is eligible when it is finished (never queued or running), was accepted
and finished before the cutoff, matches the kind and state filters, and -- unless asked -- is not a
``needs_review`` job nobody has reviewed yet.

Before a batch's jobs are deleted, the hourly rollups of their hours are frozen (computed first
where missing, in the same transaction): ``mmjobs stats`` keeps counting them as history.

A crash loses nothing: until its transaction commits a batch is still in the database; the only
leftover is an object that was uploaded but never recorded, which the next run deletes before it
starts (its jobs are then exported again). Running the same command again resumes. One prune runs at
a time per database (a Postgres advisory lock), so that clean-up never races a live run.

The walk goes through ``created_at`` in windows sized to hold about one batch, so every query reads
only its window's block ranges through the BRIN index, whatever the table's size.

Workers first: while other sessions are at work in the database (``pg_stat_activity``: inside a
statement or a transaction, seen after a batch or within the second before), the prune rests
``pause_ratio`` times each batch's duration after it; with nobody else at work it runs flat out. On a
database server whose cores the workers already fill, a prune at full speed takes about one core from
them (most of a batch is the foreign keys' per-row cascade, CPU in the prune's backend), so only its
duty cycle decides how much the workers keep.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import (Connection, Engine, String, and_, any_, bindparam, delete, exists, func, insert, not_, select,
                        text)
from sqlalchemy.dialects.postgresql import ARRAY

from models import TERMINAL_STATUSES, Job, JobAttempt, JobStatus, ListingQCResult, ReceiptResult, Review, get_engine
from models.base import as_utc, utcnow
from models.retention import PruneExport
from tasks.jobs import rollups

EXPORT_NAME = "mmjobs-prune-"
RESULT_MODELS = (ListingQCResult, ReceiptResult)
_ADVISORY_LOCK = 0x6D6D_6A6F_6273  # "mmjobs": one prune per database at a time
_TERMINAL = tuple(sorted(s.value for s in TERMINAL_STATUSES))
# A session seen at work within this long still counts: a worker between two transactions is idle for an instant.
_AT_WORK_MEMORY_S = 1.0


class PruneError(ValueError):
    """A prune that cannot run as asked; the message says what to do instead."""


@dataclass(frozen=True)
class PruneRequest:
    """What to delete: finished jobs older than ``older_than``, filtered; exported first when ``export``."""

    older_than: timedelta
    kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = _TERMINAL
    include_unreviewed: bool = False
    export: str | None = None  # s3://bucket/prefix/
    batch_size: int = 5000
    dry_run: bool = False
    # While other sessions are at work, rest after each batch this many times as long as the batch took: 4
    # leaves the prune a fifth of its speed and the workers beside it the rest; 0 never rests.
    pause_ratio: float = 4.0

    def __post_init__(self) -> None:
        if self.older_than <= timedelta(0):
            raise PruneError("--older-than must be positive, e.g. 90d")
        unknown = set(self.statuses) - set(_TERMINAL)
        if unknown or not self.statuses:
            raise PruneError(f"--status {', '.join(sorted(unknown)) or '(none)'}: only finished jobs are pruned; "
                             f"choose from {', '.join(_TERMINAL)}")
        if self.batch_size < 1:
            raise PruneError("--batch-size must be at least 1")
        if self.pause_ratio < 0:
            raise PruneError("--pause-ratio must be 0 or more")
        if self.export is not None:
            split_s3_url(self.export)


@dataclass
class PruneSummary:
    cutoff: datetime
    eligible: int = 0
    jobs: int = 0
    # Counted from the exported records (None without --export: the cascade deletes them uncounted).
    attempts: int | None = None
    results: int | None = None
    reviews: int | None = None
    objects: list[str] = field(default_factory=list)
    exported_bytes: int = 0
    stale_objects_removed: int = 0
    seconds: float = 0.0
    paused_s: float = 0.0  # of ``seconds``, rested for the workers beside it

    @property
    def jobs_per_s(self) -> float:
        return self.jobs / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["cutoff"] = self.cutoff.isoformat()
        data["jobs_per_s"] = round(self.jobs_per_s, 1)
        return data


Progress = Callable[[int, int], None]  # (jobs deleted so far, jobs eligible at the start)


def retention_request(settings: Any) -> PruneRequest | None:
    """The deployment's standing retention rule (``MMJOBS_RETENTION_*``), or None when it is off."""
    if not settings.retention_days:
        return None
    return PruneRequest(older_than=timedelta(days=settings.retention_days), kinds=tuple(settings.retention_kinds),
                        statuses=tuple(settings.retention_statuses) or _TERMINAL,
                        include_unreviewed=settings.retention_include_unreviewed,
                        export=settings.retention_export_url, batch_size=settings.retention_batch_size,
                        pause_ratio=settings.retention_pause_ratio)


def run_retention(settings: Any) -> dict[str, Any]:
    """Apply the deployment's retention setting once (the scheduled ``mmjobs.prune`` task)."""
    request = retention_request(settings)
    if request is None:
        return {"skipped": "retention is off (MMJOBS_RETENTION_DAYS=0)"}
    try:
        return prune(get_engine(settings.database_url), request).as_dict()
    except PruneError as exc:  # e.g. the previous run is still going: it finishes the work
        return {"skipped": str(exc)}


def split_s3_url(url: str) -> tuple[str, str]:
    """``s3://bucket/prefix/`` as (bucket, prefix ending in '/' or empty)."""
    if not url.startswith("s3://") or not url[5:].split("/", 1)[0]:
        raise PruneError(f"--export {url!r}: give an S3 location such as s3://bucket/mmjobs-archive/")
    bucket, _, prefix = url[5:].partition("/")
    return bucket, (prefix.rstrip("/") + "/") if prefix.strip("/") else ""


def eligible(request: PruneRequest, cutoff: datetime) -> Any:
    """The WHERE clause of a job the request may delete."""
    clauses = [Job.created_at < cutoff, Job.finished_at < cutoff, Job.status.in_(request.statuses)]
    if request.kinds:
        clauses.append(Job.kind.in_(request.kinds))
    if not request.include_unreviewed and JobStatus.NEEDS_REVIEW in request.statuses:
        clauses.append(not_(and_(Job.status == JobStatus.NEEDS_REVIEW, ~exists().where(Review.job_id == Job.id))))
    return and_(*clauses)


def prune(engine: Engine, request: PruneRequest, *, now: datetime | None = None,
          progress: Progress | None = None, s3_client: Any = None) -> PruneSummary:
    """Delete (and first export) the jobs the request names, in batches; safe to run again after a crash."""
    started = time.monotonic()
    cutoff = (now or utcnow()) - request.older_than
    summary = PruneSummary(cutoff=cutoff)
    where = eligible(request, cutoff)
    with engine.connect() as guard:
        _lock_or_refuse(guard)
        try:
            with engine.connect() as conn:
                total, oldest = conn.execute(select(func.count(), func.min(Job.created_at)).where(where)).one()
                conn.rollback()
            summary.eligible = int(total)
            if request.dry_run or not total:
                summary.seconds = time.monotonic() - started
                return summary
            exporter = None
            if request.export is not None:
                exporter = _Exporter(request.export, s3_client)
                summary.stale_objects_removed = exporter.remove_unrecorded(engine)
            if progress:
                progress(0, summary.eligible)
            batch = request.batch_size
            neighbours = _Neighbours()
            lo = as_utc(oldest)
            # Windows of created_at sized to hold about one batch (the first guess assumes an even spread;
            # each window's count corrects the next), so a batch's query never reads far past its rows.
            step = max((cutoff - lo).total_seconds() * batch / int(total), 1.0)
            while lo < cutoff:
                hi = min(lo + timedelta(seconds=step), cutoff)
                found = 0
                while True:
                    began = time.monotonic()
                    with engine.begin() as conn:
                        done = _prune_batch(conn, where, lo, hi, batch, exporter, summary)
                        busy = bool(request.pause_ratio and done) and neighbours.at_work(conn)
                    if busy:
                        rest = request.pause_ratio * (time.monotonic() - began)
                        time.sleep(rest)
                        summary.paused_s += rest
                    found += done
                    if progress and done:
                        progress(summary.jobs, summary.eligible)
                    if done < batch:
                        break
                if found > 2 * batch:
                    step = max(step / 2, 1.0)
                elif found < batch / 2:
                    step *= 2
                lo = hi
        finally:
            _unlock(guard)
    summary.seconds = time.monotonic() - started
    return summary


def _prune_batch(conn: Connection, where: Any, lo: datetime, hi: datetime, batch: int,
                 exporter: _Exporter | None, summary: PruneSummary) -> int:
    """One short transaction: lock up to ``batch`` eligible jobs of the window, export them, delete them."""
    rows = conn.execute(
        select(Job.id, Job.kind, Job.created_at).where(where, Job.created_at >= lo, Job.created_at < hi)
        .limit(batch).with_for_update(skip_locked=True)
    ).all()
    if not rows:
        return 0
    ids = sorted(r.id for r in rows)
    # The hours' rollups become the history of these jobs: computed now where missing, never again after.
    rollups.freeze(conn, [r.created_at for r in rows])
    if exporter is not None:
        exporter.export(conn, ids, rows, summary)
    # The foreign keys' ON DELETE CASCADE takes the attempts, results and reviews with each job: measured
    # at 1 M jobs, that is faster than deleting the children first (the cascade triggers run either way).
    summary.jobs += conn.execute(delete(Job).where(_among(conn, Job.id, ids))).rowcount
    return len(rows)


class _Neighbours:
    """Whether other sessions are at work in this database: seen in a transaction within the last second."""

    def __init__(self) -> None:
        self._seen = -float("inf")

    def at_work(self, conn: Connection) -> bool:
        if conn.dialect.name != "postgresql":  # the embedded database has no view of its other users
            return True
        if conn.execute(_OTHERS_AT_WORK).scalar_one():
            self._seen = time.monotonic()
        return time.monotonic() - self._seen < _AT_WORK_MEMORY_S


# Other client sessions of this database inside a statement or a transaction right now. A session of
# another role shows no state to an unprivileged one: it counts as at work.
_OTHERS_AT_WORK = text("""
SELECT count(*) FROM pg_stat_activity
WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()
  AND state IS DISTINCT FROM 'idle'
""")


def _among(conn: Connection, column: Any, ids: Sequence[str]) -> Any:
    """``column IN ids``: one array parameter on Postgres (thousands of separate ones cost planning time)."""
    if conn.dialect.name == "postgresql":
        return column == any_(bindparam(None, list(ids), type_=ARRAY(String)))
    return column.in_(ids)


class _Exporter:
    """Writes each batch as one gzip JSON-lines object (one job per line) and journals it."""

    def __init__(self, url: str, client: Any = None) -> None:
        self.bucket, self.prefix = split_s3_url(url)
        if client is None:
            import boto3

            client = boto3.session.Session().client("s3")
        self.client = client

    def url(self, key: str) -> str:
        return f"s3://{self.bucket}/{key}"

    def remove_unrecorded(self, engine: Engine) -> int:
        """Delete objects a crashed run uploaded but never committed (their jobs are still in the database)."""
        removed = 0
        paginator = self.client.get_paginator("list_objects_v2")
        for page in paginator.paginate(Bucket=self.bucket, Prefix=self.prefix + EXPORT_NAME):
            keys = [item["Key"] for item in page.get("Contents", [])]
            if not keys:
                continue
            with engine.connect() as conn:
                known = set(conn.execute(select(PruneExport.key)
                                         .where(PruneExport.key.in_([self.url(k) for k in keys]))).scalars())
            for key in keys:
                if self.url(key) not in known:
                    self.client.delete_object(Bucket=self.bucket, Key=key)
                    removed += 1
        return removed

    def export(self, conn: Connection, ids: Sequence[str], rows: Sequence[Any], summary: PruneSummary) -> None:
        records = job_records(conn, ids)
        body = gzip.compress("".join(json.dumps(record, default=_json_default, ensure_ascii=False) + "\n"
                                     for record in records).encode(), compresslevel=5)
        first = min(as_utc(r.created_at) for r in rows)
        last = max(as_utc(r.created_at) for r in rows)
        digest = hashlib.sha256("\n".join(ids).encode()).hexdigest()[:16]
        key = f"{self.prefix}{EXPORT_NAME}{first:%Y%m%dT%H%M%S%f}-{digest}.jsonl.gz"
        self.client.put_object(Bucket=self.bucket, Key=key, Body=body, ContentType="application/x-ndjson",
                               ContentEncoding="gzip")
        for record in records:
            summary.attempts = (summary.attempts or 0) + len(record["attempts"])
            summary.results = (summary.results or 0) + (record["result"] is not None)
            summary.reviews = (summary.reviews or 0) + len(record["reviews"])
        conn.execute(insert(PruneExport).values(key=self.url(key), jobs=len(ids), first_created_at=first,
                                                last_created_at=last, exported_at=utcnow()))
        summary.objects.append(self.url(key))
        summary.exported_bytes += len(body)


def job_records(conn: Connection, ids: Sequence[str]) -> list[dict[str, Any]]:
    """Each job as one self-contained record: the job row, its attempts, its result and its reviews."""
    if conn.dialect.name == "postgresql":
        return _job_records_in_sql(conn, ids)
    jobs = {row["id"]: {"job": dict(row), "attempts": [], "result": None, "reviews": []}
            for row in conn.execute(select(Job.__table__).where(Job.id.in_(ids))).mappings()}
    for row in conn.execute(select(JobAttempt.__table__).where(JobAttempt.job_id.in_(ids))
                            .order_by(JobAttempt.job_id, JobAttempt.id)).mappings():
        jobs[row["job_id"]]["attempts"].append(dict(row))
    for model in RESULT_MODELS:
        for row in conn.execute(select(model.__table__).where(model.job_id.in_(ids))).mappings():
            jobs[row["job_id"]]["result"] = dict(row)
    for row in conn.execute(select(Review.__table__).where(Review.job_id.in_(ids))
                            .order_by(Review.job_id, Review.id)).mappings():
        jobs[row["job_id"]]["reviews"].append(dict(row))
    return [jobs[job_id] for job_id in sorted(jobs)]


# Postgres builds each record itself (to_jsonb): one round trip, and Python only joins the lines.
_PG_RECORDS = text("""
SELECT jsonb_build_object(
    'job', to_jsonb(j),
    'attempts', COALESCE((SELECT jsonb_agg(to_jsonb(a) ORDER BY a.id) FROM job_attempts AS a
                          WHERE a.job_id = j.id), '[]'::jsonb),
    'result', COALESCE((SELECT to_jsonb(q) FROM listing_qc_results AS q WHERE q.job_id = j.id),
                       (SELECT to_jsonb(r) FROM receipt_results AS r WHERE r.job_id = j.id)),
    'reviews', COALESCE((SELECT jsonb_agg(to_jsonb(v) ORDER BY v.id) FROM reviews AS v
                         WHERE v.job_id = j.id), '[]'::jsonb))
FROM jobs AS j WHERE j.id = ANY(:ids) ORDER BY j.id
""")


def _job_records_in_sql(conn: Connection, ids: Sequence[str]) -> list[dict[str, Any]]:
    return list(conn.execute(_PG_RECORDS, {"ids": list(ids)}).scalars())


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value)


def _lock_or_refuse(conn: Connection) -> None:
    if conn.dialect.name != "postgresql":
        return
    taken = conn.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": _ADVISORY_LOCK}).scalar_one()
    conn.commit()
    if not taken:
        raise PruneError("another prune is running on this database; let it finish (it resumes where a "
                         "crashed one stopped)")


def _unlock(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _ADVISORY_LOCK})
        conn.commit()
