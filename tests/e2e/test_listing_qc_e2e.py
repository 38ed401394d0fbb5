"""Listing QC end to end: producer → Redis → real worker process → CLIP + pixel checks → Postgres."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import uuid

import pytest
from sqlalchemy import func, select

from models import Job, JobAttempt, ListingQCResult, get_engine, session_scope
from tasks.jobs.producer import enqueue_listing_qc
from tasks.jobs.recovery import send_job
from tests.fixtures.images import jpeg

pytestmark = pytest.mark.slow




def job_row(database_url: str, job_id: str) -> tuple[Job | None, ListingQCResult | None, int]:
    with session_scope(get_engine(database_url)) as session:
        job = session.get(Job, job_id)
        result = session.get(ListingQCResult, job_id)
        results = session.execute(
            select(func.count()).select_from(ListingQCResult).where(ListingQCResult.job_id == job_id)
        ).scalar_one()
        return job, result, results


def finished(database_url: str, job_id: str) -> bool:
    job, _, _ = job_row(database_url, job_id)
    return job is not None and job.status in ("succeeded", "needs_review", "failed")


@pytest.fixture
def wait_done(worker, mmjobs_env, wait_for):  # noqa: ANN001
    db = mmjobs_env["MMJOBS_DATABASE_URL"]

    def _wait(job_id: str, timeout: float = 90) -> tuple[Job, ListingQCResult | None, int]:
        assert wait_for(lambda: finished(db, job_id), timeout=timeout), (
            f"job {job_id} not finished; worker log tail:\n{worker.log()[-3000:]}")
        job, result, count = job_row(db, job_id)
        assert job is not None
        return job, result, count

    return _wait


def test_s3_photo_gets_a_verdict_in_postgres(s3, clean_product_photo, wait_done):  # noqa: ANN001
    ref = s3.put(f"photos/{uuid.uuid4()}.jpg", jpeg(clean_product_photo))
    job_id = enqueue_listing_qc(ref, title="White ceramic coffee mug", description="350 ml mug",
                                category="coffee mug", categories=["coffee mug", "saree", "sneakers"])
    job, result, count = wait_done(job_id)
    assert count == 1, (job.status, job.error_code, job.error_message)
    assert result is not None
    # The tiny CLIP is random: its scores are recorded but the photo cannot be approved on them.
    assert job.status == "needs_review"
    assert result.decision == "review" and result.approved is False
    assert "model_untrusted" in result.reasons
    assert result.model_trusted is False
    assert set(result.quality_scores) == {"professional", "blurry", "cluttered", "lifestyle", "watermark", "dark"}
    assert result.category in {"coffee mug", "saree", "sneakers"}
    assert 0 <= result.category_confidence <= 1
    assert result.description_match is not None
    assert result.pixel_metrics["longest_side"] >= 800
    assert result.policy_name == "default" and result.policy_version
    assert job.attempts == 1


def test_blurry_http_photo_is_rejected_by_pixel_checks(shared_image_server, blurred_product_photo, wait_done):  # noqa: ANN001
    url = shared_image_server.serve(f"/{uuid.uuid4()}.jpg", jpeg(blurred_product_photo))
    job_id = enqueue_listing_qc(url, title="mug")
    job, result, _ = wait_done(job_id)
    assert result is not None and result.decision == "reject", result and result.pixel_metrics
    assert "blurry" in result.reasons
    assert job.status == "succeeded"  # a clear reject is a finished verdict, not a failure


@pytest.mark.parametrize(
    "case, code",
    [
        ("truncated_jpeg", "not_an_image"),
        ("text_named_jpg", "not_an_image"),
        ("empty", "not_an_image"),
        ("giant_png", "image_too_large"),
        ("missing_key", "image_not_found"),
        ("loopback_url", "forbidden_address"),
        ("metadata_url", "forbidden_address"),
        ("private_url", "forbidden_address"),
    ],
)
def test_bad_input_fails_one_job_and_the_worker_goes_on(case, code, s3, bad_images, clean_product_photo,  # noqa: ANN001
                                                       wait_done):
    if case == "missing_key":
        ref = f"s3://{s3.bucket}/nope/{uuid.uuid4()}.jpg"
    elif case == "loopback_url":
        ref = "http://127.0.0.1:6379/"
    elif case == "metadata_url":
        ref = "http://169.254.169.254/latest/meta-data/"
    elif case == "private_url":
        ref = "https://10.0.0.1/photo.jpg"
    else:
        ref = s3.put(f"bad/{case}-{uuid.uuid4()}.jpg", getattr(bad_images, case))
    bad_id = enqueue_listing_qc(ref, title="x")
    good_id = enqueue_listing_qc(s3.put(f"ok/{uuid.uuid4()}.jpg", jpeg(clean_product_photo)), title="mug")
    job, result, _ = wait_done(bad_id)
    assert job.status == "failed"
    assert job.error_code == code, job.error_message
    assert job.error_message and len(job.error_message) > 20
    assert result is None
    assert job.attempts == 1  # permanent errors are not retried
    good, good_result, _ = wait_done(good_id)
    assert good.status in ("succeeded", "needs_review") and good_result is not None


def test_invalid_payload_is_recorded_failed(worker, mmjobs_env, wait_done):  # noqa: ANN001
    job_id = str(uuid.uuid4())
    send_job(job_id, "listing_qc", {"image": "s3://b/k.jpg", "title": "x" * 10_000, "price": 12})
    job, result, _ = wait_done(job_id)
    assert job.status == "failed" and job.error_code == "invalid_payload"
    assert "title" in job.error_message and "price" in job.error_message
    assert result is None


def job_records(log: str, job_id: str) -> list[dict]:
    """The worker's job log records for ``job_id`` (its log is JSON lines: stderr is not a terminal)."""
    records = []
    for line in log.splitlines():
        if job_id not in line or not line.startswith("{"):
            continue
        try:
            record = json.loads(line)
        except ValueError:  # the line the worker is writing right now
            continue
        if record.get("job_id") == job_id:
            records.append(record)
    return records


def deliveries(log: str, job_id: str) -> int:
    """How many messages for ``job_id`` the worker has received (Celery logs each as it reads it)."""
    return log.count(f"[{job_id}] received")


def test_same_job_id_delivered_twice_gives_one_result(s3, clean_product_photo, mmjobs_env, worker, wait_done,  # noqa: ANN001
                                                      wait_for):
    job_id = str(uuid.uuid4())
    ref = s3.put(f"dup/{job_id}.jpg", jpeg(clean_product_photo))
    payload = {"image": ref, "title": "mug", "job_id": job_id}
    send_job(job_id, "listing_qc", payload)
    send_job(job_id, "listing_qc", payload)
    wait_done(job_id)
    db = mmjobs_env["MMJOBS_DATABASE_URL"]
    # The second delivery arrives and is skipped (while the first runs, or after it finished).
    assert wait_for(lambda: any(r.get("event") in ("already_finished", "running_elsewhere")
                                for r in job_records(worker.log(), job_id)), timeout=30), worker.log()[-3000:]
    job, _, count = job_row(db, job_id)
    assert count == 1
    assert job.attempts == 1
    # Enqueueing the same id again through the producer sends nothing new: a job enqueued after it is
    # done, and the one queue hands messages out in order, so a message sent before it would have come first.
    assert enqueue_listing_qc(ref, title="mug", job_id=job_id) == job_id
    wait_done(enqueue_listing_qc(s3.put(f"dup/{uuid.uuid4()}.jpg", jpeg(clean_product_photo)), title="mug"))
    assert deliveries(worker.log(), job_id) == 2, worker.log()[-3000:]
    job, _, count = job_row(db, job_id)
    assert count == 1 and job.attempts == 1


def test_raw_send_task_from_a_script_without_our_package(s3, clean_product_photo, mmjobs_env, wait_done):  # noqa: ANN001
    ref = s3.put(f"raw/{uuid.uuid4()}.jpg", jpeg(clean_product_photo))
    job_id = str(uuid.uuid4())
    script = textwrap.dedent(f"""
        import sys
        from celery import Celery
        producer = Celery(broker={mmjobs_env["MMJOBS_BROKER_URL"]!r})
        producer.conf.task_serializer = "json"
        producer.send_task("mmjobs.listing_qc", kwargs={json.dumps({"job_id": job_id, "image": ref,
                           "title": "Ceramic mug", "categories": ["coffee mug", "saree"]})}, queue="listing_qc")
        assert not any(m.split(".")[0] in ("tasks", "workers", "models") for m in sys.modules), "imported mmjobs"
    """)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    subprocess.run([sys.executable, "-I", "-c", script], check=True, env=env, cwd="/")
    job, result, count = wait_done(job_id)
    assert count == 1 and result is not None
    assert job.input["title"] == "Ceramic mug"


def test_operator_retry_keeps_history_and_refuses_finished_jobs(s3, clean_product_photo, mmjobs_env, wait_done,  # noqa: ANN001
                                                                  wait_for):
    key = f"later/{uuid.uuid4()}.jpg"
    job_id = enqueue_listing_qc(f"s3://{s3.bucket}/{key}", title="mug")
    job, _, _ = wait_done(job_id)
    assert job.status == "failed" and job.error_code == "image_not_found"
    s3.put(key, jpeg(clean_product_photo))  # the upstream service fixes its upload

    cli = [sys.executable, "-m", "tasks.ops.cli"]
    env = {**os.environ, **mmjobs_env}
    done = subprocess.run([*cli, "retry", job_id], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    db = mmjobs_env["MMJOBS_DATABASE_URL"]
    assert wait_for(lambda: job_row(db, job_id)[0].status in ("succeeded", "needs_review"), timeout=60)
    job, result, count = job_row(db, job_id)
    assert job.status in ("succeeded", "needs_review") and count == 1
    with session_scope(get_engine(mmjobs_env["MMJOBS_DATABASE_URL"])) as session:
        outcomes = [a.outcome for a in session.execute(
            select(JobAttempt).where(JobAttempt.job_id == job_id).order_by(JobAttempt.id)).scalars()]
    assert outcomes[0] == "failed" and "operator_retry" in outcomes and outcomes[-1] in ("succeeded", "needs_review")

    again = subprocess.run([*cli, "retry", job_id], env=env, capture_output=True, text=True)
    assert again.returncode == 1
    assert "only failed jobs can be retried" in again.stderr
