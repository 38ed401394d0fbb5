"""`mmjobs prune`: deletes exactly the old finished jobs it was asked to, exports them to S3 first, survives a crash."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, insert, select, text

from models import Job, JobAttempt, ListingQCResult, PruneExport, ReceiptResult, Review, get_engine, session_scope
from models.migrate import upgrade_to_head
from tasks.jobs.retention import PruneError, PruneRequest, prune, retention_request
from tests.fixtures.services import REPO, fresh_database, wait_until
from tests.tasks.ops.stack import mmjobs

NOW = datetime.now(UTC)
OLD = NOW - timedelta(days=100)
YOUNG = NOW - timedelta(days=10)
STATES = ("queued", "running", "succeeded", "needs_review", "failed")


def fill(engine: Any, n: int, *, start: int = 0) -> dict[str, dict[str, Any]]:
    """``n`` jobs of every kind, state and age, each with attempts, a result when finished, some with reviews.

    Returns {job id: its facts} so a test can say which ones a prune may delete.
    """
    jobs, attempts, qc, receipts, reviews, facts = [], [], [], [], [], {}
    for i in range(start, start + n):
        job_id = f"job-{i:06d}"
        kind = "listing_qc" if i % 3 else "receipt"
        status = STATES[i % len(STATES)]
        created = (OLD if i % 4 else YOUNG) - timedelta(seconds=i)  # a quarter young
        finished = created + timedelta(seconds=30) if status not in ("queued", "running") else None
        reviewed = status == "needs_review" and (i // len(STATES)) % 2 == 0
        facts[job_id] = {"kind": kind, "status": status, "old": created < NOW - timedelta(days=90),
                         "reviewed": reviewed}
        jobs.append({"id": job_id, "kind": kind, "status": status, "input": {"image": f"s3://b/{i}.jpg"},
                     "attempts": 2, "attempts_before_retry": 0, "created_at": created,
                     "updated_at": finished or created, "started_at": created + timedelta(seconds=1),
                     "finished_at": finished})
        for attempt in (1, 2):
            attempts.append({"job_id": job_id, "attempt": attempt, "worker": "w", "started_at": created,
                             "outcome": "retry" if attempt == 1 else None})
        if finished is not None and status != "failed":
            if kind == "listing_qc":
                qc.append({"job_id": job_id, "decision": "review" if status == "needs_review" else "approve",
                           "approved": status != "needs_review", "confidence": 0.5, "reasons": ["blurry"],
                           "quality_scores": {}, "pixel_metrics": {}, "model_id": "m", "model_trusted": True,
                           "policy_name": "p", "policy_version": "1", "created_at": finished})
            else:
                receipts.append({"job_id": job_id, "extractor": "ocr", "amount": Decimal("12.50"),
                                 "confidence": 0.5, "reasons": [], "fields": {}, "created_at": finished})
        if reviewed:
            reviews.append({"job_id": job_id, "kind": kind, "action": "accept", "reviewer": "ana",
                            "corrections": {}, "changes": {}, "machine_output": {}, "created_at": NOW})
    with session_scope(engine) as session:
        for model, rows in ((Job, jobs), (JobAttempt, attempts), (ListingQCResult, qc), (ReceiptResult, receipts),
                            (Review, reviews)):
            if rows:
                session.execute(insert(model), rows)
    return facts


def should_go(fact: dict[str, Any], *, kinds: tuple[str, ...] = (), statuses: tuple[str, ...] = (),
              include_unreviewed: bool = False) -> bool:
    return (fact["old"] and fact["status"] in (statuses or ("succeeded", "needs_review", "failed"))
            and (not kinds or fact["kind"] in kinds)
            and (fact["status"] != "needs_review" or fact["reviewed"] or include_unreviewed))


def remaining(engine: Any) -> dict[str, int]:
    """How many rows each table holds, per job id for the job table."""
    with session_scope(engine) as session:
        out = {"jobs": set(session.execute(select(Job.id)).scalars())}
        for name, model in (("attempts", JobAttempt), ("qc", ListingQCResult), ("receipts", ReceiptResult),
                            ("reviews", Review)):
            out[name] = set(session.execute(select(model.job_id)).scalars())
    return out


@pytest.fixture(params=["postgres", "sqlite"])
def engine(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[Any]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'jobs.db'}"
        upgrade_to_head(url)
        yield get_engine(url)
        return
    with fresh_database() as url:
        yield get_engine(url)


@pytest.mark.parametrize("filters", [
    {},
    {"kinds": ("receipt",)},
    {"statuses": ("failed", "needs_review")},
    {"include_unreviewed": True},
])
def test_prune_deletes_exactly_the_old_finished_jobs_asked_for(engine: Any, filters: dict[str, Any]) -> None:
    facts = fill(engine, 200)
    summary = prune(engine, PruneRequest(older_than=timedelta(days=90), batch_size=7, **filters))
    gone = {job_id for job_id, fact in facts.items() if should_go(fact, **filters)}
    assert gone and summary.jobs == summary.eligible == len(gone)
    left = remaining(engine)
    assert left["jobs"] == set(facts) - gone
    for table in ("attempts", "qc", "receipts", "reviews"):
        assert not left[table] & gone, table  # nothing orphaned
    assert left["attempts"] == left["jobs"]  # and nothing of a kept job touched
    assert summary.attempts is None  # counted only from an export
    assert all(facts[j]["status"] not in ("queued", "running") for j in gone)
    # Again: nothing left to do, nothing else touched.
    again = prune(engine, PruneRequest(older_than=timedelta(days=90), batch_size=7, **filters))
    assert again.jobs == 0 and remaining(engine)["jobs"] == left["jobs"]


def test_prune_refuses_unfinished_states_and_a_bad_export_location() -> None:
    with pytest.raises(PruneError, match="only finished jobs"):
        PruneRequest(older_than=timedelta(days=1), statuses=("running",))
    with pytest.raises(PruneError, match="s3://"):
        PruneRequest(older_than=timedelta(days=1), export="/tmp/archive")


def exported(s3: Any, prefix: str) -> list[dict[str, Any]]:
    records = []
    listing = s3.client.list_objects_v2(Bucket=s3.bucket, Prefix=prefix)
    for item in listing.get("Contents", []):
        body = s3.client.get_object(Bucket=s3.bucket, Key=item["Key"])["Body"].read()
        records += [json.loads(line) for line in gzip.decompress(body).decode().splitlines()]
    return records


@pytest.fixture
def pg_url() -> Iterator[str]:
    with fresh_database() as url:
        yield url


def cli_env(url: str, s3: Any) -> dict[str, str]:
    return {"MMJOBS_DATABASE_URL": url, **s3.env}


def test_prune_exports_every_deleted_job_to_s3_first(pg_url: str, s3: Any) -> None:
    engine = get_engine(pg_url)
    facts = fill(engine, 300)
    prefix = "archive-export/"
    done = mmjobs(cli_env(pg_url, s3), "prune", "--older-than", "90d", "--export", f"s3://{s3.bucket}/{prefix}",
                  "--batch-size", "25", "--json")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    gone = {job_id for job_id, fact in facts.items() if should_go(fact)}
    records = exported(s3, prefix)
    assert sorted(r["job"]["id"] for r in records) == sorted(gone)  # every one, once
    assert summary["jobs"] == len(gone) and len(summary["objects"]) == len(gone) // 25 + bool(len(gone) % 25)
    for record in records:
        fact = facts[record["job"]["id"]]
        assert [a["attempt"] for a in record["attempts"]] == [1, 2]
        assert (record["result"] is None) == (fact["status"] == "failed")
        assert len(record["reviews"]) == fact["reviewed"]
    with session_scope(engine) as session:
        journal = set(session.execute(select(PruneExport.key)).scalars())
    assert journal == set(summary["objects"])
    assert summary["attempts"] == 2 * len(gone)
    assert summary["reviews"] == sum(facts[j]["reviewed"] for j in gone)
    assert summary["results"] == sum(facts[j]["status"] != "failed" for j in gone)
    assert remaining(engine)["jobs"] == set(facts) - gone


def kill_midway(proc: subprocess.Popen[bytes], progressed: Callable[[], bool]) -> None:
    """SIGKILL a running prune once it has made some progress (and before it could finish)."""
    try:
        assert wait_until(lambda: progressed() or proc.poll() is not None, timeout=120)
        assert proc.poll() is None, "the prune finished before it could be killed; give it more jobs"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()


def test_a_prune_killed_midway_resumes_and_loses_nothing(pg_url: str, s3: Any) -> None:
    engine = get_engine(pg_url)
    facts = fill(engine, 4000)
    gone = {job_id for job_id, fact in facts.items() if should_go(fact)}
    prefix = "archive-crash/"
    target = f"s3://{s3.bucket}/{prefix}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("MMJOBS_")} | cli_env(pg_url, s3)
    proc = subprocess.Popen([sys.executable, "-m", "tasks.ops.cli", "prune", "--older-than", "90d", "--export", target,
                             "--batch-size", "10"], env=env, cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)

    def journal_size() -> int:
        with session_scope(engine) as session:
            return int(session.execute(select(func.count()).select_from(PruneExport)).scalar_one())

    kill_midway(proc, lambda: journal_size() >= 20)
    left_after_crash = remaining(engine)["jobs"]
    assert gone & left_after_crash and gone - left_after_crash  # really stopped in the middle
    assert set(facts) - gone <= left_after_crash
    # The kill may land between an upload and its commit; make sure that case is exercised too: an
    # object nobody recorded, holding jobs that are still in the database.
    stray = sorted(gone & left_after_crash)[:3]
    s3.client.put_object(Bucket=s3.bucket, Key=f"{prefix}mmjobs-prune-19700101T000000000000-stray.jsonl.gz",
                         Body=gzip.compress("".join(json.dumps({"job": {"id": j}}) + "\n" for j in stray).encode()))

    done = mmjobs(cli_env(pg_url, s3), "prune", "--older-than", "90d", "--export", target, "--batch-size", "10",
                  "--json")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["stale_objects_removed"] >= 1
    assert remaining(engine)["jobs"] == set(facts) - gone
    ids = [r["job"]["id"] for r in exported(s3, prefix)]
    assert len(ids) == len(set(ids)) and set(ids) == gone  # complete, and each job exactly once


def test_a_prune_without_export_killed_while_it_rests_resumes_and_loses_nothing(pg_url: str) -> None:
    engine = get_engine(pg_url)
    facts = fill(engine, 2000)
    gone = {job_id for job_id, fact in facts.items() if should_go(fact)}
    env = {k: v for k, v in os.environ.items() if not k.startswith("MMJOBS_")} | {"MMJOBS_DATABASE_URL": pg_url}
    with engine.connect() as worker:
        worker.execute(text("SELECT 1"))  # another session at work: the prune rests between its batches
        proc = subprocess.Popen([sys.executable, "-m", "tasks.ops.cli", "prune", "--older-than", "90d",
                                 "--batch-size", "10", "--pause-ratio", "3"], env=env, cwd=REPO,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        kill_midway(proc, lambda: len(remaining(engine)["jobs"]) <= len(facts) - 100)
    left = remaining(engine)
    assert gone & left["jobs"] and gone - left["jobs"]  # really stopped in the middle
    assert set(facts) - gone <= left["jobs"]  # nothing it was not asked to delete
    for table in ("attempts", "qc", "receipts", "reviews"):
        assert left[table] <= left["jobs"], table  # no half-deleted job
    done = mmjobs({"MMJOBS_DATABASE_URL": pg_url}, "prune", "--older-than", "90d", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["jobs"] == len(gone & left["jobs"])
    assert remaining(engine)["jobs"] == set(facts) - gone


def test_retention_setting_runs_the_same_prune_from_the_beat_task(pg_url: str,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from tasks.celery_tasks import prune_old_jobs
    from workers.app import beat_schedule
    from workers.settings import Settings, get_settings

    engine = get_engine(pg_url)
    facts = fill(engine, 100)
    assert "mmjobs-retention" not in beat_schedule(Settings(retention_days=0))
    assert retention_request(Settings(retention_days=0)) is None
    monkeypatch.setenv("MMJOBS_DATABASE_URL", pg_url)
    monkeypatch.setenv("MMJOBS_RETENTION_DAYS", "90")
    monkeypatch.setenv("MMJOBS_RETENTION_KINDS", "listing_qc")
    get_settings.cache_clear()
    try:
        schedule = beat_schedule(get_settings())
        assert schedule["mmjobs-retention"]["task"] == prune_old_jobs.name
        assert schedule["mmjobs-retention"]["options"]["queue"] == "maintenance"
        summary = prune_old_jobs()  # what the maintenance worker runs when beat sends it
    finally:
        get_settings.cache_clear()
    gone = {job_id for job_id, fact in facts.items() if should_go(fact, kinds=("listing_qc",))}
    assert summary["jobs"] == len(gone) > 0
    assert remaining(engine)["jobs"] == set(facts) - gone


def test_cli_prune_dry_run_changes_nothing(pg_url: str, s3: Any) -> None:
    engine = get_engine(pg_url)
    facts = fill(engine, 50)
    done = mmjobs(cli_env(pg_url, s3), "prune", "--older-than", "90d", "--dry-run")
    assert done.returncode == 0, done.stderr
    assert f"{sum(should_go(f) for f in facts.values())} job(s)" in done.stdout
    assert remaining(engine)["jobs"] == set(facts)
    refused = mmjobs(cli_env(pg_url, s3), "prune", "--older-than", "90d", "--status", "queued")
    assert refused.returncode == 2 and "only finished jobs" in refused.stderr


def test_prune_rests_between_batches_only_while_another_session_is_at_work(pg_url: str) -> None:
    engine = get_engine(pg_url)
    facts = fill(engine, 300)
    with engine.connect() as other:
        other.execute(text("SELECT 1"))  # an open transaction, as a worker's between its claim and its commit
        beside = prune(engine, PruneRequest(older_than=timedelta(days=90), kinds=("receipt",), batch_size=5,
                                            pause_ratio=0.5))
    alone = prune(engine, PruneRequest(older_than=timedelta(days=90), batch_size=5, pause_ratio=0.5))
    assert beside.jobs == sum(should_go(f, kinds=("receipt",)) for f in facts.values()) > 0
    assert alone.jobs == sum(should_go(f, kinds=("listing_qc",)) for f in facts.values()) > 0
    assert beside.paused_s > 0  # it left the database to the other session part of the time
    assert alone.paused_s == 0  # with nobody else there it never waited
