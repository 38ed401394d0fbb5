"""What mmjobs costs per job around the model: the end-to-end path with the null engine vs a bare Celery task.

    .venv/bin/python -m bench.queue_overhead --n 2000            # CPU: 3 pairs, about 3 minutes
    .venv/bin/python -m bench.queue_overhead --n 2000 --profile  # plus a py-spy profile of the worker's GIL

Both sides run on the same Redis with the same Celery settings (``workers.app.configure``:
JSON, late acks, prefetch 1) and the same pool (threads, concurrency 16 by default). The
queue is filled first, then one worker (or ``--processes N`` of them) drains it; the rate is
jobs / (last finish − first start). mmjobs' side does everything a real job does except the model: validate the
payload, claim the row, read and decode a small local JPEG, pixel checks (overlay-text OCR
off: see ``--ocr``), the null CLIP engine through the batcher, the policy, and the result
and terminal state committed to Postgres before the ack.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from bench.common import (bench_policy_dir, configure_here, enqueue_photos, flush, fresh_database, job_stats, local_images,
                          private_redis, py_spy, report, start_celery_worker, start_mmjobs_worker, wait_terminal)

TARGET = 0.7


def run_noop(n: int, env: dict[str, str], log_dir: Path, pool_args: list[str], processes: int = 1) -> dict[str, Any]:
    from bench import baseline_tasks

    configure_here(env)
    baseline_tasks.configure_bench_app()
    baseline_tasks.reset_counter()
    for i in range(n):
        baseline_tasks.app.send_task("bench.noop", kwargs={"i": i, "image": "x"})
    workers = [start_celery_worker(env, log_dir, "bench.baseline_tasks:app", baseline_tasks.BENCH_QUEUE, *pool_args,
                                   "-n", f"noop{i}@bench") for i in range(processes)]
    try:
        deadline = time.monotonic() + max(120, n / 5)
        while time.monotonic() < deadline:
            done, first, last = baseline_tasks.progress()
            if done >= n:
                break
            time.sleep(0.1)
        else:
            raise TimeoutError(f"no-op: {done}/{n} after the deadline")
    finally:
        for worker in workers:
            worker.stop()
    assert first is not None and last is not None
    return {"path": "bare no-op Celery task (late ack)" + _times(processes), "jobs": n,
            "seconds": round(last - first, 2), "jobs_per_s": n / (last - first)}


def _times(processes: int) -> str:
    return f", {processes} worker processes" if processes > 1 else ""


def run_mmjobs(n: int, env: dict[str, str], log_dir: Path, pool_args: list[str], images: list[Path], *,
               label: str, profile: bool, concurrency: int, processes: int = 1) -> tuple[dict[str, Any], str | None]:
    configure_here(env)
    produce_s = enqueue_photos(images, n)
    workers = [start_mmjobs_worker(env, log_dir, *pool_args, "--hostname", f"mmjobs{i}@bench") for i in range(processes)]
    worker = workers[0]  # the one profiled
    spy = None
    profile_path = log_dir / f"py-spy-{label}.txt"
    spied_from = time.monotonic()
    if profile:
        spy = subprocess.Popen([py_spy(), "record", "--pid", str(worker.process.pid), "--format", "raw", "--rate", str(SPY_RATE),
                                "--nonblocking", "--gil", "--output", str(profile_path)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_terminal(env["MMJOBS_DATABASE_URL"], n, timeout=max(300, n / 5), proc=worker)
    finally:
        if spy is not None:
            spy.send_signal(2)
            spy.wait(timeout=60)
        for each in workers:
            each.stop()
    spied_s = time.monotonic() - spied_from
    stats = job_stats(env["MMJOBS_DATABASE_URL"])
    # A task slot's cycle (slots / rate) against the job's own time in the worker (claim → committed):
    # the rest is Celery's part of the cycle (delivery, ack, events) for that slot.
    slot_cycle_ms = processes * concurrency / stats.rate * 1000
    in_worker_ms = (stats.p50_in_worker_s or 0.0) * 1000
    row = {"path": f"mmjobs, null CLIP, {label}{_times(processes)}", "jobs": stats.n, "seconds": round(stats.seconds, 2),
           "jobs_per_s": stats.rate, "result_rows": stats.results, "attempt_rows": stats.attempts,
           "producer_jobs_per_s": n / produce_s, "statuses": dict(stats.statuses),
           "slot_cycle_ms": slot_cycle_ms, "p50_claim_to_commit_ms": in_worker_ms}
    summary = summarise_profile(profile_path, seconds=spied_s) if profile and profile_path.exists() else None
    return row, summary


# Where a worker's time goes, by the innermost frame of ours or of a library we know.
BUCKETS = [
    ("postgres (psycopg/sqlalchemy)", ("psycopg", "sqlalchemy")),
    ("redis/kombu (broker)", ("kombu", "redis/", "redis\\")),
    ("celery machinery", ("celery/",)),
    ("overlay text (Tesseract, detector)", ("tesseract_lib", "engines/ocr.py", "text_detect", "line_reader")),
    ("image decode + resize (PIL)", ("PIL/",)),
    ("sharpness", ("sharpness.py",)),
    ("pixel checks", ("pixel_checks",)),
    ("QC scoring + policy", ("listing_qc.py",)),
    ("payload validation (pydantic)", ("pydantic",)),
    ("logging", ("logging/", "joblog")),
    ("batcher", ("engines/base.py",)),
]


SPY_RATE = 200  # samples per second


def summarise_profile(path: Path, *, seconds: float, top: int = 15) -> str:
    """Turn py-spy's collapsed stacks of the GIL's holder into shares: how often it was held, and by what.

    One interpreter runs one thread at a time, so the GIL holder's stacks are where a threads-pool
    worker's Python time goes, whatever the other threads are waiting for.
    """
    stacks = Counter[str]()
    for line in path.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if stack and count.isdigit():
            stacks[stack] += int(count)
    total = sum(stacks.values()) or 1
    idle_markers = ("wait (threading.py", "_wait_for_tstate_lock", "select (selectors.py", "poll (selectors.py",
                    "get (queue.py", "sleep", "epoll", "Condition.wait", "_poll")
    busy = Counter[str]()
    selfs = Counter[str]()
    idle = 0
    for stack, count in stacks.items():
        frames = stack.split(";")
        leaf = frames[-1]
        if any(m in leaf for m in idle_markers):
            idle += count
            continue
        selfs[leaf.split(" (")[0] + " (" + leaf.split(" (")[-1]] += count
        bucket = "other (python)"
        for frame in reversed(frames):
            hit = next((name for name, keys in BUCKETS if any(k in frame for k in keys)), None)
            if hit:
                bucket = hit
                break
        busy[bucket] += count
    busy_total = sum(busy.values()) or 1
    held = total / (SPY_RATE * seconds) if seconds > 0 else float("nan")
    lines = [f"py-spy samples of the GIL holder: {total} in {seconds:.1f} s at {SPY_RATE}/s: the GIL was held "
             f"{held:.0%} of the run; in {idle / total:.0%} of them it sat in a wait",
             "GIL time by component (innermost matching frame):"]
    lines += [f"  {share / busy_total:6.1%}  {name}" for name, share in busy.most_common()]
    lines.append("top self frames (busy):")
    lines += [f"  {count / busy_total:6.1%}  {frame[:110]}" for frame, count in selfs.most_common(top)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--pool", default="threads")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--processes", type=int, default=1, help="worker processes on each side (same queue)")
    parser.add_argument("--image-side", type=int, default=256,
                        help="photos' longest side in px (pixel checks measure up to 512 px of it)")
    parser.add_argument("--ocr", action="store_true", help="keep the default policy's overlay-text OCR on")
    parser.add_argument("--repeat", type=int, default=3, help="no-op / mmjobs pairs, alternated; the median ratio counts")
    parser.add_argument("--profile", action="store_true", help="py-spy the (first) mmjobs worker")
    parser.add_argument("--gpu", action="store_true", help="no-op here (no model); accepted for run_all")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)

    log_dir = Path(tempfile.mkdtemp(prefix="mmjobs-bench-queue-"))
    images = local_images(log_dir / "images", size=args.image_side)
    pool_args = ["--pool", args.pool, "--concurrency", str(args.concurrency)]
    rows: list[dict[str, Any]] = []
    ratios: list[float] = []
    profiles: dict[str, str] = {}
    with private_redis() as redis_url:
        base = {"MMJOBS_BROKER_URL": redis_url, "MMJOBS_CLIP_MODEL": "builtin:null",
                "MMJOBS_ALLOW_LOCAL_PATHS": "true", "MMJOBS_QUEUES": "listing_qc",
                "MMJOBS_POLICY_DIR": str(bench_policy_dir(detect_overlay_text=args.ocr)),
                "MMJOBS_WORKER_POOL": args.pool, "MMJOBS_WORKER_CONCURRENCY": str(args.concurrency),
                "MMJOBS_METRICS_PORT": "0"}
        for pair in range(1, args.repeat + 1):
            flush(redis_url)
            with fresh_database() as db:
                noop = run_noop(args.n, {**base, "MMJOBS_DATABASE_URL": db}, log_dir,
                                ["-P", args.pool, "-c", str(args.concurrency)], args.processes)
            flush(redis_url)
            with fresh_database() as db:
                row, profile = run_mmjobs(args.n, {**base, "MMJOBS_DATABASE_URL": db}, log_dir, pool_args, images,
                                          label="online path", profile=args.profile and pair == 1,
                                          concurrency=args.concurrency, processes=args.processes)
            if profile:
                profiles["online path"] = profile
            row["vs_noop"] = row["jobs_per_s"] / noop["jobs_per_s"]
            ratios.append(row["vs_noop"])
            rows += [{"pair": pair, **noop}, {"pair": pair, **row}]
    median = statistics.median(ratios)
    extra = {"target_vs_noop": TARGET, "median_vs_noop": median, "pairs": len(ratios), "met": median >= TARGET,
             "overlay_text_ocr": args.ocr, "image_side": args.image_side, "pool": args.pool,
             "concurrency": args.concurrency, "processes": args.processes, "logs": str(log_dir),
             "profiles": profiles}
    data = report("queue overhead (null engine)", rows, extra, args.out)
    for mode, text in profiles.items():
        print(f"\n### worker profile ({mode})\n{text}")
    return data


if __name__ == "__main__":
    main()
