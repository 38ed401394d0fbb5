"""Hourly rollups of the jobs: what `mmjobs stats` reads for hours that are over, instead of their rows."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, Index, Integer, text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class JobRollup(Base):
    """Every job accepted in one UTC hour, summed by kind; computed by a periodic task, never by the write path."""

    __tablename__ = "job_rollups"
    __table_args__ = (Index("ix_job_rollups_stale", "hour", postgresql_where=text("stale"),
                            sqlite_where=text("stale")),)

    hour: Mapped[datetime] = mapped_column(primary_key=True)  # the hour's start, UTC
    # {kind: {"by_status": {…}, "error_codes": {…}, "review_reasons": {…}, "decisions": {…},
    #         "latency": {bucket: n}, "run": {bucket: n}}}; buckets as in tasks/jobs/rollups.py.
    kinds: Mapped[dict[str, Any]] = mapped_column(default=dict)
    jobs: Mapped[int] = mapped_column(Integer, default=0)
    # True: not to be read (never computed, a job of the hour was not finished yet, or one changed since).
    stale: Mapped[bool] = mapped_column(Boolean, default=True)
    # True once a prune deleted jobs of this hour: the rollup is their history and is never recomputed.
    frozen: Mapped[bool] = mapped_column(Boolean, default=False)
    computed_at: Mapped[datetime | None]
