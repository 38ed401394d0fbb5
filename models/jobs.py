"""Jobs, their attempts and their results: the record an operator reads."""

from __future__ import annotations

import enum
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, CheckConstraint, Float, ForeignKey, Index, Integer, Numeric, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, BigIntKey, utcnow


class JobKind(enum.StrEnum):
    LISTING_QC = "listing_qc"
    RECEIPT = "receipt"


class JobStatus(enum.StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    NEEDS_REVIEW = "needs_review"
    FAILED = "failed"


TERMINAL_STATUSES = frozenset({JobStatus.SUCCEEDED, JobStatus.NEEDS_REVIEW, JobStatus.FAILED})
_STATUS_VALUES = ", ".join(f"'{s.value}'" for s in JobStatus)


class Job(Base):
    """One job; its id is the idempotency key and the primary key."""

    __tablename__ = "jobs"
    __table_args__ = (
        CheckConstraint(f"status IN ({_STATUS_VALUES})", name="status_valid"),
        Index("ix_jobs_status_kind_updated", "status", "kind", "updated_at"),
        # BRIN on Postgres (rows arrive in time order); a plain index on SQLite (migration 0005).
        Index("ix_jobs_created_at_brin", "created_at", postgresql_using="brin",
              postgresql_with={"pages_per_range": 32, "autosummarize": "on"}),
        Index("ix_jobs_needs_review_finished", "finished_at", "id", postgresql_where=text("status = 'needs_review'"),
              sqlite_where=text("status = 'needs_review'")),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default=JobStatus.QUEUED)
    input: Mapped[dict[str, Any]] = mapped_column(default=dict)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # Attempts counted before the last operator retry; the attempt limit applies to those after it.
    attempts_before_retry: Mapped[int] = mapped_column(Integer, default=0)
    error_code: Mapped[str | None] = mapped_column(String(64))
    error_message: Mapped[str | None] = mapped_column(Text)
    worker: Mapped[str | None] = mapped_column(String(255))
    # A running job belongs to its worker until the lease runs out (renewed while it works).
    lease_expires_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]

    attempt_history: Mapped[list[JobAttempt]] = relationship(
        back_populates="job", order_by="JobAttempt.attempt", cascade="all, delete-orphan"
    )


class JobAttempt(Base):
    """One delivery of a job to a worker, kept for the audit trail and operator retries."""

    __tablename__ = "job_attempts"

    __table_args__ = (Index("ix_job_attempts_job_id_attempt", "job_id", "attempt"),)

    id: Mapped[int] = mapped_column(BigIntKey, primary_key=True, autoincrement=True)
    job_id: Mapped[str] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"))
    attempt: Mapped[int] = mapped_column(Integer)
    worker: Mapped[str | None] = mapped_column(String(255))
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    outcome: Mapped[str | None] = mapped_column(String(16))
    error_code: Mapped[str | None] = mapped_column(String(64))
    error_message: Mapped[str | None] = mapped_column(Text)

    job: Mapped[Job] = relationship(back_populates="attempt_history")


class ListingQCResult(Base):
    """The verdict on one product photo; at most one row per job."""

    __tablename__ = "listing_qc_results"
    __table_args__ = (
        CheckConstraint("decision IN ('approve', 'review', 'reject')", name="decision_valid"),
        Index("ix_listing_qc_results_created_at_brin", "created_at", postgresql_using="brin"),
    )

    job_id: Mapped[str] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"), primary_key=True)
    decision: Mapped[str] = mapped_column(String(16))
    approved: Mapped[bool] = mapped_column(Boolean)
    confidence: Mapped[float] = mapped_column(Float)
    reasons: Mapped[list[Any]] = mapped_column(default=list)
    quality_label: Mapped[str | None] = mapped_column(String(64))
    quality_scores: Mapped[dict[str, Any]] = mapped_column(default=dict)
    category: Mapped[str | None] = mapped_column(String(128))
    category_confidence: Mapped[float | None] = mapped_column(Float)
    description_match: Mapped[float | None] = mapped_column(Float)
    pixel_metrics: Mapped[dict[str, Any]] = mapped_column(default=dict)
    model_id: Mapped[str] = mapped_column(String(255))
    model_revision: Mapped[str | None] = mapped_column(String(64))
    model_trusted: Mapped[bool] = mapped_column(Boolean)
    policy_name: Mapped[str] = mapped_column(String(64))
    policy_version: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ReceiptResult(Base):
    """The fields parsed from one receipt, with confidences, evidence and the raw outputs for audit."""

    __tablename__ = "receipt_results"
    __table_args__ = (Index("ix_receipt_results_created_at_brin", "created_at", postgresql_using="brin"),)

    job_id: Mapped[str] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"), primary_key=True)
    extractor: Mapped[str] = mapped_column(String(16))
    merchant_name: Mapped[str | None] = mapped_column(String(255))
    amount: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    currency: Mapped[str | None] = mapped_column(String(3))
    transaction_id: Mapped[str | None] = mapped_column(String(128))
    date: Mapped[str | None] = mapped_column(String(10))
    payment_method: Mapped[str | None] = mapped_column(String(16))
    payment_status: Mapped[str | None] = mapped_column(String(16))
    confidence: Mapped[float] = mapped_column(Float)
    reasons: Mapped[list[Any]] = mapped_column(default=list)
    fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    raw_model_output: Mapped[str | None] = mapped_column(Text)
    ocr_text: Mapped[str | None] = mapped_column(Text)
    model_id: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
