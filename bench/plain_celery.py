"""The online listing-QC path against a minimal plain-Celery app doing the same essential work, side by side.

    PYTHONPATH=. .venv/bin/python -m bench.plain_celery --n 200 --repeat 2          # 1600-px and 256-px photos
    PYTHONPATH=. .venv/bin/python -m bench.plain_celery --tree /tmp/parent --n 200  # also older mmjobs trees

The plain side is ``bench.photo_job`` (bench/baseline_tasks.py): per message it decodes and measures the
photo with the functions mmjobs calls, inserts the metrics with one ``INSERT … ON CONFLICT DO NOTHING``,
commits, and is acked late. The mmjobs side is the online path as deployed with the null CLIP engine and
the default policy: validate, claim, the same decode and pixel checks, the batcher, QC scoring, the
policy, the grouped result write, ack. Both run on one private Redis with the same Celery settings
(``workers.app.configure``), the same pool (threads) and concurrency, the same photos, the same
overlay-text setting, each with a fresh Postgres database. The queue is filled first, then one worker
drains it; jobs/s and the worker process group's CPU (children included, read from /proc as
bench/photo_cpu.py does) are counted from the moment ``--warmup`` jobs are finished to the last.
Sides alternate ``--repeat`` times; the ratio is mmjobs / plain of the medians (target ≥ 0.9×).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from bench.common import REPO, bench_policy_dir, configure_here, flush, fresh_database, private_redis, report, \
    start_celery_worker
from bench.photo_cpu import _alive, _redis_pid, run_tree, tree_cpu_s

TARGET = 0.9


def _stored(database_url: str) -> int:
    import psycopg

    from bench.baseline_tasks import PHOTO_JOB_TABLE

    with psycopg.connect(database_url.replace("postgresql+psycopg://", "postgresql://")) as conn:
        row = conn.execute(f"SELECT count(*) FROM {PHOTO_JOB_TABLE}").fetchone()
        return int(row[0]) if row else 0


def run_plain(n: int, warmup: int, env: dict[str, str], redis_pid: int, log_dir: Path, images: list[Path],
              concurrency: int, detect_overlay_text: bool) -> dict[str, Any]:
    """Fill the bench queue with ``n`` photo jobs, drain it with one plain Celery worker, measure it."""
    import psycopg

    from bench import baseline_tasks

    with fresh_database() as db:
        with psycopg.connect(db.replace("postgresql+psycopg://", "postgresql://")) as conn:
            conn.execute(baseline_tasks.PHOTO_JOB_DDL)
        run_env = {**env, "MMJOBS_DATABASE_URL": db}
        configure_here(run_env)
        baseline_tasks.configure_bench_app()
        for i in range(n):
            baseline_tasks.app.send_task("bench.photo_job", kwargs={
                "job_id": str(uuid.uuid4()), "image": str(images[i % len(images)]),
                "detect_overlay_text": detect_overlay_text})
        worker = start_celery_worker(run_env, log_dir, "bench.baseline_tasks:app", baseline_tasks.BENCH_QUEUE,
                                     "-P", "threads", "-c", str(concurrency), "-n", f"plain{time.time_ns()}@bench")
        try:
            deadline = time.monotonic() + max(600, n)
            while _stored(db) < warmup:
                _alive(worker.process, deadline)
                time.sleep(0.05)
            t0, cpu0, redis0, done0 = time.monotonic(), tree_cpu_s(worker.process.pid), tree_cpu_s(redis_pid), _stored(db)
            while (done := _stored(db)) < n:
                _alive(worker.process, deadline)
                time.sleep(0.05)
            t1, cpu1, redis1 = time.monotonic(), tree_cpu_s(worker.process.pid), tree_cpu_s(redis_pid)
        finally:
            worker.stop()
    jobs = done - done0
    return {"tree": "plain Celery", "jobs_measured": jobs, "seconds": round(t1 - t0, 2),
            "worker_cpu_ms_per_job": (cpu1 - cpu0) * 1000 / jobs, "redis_cpu_ms_per_job": (redis1 - redis0) * 1000 / jobs,
            "jobs_per_s": jobs / (t1 - t0), "cores_busy": (cpu1 - cpu0) / (t1 - t0)}


def main(argv: list[str] | None = None) -> dict[str, Any]:
    from bench.upload_photos import realistic_uploads, small_uploads

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=200, help="jobs per run (1600-px photos; small ones run 3×)")
    parser.add_argument("--warmup", type=int, default=20, help="jobs finished before counting starts")
    parser.add_argument("--photos", choices=("realistic", "small", "both"), default="both")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=2, help="runs per side, alternating the order")
    parser.add_argument("--ocr-off", action="store_true", help="overlay-text OCR off on both sides")
    parser.add_argument("--tree", type=Path, action="append", default=[],
                        help="also another mmjobs checkout (e.g. `git archive <parent> | tar -x -C DIR`), repeatable")
    parser.add_argument("--only-trees", action="store_true", help="run the --tree checkouts, not this one")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)

    log_dir = Path(tempfile.mkdtemp(prefix="mmjobs-bench-plain-celery-"))
    sets = {"realistic": realistic_uploads, "small": small_uploads}
    chosen = list(sets) if args.photos == "both" else [args.photos]
    detect = not args.ocr_off
    trees = [] if args.only_trees else [("mmjobs", REPO)]
    trees += [(f"mmjobs {tree.name}", tree.resolve()) for tree in args.tree]
    policies = {label: str(bench_policy_dir(detect_overlay_text=detect, source=tree / "tasks" / "policies"))
                for label, tree in trees}
    rows: list[dict[str, Any]] = []
    extra: dict[str, Any] = {"n": args.n, "warmup": args.warmup, "concurrency": args.concurrency, "engine": "null",
                             "policy": f"default (overlay-text OCR {'on' if detect else 'off'})", "logs": str(log_dir),
                             "trees": [str(t) for t in args.tree], "target": TARGET}
    with private_redis() as redis_url:
        redis_pid = _redis_pid(redis_url)
        env = {"MMJOBS_BROKER_URL": redis_url, "MMJOBS_CLIP_MODEL": "builtin:null", "MMJOBS_ALLOW_LOCAL_PATHS": "true",
               "MMJOBS_QUEUES": "listing_qc", "MMJOBS_WORKER_POOL": "threads",
               "MMJOBS_WORKER_CONCURRENCY": str(args.concurrency), "MMJOBS_METRICS_PORT": "0", "HF_HUB_OFFLINE": "1"}
        for photos in chosen:
            folder = log_dir / photos
            folder.mkdir()
            images = []
            for upload in sets[photos]():
                (folder / upload.name).write_bytes(upload.data)
                images.append(folder / upload.name)
            n = args.n if photos == "realistic" else 3 * args.n
            sides = [("plain Celery", None)] + trees
            for repeat in range(args.repeat):
                for label, tree in (sides if repeat % 2 == 0 else sides[::-1]):
                    flush(redis_url)
                    if tree is None:
                        row = run_plain(n, args.warmup, env, redis_pid, log_dir, images, args.concurrency, detect)
                    else:
                        row, _, _ = run_tree(label, tree, n, args.warmup, {**env, "MMJOBS_POLICY_DIR": policies[label]},
                                             redis_pid, log_dir, images, args.concurrency, False)
                    rows.append({"photos": photos, "repeat": repeat + 1, **row, "tree": label})
                    print(f"  {photos} {label} #{repeat + 1}: {row['jobs_per_s']:.1f} jobs/s, "
                          f"{row['worker_cpu_ms_per_job']:.1f} worker CPU-ms/job", flush=True)
            medians = {label: {k: statistics.median(r[k] for r in rows if r["photos"] == photos and r["tree"] == label)
                               for k in ("jobs_per_s", "worker_cpu_ms_per_job")} for label, _ in sides}
            plain = medians["plain Celery"]
            extra[photos] = {
                "medians": medians,
                **{f"{label} / plain jobs_per_s": medians[label]["jobs_per_s"] / plain["jobs_per_s"] for label, _ in trees},
                **{f"{label} / plain cpu_ms": medians[label]["worker_cpu_ms_per_job"] / plain["worker_cpu_ms_per_job"]
                   for label, _ in trees},
            }
            extra[f"{photos}_met"] = medians[trees[0][0]]["jobs_per_s"] / plain["jobs_per_s"] >= TARGET
    return report("online path vs a minimal plain-Celery app doing the same work (null engine)", rows, extra, args.out)


if __name__ == "__main__":
    main()
