"""Human review decisions: who looked at a ``needs_review`` job, when, and what they changed.

A review never edits the machine's result row; it sits beside it, with a snapshot of the
machine output it judged, so the pair (machine output, human correction) stays labelled data.
A job may be reviewed more than once; the newest review is the one that counts.
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, BigIntKey, utcnow


class ReviewAction(enum.StrEnum):
    ACCEPT = "accept"  # the machine output is right as it stands
    CORRECT = "correct"  # right after the listed corrections
    REJECT = "reject"  # the input itself is unusable (listing: refuse the photo; receipt: not a valid receipt)


_ACTION_VALUES = ", ".join(f"'{a.value}'" for a in ReviewAction)


class Review(Base):
    """One human decision on one job."""

    __tablename__ = "reviews"
    __table_args__ = (
        CheckConstraint(f"action IN ({_ACTION_VALUES})", name="action_valid"),
        Index("ix_reviews_job_id_created", "job_id", "created_at"),
        Index("ix_reviews_kind_action_created", "kind", "action", "created_at"),
    )

    id: Mapped[int] = mapped_column(BigIntKey, primary_key=True, autoincrement=True)
    job_id: Mapped[str] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(16))
    reviewer: Mapped[str] = mapped_column(String(255))
    # {field: new value} as the reviewer typed it (after validation).
    corrections: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # {field: {"from": machine value, "to": human value}} for the fields that really changed.
    changes: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # The machine's output as it stood when the reviewer judged it (the result row stays untouched).
    machine_output: Mapped[dict[str, Any]] = mapped_column(default=dict)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
