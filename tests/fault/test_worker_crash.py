"""Workers that die or stall: SIGKILL mid-batch, a killed prefork child, SIGTERM, a job past the visibility timeout."""

from __future__ import annotations

import os
import re
import signal
import time
from pathlib import Path

import pytest

from tests.fault.conftest import FaultRig, Supervisor
from tests.fixtures.services import wait_until


def in_flight(rig: FaultRig, pid: int) -> set[str]:
    return {job_id for job_id, runs in rig.runs().items() if any(p == pid and e is None for p, _, e in runs)}


def started_in(rig: FaultRig, pid: int) -> set[str]:
    return {job_id for job_id, runs in rig.runs().items() if any(p == pid for p, _, _ in runs)}


_TASK_LINE = re.compile(r"Task \S+\[([0-9a-f-]{36})\] (\w+)")
_SENT_AGAIN = re.compile(r"job ([0-9a-f-]{36}): [^\n]*sent again")


def message_counts(log: str, ids: set[str]) -> tuple[int, int, int]:
    """Messages for ``ids`` a worker's log says it received, finished with (any outcome), and retried."""
    received = finished = retries = 0
    for job_id, word in _TASK_LINE.findall(log):
        if job_id in ids:
            received += word == "received"
            finished += word != "received"
            retries += word == "retry"
    return received, finished, retries


def sent_again(log: str, ids: set[str]) -> int:
    """How many jobs of ``ids`` a worker's recovery sent again (expired leases, stale queued rows)."""
    return sum(job_id in ids for job_id in _SENT_AGAIN.findall(log))


def test_sigkill_mid_batch_loses_nothing_and_runs_nothing_twice(rig: FaultRig) -> None:
    """100 jobs in one forward pass when the worker is SIGKILLed; a fresh worker finishes all 100, once each."""
    visibility = int(rig.env["MMJOBS_VISIBILITY_TIMEOUT_S"])
    slow = {"MMJOBS_CLIP_MODEL": rig.env["MMJOBS_CLIP_MODEL"].replace("delay_ms=500", "delay_ms=30000")}
    ids = rig.submit(100)
    first = rig.worker("-c", "100", "--max-batch-size", "100", env=slow)

    def all_claimed_one_forwarding() -> bool:
        return (all(j.status == "running" for j in rig.jobs(ids).values())
                and bool(in_flight(rig, first.process.pid)))

    assert wait_until(all_claimed_one_forwarding, timeout=40, interval=0.1), rig.logs()
    first.process.send_signal(signal.SIGKILL)
    first.process.wait()
    killed_at = time.time()
    assert all(job.status == "running" for job in rig.jobs(ids).values())  # acks are late: nothing acked yet

    second = rig.worker("-c", "16")
    took = rig.wait_done(ids, timeout=visibility + 15)
    jobs = rig.assert_exactly_once(ids)
    assert all(job.attempts == 2 for job in jobs.values())
    history = rig.attempts(ids[0])
    assert [a.outcome for a in history] == ["lost", jobs[ids[0]].status]
    assert history[0].error_code == "worker_lost"
    rig.assert_never_parallel(killed_at={first.process.pid: killed_at})

    # The dead worker's own messages come back after the visibility timeout: they must change nothing.
    # Wait until the new worker has received each message there is for these jobs (the dead worker's 100,
    # each one sent again, each retry) and finished with every one it received.
    def every_message_handled() -> bool:
        received, finished, retries = message_counts(second.log(), set(ids))
        resent = sum(sent_again(w.log(), set(ids)) for w in rig.workers)
        return received == len(ids) + resent + retries and finished == received

    assert wait_until(every_message_handled, timeout=visibility + 60, interval=0.5), rig.logs()
    assert "already_finished" in second.log()
    jobs = rig.assert_exactly_once(ids)
    assert all(job.attempts == 2 for job in jobs.values())
    rig.assert_never_parallel(killed_at={first.process.pid: killed_at})
    print(f"\nSIGKILL mid-batch: 100 jobs recovered {took:.1f}s after the new worker was ready")


def test_job_running_past_visibility_timeout_is_not_run_twice(rig: FaultRig) -> None:
    """Redis redelivers a message still being worked on; the live lease turns the copy into a no-op."""
    long = {"MMJOBS_CLIP_MODEL": rig.env["MMJOBS_CLIP_MODEL"].replace("delay_ms=500", "delay_ms=14000")}
    a = rig.worker("-c", "4", env=long, name="a")
    b = rig.worker("-c", "4", env=long, name="b")
    ids = rig.submit(2)
    # The same job id sent twice more on purpose, while both workers are free.
    from tasks.jobs.recovery import send_job

    job = rig.jobs(ids[:1])[ids[0]]
    send_job(ids[0], "listing_qc", job.input)
    send_job(ids[0], "listing_qc", job.input)
    rig.wait_done(ids, timeout=40)
    jobs = rig.assert_exactly_once(ids)
    assert all(j.attempts == 1 for j in jobs.values())
    runs = rig.runs()
    assert all(len(runs[i]) == 1 for i in ids), runs
    logs = a.log() + b.log()
    assert "running_elsewhere" in logs  # the visibility-timeout copy and the duplicates were skipped
    rig.assert_never_parallel()


def test_sigterm_finishes_in_flight_jobs_and_leaves_the_rest_queued(rig: FaultRig) -> None:
    """A warm shutdown: running jobs finish and are acked, queued ones stay in Redis for the next worker."""
    slow = {"MMJOBS_CLIP_MODEL": rig.env["MMJOBS_CLIP_MODEL"].replace("delay_ms=500", "delay_ms=2500")}
    first = rig.worker("-c", "4", "--max-batch-size", "4", env=slow)
    ids = rig.submit(12)
    assert wait_until(lambda: len(started_in(rig, first.process.pid)) == 4, timeout=20, interval=0.1), rig.logs()
    in_flight = {i for i, j in rig.jobs(ids).items() if j.status == "running"}
    first.process.send_signal(signal.SIGTERM)
    assert first.process.wait(timeout=30) == 0
    after = rig.jobs(ids)
    assert in_flight and all(after[i].status in ("succeeded", "needs_review") for i in in_flight), after
    assert all(j.status in ("succeeded", "needs_review", "queued") and j.attempts <= 1 for j in after.values())
    assert any(j.status == "queued" for j in after.values())  # the rest waits in Redis, untouched

    rig.worker("-c", "4")
    rig.wait_done(ids, timeout=30)
    jobs = rig.assert_exactly_once(ids)
    assert all(j.attempts == 1 for j in jobs.values())  # nobody was interrupted, nothing ran twice
    rig.assert_never_parallel()


def children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def test_prefork_child_killed_mid_job(rig: FaultRig) -> None:
    """With ``--pool prefork`` a killed child's jobs are rerun by its siblings, once each."""
    slow = {"MMJOBS_CLIP_MODEL": rig.env["MMJOBS_CLIP_MODEL"].replace("delay_ms=500", "delay_ms=2000")}
    parent = rig.worker("--pool", "prefork", "-c", "2", env=slow)
    ids = rig.submit(10)
    assert wait_until(lambda: any(started_in(rig, c) for c in children(parent.process.pid)), timeout=30, interval=0.1), rig.logs()
    victim = next(c for c in children(parent.process.pid) if started_in(rig, c))
    lost = started_in(rig, victim)
    os.kill(victim, signal.SIGKILL)
    killed_at = time.time()
    rig.wait_done(ids, timeout=40)
    jobs = rig.assert_exactly_once(ids)
    assert all(jobs[i].attempts == 2 for i in lost)
    assert parent.process.poll() is None  # the pool replaced its child; the worker lives on
    rig.assert_never_parallel(killed_at={victim: killed_at})


def test_poison_job_is_stopped_after_max_attempts(rig: FaultRig) -> None:
    """A photo that kills its worker every time is failed as ``poison`` after 3 runs; other jobs finish."""
    crashing = {"MMJOBS_CLIP_MODEL": rig.env["MMJOBS_CLIP_MODEL"] + "&crash_on=CRASH-ME"}
    supervisor = Supervisor(lambda: rig.worker("-c", "1", env=crashing))
    try:
        poison = rig.submit(1, tag="CRASH-ME")
        others = rig.submit(5)
        rig.wait_done(poison + others, timeout=90)
        job = rig.jobs(poison)[poison[0]]
        assert job.status == "failed" and job.error_code == "poison", (job.status, job.error_code)
        assert job.attempts == 3  # it ran (and killed a worker) three times, never a fourth
        assert "inspect the input" in job.error_message
        assert [a.outcome for a in rig.attempts(poison[0])] == ["lost", "lost", "lost"]
        assert supervisor.restarts == 3
        rig.assert_exactly_once(others)
    finally:
        supervisor.stop()
    print(f"\npoison: failed after {job.attempts} runs and {supervisor.restarts} worker restarts")


@pytest.fixture(autouse=True)
def _show_logs_on_failure(request: pytest.FixtureRequest, rig: FaultRig):  # noqa: ANN202
    yield
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        print(rig.logs())
