"""Soak: many jobs through two worker processes with the zero-cost engine; no loss, no duplicates, flat memory.

``MMJOBS_SOAK_JOBS`` sets N (default 600 for CI on a 2-core machine; RELIABILITY.md records a 10,000 run).
"""

from __future__ import annotations

import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, select

from models import Job, ListingQCResult, get_engine, session_scope
from tests.fault.conftest import FaultRig, rss_kib

SOAK_JOBS = int(os.environ.get("MMJOBS_SOAK_JOBS", "600"))


def test_soak_two_workers_no_loss_no_duplicates_flat_memory(rig: FaultRig) -> None:
    fast = {"MMJOBS_CLIP_MODEL": "null", "MMJOBS_MAX_WAIT_MS": "5"}
    # The backlog is queued first (4 producer threads), so the rate measured is the workers' own.
    started = time.monotonic()
    with ThreadPoolExecutor(4) as pool:
        chunks = pool.map(lambda n: rig.submit(n, tag="soak"),
                          [min(100, SOAK_JOBS - s) for s in range(0, SOAK_JOBS, 100)])
    ids: list[str] = [job_id for chunk in chunks for job_id in chunk]
    submitted_s = time.monotonic() - started
    workers = [rig.worker("-c", "16", env=fast, name=f"soak{i}") for i in range(2)]
    samples: list[tuple[int, list[int]]] = []
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(2):
            with session_scope(get_engine(rig.database_url)) as session:
                done = session.execute(select(func.count()).select_from(Job).where(
                    Job.id.in_(ids), Job.status.in_(["succeeded", "needs_review", "failed"]))).scalar_one()
            samples.append((done, [rss_kib(w.process.pid) for w in workers]))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    took = rig.wait_done(ids, timeout=max(120, SOAK_JOBS / 10))
    stop.set()
    sampler.join()

    with session_scope(get_engine(rig.database_url)) as session:
        results = session.execute(select(func.count()).select_from(ListingQCResult)
                                  .where(ListingQCResult.job_id.in_(ids))).scalar_one()
        dupes = session.execute(select(ListingQCResult.job_id).where(ListingQCResult.job_id.in_(ids))
                                .group_by(ListingQCResult.job_id).having(func.count() > 1)).all()
        attempts = session.execute(select(func.max(Job.attempts)).where(Job.id.in_(ids))).scalar_one()
    assert results == len(ids) and not dupes and attempts == 1
    rig.assert_exactly_once(ids)

    final = [rss_kib(w.process.pid) for w in workers]
    warm = next((rss for done, rss in samples if done >= len(ids) * 0.2), samples[0][1] if samples else final)
    growth = [(f - w) / 1024 for f, w in zip(final, warm)]
    print(f"\nsoak: {len(ids)} jobs in {took:.1f}s = {len(ids) / took:.1f} jobs/s (2 workers, from ready to done; "
          f"queueing took {submitted_s:.1f}s = {len(ids) / submitted_s:.0f} jobs/s); "
          f"worker RSS after 20% {[round(w / 1024) for w in warm]} MiB -> end {[round(f / 1024) for f in final]} MiB")
    assert max(growth) < 64, growth
