"""Indexes for time windows and the review queue; the journal of retention exports.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30

- ``jobs.created_at`` (every report's window), ``listing_qc_results.created_at`` and
  ``receipt_results.created_at``: BRIN on Postgres. Rows arrive in time order, so a BRIN index
  of a few kilobytes per million rows narrows a window to its block ranges, and costs the write
  path nearly nothing (a B-tree would add an entry to every insert and every non-HOT update).
  SQLite (the embedded default) gets plain indexes of the same names.
- ``jobs (finished_at, id) WHERE status = 'needs_review'``: the review queue's order, without
  sorting every needs_review job ever kept.
- ``prune_exports``: one row per object ``mmjobs prune --export`` wrote, committed in the same
  transaction as the delete of its jobs, so an object without a row is the leftover of a crash.

Lock: on Postgres every index is built CONCURRENTLY (outside a transaction), so workers keep
claiming and finishing while it builds; the new table is empty.

Rolling-deploy note: indexes and a new table only; the previous release never reads the table.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)
BRIN = (("ix_jobs_created_at_brin", "jobs"), ("ix_listing_qc_results_created_at_brin", "listing_qc_results"),
        ("ix_receipt_results_created_at_brin", "receipt_results"))
NEEDS_REVIEW = "status = 'needs_review'"


def upgrade() -> None:
    op.create_table(
        "prune_exports",
        sa.Column("key", sa.String(1024), nullable=False),
        sa.Column("jobs", sa.Integer(), nullable=False),
        sa.Column("first_created_at", TS, nullable=True),
        sa.Column("last_created_at", TS, nullable=True),
        sa.Column("exported_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_prune_exports")),
    )
    if op.get_bind().dialect.name != "postgresql":
        for name, table in BRIN:
            op.create_index(name, table, ["created_at"])
        op.create_index("ix_jobs_needs_review_finished", "jobs", ["finished_at", "id"],
                        sqlite_where=sa.text(NEEDS_REVIEW))
        return
    with op.get_context().autocommit_block():
        for name, table in BRIN:
            op.execute(f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {name} ON {table} USING brin (created_at) "
                       "WITH (pages_per_range = 32, autosummarize = on)")
        op.execute("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_jobs_needs_review_finished "
                   f"ON jobs (finished_at, id) WHERE {NEEDS_REVIEW}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        with op.get_context().autocommit_block():
            op.execute("DROP INDEX CONCURRENTLY IF EXISTS ix_jobs_needs_review_finished")
            for name, _ in BRIN:
                op.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {name}")
    else:
        op.drop_index("ix_jobs_needs_review_finished", table_name="jobs")
        for name, table in BRIN:
            op.drop_index(name, table_name=table)
    op.drop_table("prune_exports")
