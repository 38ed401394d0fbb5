"""Does a worker's memory stay flat? RSS after the first 500 jobs vs after 5,000 (null engine, online path).

    .venv/bin/python -m bench.memory --n 5000

The queue is filled first; the worker's resident memory is read from /proc when 500 jobs are
finished and again when all are. Target: within 5 % of each other.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import (bench_policy_dir, configure_here, count_terminal, fresh_database, local_images,
                          private_redis, report, rss_mib, start_mmjobs_worker, wait_terminal)

TARGET = 0.05


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--early", type=int, default=500)
    parser.add_argument("--gpu", action="store_true", help="accepted for run_all (no model here)")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)

    from tasks.jobs.producer import enqueue_listing_qc

    log_dir = Path(tempfile.mkdtemp(prefix="mmjobs-bench-memory-"))
    images = local_images(log_dir / "images", n_distinct=64, size=256)
    samples: list[dict[str, Any]] = []
    with private_redis() as redis_url, fresh_database() as db:
        env = {"MMJOBS_BROKER_URL": redis_url, "MMJOBS_DATABASE_URL": db, "MMJOBS_CLIP_MODEL": "builtin:null",
               "MMJOBS_ALLOW_LOCAL_PATHS": "true", "MMJOBS_QUEUES": "listing_qc", "MMJOBS_METRICS_PORT": "0",
               "MMJOBS_POLICY_DIR": str(bench_policy_dir(detect_overlay_text=False))}
        configure_here(env)
        for i in range(args.n):  # unique titles: the text cache and the logs see new strings all the time
            enqueue_listing_qc(str(images[i % len(images)]), title=f"product {i}", description=f"listing {i}",
                               category="coffee mug")
        worker = start_mmjobs_worker(env, log_dir)
        try:
            samples.append({"jobs_done": 0, "rss_mib": rss_mib(worker.process.pid)})
            checkpoints = sorted({args.early, args.n // 4, args.n // 2, (3 * args.n) // 4})
            for mark in checkpoints:
                while count_terminal(db) < mark:
                    if worker.process.poll() is not None:
                        raise RuntimeError(worker.log()[-3000:])
                    time.sleep(0.05)
                samples.append({"jobs_done": count_terminal(db), "rss_mib": rss_mib(worker.process.pid)})
            wait_terminal(db, args.n, timeout=max(600, args.n / 5), proc=worker)
            time.sleep(1)
            samples.append({"jobs_done": count_terminal(db), "rss_mib": rss_mib(worker.process.pid)})
        finally:
            worker.stop()
    early = next(s["rss_mib"] for s in samples if s["jobs_done"] >= args.early)
    growth = samples[-1]["rss_mib"] / early - 1
    return report("worker memory (null engine)", samples,
                  {"rss_growth_after_early": growth, "target": TARGET, "met": abs(growth) <= TARGET}, args.out)


if __name__ == "__main__":
    main()
