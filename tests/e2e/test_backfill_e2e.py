"""The bulk path end to end: manifest → shard tasks → real worker → one job and one result per line."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from models import Job, JobAttempt, ListingQCResult, get_engine, session_scope
from tasks.listing_qc.bulk import job_id_for, submit_backfill
from tests.fixtures.images import jpeg
from tests.fixtures.services import REPO, start_worker

pytestmark = pytest.mark.slow




def rows(database_url: str, job_ids: list[str]) -> tuple[dict[str, Job], dict[str, int], dict[str, int]]:
    """Jobs by id, result rows per job, attempt rows per job."""
    with session_scope(get_engine(database_url)) as session:
        jobs = {j.id: j for j in session.execute(select(Job).where(Job.id.in_(job_ids))).scalars()}
        results = dict(session.execute(select(ListingQCResult.job_id, func.count()).where(
            ListingQCResult.job_id.in_(job_ids)).group_by(ListingQCResult.job_id)).all())
        attempts = dict(session.execute(select(JobAttempt.job_id, func.count()).where(
            JobAttempt.job_id.in_(job_ids)).group_by(JobAttempt.job_id)).all())
    return jobs, results, attempts


def all_terminal(database_url: str, job_ids: list[str]) -> bool:
    jobs, _, _ = rows(database_url, job_ids)
    return len(jobs) == len(job_ids) and all(j.status in ("succeeded", "needs_review", "failed") for j in jobs.values())


def test_manifest_gives_every_line_one_job_and_one_result(worker, s3, mmjobs_env, clean_product_photo, tmp_path,  # noqa: ANN001
                                                          wait_for):
    data = jpeg(clean_product_photo)
    refs = [s3.put(f"backfill/{uuid.uuid4()}.jpg", data) for _ in range(11)]
    manifest = tmp_path / "catalogue.csv"
    lines = ["image,title,description,category,categories"]
    lines += [f"{ref},Mug {i},350 ml ceramic mug,coffee mug,coffee mug|saree" for i, ref in enumerate(refs)]
    lines.append(f"s3://{s3.bucket}/backfill/missing-{uuid.uuid4()}.jpg,Missing,,,")  # a permanent failure
    lines.append(",no image here,,,")  # invalid: recorded as a failed job, never sent
    manifest.write_text("\n".join(lines) + "\n")

    done = submit_backfill(manifest, shard_size=5)
    assert (done.jobs, done.sent, done.shards, done.invalid) == (13, 12, 3, 1)
    assert done.job_ids[0] == job_id_for(str(manifest.resolve()), 2)  # ids follow (manifest, line)
    db = mmjobs_env["MMJOBS_DATABASE_URL"]
    assert wait_for(lambda: all_terminal(db, done.job_ids), timeout=120), worker.log()[-3000:]

    jobs, results, attempts = rows(db, done.job_ids)
    assert len(jobs) == 13
    photos = [jobs[i] for i in done.job_ids[:11]]
    assert all(j.status == "needs_review" for j in photos)  # the tiny CLIP is random: review, never approve
    assert all(results.get(j.id) == 1 and attempts.get(j.id) == 1 and j.attempts == 1 for j in photos)
    missing, invalid = jobs[done.job_ids[11]], jobs[done.job_ids[12]]
    assert (missing.status, missing.error_code) == ("failed", "image_not_found") and missing.id not in results
    assert (invalid.status, invalid.error_code) == ("failed", "invalid_payload") and "line 14" in invalid.error_message
    with session_scope(get_engine(db)) as session:
        result = session.get(ListingQCResult, photos[0].id)
        assert result is not None and result.model_trusted is False and "model_untrusted" in result.reasons
        assert result.category in {"coffee mug", "saree"} and result.pixel_metrics["longest_side"] >= 800

    again = submit_backfill(manifest, shard_size=5)  # the same manifest again: nothing left to do
    assert (again.sent, again.shards, again.already_finished) == (0, 0, 12)


def test_shard_killed_midway_resumes_without_redoing_finished_jobs(mmjobs_env, redis_server, private_database,  # noqa: ANN001
                                                                   tmp_path, wait_for):
    images = tmp_path / "images"
    images.mkdir()
    manifest = tmp_path / "catalogue.jsonl"
    with manifest.open("w") as handle:
        for i in range(48):
            path = images / f"{i}.jpg"
            path.write_bytes(jpeg(Image.new("RGB", (300, 300), (255, 255, 255))))
            handle.write(json.dumps({"image": str(path), "title": f"item {i}", "category": "coffee mug"}) + "\n")
    # A deployment of its own (broker and database), so a killed worker's jobs come back to nobody else.
    env = {**mmjobs_env, "MMJOBS_DATABASE_URL": private_database, "MMJOBS_BROKER_URL": redis_server.url,
           "MMJOBS_CLIP_MODEL": "builtin:null?delay_ms=400",
           "MMJOBS_ALLOW_LOCAL_PATHS": "true", "MMJOBS_MAX_BATCH_SIZE": "4", "MMJOBS_SHARD_CHUNK_SIZE": "4",
           "MMJOBS_LEASE_S": "4",
           "MMJOBS_VISIBILITY_TIMEOUT_S": "6", "MMJOBS_METRICS_PORT": "0", "MMJOBS_QUEUES": "listing_qc"}
    db = env["MMJOBS_DATABASE_URL"]
    manifest_id = f"kill-test-{uuid.uuid4()}"
    submit = subprocess.run([sys.executable, "-m", "tasks.ops.cli", "backfill", str(manifest), "--shard-size", "48",
                             "--manifest-id", manifest_id], env={**os.environ, **env}, cwd=REPO,
                            capture_output=True, text=True)
    assert submit.returncode == 0, submit.stderr
    assert "48 jobs sent in 1 shards" in submit.stdout
    job_ids = [job_id_for(manifest_id, line) for line in range(1, 49)]

    def finished_ids() -> set[str]:
        jobs, _, _ = rows(db, job_ids)
        return {j.id for j in jobs.values() if j.status in ("succeeded", "needs_review", "failed")}

    first = start_worker(env, tmp_path / "first.log", "-c", "2")
    try:
        assert wait_for(lambda: len(finished_ids()) >= 12, timeout=60, interval=0.05), first.log()[-3000:]
        photo_processes = children(first.process.pid)
        first.stop(signal.SIGKILL)  # mid-shard: some chunks committed, one in flight, the rest not started
    finally:
        first.stop(signal.SIGKILL)
    assert photo_processes, "the bulk path decodes in photo processes by default"
    assert wait_for(lambda: not any(alive(pid) for pid in photo_processes), timeout=15), "orphaned photo processes"
    before, _, _ = rows(db, job_ids)
    done_before = {i: (j.attempts, j.finished_at) for i, j in before.items()
                   if j.status in ("succeeded", "needs_review", "failed")}
    assert 12 <= len(done_before) < 48

    second = start_worker(env, tmp_path / "second.log", "-c", "2")
    try:
        assert wait_for(lambda: len(finished_ids()) == 48, timeout=120), second.log()[-3000:]
    finally:
        second.stop()
    jobs, results, attempts = rows(db, job_ids)
    assert all(results.get(i) == 1 for i in job_ids)  # one result per line, none written twice
    for job_id, (attempt_count, finished_at) in done_before.items():  # finished jobs were not redone
        assert (jobs[job_id].attempts, jobs[job_id].finished_at) == (attempt_count, finished_at)
        assert attempts[job_id] == 1
    assert all(jobs[i].attempts <= 2 for i in job_ids)  # at most the chunk in flight ran twice


def children(pid: int) -> set[int]:
    """Live processes whose parent is ``pid``."""
    return {int(entry.name) for entry in Path("/proc").iterdir()
            if entry.name.isdigit() and _stat(int(entry.name))[1:] == ("ok", pid)}


def alive(pid: int) -> bool:
    return _stat(pid)[1] == "ok"


def _stat(pid: int) -> tuple[int, str, int]:
    """(pid, "ok" or "gone", parent pid) from /proc; a zombie is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return pid, "gone", -1
    return pid, "gone" if fields[0] in "ZX" else "ok", int(fields[1])
