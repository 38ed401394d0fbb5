"""Human review decisions on needs_review jobs.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27

Rolling-deploy note: adds a new table only; jobs and result tables are untouched. The previous
release never reads or writes ``reviews``, so old workers keep running during the upgrade, and
``mmjobs review`` / ``export-labels`` need only the new code on the operator's side. Downgrade
drops the human decisions: export them first (``mmjobs export-labels``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

JSONType = sa.JSON().with_variant(JSONB(), "postgresql")
TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("job_id", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("reviewer", sa.String(255), nullable=False),
        sa.Column("corrections", JSONType, nullable=False),
        sa.Column("changes", JSONType, nullable=False),
        sa.Column("machine_output", JSONType, nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.CheckConstraint("action IN ('accept', 'correct', 'reject')", name=op.f("ck_reviews_action_valid")),
        sa.ForeignKeyConstraint(["job_id"], ["jobs.id"], name=op.f("fk_reviews_job_id_jobs"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviews")),
    )
    op.create_index("ix_reviews_job_id_created", "reviews", ["job_id", "created_at"])
    op.create_index("ix_reviews_kind_action_created", "reviews", ["kind", "action", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_reviews_kind_action_created", table_name="reviews")
    op.drop_index("ix_reviews_job_id_created", table_name="reviews")
    op.drop_table("reviews")
