"""What the queue did over a window, from the database: states, approval rate, review reasons, latency.

By default the report adds up the hourly rollups (``tasks/jobs/rollups.py``) of the whole hours in
the window that are rolled up, and computes the rest (the window's open edges, and any hour not
rolled up yet) from the jobs themselves, in the same sums: its time depends on the number of hours,
not of jobs. Counts are exact; percentiles come from the rollups' histograms, within
``rollups.PERCENTILE_ERROR`` (≈ 5.9 %) of the exact ones. Jobs deleted by a prune still count in
the hours whose rollups the prune froze.

``exact=True`` scans the window's jobs instead (exact percentiles; time grows with the window). On
Postgres the database computes everything (``percentile_cont``, ``FILTER``, JSONB functions); on
SQLite (the embedded default) the database filters and counts, and percentiles are computed in Python.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, func, select, text

from models import Job, JobStatus, ListingQCResult, ReceiptResult, session_scope
from models.base import as_utc, utcnow
from tasks.jobs import rollups


@dataclass
class KindStats:
    """One job kind over the window."""

    kind: str
    by_status: dict[str, int] = field(default_factory=dict)
    total: int = 0
    # Seconds from accepted (created_at) to a terminal state: what a producer waits.
    latency_p50_s: float | None = None
    latency_p95_s: float | None = None
    # Seconds from the first start to a terminal state: what the worker spent (retries included).
    run_p50_s: float | None = None
    run_p95_s: float | None = None
    review_reasons: dict[str, int] = field(default_factory=dict)
    error_codes: dict[str, int] = field(default_factory=dict)


@dataclass
class QueueStats:
    since: datetime | None
    kinds: dict[str, KindStats]
    decisions: dict[str, int]
    approval_rate: float | None

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["since"] = self.since.isoformat() if self.since else None
        return data




def percentile(values: list[float], q: float) -> float | None:
    """The q-th percentile (0–100) by linear interpolation between closest ranks; None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def queue_stats(engine: Engine, *, since: datetime | None = None, exact: bool = False,
                now: datetime | None = None) -> QueueStats:
    """Count the jobs accepted since ``since`` (all when None) by kind and state, with latencies."""
    if not exact:
        return _queue_stats_from_rollups(engine, since, now or utcnow())
    if engine.dialect.name == "postgresql":
        return _queue_stats_in_sql(engine, since)
    return _queue_stats_in_python(engine, since)


def _queue_stats_from_rollups(engine: Engine, since: datetime | None, now: datetime) -> QueueStats:
    """The rolled-up hours of the window, plus the rest computed from the jobs, added up by kind."""
    totals: dict[str, rollups.KindHour] = defaultdict(rollups.KindHour)
    with engine.connect() as conn:
        covered = rollups.read(conn, since, now)
        for lo, hi in rollups.gaps(since, covered):
            for kinds in rollups.aggregate(conn, lo, hi).values():
                for kind, part in kinds.items():
                    totals[kind].add(part)
        for kinds in covered.values():
            for kind, part in kinds.items():
                totals[kind].add(part)
    kinds: dict[str, KindStats] = {}
    errors: dict[str, Counter[str]] = defaultdict(Counter)
    reasons: dict[str, Counter[str]] = defaultdict(Counter)
    decisions: Counter[str] = Counter()
    for kind, part in totals.items():
        by_status = {status: n for status, n in part.by_status.items() if n}
        if not by_status:
            continue
        kinds[kind] = KindStats(kind, by_status=by_status, total=sum(by_status.values()),
                                latency_p50_s=rollups.histogram_percentile(part.latency, 50),
                                latency_p95_s=rollups.histogram_percentile(part.latency, 95),
                                run_p50_s=rollups.histogram_percentile(part.run, 50),
                                run_p95_s=rollups.histogram_percentile(part.run, 95))
        errors[kind] = part.error_codes
        reasons[kind] = part.review_reasons
        decisions.update(part.decisions)
    return _assemble(since, kinds, errors, reasons, +decisions)


_SORT_MEMORY = "64MB"


def _window(alias: str, since: datetime | None, *, result: str | None = None) -> str:
    if since is None:
        return "TRUE"
    clause = f"{alias}.created_at >= :since"
    if result is not None:
        # the result-table bound of rollups.RESULT_MARGIN: narrows the results by their own BRIN index
        clause += f" AND {result}.created_at >= :result_since"
    return clause


def _queue_stats_in_sql(engine: Engine, since: datetime | None) -> QueueStats:
    """Postgres: aggregate in the database; a few dozen rows come back whatever the window holds."""
    params = {"since": since, "result_since": since - rollups.RESULT_MARGIN} if since is not None else {}
    kinds: dict[str, KindStats] = {}
    errors: dict[str, Counter[str]] = defaultdict(Counter)
    reasons: dict[str, Counter[str]] = defaultdict(Counter)
    with engine.connect() as conn:
        # The percentiles sort the window's latencies in the database: in memory, not in temporary files.
        conn.execute(text(f"SET LOCAL work_mem = '{_SORT_MEMORY}'"))
        counts = conn.execute(text(f"""
            SELECT j.kind, j.status, CASE WHEN j.status = 'failed' THEN COALESCE(j.error_code, 'unknown') END,
                   count(*)
            FROM jobs AS j WHERE {_window("j", since)} GROUP BY 1, 2, 3"""), params)
        for kind, status, code, count in counts:
            stats = kinds.setdefault(kind, KindStats(kind))
            stats.by_status[status] = stats.by_status.get(status, 0) + int(count)
            stats.total += int(count)
            if code is not None:
                errors[kind][code] += int(count)
        latencies = conn.execute(text(f"""
            SELECT j.kind,
                   percentile_cont(ARRAY[0.5, 0.95]) WITHIN GROUP (
                       ORDER BY GREATEST(0, EXTRACT(EPOCH FROM j.finished_at - j.created_at)))
                       FILTER (WHERE j.finished_at IS NOT NULL),
                   percentile_cont(ARRAY[0.5, 0.95]) WITHIN GROUP (
                       ORDER BY GREATEST(0, EXTRACT(EPOCH FROM j.finished_at - j.started_at)))
                       FILTER (WHERE j.finished_at IS NOT NULL AND j.started_at IS NOT NULL)
            FROM jobs AS j WHERE {_window("j", since)} AND j.status IN {rollups.TERMINAL_SQL} GROUP BY 1"""), params)
        for kind, latency, run in latencies:
            stats = kinds.setdefault(kind, KindStats(kind))
            stats.latency_p50_s, stats.latency_p95_s = (float(v) for v in latency) if latency else (None, None)
            stats.run_p50_s, stats.run_p95_s = (float(v) for v in run) if run else (None, None)
        # Listing decisions and review reasons in one join: each job counts once for its decision (its first
        # reason's row, or its only row when it has none); each reason of a needs_review job counts once.
        decisions: Counter[str] = Counter()
        for decision, reason, jobs, mentions in conn.execute(text(f"""
            SELECT r.decision, e.reason, count(*) FILTER (WHERE e.n IS NULL OR e.n = 1), count(e.reason)
            FROM jobs AS j JOIN listing_qc_results AS r ON r.job_id = j.id
            LEFT JOIN LATERAL jsonb_array_elements_text(
                CASE WHEN j.status = 'needs_review' AND jsonb_typeof(r.reasons) = 'array' THEN r.reasons
                     ELSE '[]'::jsonb END) WITH ORDINALITY AS e(reason, n) ON TRUE
            WHERE {_window("j", since, result="r")}
            GROUP BY 1, 2"""), params):
            decisions[decision] += int(jobs)
            if reason is not None:
                reasons["listing_qc"][reason] += int(mentions)
        for reason, count in conn.execute(text(f"""
            SELECT reason, count(*)
            FROM jobs AS j JOIN receipt_results AS r ON r.job_id = j.id
            CROSS JOIN LATERAL jsonb_array_elements_text(
                CASE WHEN jsonb_typeof(r.reasons) = 'array' THEN r.reasons ELSE '[]'::jsonb END) AS e(reason)
            WHERE {_window("j", since, result="r")} AND j.status = 'needs_review'
            GROUP BY 1"""), params):
            reasons["receipt"][reason] += int(count)
    return _assemble(since, kinds, errors, reasons, decisions)


def _assemble(since: datetime | None, kinds: dict[str, KindStats], errors: dict[str, Counter[str]],
              reasons: dict[str, Counter[str]], decisions: Counter[str]) -> QueueStats:
    for kind, stats in kinds.items():
        stats.review_reasons = dict(reasons[kind].most_common())
        stats.error_codes = dict(errors[kind].most_common())
    decided = sum(decisions.values())
    return QueueStats(since=since, kinds=dict(sorted(kinds.items())), decisions=dict(decisions),
                      approval_rate=(decisions.get("approve", 0) / decided) if decided else None)


def _queue_stats_in_python(engine: Engine, since: datetime | None) -> QueueStats:
    """SQLite: the database filters and counts; reasons are unpacked and percentiles computed here."""
    with session_scope(engine) as session:
        window = [Job.created_at >= since] if since is not None else []
        kinds: dict[str, KindStats] = {}
        for kind, status, count in session.execute(
            select(Job.kind, Job.status, func.count()).where(*window).group_by(Job.kind, Job.status)
        ):
            stats = kinds.setdefault(kind, KindStats(kind))
            stats.by_status[status] = int(count)
            stats.total += int(count)

        latencies: dict[str, list[float]] = defaultdict(list)
        runs: dict[str, list[float]] = defaultdict(list)
        errors: dict[str, Counter[str]] = defaultdict(Counter)
        rows = session.execute(
            select(Job.kind, Job.status, Job.error_code, Job.created_at, Job.started_at, Job.finished_at)
            .where(*window, Job.status.in_(sorted(rollups.TERMINAL)))
        )
        for kind, status, code, created, started, finished in rows:
            stamps = (created, started, finished)
            created, started, finished = (None if t is None else as_utc(t) for t in stamps)
            if finished is not None and created is not None:
                latencies[kind].append(max(0.0, (finished - created).total_seconds()))
            if finished is not None and started is not None:
                runs[kind].append(max(0.0, (finished - started).total_seconds()))
            if status == JobStatus.FAILED:
                errors[kind][code or "unknown"] += 1

        reasons: dict[str, Counter[str]] = defaultdict(Counter)
        for kind, model in (("listing_qc", ListingQCResult), ("receipt", ReceiptResult)):
            for (row_reasons,) in session.execute(
                select(model.reasons).join(Job, Job.id == model.job_id)
                .where(*window, Job.status == JobStatus.NEEDS_REVIEW)
            ):
                reasons[kind].update(str(r) for r in (row_reasons or []))

        decisions = Counter({d: int(n) for d, n in session.execute(
            select(ListingQCResult.decision, func.count()).join(Job, Job.id == ListingQCResult.job_id)
            .where(*window).group_by(ListingQCResult.decision))})

    for kind, stats in kinds.items():
        stats.latency_p50_s = percentile(latencies[kind], 50)
        stats.latency_p95_s = percentile(latencies[kind], 95)
        stats.run_p50_s = percentile(runs[kind], 50)
        stats.run_p95_s = percentile(runs[kind], 95)
    return _assemble(since, kinds, errors, reasons, decisions)
