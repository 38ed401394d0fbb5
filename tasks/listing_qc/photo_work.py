"""A photo's own work in the worker's photo processes: fetch, decode to the need, the working copy, the pixel checks.

One interpreter runs one thread at a time. In a threads-pool worker, Celery's consumer loop (receive,
the unacked-set bookkeeping, the late ack) shares the interpreter with every task thread, so a photo
decoded and measured in a task thread keeps the loop waiting for the GIL. Both paths hand that work to
the worker's photo processes (``workers/photo_processes.py``): the bulk path a chunk's photos per
message, the online path one photo per job (``photo_in_process``). What comes back is the working copy
the model's preprocessing starts from, its pixel metrics, or the job error the photo earned there.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from PIL import Image

from tasks.listing_qc.check import decode_target, working_copy
from tasks.listing_qc.pixel_checks import PixelMetrics, measure_pixels
from workers import errors
from workers.errors import JobError, PermanentJobError, TransientJobError, as_job_error
from workers.images import decode_image, fetch_image_bytes
from workers.photo_processes import child_settings, discard, photo_pool, photo_process_count
from workers.settings import Settings

__all__ = ["fetch_and_measure", "online_photo_processes", "photo_in_process", "rebuilt_error", "start_photo_processes"]


def online_photo_processes(settings: Settings) -> bool:
    """Whether online jobs send their photos to photo processes: in a threads pool that has them.

    A prefork child runs no consumer loop and has its own interpreter already; an extra hop would only cost.
    """
    return settings.worker_pool == "threads" and photo_process_count(settings) > 0


def start_photo_processes(settings: Settings) -> None:
    """Start the photo processes and load this module in each, before the first job waits on them."""
    pool = photo_pool(settings)
    if pool is not None:
        # One call per process at once: a spawned pool starts a process for each call no idle one takes.
        for future in [pool.submit(fetch_and_measure, []) for _ in range(photo_process_count(settings))]:
            future.result()


def photo_in_process(ref: str, settings: Settings, *, detect_overlay_text: bool,
                     model_side: int) -> tuple[Image.Image, PixelMetrics]:
    """One online job's photo, decoded and measured in a photo process; its job error raised here.

    A photo process that dies with this photo in it (a decoder crash, the OOM killer) takes the pool
    with it: the job is retried (``photo_process_died``, transient), so a photo that kills it every
    time fails its own job after ``max_attempts``, while the worker and its other jobs go on.
    """
    request = [(ref, detect_overlay_text, settings.tesseract_cmd, model_side)]
    for fresh_pool_left in (True, False):
        pool = photo_pool(settings)
        assert pool is not None
        try:
            future = pool.submit(fetch_and_measure, request)
        except (BrokenProcessPool, RuntimeError):  # broken by another job's photo, or shut down: not sent
            discard(pool)
            if fresh_pool_left:
                continue
            raise TransientJobError("the photo processes could not be started", code="photo_process_died") from None
        try:
            [(image, metrics, failure)] = future.result()
        except BrokenProcessPool:
            discard(pool)
            raise TransientJobError("a photo process died while this photo was in it; the job is tried again",
                                    code="photo_process_died") from None
        if failure is not None:
            raise rebuilt_error(*failure)
        return image, metrics
    raise AssertionError("unreachable")


def fetch_and_measure(requests: list[tuple[str, bool, str, int]]) -> list[tuple[Any, Any, tuple[str, str, str] | None]]:
    """In a photo process: each photo's working copy with its pixel metrics, or its error's class, message and code.

    The downloads of a message run side by side (they wait on the network, not on the CPU); decoding and
    measuring then take one photo at a time.
    """
    settings = child_settings()
    fetched = list(_child_fetchers().map(lambda r: _bytes_or_failure(r[0], settings), requests))
    out: list[tuple[Any, Any, tuple[str, str, str] | None]] = []
    for (_, detect_overlay_text, tesseract_cmd, model_side), data in zip(requests, fetched, strict=True):
        if isinstance(data, tuple):  # the download failed: its failure as it was reported
            out.append((None, None, data))
            continue
        try:
            image = working_copy(decode_image(data, settings, target=decode_target(model_side)), model_side)
            out.append((image, measure_pixels(image, detect_overlay_text=detect_overlay_text,
                                              tesseract_cmd=tesseract_cmd), None))
        except Exception as exc:  # noqa: BLE001 - one bad photo fails its job, not the shard
            out.append((None, None, _failure(exc)))
    return out


def rebuilt_error(name: str, message: str, code: str) -> JobError:
    """The job error a photo process reported (exceptions with keyword arguments do not pickle whole)."""
    kind = getattr(errors, name, PermanentJobError)
    if not (isinstance(kind, type) and issubclass(kind, JobError)):
        kind = PermanentJobError
    return kind(message, code=code)


_fetchers: ThreadPoolExecutor | None = None


def _child_fetchers() -> ThreadPoolExecutor:
    global _fetchers
    if _fetchers is None:
        _fetchers = ThreadPoolExecutor(max_workers=8, thread_name_prefix="fetch")
    return _fetchers


def _bytes_or_failure(ref: str, settings: Settings) -> bytes | tuple[str, str, str]:
    try:
        return fetch_image_bytes(ref, settings)
    except Exception as exc:  # noqa: BLE001
        return _failure(exc)


def _failure(exc: Exception) -> tuple[str, str, str]:
    error = as_job_error(exc)
    return type(error).__name__, error.message, error.code
