"""Jobs, their attempts, and listing-QC results.

Revision ID: 0001
Revises:
Create Date: 2026-11-27

Rolling-deploy note: the first migration; nothing ran before it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

JSONType = sa.JSON().with_variant(JSONB(), "postgresql")
TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "jobs",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("input", JSONType, nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("attempts_before_retry", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("error_code", sa.String(64), nullable=True),
        sa.Column("error_message", sa.Text(), nullable=True),
        sa.Column("worker", sa.String(255), nullable=True),
        sa.Column("lease_expires_at", TS, nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("started_at", TS, nullable=True),
        sa.Column("finished_at", TS, nullable=True),
        sa.CheckConstraint(
            "status IN ('queued', 'running', 'succeeded', 'needs_review', 'failed')",
            name=op.f("ck_jobs_status_valid"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_jobs")),
    )
    op.create_index("ix_jobs_status_kind_updated", "jobs", ["status", "kind", "updated_at"])
    op.create_table(
        "job_attempts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("job_id", sa.String(64), nullable=False),
        sa.Column("attempt", sa.Integer(), nullable=False),
        sa.Column("worker", sa.String(255), nullable=True),
        sa.Column("started_at", TS, nullable=False),
        sa.Column("finished_at", TS, nullable=True),
        sa.Column("outcome", sa.String(16), nullable=True),
        sa.Column("error_code", sa.String(64), nullable=True),
        sa.Column("error_message", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["job_id"], ["jobs.id"], name=op.f("fk_job_attempts_job_id_jobs"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_job_attempts")),
    )
    op.create_index("ix_job_attempts_job_id_attempt", "job_attempts", ["job_id", "attempt"])
    op.create_table(
        "listing_qc_results",
        sa.Column("job_id", sa.String(64), nullable=False),
        sa.Column("decision", sa.String(16), nullable=False),
        sa.Column("approved", sa.Boolean(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("reasons", JSONType, nullable=False),
        sa.Column("quality_label", sa.String(64), nullable=True),
        sa.Column("quality_scores", JSONType, nullable=False),
        sa.Column("category", sa.String(128), nullable=True),
        sa.Column("category_confidence", sa.Float(), nullable=True),
        sa.Column("description_match", sa.Float(), nullable=True),
        sa.Column("pixel_metrics", JSONType, nullable=False),
        sa.Column("model_id", sa.String(255), nullable=False),
        sa.Column("model_revision", sa.String(64), nullable=True),
        sa.Column("model_trusted", sa.Boolean(), nullable=False),
        sa.Column("policy_name", sa.String(64), nullable=False),
        sa.Column("policy_version", sa.String(32), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.CheckConstraint(
            "decision IN ('approve', 'review', 'reject')", name=op.f("ck_listing_qc_results_decision_valid")
        ),
        sa.ForeignKeyConstraint(
            ["job_id"], ["jobs.id"], name=op.f("fk_listing_qc_results_job_id_jobs"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("job_id", name=op.f("pk_listing_qc_results")),
    )


def downgrade() -> None:
    op.drop_table("listing_qc_results")
    op.drop_index("ix_job_attempts_job_id_attempt", table_name="job_attempts")
    op.drop_table("job_attempts")
    op.drop_index("ix_jobs_status_kind_updated", table_name="jobs")
    op.drop_table("jobs")
