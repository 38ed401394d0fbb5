"""Hourly rollups of the jobs, so `mmjobs stats` over days reads a few hundred rows instead of millions.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30

``job_rollups``: one row per UTC hour (counts by kind and state, error codes, review reasons,
listing decisions, latency histograms), written by the periodic ``mmjobs.rollup`` task and by
``mmjobs rollup``, never by the workers' write path. A partial index finds the rows still to
(re)compute.

Lock: a new, empty table and its index; nothing existing is touched.

Rolling-deploy note: the previous release neither reads nor writes the table. A retry made by the
previous release's `mmjobs retry` during the deploy does not mark its hour stale: run
`mmjobs rollup --recompute-since` over the deploy window afterwards.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

JSONType = sa.JSON().with_variant(JSONB(), "postgresql")
TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "job_rollups",
        sa.Column("hour", TS, nullable=False),
        sa.Column("kinds", JSONType, nullable=False),
        sa.Column("jobs", sa.Integer(), nullable=False),
        sa.Column("stale", sa.Boolean(), nullable=False),
        sa.Column("frozen", sa.Boolean(), nullable=False),
        sa.Column("computed_at", TS, nullable=True),
        sa.PrimaryKeyConstraint("hour", name=op.f("pk_job_rollups")),
    )
    op.create_index("ix_job_rollups_stale", "job_rollups", ["hour"], postgresql_where=sa.text("stale"),
                    sqlite_where=sa.text("stale"))


def downgrade() -> None:
    op.drop_index("ix_job_rollups_stale", table_name="job_rollups")
    op.drop_table("job_rollups")
