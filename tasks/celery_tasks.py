"""The Celery tasks: each hands its kwargs to the job machinery with its kind's handler, nothing more.

The names are the public contract producers send to; they never change.
"""

from __future__ import annotations

from typing import Any

from tasks.jobs.pipeline import run_job
from tasks.jobs.retention import run_retention
from tasks.jobs.rollups import run_rollups
from tasks.listing_qc.bulk import SHARD_TASK, run_shard
from tasks.listing_qc.handler import handle_listing_qc
from tasks.receipts.handler import handle_receipt
from workers.app import LISTING_QC_TASK, PRUNE_TASK, RECEIPT_TASK, ROLLUP_TASK, app
from workers.settings import get_settings


@app.task(name=LISTING_QC_TASK, bind=True)
def listing_qc(self: Any, **payload: Any) -> dict[str, Any]:
    """Judge one product photo and record the verdict."""
    return run_job(self, "listing_qc", payload, handle_listing_qc)


@app.task(name=SHARD_TASK, bind=True)
def listing_qc_shard(self: Any, *, jobs: list[dict[str, Any]]) -> dict[str, Any]:
    """Judge a shard of a backfill manifest's photos in shared batches and record each verdict."""
    return run_shard(self, jobs)


@app.task(name=RECEIPT_TASK, bind=True)
def receipt(self: Any, **payload: Any) -> dict[str, Any]:
    """Parse one payment receipt and record its fields."""
    return run_job(self, "receipt", payload, handle_receipt)


@app.task(name=PRUNE_TASK)
def prune_old_jobs() -> dict[str, Any]:
    """Apply the deployment's retention setting (sent by Celery beat; see README "Retention")."""
    return run_retention(get_settings())


@app.task(name=ROLLUP_TASK)
def roll_up_hours() -> dict[str, Any]:
    """Roll up the hours that are over for `mmjobs stats` (sent by Celery beat; see README "Reports")."""
    return run_rollups(get_settings())
