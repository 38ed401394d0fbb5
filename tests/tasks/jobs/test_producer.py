"""The producer API stays light and records before it sends."""

from __future__ import annotations

import subprocess
import sys
import uuid

import pytest
from sqlalchemy import select

from models import Job, get_engine, session_scope
from tasks.jobs.producer import EnqueueError, enqueue_listing_qc
from tests.fixtures.services import point_app_at
from workers.errors import InvalidPayload
from workers.settings import Settings


def test_importing_the_producer_never_imports_torch() -> None:
    code = ("import sys, tasks.jobs.producer, tasks.jobs.contracts, workers.app; "
            "heavy = [m for m in ('torch', 'transformers', 'xgrammar') if m in sys.modules]; "
            "assert not heavy, heavy")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_invalid_payload_is_refused_at_the_producer(mmjobs_env) -> None:  # noqa: ANN001
    with pytest.raises(InvalidPayload, match="job_id"):
        enqueue_listing_qc("s3://b/k.jpg", job_id="not-a-uuid")


def test_a_broker_that_refuses_leaves_a_failed_row_that_says_so(database_url) -> None:  # noqa: ANN001
    from workers.app import app

    settings = Settings(database_url=database_url, broker_url="redis://127.0.0.1:1/0")
    point_app_at(app, settings)
    app.conf.broker_connection_retry = False
    app.conf.broker_connection_max_retries = 0
    app.conf.broker_transport_options = {**app.conf.broker_transport_options, "max_retries": 0}
    job_id = str(uuid.uuid4())
    try:
        with pytest.raises(EnqueueError):
            enqueue_listing_qc("s3://b/k.jpg", job_id=job_id, settings=settings)
    finally:
        point_app_at(app)  # back to this session's Redis, without the pool opened for the dead one
    with session_scope(get_engine(database_url)) as session:
        job = session.execute(select(Job).where(Job.id == job_id)).scalar_one()
        assert job.status == "failed" and job.error_code == "enqueue_failed"
        assert "mmjobs retry" in job.error_message
