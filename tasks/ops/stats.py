"""What the queue did over a window, from the database: states, approval rate, review reasons, latency.

Portable on purpose (Postgres and SQLite): the database only filters and counts; JSON arrays
(reasons) are unpacked and percentiles computed in Python over the window's finished jobs.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, func, select

from models import Job, JobStatus, ListingQCResult, ReceiptResult, session_scope
from models.base import as_utc


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


def queue_stats(engine: Engine, *, since: datetime | None = None) -> QueueStats:
    """Count the jobs accepted since ``since`` (all when None) by kind and state, with latencies."""
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
        terminal = [s.value for s in (JobStatus.SUCCEEDED, JobStatus.NEEDS_REVIEW, JobStatus.FAILED)]
        rows = session.execute(
            select(Job.kind, Job.status, Job.error_code, Job.created_at, Job.started_at, Job.finished_at)
            .where(*window, Job.status.in_(terminal))
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
        stats.review_reasons = dict(reasons[kind].most_common())
        stats.error_codes = dict(errors[kind].most_common())
    decided = sum(decisions.values())
    return QueueStats(since=since, kinds=dict(sorted(kinds.items())), decisions=dict(decisions),
                      approval_rate=(decisions.get("approve", 0) / decided) if decided else None)
