"""64-bit surrogate keys: ``job_attempts.id`` and ``reviews.id`` become ``bigint``, their sequences too.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30

Why: ``job_attempts`` is append-only; at 1.4–14 M attempts a day a 32-bit key runs out after
5 months to 4 years, and then no job can start.

Lock: on Postgres ``ALTER COLUMN … TYPE bigint`` rewrites the table and its indexes under an
ACCESS EXCLUSIVE lock: claims, finishes and reviews wait for it. bench/db_scale.py times it at its
sizes (BENCHMARKS.md, "Database at marketplace scale"): run it in a quiet hour, or before the table
is large. ``lock_timeout`` makes it give up (and roll back) rather than queue behind a long
transaction with every worker queued behind it; run it again then. The sequence change alone is
instant. SQLite's INTEGER keys are 64-bit already: nothing to do there.

Rolling-deploy note: the previous release reads and writes these ids as Python ints, which are
unbounded; it keeps working during and after the change.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

KEYS = (("job_attempts", "id"), ("reviews", "id"))


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("SET LOCAL lock_timeout = '5s'")
    for table, column in KEYS:
        op.execute(f"ALTER TABLE {table} ALTER COLUMN {column} TYPE bigint")
        op.execute(f"ALTER SEQUENCE {table}_{column}_seq AS bigint")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column in KEYS:
        op.execute(f"ALTER SEQUENCE {table}_{column}_seq AS integer")
        op.execute(f"ALTER TABLE {table} ALTER COLUMN {column} TYPE integer")
