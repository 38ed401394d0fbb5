"""Redis restarted and Postgres cut off while jobs are queued and running."""

from __future__ import annotations

import re
import time
from collections import Counter

from models.base import as_utc, utcnow
from tests.fault.conftest import FaultRig, RedisServer, TcpProxy


def test_redis_restart_with_jobs_queued_and_running(rig: FaultRig, redis_server: RedisServer) -> None:
    """Workers reconnect on their own, queued jobs survive (append-only file), every job ends exactly once."""
    # No stale-queue sweeper here: the queued jobs can only finish if Redis kept their messages.
    rig.env["MMJOBS_RESEND_QUEUED_AFTER_S"] = "0"
    # Two workers: losing the broker connection mid-task must not let a job run on both (the lease decides).
    worker = rig.worker("-c", "4", "--max-batch-size", "4")
    other = rig.worker("-c", "4", "--max-batch-size", "4")
    ids = rig.submit(40)
    assert _wait(lambda: any(j.status == "running" for j in rig.jobs(ids).values()), 20)
    seen = [len(w.log()) for w in (worker, other)]
    redis_server.stop()
    # Redis comes back once both workers have lost their connection to it.
    workers = (worker, other)
    assert _wait(lambda: all("Connection to broker lost" in w.log()[n:] for w, n in zip(workers, seen)), 60), \
        rig.logs()
    redis_server.start()
    back = time.monotonic()
    canary = rig.submit(1, tag="canary")
    rig.wait_done(canary, timeout=60)
    canary_s = time.monotonic() - back
    rig.wait_done(ids, timeout=90)
    rig.assert_exactly_once(ids + canary)
    rig.assert_never_parallel()
    assert worker.process.poll() is None and other.process.poll() is None  # the same processes, reconnected
    print(f"\nRedis restart: canary done {canary_s:.1f}s after Redis returned")


def test_postgres_cut_past_the_leases_during_result_writes(rig: FaultRig) -> None:
    """Writes wait and retry; nothing is left running; every result is written once after recovery."""
    proxy = TcpProxy(("127.0.0.1", 5432))
    try:
        proxied = rig.database_url.replace("127.0.0.1:5432", f"127.0.0.1:{proxy.port}")
        worker = rig.worker("-c", "8", env={"MMJOBS_DATABASE_URL": proxied, "MMJOBS_LEASE_S": "10"})
        ids = rig.submit(30)
        assert _wait(lambda: sum(j.status != "queued" for j in rig.jobs(ids).values()) >= 8, 20)
        seen = len(worker.log())
        proxy.cut()
        cut_at = time.monotonic()

        def outage_outlasted_leases_and_retries() -> bool:
            # The rows, read past the proxy, are as the worker left them at the cut.
            leases_out = all(as_utc(j.lease_expires_at) < utcnow() for j in rig.jobs(ids).values()
                             if j.status == "running")
            retries = Counter(_RETRY.findall(worker.log()[seen:]))
            return leases_out and any(n > 3 for n in retries.values())

        # Postgres comes back once every lease taken before the cut has run out, and some job has been sent
        # back through Celery more often than Celery's default limit of 3 retries (past which such an
        # outage once dropped jobs).
        assert _wait(outage_outlasted_leases_and_retries, 120), worker.log()[-3000:]
        proxy.restore()
        took = rig.wait_done(ids, timeout=60)
        rig.assert_exactly_once(ids)
        assert "database" in worker.log()  # it noticed, waited and retried
        assert not [j for j in rig.jobs(ids).values() if j.status == "running"]
        rig.assert_never_parallel()
        print(f"\nPostgres outage: all 30 done {took:.1f}s after it returned ({time.monotonic() - cut_at:.0f}s total)")
    finally:
        proxy.close()


_RETRY = re.compile(r"Task \S+\[([0-9a-f-]{36})\] retry:")


def _wait(condition, timeout: float) -> bool:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def test_messages_lost_with_redis_are_sent_again(rig: FaultRig, redis_server: RedisServer) -> None:
    """Redis loses its data (no append-only file, FLUSHALL, failover): the stale-queue sweeper re-sends the jobs."""
    import redis

    ids = rig.submit(10)
    redis.Redis.from_url(redis_server.url).flushall()  # every queued message is gone; the rows still say queued
    rig.worker("-c", "4", env={"MMJOBS_RESEND_QUEUED_AFTER_S": "3"})
    took = rig.wait_done(ids, timeout=30)
    rig.assert_exactly_once(ids)
    assert all(j.attempts == 1 for j in rig.jobs(ids).values())
    print(f"\nlost messages: 10 jobs re-sent and done {took:.1f}s after a worker started")
