"""The producer API: record a job as queued, then send its message (never the other way round).

Importing this module never imports torch or any model code, so upstream services can
use it from a light process. Producers in other languages send the same JSON message
themselves (see the README's job contract); this API adds the queued row up front so a
job is visible from the moment it is accepted.
"""

from __future__ import annotations

import uuid
from typing import Any

from models import Job, JobStatus, get_engine, session_scope
from models.base import utcnow
from tasks.jobs import lifecycle
from tasks.jobs.contracts import parse_payload
from tasks.jobs.recovery import send_job
from workers.settings import Settings, get_settings


class EnqueueError(RuntimeError):
    """The job row was written but its message could not be sent; the row says so."""


def enqueue(kind: str, payload: dict[str, Any], *, settings: Settings | None = None) -> str:
    """Validate, record as queued (committed), then send; return the job id.

    A producer-chosen ``job_id`` is the idempotency key: enqueueing an id that already
    exists sends nothing and returns the id.
    """
    settings = settings or get_settings()
    validated = parse_payload(kind, payload)
    job_id = validated.job_id or str(uuid.uuid4())
    stored = validated.model_dump(mode="json", exclude_none=True) | {"job_id": job_id}
    engine = get_engine(settings.database_url)
    if not lifecycle.record_queued(engine, job_id=job_id, kind=kind, payload=stored):
        return job_id
    try:
        send_job(job_id, kind, stored)
    except Exception as exc:
        with session_scope(engine) as session:
            job = session.get(Job, job_id)
            if job is not None and job.status == JobStatus.QUEUED:
                job.status = JobStatus.FAILED
                job.error_code = "enqueue_failed"
                job.error_message = f"the broker refused the message ({exc}); `mmjobs retry` sends it again"
                job.finished_at = job.updated_at = utcnow()
        raise EnqueueError(f"job {job_id} recorded but not sent: {exc}") from exc
    return job_id


def enqueue_listing_qc(
    image: str,
    *,
    title: str = "",
    description: str = "",
    category: str | None = None,
    categories: list[str] | None = None,
    policy: str | None = None,
    job_id: str | None = None,
    settings: Settings | None = None,
) -> str:
    """Queue one product photo for QC; return its job id."""
    payload = {"image": image, "title": title, "description": description, "category": category,
               "categories": categories, "policy": policy, "job_id": job_id}
    return enqueue("listing_qc", {k: v for k, v in payload.items() if v is not None}, settings=settings)


def enqueue_receipt(
    image: str,
    *,
    extractor: str | None = None,
    hints: dict[str, str] | None = None,
    job_id: str | None = None,
    settings: Settings | None = None,
) -> str:
    """Queue one receipt image for parsing; return its job id."""
    payload = {"image": image, "extractor": extractor, "hints": hints, "job_id": job_id}
    return enqueue("receipt", {k: v for k, v in payload.items() if v is not None}, settings=settings)
