"""The bulk path against the online path: the same photos, the same worker settings, one run.

    .venv/bin/python -m bench.backfill --n 2000                 # null engine: bulk (10,000 jobs) vs online (2,000)
    .venv/bin/python -m bench.backfill --n 256 --vit-b32        # adds ViT-B/32 bulk vs raw forward
    .venv/bin/python -m bench.backfill --n 5000 --bulk-n 20000 --repeat 1 --gpu --vit-b32 --vit-n 5000  # run_all --gpu

Rates are jobs / (last finish − first start) from the rows' own timestamps, every result
committed to Postgres. The bulk path runs twice in the same run: as deployed, its photos fetched,
decoded and measured in the worker's photo processes (one per core), and with them in threads.
Inputs are small local JPEGs (``MMJOBS_ALLOW_LOCAL_PATHS``) and the
policy's overlay-text OCR is off (the same for both paths; see BENCHMARKS.md).

``--vit-b32``: the bulk path with a ViT-B/32 CLIP (random weights unless ``--model-dir``) on
``--vit-photos`` (1600-px realistic uploads by default), against the ceiling these cores allow: the
raw batched image forward (measured before and after the bulk run, the mean counts) plus the photo
work measured alone in this process (what a photo process does per photo -- fetch, scaled decode,
working copy, pixel checks -- and CLIP's preprocessing of the copy), in CPU-ms per photo. On C cores
the forward costs C / raw core-seconds per photo, so the ceiling is C / (C / raw + photo work);
the listing text each job encodes through the text tower is measured too and reported beside it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import (bench_policy_dir, configure_here, enqueue_photos, flush, fresh_database, job_stats, job_timings,
                          local_images, private_redis, report, start_mmjobs_worker, vit_b32_dir, wait_terminal)
from workers.photo_processes import photo_process_count
from workers.settings import Settings

TARGET_VS_ONLINE = 5.0
TARGET_VS_RAW = 0.95
TARGET_VS_CEILING = 0.9  # issue 14: against the raw forward + the photo work measured alone


def upload_files(folder: Path, photos: str) -> list[Path]:
    """bench/upload_photos.py's uploads as local files."""
    from bench.upload_photos import realistic_uploads, small_uploads

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for upload in {"realistic": realistic_uploads, "small-uploads": small_uploads}[photos]():
        (folder / upload.name).write_bytes(upload.data)
        paths.append(folder / upload.name)
    return paths


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


def photo_work_cpu_ms(model_dir: str, images: list[Path], repeat: int = 3) -> dict[str, float]:
    """CPU-ms per photo (median over the photos) of a photo process's work and of CLIP's preprocessing, alone."""
    from bench.photo_cpu import cpu_ms
    from tasks.listing_qc.bulk import fetch_and_measure
    from workers.engines.clip import ClipEngine

    processor = ClipEngine.load(model_dir, device="cpu").processor.image_processor
    photo, prep = [], []
    for image in images:
        request = [(str(image), False, "tesseract", "tesseract", 224)]  # overlay-text OCR off, as the bench's policy
        photo.append(sum(cpu_ms(lambda: fetch_and_measure(request), repeat)))  # noqa: B023
        copy = fetch_and_measure(request)[0][0]
        prep.append(sum(cpu_ms(lambda: processor(images=copy, return_tensors="pt"), repeat)))  # noqa: B023
    return {"photo_process_ms": statistics.median(photo), "clip_preprocess_ms": statistics.median(prep)}


def text_forward_rate(model_dir: str, device: str, dtype: str, batch: int, n: int) -> float:
    """Listing texts through ViT-B/32's text tower, texts/s (each bulk job encodes its own)."""
    import torch

    from workers.engines.clip import ClipEngine

    engine = ClipEngine.load(model_dir, device=device, dtype=dtype)
    texts = [f"product {i % 50}. a product photo" for i in range(batch)]
    tokens = engine.processor.tokenizer(texts, padding=True, return_tensors="pt").to(engine.device)
    with torch.inference_mode():
        engine.model.get_text_features(**tokens)
        started = time.perf_counter()
        done = 0
        while done < n:
            engine.model.get_text_features(**tokens)
            done += batch
    return done / (time.perf_counter() - started)


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
    parser.add_argument("--vit-photos", choices=("realistic", "small", "small-uploads"), default="realistic",
                        help="the ViT-B/32 run's photos: 1600-px uploads, or the null-engine runs' 256-px ones")
    parser.add_argument("--skip-null", action="store_true", help="only the ViT-B/32 run")
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
        for run in range(1, 0 if args.skip_null else args.repeat + 1):
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
        if not args.skip_null:
            extra.update(bulk_vs_online=statistics.median(ratios["processes"]),
                         bulk_in_threads_vs_online=statistics.median(ratios["threads"]), runs=args.repeat,
                         photo_processes=processes, bulk_vs_online_target=TARGET_VS_ONLINE)
            extra["bulk_vs_online_met"] = extra["bulk_vs_online"] >= TARGET_VS_ONLINE
        if args.vit_b32:
            model_dir, real = vit_b32_dir(args.model_dir)
            vit_n = args.vit_n or (args.n if args.gpu else min(args.n, 256))
            vit_images = images if args.vit_photos == "small" else upload_files(log_dir / "vit-photos", args.vit_photos)
            configure_here(base)  # local paths allowed here too, for the photo work measured alone
            work = photo_work_cpu_ms(model_dir, vit_images)
            raw_before = raw_forward_rate(model_dir, device, dtype, batch=32, n=max(64, vit_n // 2))
            flush(redis_url)
            with fresh_database() as db:
                vit = run_bulk(vit_n, {**base, "MMJOBS_DATABASE_URL": db, "MMJOBS_CLIP_MODEL": model_dir,
                                       "MMJOBS_MAX_BATCH_SIZE": "32"}, log_dir, vit_images, args.shard_size, worker_args)
                steady = job_timings(db).steady_rate(skip=min(64, vit_n // 4))
            raw_after = raw_forward_rate(model_dir, device, dtype, batch=32, n=max(64, vit_n // 2))
            texts = text_forward_rate(model_dir, device, dtype, batch=32, n=max(64, vit_n // 2))
            raw = (raw_before + raw_after) / 2
            cores = len(os.sched_getaffinity(0)) if not args.gpu else None
            per_photo_ms = work["photo_process_ms"] + work["clip_preprocess_ms"]
            # The model's forward has every core; a photo's own work takes per_photo_ms of one of them.
            ceiling = cores / (cores / raw + per_photo_ms / 1000) if cores else raw
            with_text = cores / (cores / raw + cores / texts + per_photo_ms / 1000) if cores else raw
            rows.append({"path": f"raw ViT-B/32 get_image_features, batch 32 ({device}, {dtype}), before / after",
                         "jobs_per_s": raw, "before": raw_before, "after": raw_after})
            rows.append({"path": "ceiling: raw forward + the photo work alone", "jobs_per_s": ceiling,
                         "photo_cpu_ms": per_photo_ms, **work})
            rows.append({"path": f"bulk, ViT-B/32 ({'real' if real else 'random'} weights), {args.vit_photos} photos",
                         **vit, "steady_jobs_per_s": steady, "vs_ceiling": vit["jobs_per_s"] / ceiling,
                         "steady_vs_ceiling": steady / ceiling, "vs_raw": vit["jobs_per_s"] / raw})
            extra.update(bulk_vit_vs_raw=vit["jobs_per_s"] / raw, bulk_vit_vs_ceiling=vit["jobs_per_s"] / ceiling,
                         bulk_vit_steady_vs_ceiling=steady / ceiling, bulk_vit_vs_raw_target=TARGET_VS_RAW,
                         bulk_vit_vs_ceiling_target=TARGET_VS_CEILING, text_forward_per_s=texts,
                         ceiling_with_listing_text=with_text, bulk_vit_steady_vs_ceiling_with_text=steady / with_text,
                         vit_photos=args.vit_photos, cores=cores)
    return report("bulk path vs online path", rows, extra, args.out)


if __name__ == "__main__":
    main()
