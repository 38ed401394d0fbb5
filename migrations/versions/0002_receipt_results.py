"""Receipt-parsing results.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27

Rolling-deploy note: adds a new table only; the previous release never reads or writes it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

JSONType = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "receipt_results",
        sa.Column("job_id", sa.String(64), nullable=False),
        sa.Column("extractor", sa.String(16), nullable=False),
        sa.Column("merchant_name", sa.String(255), nullable=True),
        sa.Column("amount", sa.Numeric(14, 2), nullable=True),
        sa.Column("currency", sa.String(3), nullable=True),
        sa.Column("transaction_id", sa.String(128), nullable=True),
        sa.Column("date", sa.String(10), nullable=True),
        sa.Column("payment_method", sa.String(16), nullable=True),
        sa.Column("payment_status", sa.String(16), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("reasons", JSONType, nullable=False),
        sa.Column("fields", JSONType, nullable=False),
        sa.Column("raw_model_output", sa.Text(), nullable=True),
        sa.Column("ocr_text", sa.Text(), nullable=True),
        sa.Column("model_id", sa.String(255), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["job_id"], ["jobs.id"], name=op.f("fk_receipt_results_job_id_jobs"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("job_id", name=op.f("pk_receipt_results")),
    )


def downgrade() -> None:
    op.drop_table("receipt_results")
