"""Bench-only Celery tasks, the baselines mmjobs is measured against (never deployed).

* ``bench.noop`` — a bare task: no database, no model; it only bumps a Redis counter so the
  benchmark knows when the last one ran.
* ``bench.naive_clip`` — the tutorial pattern, one task per photo: fetch it from S3, then
  ``processor(text=every_prompt, images=photo)`` and the full ``CLIPModel`` forward, every time.
* ``bench.photo_job`` — the least a listing-QC job must do with the null engine, written the plain
  Celery way: read and decode the photo and measure it with the very functions mmjobs calls
  (``load_image`` with the same ``decode_target``, ``working_copy``, ``measure_pixels``), then one
  ``INSERT … ON CONFLICT DO NOTHING`` of the metrics and a commit on the thread's own Postgres
  connection; the message is acked late, after that. No claim, no batcher, no policy, no events of
  our own: what mmjobs adds on top of this is its overhead (``bench/plain_celery.py``).

Both run on a Celery app configured by the very same ``workers.app.configure`` (JSON, late
acks, prefetch, time limits) as mmjobs, on a queue of their own:

    celery -A bench.baseline_tasks:app worker -Q bench -P threads -c 16
"""

from __future__ import annotations

import io
import os
import threading
import time
from typing import Any

from celery import Celery
from kombu import Exchange, Queue

from tests.fixtures.services import point_app_at
from workers.settings import get_settings

BENCH_QUEUE = "bench"
COUNTER = "mmjobs-bench:done"
FIRST = "mmjobs-bench:first"
LAST = "mmjobs-bench:last"

app = Celery("mmjobs_bench")


def configure_bench_app() -> None:
    """mmjobs' own Celery settings, on the bench queue (call again after changing MMJOBS_* variables)."""
    point_app_at(app)
    app.conf.update(task_queues=[Queue(BENCH_QUEUE, Exchange(BENCH_QUEUE), routing_key=BENCH_QUEUE)],
                    task_routes={"bench.*": {"queue": BENCH_QUEUE, "routing_key": BENCH_QUEUE}},
                    task_default_queue=BENCH_QUEUE)
    _local.__dict__.clear()


_local = threading.local()
configure_bench_app()

_model_lock = threading.Lock()
_model: dict[str, Any] = {}


def _redis() -> Any:
    if not hasattr(_local, "client"):
        import redis

        _local.client = redis.Redis.from_url(get_settings().broker_url)
    return _local.client


def _done() -> None:
    now = time.time()
    pipe = _redis().pipeline()
    pipe.incr(COUNTER)
    pipe.set(FIRST, now, nx=True)
    pipe.set(LAST, now)
    pipe.execute()


@app.task(name="bench.noop")
def noop(**_: Any) -> None:
    """Do nothing (but say so)."""
    _done()


@app.task(name="bench.naive_clip")
def naive_clip(*, image: str, texts: list[str]) -> None:
    """Score one photo the tutorial way: every prompt re-encoded, the whole model run for one photo."""
    import torch
    from PIL import Image

    from workers.images import fetch_image_bytes

    model, processor, device = _clip()
    photo = Image.open(io.BytesIO(fetch_image_bytes(image, get_settings()))).convert("RGB")
    inputs = processor(text=texts, images=photo, return_tensors="pt", padding=True)
    with torch.inference_mode():
        out = model(**{k: v.to(device) for k, v in inputs.items()})
        out.logits_per_image.softmax(dim=-1).cpu()
    _done()


PHOTO_JOB_TABLE = "bench_photo_results"
PHOTO_JOB_DDL = f"CREATE TABLE IF NOT EXISTS {PHOTO_JOB_TABLE} (job_id text PRIMARY KEY, metrics jsonb NOT NULL)"


@app.task(name="bench.photo_job")
def photo_job(*, job_id: str, image: str, detect_overlay_text: bool, model_side: int = 0) -> None:
    """Decode and measure one photo as mmjobs does, then insert its metrics once and commit."""
    import json

    from tasks.listing_qc.check import decode_target, working_copy
    from tasks.listing_qc.pixel_checks import measure_pixels
    from workers.images import load_image

    settings = get_settings()
    photo = working_copy(load_image(image, settings, target=decode_target(model_side)), model_side)
    metrics = measure_pixels(photo, detect_overlay_text=detect_overlay_text, tesseract_cmd=settings.tesseract_cmd,
                             overlay_text_reader=settings.overlay_text_reader)
    conn = _postgres()
    conn.execute(f"INSERT INTO {PHOTO_JOB_TABLE} (job_id, metrics) VALUES (%s, %s) ON CONFLICT DO NOTHING",
                 (job_id, json.dumps(metrics.as_dict())))
    conn.commit()


def _postgres() -> Any:
    """This thread's own connection (one per task thread, as a plain app would keep)."""
    if not hasattr(_local, "postgres"):
        import psycopg

        _local.postgres = psycopg.connect(get_settings().database_url.replace("postgresql+psycopg://", "postgresql://"))
    return _local.postgres


def _clip() -> tuple[Any, Any, str]:
    with _model_lock:
        if not _model:
            import torch
            from transformers import CLIPModel, CLIPProcessor

            device = "cuda" if torch.cuda.is_available() and os.environ.get("MMJOBS_DEVICE", "auto") != "cpu" else "cpu"
            dtype = torch.float16 if device == "cuda" and os.environ.get("MMJOBS_DTYPE") == "float16" else None
            path = os.environ["BENCH_CLIP_MODEL"]
            _model.update(model=CLIPModel.from_pretrained(path, dtype=dtype).eval().to(device),
                          processor=CLIPProcessor.from_pretrained(path), device=device)
        return _model["model"], _model["processor"], _model["device"]


def reset_counter() -> None:
    _redis().delete(COUNTER, FIRST, LAST)


def progress() -> tuple[int, float | None, float | None]:
    client = _redis()
    done, first, last = client.mget(COUNTER, FIRST, LAST)
    return int(done or 0), float(first) if first else None, float(last) if last else None
