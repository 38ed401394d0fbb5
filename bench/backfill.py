"""The bulk path against the online path: the same photos, the same worker settings, one run.

    .venv/bin/python -m bench.backfill --n 2000                 # null engine: bulk (10,000 jobs) vs online (2,000)
    .venv/bin/python -m bench.backfill --n 256 --vit-b32        # adds ViT-B/32 bulk vs raw forward
    .venv/bin/python -m bench.backfill --n 5000 --bulk-n 20000 --repeat 1 --gpu --vit-b32 --vit-n 5000  # run_all --gpu

Rates are jobs / (last finish − first start) from the rows' own timestamps, every result
committed to Postgres. The bulk path runs twice in the same run: as deployed, its photos fetched,
decoded and measured in the worker's photo processes (one per core), and with them in threads.
Inputs are small local JPEGs (``MMJOBS_ALLOW_LOCAL_PATHS``) and the
policy's overlay-text OCR is off (the same for both paths; see BENCHMARKS.md).
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import (bench_policy_dir, configure_here, enqueue_photos, flush, fresh_database, job_stats, local_images,
                          private_redis, report, start_mmjobs_worker, vit_b32_dir, wait_terminal)
from workers.photo_processes import photo_process_count
from workers.settings import Settings

TARGET_VS_ONLINE = 5.0
TARGET_VS_RAW = 0.95


def write_manifest(path: Path, images: list[Path], n: int) -> Path:
    with path.open("w") as handle:
        for i in range(n):
            handle.write(json.dumps({"image": str(images[i % len(images)]), "title": f"product {i % 50}",
                                     "description": "a product photo", "category": "coffee mug"}) + "\n")
    return path


def run_bulk(n: int, env: dict[str, str], log_dir: Path, images: list[Path], shard_size: int,
             worker_args: list[str]) -> dict[str, Any]:
    from tasks.listing_qc.bulk import submit_backfill

    configure_here(env)
    manifest = write_manifest(log_dir / f"manifest-{time.time_ns()}.jsonl", images, n)
    started = time.perf_counter()
    submit_backfill(manifest, shard_size=shard_size)
    return work_off(n, env, log_dir, worker_args, submit_s=time.perf_counter() - started)


def run_online(n: int, env: dict[str, str], log_dir: Path, images: list[Path], worker_args: list[str]) -> dict[str, Any]:
    configure_here(env)
    return work_off(n, env, log_dir, worker_args, submit_s=enqueue_photos(images, n))


def work_off(n: int, env: dict[str, str], log_dir: Path, worker_args: list[str], *, submit_s: float) -> dict[str, Any]:
    """Start a worker on the queued jobs, wait until all ``n`` are terminal, and measure the run."""
    worker = start_mmjobs_worker(env, log_dir, *worker_args)
    try:
        wait_terminal(env["MMJOBS_DATABASE_URL"], n, timeout=max(600, n / 2), proc=worker)
    finally:
        worker.stop()
    stats = job_stats(env["MMJOBS_DATABASE_URL"])
    return {"jobs": stats.n, "seconds": round(stats.seconds, 2), "jobs_per_s": stats.rate,
            "result_rows": stats.results, "submit_jobs_per_s": n / submit_s, "statuses": stats.statuses}


def raw_forward_rate(model_dir: str, device: str, dtype: str, batch: int, n: int) -> float:
    """ViT-B/32 image tower alone on ready tensors, images/s (the ceiling for any pipeline)."""
    import torch

    from workers.engines.clip import ClipEngine

    engine = ClipEngine.load(model_dir, device=device, dtype=dtype)
    pixels = torch.randn(batch, 3, 224, 224).to(engine.device, engine.dtype)
    with torch.inference_mode():
        engine.model.get_image_features(pixel_values=pixels)  # warm-up
        if engine.device.startswith("cuda"):
            torch.cuda.synchronize()
        started = time.perf_counter()
        done = 0
        while done < n:
            engine.model.get_image_features(pixel_values=pixels)
            done += batch
        if engine.device.startswith("cuda"):
            torch.cuda.synchronize()
    return done / (time.perf_counter() - started)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="online jobs per run")
    parser.add_argument("--bulk-n", type=int, default=None,
                        help="bulk jobs per run (default 5 × --n: about the online run's length, as a backfill runs long)")
    parser.add_argument("--shard-size", type=int, default=256)
    parser.add_argument("--repeat", type=int, default=3, help="alternated online / bulk runs; the median ratio counts")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--image-side", type=int, default=256, help="photos' longest side in px")
    parser.add_argument("--photo-processes", type=int, default=None,
                        help="the bulk worker's photo processes (default: the worker's own default, one per core)")
    parser.add_argument("--vit-b32", action="store_true", help="also run the bulk path with ViT-B/32 vs raw forward")
    parser.add_argument("--vit-n", type=int, default=None, help="jobs for the ViT-B/32 run (default: --n, max 256 on CPU)")
    parser.add_argument("--model-dir", default=None, help="real CLIP weights (default: random ViT-B/32)")
    parser.add_argument("--gpu", action="store_true", help="cuda + float16")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)

    device, dtype = ("cuda", "float16") if args.gpu else ("cpu", "float32")
    log_dir = Path(tempfile.mkdtemp(prefix="mmjobs-bench-backfill-"))
    images = local_images(log_dir / "images", size=args.image_side)
    worker_args = ["--pool", "threads", "--concurrency", str(args.concurrency)]
    rows: list[dict[str, Any]] = []
    extra: dict[str, Any] = {"overlay_text_ocr": False, "shard_size": args.shard_size, "image_side": args.image_side,
                             "logs": str(log_dir)}
    with private_redis() as redis_url:
        base = {"MMJOBS_BROKER_URL": redis_url, "MMJOBS_CLIP_MODEL": "builtin:null", "MMJOBS_ALLOW_LOCAL_PATHS": "true",
                "MMJOBS_QUEUES": "listing_qc", "MMJOBS_METRICS_PORT": "0", "MMJOBS_DEVICE": device,
                "MMJOBS_DTYPE": dtype, "MMJOBS_POLICY_DIR": str(bench_policy_dir(detect_overlay_text=False))}
        # Alternated runs (the box is noisy): online; the bulk path as deployed, its photos in the worker's
        # photo processes (one per core); the bulk path with its photos in threads. The median ratio counts.
        processes = photo_process_count(Settings(photo_processes=args.photo_processes))
        bulk_n = args.bulk_n or 5 * args.n
        ratios: dict[str, list[float]] = {"processes": [], "threads": []}
        for run in range(1, args.repeat + 1):
            flush(redis_url)
            with fresh_database() as db:
                online = run_online(args.n, {**base, "MMJOBS_DATABASE_URL": db}, log_dir, images, worker_args)
            rows.append({"run": run, "path": "online (one task per job), null CLIP", **online})
            for key, label, count in (("processes", f"{processes} photo processes", processes),
                                      ("threads", "photos in threads", 0)):
                flush(redis_url)
                with fresh_database() as db:
                    bulk = run_bulk(bulk_n, {**base, "MMJOBS_DATABASE_URL": db, "MMJOBS_PHOTO_PROCESSES": str(count)},
                                    log_dir, images, args.shard_size, worker_args)
                ratio = bulk["jobs_per_s"] / online["jobs_per_s"]
                ratios[key].append(ratio)
                rows.append({"run": run, "path": f"bulk (shards of {args.shard_size}), null CLIP, {label}", **bulk,
                             "vs_online": ratio})
        extra.update(bulk_vs_online=statistics.median(ratios["processes"]),
                     bulk_in_threads_vs_online=statistics.median(ratios["threads"]), runs=args.repeat,
                     photo_processes=processes, bulk_vs_online_target=TARGET_VS_ONLINE)
        extra["bulk_vs_online_met"] = extra["bulk_vs_online"] >= TARGET_VS_ONLINE
        if args.vit_b32:
            model_dir, real = vit_b32_dir(args.model_dir)
            vit_n = args.vit_n or (args.n if args.gpu else min(args.n, 256))
            raw = raw_forward_rate(model_dir, device, dtype, batch=32, n=max(64, vit_n // 2))
            rows.append({"path": f"raw ViT-B/32 get_image_features, batch 32 ({device}, {dtype})", "jobs_per_s": raw})
            flush(redis_url)
            with fresh_database() as db:
                vit = run_bulk(vit_n, {**base, "MMJOBS_DATABASE_URL": db, "MMJOBS_CLIP_MODEL": model_dir,
                                       "MMJOBS_MAX_BATCH_SIZE": "32"}, log_dir, images, args.shard_size, worker_args)
            rows.append({"path": f"bulk, ViT-B/32 ({'real' if real else 'random'} weights)", **vit,
                         "vs_raw": vit["jobs_per_s"] / raw})
            extra["bulk_vit_vs_raw"] = vit["jobs_per_s"] / raw
            extra["bulk_vit_vs_raw_target"] = TARGET_VS_RAW
    return report("bulk path vs online path", rows, extra, args.out)


if __name__ == "__main__":
    main()
