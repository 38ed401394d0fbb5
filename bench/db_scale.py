"""The database at marketplace scale: does the cost of a job and of a report stay flat as jobs pile up?

    .venv/bin/python -m bench.db_scale --sizes 0,1000000            # about 10 minutes on 2 shared cores
    .venv/bin/python -m bench.db_scale --sizes 0,1000000,10000000   # plus 10 M jobs (~9 GB, an hour or more)

For each size a fresh Postgres database is migrated to 0003 (the schema before this work), filled in
SQL (``generate_series``; 30 days of listing-QC and receipt jobs, 92 % succeeded, 5 % needs review, 3 %
failed, each with its attempt(s) and result, half the reviews done), then migrated to head while the
migrations are timed: 0004 (bigint keys: a table rewrite under an ACCESS EXCLUSIVE lock, so its time
is the lock's), 0005 (indexes built CONCURRENTLY) and 0006 (the rollup table); then ``mmjobs rollup``
computes every closed hour (timed: a deployment's one-time backfill). Then, side by side in one run,
with the measurements interleaved across the databases round by round so a busy machine hits every
size alike:

- the worker's write path: ``lifecycle.claim`` + a grouped ``finish_many`` of a full listing-QC result
  (the online path with the model left out), from ``--threads`` threads: jobs/s and per-job latency;
- ``mmjobs stats --since 1h / 24h / 7d`` (from the rollups), ``stats --since 7d --exact`` (the full
  scan), ``status --failed`` and ``review`` as a user runs them (a fresh process each, start-up
  included): wall seconds (median of ``--repeat``) and peak RSS;
- ``mmjobs prune`` (a subprocess), one ``--prune-days`` slice of the oldest jobs at a time: first
  alone (at ``--pause-ratio`` 0 and at each other ``--pause-ratios`` value, which should not slow it
  down: the pause applies only while other sessions are at work), then while the write path runs
  beside it at each ``--pause-ratios`` value: jobs deleted per second, seconds rested, and the
  writers' jobs/s during the prune vs just before it; ``--export`` prunes the next
  slice again with the export to a moto S3 server.

Every database is dropped at the end (``--keep`` keeps them).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

from bench.common import POSTGRES_ADMIN_URL, REPO, report

COMMANDS = {
    "stats --since 1h": ["stats", "--since", "1h"],
    "stats --since 24h": ["stats", "--since", "24h"],
    "stats --since 7d": ["stats", "--since", "7d"],
    "stats --since 7d --exact": ["stats", "--since", "7d", "--exact"],
    "status --failed": ["status", "--failed"],
    "review": ["review"],
}

# One INSERT … SELECT per table over generate_series. Job i is accepted at now - days + i * days / n, so
# the heap is in time order as in production; ids are uuid-shaped and random (the primary key's real cost).
FILL_JOBS = """
INSERT INTO jobs (id, kind, status, input, attempts, attempts_before_retry, error_code, error_message, worker,
                  lease_expires_at, created_at, updated_at, started_at, finished_at)
SELECT md5(:seed || i::text)::uuid::text,
       CASE WHEN i % 20 = 0 THEN 'receipt' ELSE 'listing_qc' END,
       s.status,
       jsonb_build_object('image', 's3://marketplace-photos/listings/' || i || '/main.jpg',
                          'title', 'Vintage teak side table, good condition, pick-up only ' || i,
                          'description', 'Solid teak, 50 x 50 x 60 cm, small scratch on one leg, smoke-free home.',
                          'categories', jsonb_build_array('furniture', 'home decor', 'electronics', 'fashion'),
                          'job_id', md5(:seed || i::text)::uuid::text),
       CASE WHEN i % 33 = 7 THEN 2 ELSE 1 END, 0,
       CASE WHEN s.status = 'failed' THEN (ARRAY['image_unreadable', 'fetch_timeout', 'poison'])[1 + i % 3] END,
       CASE WHEN s.status = 'failed' THEN 'could not decode the photo: cannot identify image file' END,
       'celery@worker-' || (i % 8),
       CASE WHEN s.status = 'running' THEN t.created + interval '2 minutes' END,
       t.created, COALESCE(t.finished, t.created), t.created + interval '150 ms', t.finished
FROM generate_series(CAST(:lo AS bigint), CAST(:hi AS bigint) - 1) AS i
CROSS JOIN LATERAL (SELECT now() - make_interval(secs => :span) + make_interval(secs => i * :step) AS created) AS c
CROSS JOIN LATERAL (SELECT CASE WHEN i >= :n - :open THEN (CASE WHEN i % 2 = 0 THEN 'queued' ELSE 'running' END)
                                WHEN i % 100 < 92 THEN 'succeeded' WHEN i % 100 < 97 THEN 'needs_review'
                                ELSE 'failed' END AS status) AS s
CROSS JOIN LATERAL (SELECT c.created,
                           CASE WHEN s.status IN ('queued', 'running') THEN NULL
                                ELSE c.created + make_interval(secs => 0.4 + (i % 97) / 20.0) END AS finished) AS t
"""

FILL_ATTEMPTS = """
INSERT INTO job_attempts (job_id, attempt, worker, started_at, finished_at, outcome, error_code, error_message)
SELECT j.id, a.n, j.worker, j.started_at, CASE WHEN a.n < j.attempts THEN j.started_at ELSE j.finished_at END,
       CASE WHEN a.n < j.attempts THEN 'retry' WHEN j.status IN ('queued', 'running') THEN NULL ELSE j.status END,
       CASE WHEN a.n < j.attempts THEN 'fetch_timeout' ELSE j.error_code END,
       CASE WHEN a.n < j.attempts THEN 'timed out after 10 s' ELSE j.error_message END
FROM jobs AS j CROSS JOIN LATERAL generate_series(1, j.attempts) AS a(n)
WHERE j.status <> 'queued' AND j.created_at >= :lo_ts AND j.created_at < :hi_ts
"""

FILL_QC = """
INSERT INTO listing_qc_results (job_id, decision, approved, confidence, reasons, quality_label, quality_scores,
    category, category_confidence, description_match, pixel_metrics, model_id, model_revision, model_trusted,
    policy_name, policy_version, created_at)
SELECT j.id, d.decision, d.decision = 'approve', 0.55 + (hashtext(j.id) & 255) / 600.0,
       CASE WHEN d.decision = 'review' THEN jsonb_build_array((ARRAY['blurry', 'low_light', 'category_mismatch',
            'overlay_text'])[1 + (hashtext(j.id) & 3)], 'low_confidence')
            WHEN d.decision = 'reject' THEN '["watermark"]'::jsonb ELSE '[]'::jsonb END,
       'sharp', '{"sharp": 0.81, "blurry": 0.07, "dark": 0.05, "overexposed": 0.04, "cluttered": 0.03}'::jsonb,
       'furniture', 0.74, 0.31,
       '{"width": 1600, "height": 1200, "brightness": 0.52, "contrast": 0.31, "sharpness": 412.5,
         "colorfulness": 0.44, "aspect": 1.33, "overlay_text_chars": 0, "details": []}'::jsonb,
       'openai/clip-vit-base-patch32', '3d74acf9a28c67741b2f4f2ea7635f0aaf6f0268', true, 'default', '3',
       j.finished_at
FROM jobs AS j
CROSS JOIN LATERAL (SELECT CASE WHEN j.status = 'needs_review' THEN 'review'
                                WHEN hashtext(j.id) % 10 = 0 THEN 'reject' ELSE 'approve' END AS decision) AS d
WHERE j.kind = 'listing_qc' AND j.status IN ('succeeded', 'needs_review')
  AND j.created_at >= :lo_ts AND j.created_at < :hi_ts
"""

FILL_RECEIPTS = """
INSERT INTO receipt_results (job_id, extractor, merchant_name, amount, currency, transaction_id, date,
    payment_method, payment_status, confidence, reasons, fields, raw_model_output, ocr_text, model_id, created_at)
SELECT j.id, 'hybrid', 'Sharma General Store', 1499.00, 'INR', 'T2611' || (hashtext(j.id) & 65535), '2026-11-27',
       'upi', 'success', 0.86,
       CASE WHEN j.status = 'needs_review' THEN '["amount_mismatch"]'::jsonb ELSE '[]'::jsonb END,
       '{"amount": {"value": "1499.00", "confidence": 0.9}, "currency": {"value": "INR", "confidence": 0.95}}'::jsonb,
       '{"merchant_name": "Sharma General Store", "amount": "1499.00"}',
       'Paid to Sharma General Store  Rs 1,499.00  UPI Ref T2611  27 Nov 2026', 'llava-hf/llava-v1.6-mistral-7b-hf',
       j.finished_at
FROM jobs AS j
WHERE j.kind = 'receipt' AND j.status IN ('succeeded', 'needs_review')
  AND j.created_at >= :lo_ts AND j.created_at < :hi_ts
"""

FILL_REVIEWS = """
INSERT INTO reviews (job_id, kind, action, reviewer, corrections, changes, machine_output, note, created_at)
SELECT j.id, j.kind, 'accept', 'reviewer-' || (hashtext(j.id) & 7), '{}'::jsonb, '{}'::jsonb,
       '{"decision": "review", "reasons": ["blurry"]}'::jsonb, NULL, j.finished_at + interval '3 hours'
FROM jobs AS j
WHERE j.status = 'needs_review' AND hashtext(j.id) % 2 = 0 AND j.finished_at < now() - interval '1 day'
  AND j.created_at >= :lo_ts AND j.created_at < :hi_ts
"""


def create_database(size: int) -> str:
    import psycopg

    name = f"mmjobs_scale_{size}_{uuid.uuid4().hex[:6]}"
    with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return POSTGRES_ADMIN_URL.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://") + f"/{name}"


def drop_database(url: str) -> None:
    import psycopg

    from models.session import dispose_engines

    dispose_engines(url)
    name = url.rsplit("/", 1)[1]
    with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def fill(url: str, n: int, days: float, chunk: int = 500_000) -> dict[str, Any]:
    """``n`` jobs over ``days`` days with attempts, results and reviews, in SQL; returns sizes and seconds."""
    from sqlalchemy import create_engine, text

    started = time.monotonic()
    span = days * 86400
    seed = uuid.uuid4().hex[:8]
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("SET synchronous_commit = off"))
        for lo in range(0, n, chunk):
            hi = min(n, lo + chunk)
            conn.execute(text(FILL_JOBS), {"seed": seed, "lo": lo, "hi": hi, "span": span, "step": span / n, "n": n,
                                           "open": 200})
            print(f"  jobs {hi:,}/{n:,} ({time.monotonic() - started:.0f}s)", file=sys.stderr, flush=True)
        first, end = conn.execute(text("SELECT min(created_at), max(created_at) + interval '1 second' FROM jobs")).one()
        if first is not None:
            slice_ = (end - first) / max(1, (n + chunk - 1) // chunk)
            lo_ts = first
            while lo_ts < end:
                hi_ts = min(lo_ts + slice_, end)
                for statement in (FILL_ATTEMPTS, FILL_QC, FILL_RECEIPTS, FILL_REVIEWS):
                    conn.execute(text(statement), {"lo_ts": lo_ts, "hi_ts": hi_ts})
                lo_ts = hi_ts
                print(f"  children up to {hi_ts:%Y-%m-%d %H:%M} ({time.monotonic() - started:.0f}s)", file=sys.stderr,
                      flush=True)
        conn.execute(text("VACUUM ANALYZE"))
        size = conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one()
    engine.dispose()
    return {"fill_s": round(time.monotonic() - started, 1), "db_mb": round(size / 2**20)}


def analyze(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("ANALYZE"))
    engine.dispose()


def timed_migrations(url: str) -> dict[str, float]:
    """Upgrade 0003 → head one revision at a time; 0004 holds its ACCESS EXCLUSIVE lock for all its time."""
    from alembic import command

    from models.migrate import alembic_config

    out = {}
    for revision in ("0004", "0005", "0006"):
        started = time.monotonic()
        command.upgrade(alembic_config(url), revision)
        out[f"migrate_{revision}_s"] = round(time.monotonic() - started, 2)
    return out


# ---- the worker's write path ---------------------------------------------------------------------


def _result_row(job_id: str) -> Any:
    from models import ListingQCResult

    return ListingQCResult(job_id=job_id, decision="approve", approved=True, confidence=0.83, reasons=[],
                           quality_label="sharp", quality_scores={"sharp": 0.81, "blurry": 0.07, "dark": 0.05},
                           category="furniture", category_confidence=0.74, description_match=0.31,
                           pixel_metrics={"width": 1600, "height": 1200, "brightness": 0.52, "details": []},
                           model_id="openai/clip-vit-base-patch32", model_revision=None, model_trusted=True,
                           policy_name="default", policy_version="3")


def write_path(url: str, *, threads: int, seconds: float, stop: threading.Event | None = None) -> dict[str, Any]:
    """Claim + result write from ``threads`` threads for ``seconds`` (or until ``stop``): jobs/s, latency."""
    from models import get_engine
    from tasks.jobs import lifecycle
    from tasks.jobs.lifecycle import FinishItem
    from tasks.ops.stats import percentile

    engine = get_engine(url, pool_size=threads, max_overflow=0)
    latencies: list[float] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    run_id = uuid.uuid4().hex[:8]

    def loop(t: int) -> None:
        mine = []
        n = 0
        while time.monotonic() < deadline and not (stop and stop.is_set()):
            job_id = f"{run_id}-{t}-{n:07d}-" + uuid.uuid4().hex[:12]
            n += 1
            began = time.perf_counter()
            claim = lifecycle.claim(engine, job_id=job_id, kind="listing_qc", payload={"image": "s3://b/k.jpg"},
                                    worker=f"bench-{t}", lease_s=120, max_attempts=3)
            with engine.begin() as conn:
                lifecycle.finish_many(conn, [FinishItem(job_id, claim.attempt, "succeeded", _result_row(job_id))])
            mine.append(time.perf_counter() - began)
        with lock:
            latencies.extend(mine)

    began = time.monotonic()
    workers = [threading.Thread(target=loop, args=(t,)) for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    elapsed = time.monotonic() - began
    return {"jobs": len(latencies), "seconds": elapsed, "jobs_per_s": round(len(latencies) / elapsed, 1),
            "p50_ms": round(1000 * (percentile(latencies, 50) or 0), 2),
            "p95_ms": round(1000 * (percentile(latencies, 95) or 0), 2), "latencies": latencies}


def merged(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Several ``write_path`` runs of one database as one: total jobs over total time, pooled latencies."""
    from tasks.ops.stats import percentile

    latencies = [x for run in runs for x in run["latencies"]]
    seconds = sum(run["seconds"] for run in runs)
    return {"jobs": len(latencies), "jobs_per_s": round(len(latencies) / seconds, 1),
            "p50_ms": round(1000 * (percentile(latencies, 50) or 0), 2),
            "p95_ms": round(1000 * (percentile(latencies, 95) or 0), 2),
            "rounds_jobs_per_s": [round(run["jobs_per_s"]) for run in runs]}


# ---- the operator's commands -------------------------------------------------------------------


def run_cli(url: str, args: list[str], extra_env: dict[str, str] | None = None,
            timeout: float = 3600) -> tuple[float, int, subprocess.CompletedProcess[str]]:
    """One ``mmjobs`` process as a user starts it: (wall seconds, peak RSS KiB, the completed process)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MMJOBS_")}
    env.update({"MMJOBS_DATABASE_URL": url, "COLUMNS": "200", **(extra_env or {})})
    with tempfile.NamedTemporaryFile("r") as rss:
        began = time.monotonic()
        done = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", rss.name, sys.executable, "-m", "tasks.ops.cli", *args],
                              env=env, cwd=REPO, capture_output=True, text=True, timeout=timeout)
        wall = time.monotonic() - began
        peak = int((rss.read().strip().splitlines() or ["0"])[-1])
    if done.returncode != 0:
        raise RuntimeError(f"mmjobs {' '.join(args)} failed: {done.stderr[-2000:]}")
    return wall, peak, done


def commands(urls: list[str], repeat: int) -> list[dict[str, Any]]:
    """Every command on every database, interleaved round by round, so the machine's noise hits all alike."""
    walls: list[dict[str, list[float]]] = [{name: [] for name in COMMANDS} for _ in urls]
    peaks: list[dict[str, list[int]]] = [{name: [] for name in COMMANDS} for _ in urls]
    for _ in range(repeat):
        for i, url in enumerate(urls):
            for name, args in COMMANDS.items():
                wall, peak, _done = run_cli(url, args)
                walls[i][name].append(wall)
                peaks[i][name].append(peak)
    return [{name: {"s": round(statistics.median(walls[i][name]), 3), "rss_mib": round(max(peaks[i][name]) / 1024, 1)}
             for name in COMMANDS} for i in range(len(urls))]


def prune_beside_writers(url: str, *, older_than_days: float, threads: int, export: str | None,
                         extra_env: dict[str, str] | None, pause_ratio: float = 0.0) -> dict[str, Any]:
    """The writers alone for a while, then again while ``mmjobs prune`` runs in its own process (``threads`` 0:
    the prune alone)."""
    alone = write_path(url, threads=threads, seconds=10) if threads else None
    stop = threading.Event()
    during: dict[str, Any] = {}
    beside = threading.Thread(target=lambda: during.update(write_path(url, threads=threads, seconds=3600, stop=stop)))
    if threads:
        beside.start()
    args = ["prune", "--older-than", f"{older_than_days * 86400:.0f}s", "--json", "--pause-ratio", str(pause_ratio)]
    if export:
        args += ["--export", export]
    try:
        _wall, peak, done = run_cli(url, args, extra_env)
    finally:
        stop.set()
        if threads:
            beside.join()
    summary = json.loads(done.stdout)
    out = {"pruned_jobs": summary["jobs"], "prune_s": round(summary["seconds"], 2),
           "prune_jobs_per_s": round(summary["jobs_per_s"]), "prune_rss_mib": round(peak / 1024, 1),
           "exported_mb": round(summary["exported_bytes"] / 1e6, 1), "pause_ratio": pause_ratio,
           "prune_paused_s": round(summary["paused_s"], 1)}
    if alone is not None:
        out.update({"writers_alone_jobs_per_s": alone["jobs_per_s"], "writers_during_prune_jobs_per_s":
                    during["jobs_per_s"], "writers_ratio": round(during["jobs_per_s"] / alone["jobs_per_s"], 3)})
    return out


def roll_up(url: str) -> dict[str, Any]:
    """``mmjobs rollup`` once the database is filled: every closed hour computed (the first deploy's backfill)."""
    wall, _peak, done = run_cli(url, ["rollup", "--json"])
    return {"rollup_s": round(wall, 1), "rollup_hours": json.loads(done.stdout)["hours"]}


def build(n: int, days: float) -> tuple[str, dict[str, Any]]:
    """A database at 0003 filled with ``n`` jobs, then migrated to head with each migration timed."""
    from alembic import command

    from models.migrate import alembic_config

    url = create_database(n)
    command.upgrade(alembic_config(url), "0003")
    print(f"size {n:,}: filling", file=sys.stderr, flush=True)
    row: dict[str, Any] = {"jobs": n, **fill(url, n, days)}
    row.update(timed_migrations(url))
    row.update(roll_up(url))
    return url, row


def measure(sizes: list[int], args: argparse.Namespace) -> list[dict[str, Any]]:
    built: list[tuple[str, dict[str, Any]]] = []
    try:
        for n in sizes:
            built.append(build(n, args.days))
        urls = [url for url, _ in built]
        # The commands first, so each window holds the filled jobs only (the write path adds tens of
        # thousands of jobs to the last hour of every database).
        print("commands, interleaved", file=sys.stderr, flush=True)
        for (url, row), cmds in zip(built, commands(urls, args.repeat), strict=True):
            row["commands"] = cmds
        print("write path, interleaved", file=sys.stderr, flush=True)
        for url in urls:
            write_path(url, threads=args.threads, seconds=2)  # warm the pool and the caches
            analyze(url)  # an empty database's statistics say "no rows" until autovacuum looks again
        runs: list[list[dict[str, Any]]] = [[] for _ in urls]
        for _ in range(args.rounds):
            for i, url in enumerate(urls):
                runs[i].append(write_path(url, threads=args.threads, seconds=args.write_seconds / args.rounds))
        for (url, row), write in zip(built, runs, strict=True):
            row["write"] = merged(write)
        for url, row in built:
            if not row["jobs"]:
                continue
            print(f"size {row['jobs']:,}: prune", file=sys.stderr, flush=True)
            # Slice by slice from the oldest: the prune alone, then beside the writers at each pause ratio.
            # A pause ratio applies only while other sessions are at work: alone, each runs flat out.
            slices = ([("prune_alone", 0, 0.0)] + [(f"prune_alone_pause_{p:g}", 0, p) for p in args.pause_ratios if p]
                      + [(f"prune_pause_{p:g}", args.threads, p) for p in args.pause_ratios])
            for k, (key, threads, pause) in enumerate(slices, start=1):
                row[key] = prune_beside_writers(url, older_than_days=args.days - k * args.prune_days,
                                                threads=threads, export=None, extra_env=None, pause_ratio=pause)
            if args.export:
                from bench.common import s3_server

                with s3_server() as s3:
                    row["prune_export"] = prune_beside_writers(
                        url, older_than_days=args.days - (len(slices) + 1) * args.prune_days, threads=args.threads,
                        export=f"s3://{s3.bucket}/archive/", extra_env=s3.env)
    finally:
        for url, _ in built:
            if args.keep:
                print(f"kept {url}", file=sys.stderr)
            else:
                drop_database(url)
    return [row for _, row in built]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="0,1000000", help="comma-separated job counts (0 included for the ratio)")
    parser.add_argument("--days", type=float, default=30, help="the jobs are spread over this many days")
    parser.add_argument("--threads", type=int, default=4, help="writer threads (claim + result write)")
    parser.add_argument("--write-seconds", type=float, default=30, help="per database, split into --rounds")
    parser.add_argument("--rounds", type=int, default=3, help="write-path rounds, interleaved across databases")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each command (median)")
    parser.add_argument("--prune-days", type=float, default=3, help="prune the oldest this many days")
    parser.add_argument("--pause-ratios", type=lambda v: [float(x) for x in v.split(",")], default=[0.0, 1.0, 4.0],
                        help="prune beside the writers at each of these --pause-ratio values, a slice each")
    parser.add_argument("--export", action="store_true", help="also prune the next slice with --export to moto S3")
    parser.add_argument("--keep", action="store_true", help="keep the databases")
    parser.add_argument("--out", type=Path, default=None, help="also save the JSON here")
    args = parser.parse_args()
    sizes = [int(float(s)) for s in args.sizes.split(",")]
    rows = measure(sizes, args)
    base = rows[0] if rows and rows[0]["jobs"] == 0 else None
    table = []
    for row in rows:
        flat: dict[str, Any] = {"jobs": f"{row['jobs']:,}", "db_mb": row.get("db_mb"),
                                "mig_0004_s": row.get("migrate_0004_s"), "mig_0005_s": row.get("migrate_0005_s"),
                                "rollup_s": row.get("rollup_s"),
                                "write_jobs_s": row["write"]["jobs_per_s"], "write_p50_ms": row["write"]["p50_ms"],
                                "write_p95_ms": row["write"]["p95_ms"]}
        if base:
            flat["write_vs_0"] = round(row["write"]["jobs_per_s"] / base["write"]["jobs_per_s"], 3)
        for name, value in row["commands"].items():
            flat[f"{name} s"] = value["s"]
            if base:
                flat[f"{name} +s"] = round(value["s"] - base["commands"][name]["s"], 3)
        flat["stats 7d rss_mib"] = row["commands"]["stats --since 7d"]["rss_mib"]
        for key in [k for k in row if k.startswith("prune_")]:
            flat[f"{key} jobs/s"] = row[key]["prune_jobs_per_s"]
            if "writers_ratio" in row[key]:
                flat[f"{key} writers x"] = row[key]["writers_ratio"]
        table.append(flat)
    report("db_scale", table, extra={"sizes": rows, "days": args.days, "threads": args.threads}, out=args.out)


if __name__ == "__main__":
    main()
