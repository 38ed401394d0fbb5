"""Hand jobs back to the queue when their worker died: the lease on the row ran out.

Kombu's Redis transport restores unacked messages only after the visibility timeout and
on its own slow schedule; a live worker that sees an expired lease re-sends the job from
its stored input at once. The row update is atomic, so only one worker re-sends it, and
the claim step makes any later duplicate of the old message a no-op.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from sqlalchemy import Engine, select, update

from models import Job, JobStatus, session_scope
from models.base import utcnow
from tasks.jobs.lifecycle import expired_jobs
from workers.app import RECEIPT_TASK, LISTING_QC_TASK, app

log = logging.getLogger(__name__)

TASK_FOR_KIND = {"listing_qc": LISTING_QC_TASK, "receipt": RECEIPT_TASK}


def send_job(job_id: str, kind: str, payload: dict) -> None:
    """Publish one job's message (task id = job id, so Flower shows one row per job)."""
    kwargs = {**payload, "job_id": job_id}
    app.send_task(TASK_FOR_KIND[kind], kwargs=kwargs, task_id=job_id)


def reclaim_expired(engine: Engine) -> list[str]:
    """Re-send every running job whose lease expired; return their ids."""
    reclaimed: list[str] = []
    for job_id, kind, payload in expired_jobs(engine):
        with session_scope(engine) as session:
            won = session.execute(
                update(Job)
                .where(Job.id == job_id, Job.status == JobStatus.RUNNING, Job.lease_expires_at < utcnow())
                .values(status=JobStatus.QUEUED, lease_expires_at=None, updated_at=utcnow())
            ).rowcount
        if won:
            try:
                send_job(job_id, kind, payload)
            except Exception:
                # The broker is down: put the row back as expired, so the next sweep tries again.
                with session_scope(engine) as session:
                    session.execute(
                        update(Job)
                        .where(Job.id == job_id, Job.status == JobStatus.QUEUED)
                        .values(status=JobStatus.RUNNING, lease_expires_at=utcnow(), updated_at=utcnow())
                    )
                raise
            reclaimed.append(job_id)
            log.warning("job %s: its worker stopped renewing the lease; sent again", job_id)
    return reclaimed


def resend_stale_queued(engine: Engine, *, older_than_s: float, limit: int = 500) -> list[str]:
    """Re-send jobs still ``queued`` long after their last change: their message was lost with the broker.

    A duplicate is harmless (the claim makes it a no-op); bumping ``updated_at`` in the same atomic
    update means one worker sends it, once per ``older_than_s``.
    """
    cutoff = utcnow() - timedelta(seconds=older_than_s)
    with session_scope(engine) as session:
        stale = session.execute(
            select(Job.id, Job.kind, Job.input).where(Job.status == JobStatus.QUEUED, Job.updated_at < cutoff)
            .limit(limit)
        ).all()
    resent: list[str] = []
    for job_id, kind, payload in stale:
        with session_scope(engine) as session:
            won = session.execute(
                update(Job)
                .where(Job.id == job_id, Job.status == JobStatus.QUEUED, Job.updated_at < cutoff)
                .values(updated_at=utcnow())
            ).rowcount
        if won:
            send_job(job_id, kind, payload)
            resent.append(job_id)
            log.warning("job %s: queued for over %.0fs without being picked up; sent again", job_id, older_than_s)
    return resent
