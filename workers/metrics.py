"""Prometheus metrics of one worker: what it finished, how it decided, how long each step took.

A worker serves them on ``MMJOBS_METRICS_PORT`` (default 9808; 0 disables) at ``/metrics``.

The default ``threads`` pool is one process, so the plain default registry is exact. With
``--pool prefork`` each child process counts on its own: set ``PROMETHEUS_MULTIPROC_DIR`` to an
empty, per-worker folder before the worker starts (prometheus-client's multiprocess mode); the
parent then serves the sum over its children, and the GPU gauge reports the live children only.
Without that variable a prefork parent would serve only its own (idle) counters, so the worker
says so in its log.

Every function here is cheap and never raises: a metrics problem must not fail a job.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, start_http_server

log = logging.getLogger(__name__)

DEFAULT_PORT = 9808

# Seconds: from a few milliseconds (cache hit, tiny model) to minutes (a VLM on a cold GPU).
_SECONDS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300)
_WAIT_SECONDS = (0.01, 0.05, 0.1, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600, 1800, 3600)
_BATCH_SIZES = (1, 2, 4, 8, 12, 16, 24, 32, 48, 64, 96, 128)

JOBS = Counter("mmjobs_jobs", "Jobs that reached a terminal state, by kind and state.", ["kind", "status"])
RETRIES = Counter("mmjobs_job_retries", "Attempts that ended in a transient error and were retried.",
                  ["kind", "error_code"])
ERRORS = Counter("mmjobs_job_errors", "Jobs that failed, by kind and error code.", ["kind", "error_code"])
DECISIONS = Counter("mmjobs_listing_decisions", "Listing-QC verdicts, by decision.", ["decision"])
REVIEW_REASONS = Counter("mmjobs_review_reasons", "Reasons given for sending a job to human review.",
                         ["kind", "reason"])
JOB_SECONDS = Histogram("mmjobs_job_duration_seconds", "Seconds from claim to terminal state, per attempt.",
                        ["kind"], buckets=_SECONDS)
QUEUE_WAIT = Histogram("mmjobs_queue_wait_seconds", "Seconds from the job's creation to its first start.",
                       ["kind"], buckets=_WAIT_SECONDS)
IMAGE_FETCH = Histogram("mmjobs_image_fetch_seconds", "Seconds to fetch and decode a job's image.",
                        ["kind", "outcome"], buckets=_SECONDS)
BATCH_SIZE = Histogram("mmjobs_batch_size", "Items in one forward pass, by engine.", ["engine"],
                       buckets=_BATCH_SIZES)
INFERENCE = Histogram("mmjobs_inference_seconds", "Seconds of one forward pass, by engine.", ["engine"],
                      buckets=_SECONDS)
GPU_MEMORY = Gauge("mmjobs_gpu_memory_bytes", "CUDA memory held by this worker's tensors (torch), per device.",
                   ["device", "pool"], multiprocess_mode="livesum")


def job_finished(kind: str, status: str, *, duration_s: float | None = None, decision: str | None = None,
                 reasons: Iterable[str] = (), error_code: str | None = None) -> None:
    """Count one job reaching ``succeeded``, ``needs_review`` or ``failed``."""
    try:
        status = str(status)
        JOBS.labels(kind, status).inc()
        if duration_s is not None:
            JOB_SECONDS.labels(kind).observe(duration_s)
        if decision is not None and kind == "listing_qc":
            DECISIONS.labels(decision).inc()
        if status == "needs_review":
            for reason in reasons or ():
                REVIEW_REASONS.labels(kind, str(reason)).inc()
        if status == "failed":
            ERRORS.labels(kind, error_code or "unknown").inc()
    except Exception:  # noqa: BLE001 - see module docstring
        log.debug("metrics: job_finished failed", exc_info=True)


def job_retried(kind: str, error_code: str | None) -> None:
    """Count one attempt that ended in a transient error."""
    try:
        RETRIES.labels(kind, error_code or "unknown").inc()
    except Exception:  # noqa: BLE001
        log.debug("metrics: job_retried failed", exc_info=True)


def queue_waited(kind: str, created_at: Any) -> None:
    """Observe how long a job waited between its queued row (``created_at``) and now; first delivery only.

    Retries are left out on purpose: their wait is the backoff we chose, not a queue backlog.
    A raw producer that sends a message without recording a row gets its row at claim time, so
    its wait reads as about zero.
    """
    try:
        from models.base import as_utc, utcnow

        QUEUE_WAIT.labels(kind).observe(max(0.0, (utcnow() - as_utc(created_at)).total_seconds()))
    except Exception:  # noqa: BLE001 - a metrics problem must not fail a job
        log.debug("metrics: queue wait failed", exc_info=True)


@contextmanager
def image_fetch(kind: str) -> Iterator[None]:
    """Time fetching and decoding one image; failures are timed too, labelled ``outcome="error"``."""
    started = time.perf_counter()
    outcome = "error"
    try:
        yield
        outcome = "ok"
    finally:
        try:
            IMAGE_FETCH.labels(kind, outcome).observe(time.perf_counter() - started)
        except Exception:  # noqa: BLE001
            log.debug("metrics: image fetch failed", exc_info=True)


def batch_done(engine: str, size: int, seconds: float) -> None:
    """The runtime's ``on_batch`` hook: batch size, forward seconds and, on CUDA, memory held."""
    try:
        BATCH_SIZE.labels(engine).observe(size)
        INFERENCE.labels(engine).observe(seconds)
        _update_gpu_memory()
    except Exception:  # noqa: BLE001
        log.debug("metrics: batch_done failed", exc_info=True)


def _update_gpu_memory() -> None:
    import sys

    torch = sys.modules.get("torch")  # only if an engine already imported it; never import torch here
    if torch is None or not torch.cuda.is_available() or not torch.cuda.is_initialized():
        return
    for index in range(torch.cuda.device_count()):
        device = f"cuda:{index}"
        GPU_MEMORY.labels(device, "allocated").set(torch.cuda.memory_allocated(index))
        GPU_MEMORY.labels(device, "reserved").set(torch.cuda.memory_reserved(index))
        GPU_MEMORY.labels(device, "max_allocated").set(torch.cuda.max_memory_allocated(index))


def install(runtime: Any) -> None:
    """Point a worker runtime's ``on_batch`` hook at these metrics."""
    runtime.on_batch = batch_done


def serve(port: int, *, addr: str = "0.0.0.0", pool: str = "threads") -> int | None:
    """Serve ``/metrics`` on ``port`` in a daemon thread; return the port, or None when disabled or taken.

    A taken port is logged and the worker goes on: losing metrics must not stop job processing
    (Prometheus shows the target down, which is the alert).
    """
    if port == 0:
        log.info("metrics disabled (MMJOBS_METRICS_PORT=0)")
        return None
    registry = None
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    elif pool == "prefork":
        log.warning("metrics: --pool prefork without PROMETHEUS_MULTIPROC_DIR: each child counts on its own and "
                    "/metrics shows only the parent; set PROMETHEUS_MULTIPROC_DIR to an empty folder per worker")
    try:
        if registry is None:
            start_http_server(port, addr=addr)
        else:
            start_http_server(port, addr=addr, registry=registry)
    except OSError as exc:
        log.error("metrics: cannot listen on %s:%d (%s); the worker runs without /metrics. "
                  "Give each worker on a host its own MMJOBS_METRICS_PORT, or 0 to disable.", addr, port, exc)
        return None
    log.info("metrics on http://%s:%d/metrics", addr, port)
    return port
