"""Processes that fetch, decode and measure photos for the bulk path, beside the worker's one model copy.

One interpreter runs one thread at a time, so a bulk worker that decodes and measures its photos
in threads is bound by one core while the model waits. These processes (one per CPU core by
default, ``MMJOBS_PHOTO_PROCESSES``; 0 keeps the work in threads) do that part of every photo.

They are started with ``spawn``, never ``fork``: the worker already runs threads and may hold a
CUDA context, and a forked copy of either is unsafe. Each watches its parent and exits when the
worker is gone, even after a SIGKILL, so a killed worker leaves no orphans behind.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor

from workers.settings import Settings, get_settings

log = logging.getLogger(__name__)

_pool: ProcessPoolExecutor | None = None
_pool_owner: int | None = None  # pid that started it (a forked child must start its own)
_pool_settings: Settings | None = None  # what its processes were given
_lock = threading.Lock()
_child_settings: Settings | None = None


def photo_process_count(settings: Settings) -> int:
    """How many photo processes this worker runs (0: none, the work stays in threads)."""
    if settings.photo_processes is not None:
        return settings.photo_processes
    # The cores this process may run on (a cpuset), not the host's; a CPU quota is not seen: set it there.
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def photo_pool(settings: Settings) -> ProcessPoolExecutor | None:
    """This worker's photo processes, started on first use; None when configured off."""
    global _pool, _pool_owner, _pool_settings
    count = photo_process_count(settings)
    if count == 0:
        return None
    with _lock:
        if _pool is not None and _pool_owner == os.getpid() and _pool_settings != settings:
            _pool.shutdown(wait=False, cancel_futures=True)  # other settings: its processes would fetch by old rules
            _pool = None
        if _pool is None or _pool_owner != os.getpid():
            _pool = ProcessPoolExecutor(max_workers=count, mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_start_child, initargs=(settings, os.getpid()))
            _pool_owner, _pool_settings = os.getpid(), settings
            log.info("started %d photo processes", count)
        return _pool


def discard(pool: ProcessPoolExecutor) -> None:
    """Forget a pool whose process died; the next call to ``photo_pool`` starts a fresh one."""
    global _pool
    with _lock:
        if _pool is pool:
            _pool = None
    pool.shutdown(wait=False, cancel_futures=True)


def child_settings() -> Settings:
    """The worker's settings inside a photo process (the environment's outside one)."""
    return _child_settings if _child_settings is not None else get_settings()


def _start_child(settings: Settings, parent: int) -> None:
    global _child_settings
    _child_settings = settings
    # Ctrl-C or a stop signal sent to the worker's whole process group is the worker's to handle: it
    # finishes its chunks (these processes with it) and shuts the pool down, or dies and is watched for.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent,), name="parent-watch", daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    # A SIGKILLed worker cannot tell its pool to stop, and the pool's queue keeps a child's reads open.
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)
