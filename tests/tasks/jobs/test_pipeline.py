"""One delivery through ``run_job`` (tasks/jobs/pipeline.py) against the real Postgres and a real Redis broker.

The task is the real ``mmjobs.listing_qc`` Celery task of the real app, run in this process with a
worker-like request context (``push_request``), so ``task.retry`` really publishes the retry message.
The handler is a plain function of the test: what it returns or raises drives the job's way.
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import redis
from celery.exceptions import Retry
from sqlalchemy import select

from models import Job, JobAttempt, JobStatus, ListingQCResult, session_scope
from tasks.celery_tasks import listing_qc
from tasks.jobs import lifecycle
from tasks.jobs.contracts import JobPayload, ListingQCPayload
from tasks.jobs.pipeline import Outcome, run_job
from tests.fixtures.services import RedisServer, point_app_at
from workers import runtime as runtime_module
from workers.errors import ImageNotFound, PermanentJobError, SourceUnavailable
from workers.runtime import WorkerRuntime, get_runtime

BASE_BACKOFF_S = 1.0
MAX_ATTEMPTS = 3


@pytest.fixture(scope="module")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    """A Redis of this module's own: the retry messages published here must reach no worker."""
    server = RedisServer(tmp_path_factory.mktemp("pipeline-redis"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def runtime(database_url: str, broker: RedisServer) -> Iterator[WorkerRuntime]:
    """This process as a worker: settings from the environment, a fresh runtime on the test database."""
    from workers.app import app

    env = {
        "MMJOBS_DATABASE_URL": database_url,
        "MMJOBS_BROKER_URL": broker.url,
        "MMJOBS_MAX_ATTEMPTS": str(MAX_ATTEMPTS),
        "MMJOBS_RETRY_BACKOFF_S": str(BASE_BACKOFF_S),
        "MMJOBS_RETRY_BACKOFF_MAX_S": "60",
        # The keeper thread ticks every lease_s / 4: long after these tests, so it never sweeps the shared database.
        "MMJOBS_LEASE_S": "600",
        "MMJOBS_RESEND_QUEUED_AFTER_S": "0",
        "MMJOBS_METRICS_PORT": "0",
    }
    redis.Redis.from_url(broker.url).flushdb()
    with pytest.MonkeyPatch.context() as patch:
        for key, value in env.items():
            patch.setenv(key, value)
        point_app_at(app)  # re-reads the settings (get_settings is cached per process) and the broker
        # get_runtime() keeps one runtime per process: start from none, so it is built from the settings above;
        # whatever was cached before comes back afterwards.
        patch.setattr(runtime_module, "_runtime", None)
        built = get_runtime()
        assert built.settings.database_url == database_url and built.settings.max_attempts == MAX_ATTEMPTS
        try:
            yield built
        finally:
            built.close()
    point_app_at(app)


def deliver(raw: dict[str, Any], handler: Callable[[JobPayload, WorkerRuntime], Outcome], *, retries: int = 0,
            task_id: str | None = None) -> dict[str, Any]:
    """Run one delivery of ``raw`` as a worker would: the task's request says which delivery this is."""
    listing_qc.push_request(id=task_id or raw.get("job_id"), args=[], kwargs=raw, retries=retries,
                            called_directly=False, is_eager=False)
    try:
        return run_job(listing_qc, "listing_qc", raw, handler)
    finally:
        listing_qc.pop_request()


class Recorder:
    """A handler that records the payloads it was given and then does what it is told."""

    def __init__(self, *effects: Any) -> None:
        self.effects = list(effects)
        self.calls: list[JobPayload] = []

    def __call__(self, payload: JobPayload, runtime: WorkerRuntime) -> Outcome:
        self.calls.append(payload)
        effect = self.effects.pop(0) if len(self.effects) > 1 else self.effects[0]
        if isinstance(effect, BaseException):
            raise effect
        return effect(payload)


def approve(payload: JobPayload) -> Outcome:
    return outcome(payload, "approve", JobStatus.SUCCEEDED)


def review(payload: JobPayload) -> Outcome:
    return outcome(payload, "review", JobStatus.NEEDS_REVIEW)


def outcome(payload: JobPayload, decision: str, status: JobStatus) -> Outcome:
    if payload.job_id is None:
        raise PermanentJobError("the handler was given no job id to key its result row by", code="no_job_id")
    row = ListingQCResult(job_id=payload.job_id, decision=decision, approved=decision == "approve", confidence=0.91,
                          reasons=[] if decision == "approve" else ["blurry"], quality_scores={"blurry": 0.1},
                          pixel_metrics={"sharpness": 800.0}, model_id="test-model", model_trusted=True,
                          policy_name="default", policy_version="1")
    return Outcome(status, row, {"decision": decision, "reasons": row.reasons})


def new_raw(**extra: Any) -> dict[str, Any]:
    return {"job_id": str(uuid.uuid4()), "image": "s3://listing-photos/sku-1/front.jpg", "title": "White mug",
            **extra}


def job_row(runtime: WorkerRuntime, job_id: str) -> Job:
    with session_scope(runtime.db) as session:
        job = session.get(Job, job_id)
        assert job is not None, f"no jobs row for {job_id}"
        session.expunge(job)
        return job


def history(runtime: WorkerRuntime, job_id: str) -> list[tuple[int, str | None, str | None]]:
    with session_scope(runtime.db) as session:
        return [(a.attempt, a.outcome, a.error_code) for a in session.execute(
            select(JobAttempt).where(JobAttempt.job_id == job_id).order_by(JobAttempt.id)).scalars()]


def result_row(runtime: WorkerRuntime, job_id: str) -> ListingQCResult | None:
    with session_scope(runtime.db) as session:
        row = session.get(ListingQCResult, job_id)
        if row is not None:
            session.expunge(row)
        return row


def published(broker: RedisServer) -> list[dict[str, Any]]:
    """The messages waiting on the broker's listing_qc queue, oldest first: headers and kwargs."""
    client = redis.Redis.from_url(broker.url)
    messages = []
    for key in sorted(k for k in client.keys("listing_qc*") if client.type(k) == b"list"):
        for item in reversed(client.lrange(key, 0, -1)):  # kombu LPUSHes, workers BRPOP
            envelope = json.loads(item)
            body = envelope["body"]
            if envelope["properties"].get("body_encoding") == "base64":
                body = base64.b64decode(body)
            _args, kwargs, _embed = json.loads(body)
            messages.append({"headers": envelope["headers"], "kwargs": kwargs})
    return messages


def test_success_writes_the_result_and_the_terminal_state(runtime: WorkerRuntime, broker: RedisServer) -> None:
    raw = new_raw(categories=["coffee mug", "saree"])
    handler = Recorder(approve)
    summary = deliver(raw, handler)
    job_id = raw["job_id"]
    assert summary == {"job_id": job_id, "status": "succeeded", "decision": "approve", "reasons": []}
    (payload,) = handler.calls
    assert isinstance(payload, ListingQCPayload) and payload.categories == ["coffee mug", "saree"]

    job = job_row(runtime, job_id)
    assert (job.status, job.kind, job.attempts, job.error_code, job.error_message) == (
        "succeeded", "listing_qc", 1, None, None)
    assert job.input == raw | {"description": ""}  # the validated payload, its defaults filled in
    assert job.worker == runtime.name and job.finished_at is not None and job.lease_expires_at is None
    row = result_row(runtime, job_id)
    assert row is not None and (row.decision, row.approved, row.confidence, row.model_id) == (
        "approve", True, 0.91, "test-model")
    assert history(runtime, job_id) == [(1, "succeeded", None)]
    assert published(broker) == []


def test_an_uncertain_verdict_ends_needs_review_with_its_result(runtime: WorkerRuntime) -> None:
    raw = new_raw()
    assert deliver(raw, Recorder(review))["status"] == "needs_review"
    assert job_row(runtime, raw["job_id"]).status == "needs_review"
    assert result_row(runtime, raw["job_id"]).reasons == ["blurry"]
    assert history(runtime, raw["job_id"]) == [(1, "needs_review", None)]


def test_a_permanent_error_fails_the_job_with_its_code_and_no_retry(runtime: WorkerRuntime,
                                                                   broker: RedisServer) -> None:
    raw = new_raw()
    handler = Recorder(ImageNotFound("no such key s3://listing-photos/sku-1/front.jpg"))
    summary = deliver(raw, handler)
    assert summary == {"job_id": raw["job_id"], "status": "failed", "error_code": "image_not_found"}
    job = job_row(runtime, raw["job_id"])
    assert (job.status, job.error_code, job.error_message, job.attempts) == (
        "failed", "image_not_found", "no such key s3://listing-photos/sku-1/front.jpg", 1)
    assert job.finished_at is not None and job.lease_expires_at is None
    assert result_row(runtime, raw["job_id"]) is None
    assert history(runtime, raw["job_id"]) == [(1, "failed", "image_not_found")]
    assert published(broker) == []  # nothing is sent again
    assert len(handler.calls) == 1


def test_a_bug_in_a_handler_fails_its_job_as_internal_error(runtime: WorkerRuntime, broker: RedisServer) -> None:
    raw = new_raw()
    summary = deliver(raw, Recorder(KeyError("quality")))
    assert summary["status"] == "failed" and summary["error_code"] == "internal_error"
    job = job_row(runtime, raw["job_id"])
    assert job.error_code == "internal_error" and job.error_message == "internal error KeyError: 'quality'"
    assert published(broker) == []


def test_a_transient_error_requeues_the_job_and_publishes_a_delayed_retry(runtime: WorkerRuntime,
                                                                         broker: RedisServer) -> None:
    raw = new_raw()
    job_id = raw["job_id"]
    handler = Recorder(SourceUnavailable("S3 answered 503"))
    with pytest.raises(Retry) as info:
        deliver(raw, handler)
    assert BASE_BACKOFF_S * 0.5 <= info.value.when <= BASE_BACKOFF_S * 1.5  # countdown > 0, in the jitter band
    job = job_row(runtime, job_id)
    assert (job.status, job.attempts, job.error_code, job.error_message) == (
        "queued", 1, "source_unavailable", "S3 answered 503")
    assert job.finished_at is None and job.lease_expires_at is None
    assert history(runtime, job_id) == [(1, "retry", "source_unavailable")]
    (message,) = published(broker)
    # The same task id (one row per job in Flower), the next delivery number, an ETA and the same kwargs.
    assert message["headers"]["id"] == job_id and message["headers"]["task"] == "mmjobs.listing_qc"
    assert message["headers"]["retries"] == 1 and message["headers"]["eta"] is not None
    assert message["kwargs"] == raw


def test_a_transient_error_is_retried_until_max_attempts_then_the_job_gives_up(runtime: WorkerRuntime,
                                                                               broker: RedisServer) -> None:
    raw = new_raw()
    job_id = raw["job_id"]
    handler = Recorder(SourceUnavailable("S3 answered 503"))
    countdowns = []
    for retries in range(MAX_ATTEMPTS - 1):
        with pytest.raises(Retry) as info:
            deliver(raw, handler, retries=retries)
        countdowns.append(info.value.when)
        assert job_row(runtime, job_id).status == "queued"
    assert BASE_BACKOFF_S * 0.5 <= countdowns[0] <= BASE_BACKOFF_S * 1.5
    assert BASE_BACKOFF_S * 1.0 <= countdowns[1] <= BASE_BACKOFF_S * 3.0  # the backoff doubles

    summary = deliver(raw, handler, retries=MAX_ATTEMPTS - 1)  # the last attempt: no Retry is raised
    assert summary == {"job_id": job_id, "status": "failed", "error_code": "source_unavailable"}
    job = job_row(runtime, job_id)
    assert (job.status, job.attempts, job.error_code) == ("failed", MAX_ATTEMPTS, "source_unavailable")
    assert job.error_message == f"gave up after {MAX_ATTEMPTS} attempts: S3 answered 503"
    assert history(runtime, job_id) == [(1, "retry", "source_unavailable"), (2, "retry", "source_unavailable"),
                                        (3, "failed", "source_unavailable")]
    assert [m["headers"]["retries"] for m in published(broker)] == [1, 2]  # no third message
    assert len(handler.calls) == MAX_ATTEMPTS

    # A late copy of the retry message finds the job finished: the handler is not called again.
    assert deliver(raw, handler, retries=MAX_ATTEMPTS)["skipped"] == "already_finished"
    assert len(handler.calls) == MAX_ATTEMPTS


def test_a_job_that_recovers_on_a_retry_succeeds_with_its_history(runtime: WorkerRuntime) -> None:
    raw = new_raw()
    handler = Recorder(SourceUnavailable("connection reset by S3"), approve)
    with pytest.raises(Retry):
        deliver(raw, handler)
    assert deliver(raw, handler, retries=1)["status"] == "succeeded"
    job = job_row(runtime, raw["job_id"])
    assert (job.status, job.attempts, job.error_code, job.error_message) == ("succeeded", 2, None, None)
    assert history(runtime, raw["job_id"]) == [(1, "retry", "source_unavailable"), (2, "succeeded", None)]
    assert result_row(runtime, raw["job_id"]) is not None


def test_an_invalid_payload_fails_at_once_without_calling_the_handler(runtime: WorkerRuntime,
                                                                     broker: RedisServer) -> None:
    raw = new_raw(colour="red", title="x" * 301)
    handler = Recorder(approve)
    summary = deliver(raw, handler)
    assert summary == {"job_id": raw["job_id"], "status": "failed", "error_code": "invalid_payload"}
    assert handler.calls == []
    job = job_row(runtime, raw["job_id"])
    assert job.status == "failed" and job.error_code == "invalid_payload" and job.attempts == 1
    assert job.error_message.startswith("invalid listing_qc payload — ")
    assert "colour: Extra inputs are not permitted" in job.error_message and "title:" in job.error_message
    assert job.input == raw  # what was sent is kept for the operator to see
    assert history(runtime, raw["job_id"]) == [(1, "failed", "invalid_payload")]
    assert published(broker) == []


def test_an_invalid_job_id_records_the_job_under_its_task_id(runtime: WorkerRuntime) -> None:
    task_id = str(uuid.uuid4())
    raw = {"job_id": "sku-1", "image": "s3://listing-photos/sku-1/front.jpg"}
    summary = deliver(raw, Recorder(approve), task_id=task_id)
    assert summary["job_id"] == task_id and summary["error_code"] == "invalid_payload"
    job = job_row(runtime, task_id)
    assert job.status == "failed" and "job_id must be a UUID string" in job.error_message
    assert job.input == raw


def test_an_oversized_invalid_payload_is_stored_truncated(runtime: WorkerRuntime) -> None:
    raw = new_raw(description="d" * 10_000, bogus="x")
    deliver(raw, Recorder(approve))
    stored = job_row(runtime, raw["job_id"]).input
    assert stored["description"].startswith("d" * 4000) and stored["description"].endswith("… (10000 chars)")
    assert len(stored["description"]) < 4100


def test_a_finished_job_delivered_again_is_skipped_and_its_handler_never_called(runtime: WorkerRuntime) -> None:
    raw = new_raw()
    deliver(raw, Recorder(approve))
    again = Recorder(ImageNotFound("must not run"))
    summary = deliver(raw, again)
    assert summary == {"job_id": raw["job_id"], "status": "succeeded", "skipped": "already_finished"}
    assert again.calls == []
    job = job_row(runtime, raw["job_id"])
    assert (job.status, job.attempts, job.error_code) == ("succeeded", 1, None)
    assert history(runtime, raw["job_id"]) == [(1, "succeeded", None)]


def test_a_failed_job_delivered_again_stays_failed(runtime: WorkerRuntime) -> None:
    raw = new_raw()
    deliver(raw, Recorder(ImageNotFound("no such key")))
    again = Recorder(approve)
    assert deliver(raw, again)["skipped"] == "already_finished"
    assert again.calls == [] and job_row(runtime, raw["job_id"]).status == "failed"


def test_a_job_leased_by_a_live_worker_is_not_run_a_second_time(runtime: WorkerRuntime) -> None:
    raw = new_raw()
    lifecycle.claim(runtime.db, job_id=raw["job_id"], kind="listing_qc", payload=raw, worker="other-host:1",
                    lease_s=600, max_attempts=MAX_ATTEMPTS)
    handler = Recorder(approve)
    summary = deliver(raw, handler)
    assert summary == {"job_id": raw["job_id"], "status": "running", "skipped": "running_elsewhere"}
    assert handler.calls == []
    job = job_row(runtime, raw["job_id"])
    assert (job.status, job.worker, job.attempts) == ("running", "other-host:1", 1)
    # The other worker ends its attempt, so no keeper of a longer session ever finds this lease expired.
    lifecycle.fail(runtime.db, job_id=raw["job_id"], attempt=1, code="image_not_found", message="done elsewhere")


def test_a_queued_job_keeps_the_input_it_was_recorded_with(runtime: WorkerRuntime) -> None:
    raw = new_raw()
    assert lifecycle.record_queued(runtime.db, job_id=raw["job_id"], kind="listing_qc", payload=raw)
    assert deliver(raw, Recorder(approve))["status"] == "succeeded"
    job = job_row(runtime, raw["job_id"])
    assert job.attempts == 1 and job.input == raw  # as the producer recorded it


def test_a_message_without_job_id_runs_under_its_task_id(runtime: WorkerRuntime) -> None:
    task_id = str(uuid.uuid4())
    raw = {"image": "s3://listing-photos/sku-1/front.jpg"}
    handler = Recorder(approve)
    summary = deliver(raw, handler, task_id=task_id)
    assert handler.calls[0].job_id == task_id
    assert summary["status"] == "succeeded"
    assert result_row(runtime, task_id) is not None


def refused_row(payload: JobPayload) -> Outcome:
    """A result row the database refuses: a decision longer than its column allows."""
    good = approve(payload)
    good.result.decision = "approve" * 40
    return good


def test_a_result_row_the_database_refuses_fails_its_job_at_once(runtime: WorkerRuntime) -> None:
    raw = new_raw()
    summary = deliver(raw, Recorder(refused_row))
    assert summary["status"] == "failed" and summary["error_code"] == "internal_error"
    job = job_row(runtime, raw["job_id"])
    assert (job.status, job.error_code, job.attempts) == ("failed", "internal_error", 1)
    assert "DataError" in (job.error_message or "") or "StringDataRightTruncation" in (job.error_message or "")
    assert result_row(runtime, raw["job_id"]) is None
