"""What one worker process holds: its name, its database engine, its batchers, its jobs in flight.

Created on first use in the process that runs tasks (after any fork), never at import.
Models load once per process and stay; a production worker refuses to start when the
configured weights cannot be loaded, while the offline demo (``allow_random_models``)
says so in one line and continues with a tiny random model built locally.

The runtime knows engines, not job kinds: a job kind registers what it needs at import
(``register_engine`` for a batch stage of its own, such as the result writer or the VLM with
the receipt schema; ``register_keeper_step`` for the lease keeper's rules), and the runtime
builds it on first use.
"""

from __future__ import annotations

import logging
import os
import socket
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from models import get_engine
from workers.engines.base import Batcher
from workers.errors import ModelUnavailable
from workers.settings import Settings, get_settings

log = logging.getLogger(__name__)

EngineFactory = Callable[["WorkerRuntime"], Any]
KeeperStep = Callable[["WorkerRuntime"], None]
_engine_factories: dict[str, EngineFactory] = {}
_keeper_steps: dict[str, KeeperStep] = {}


def register_engine(kind: str, factory: EngineFactory) -> None:
    """Let ``runtime.batcher(kind)`` build this engine on first use (a job kind calls this at import)."""
    _engine_factories[kind] = factory


def register_keeper_step(name: str, step: KeeperStep) -> None:
    """Run ``step(runtime)`` on every tick of the worker's keeper thread (every lease_s / 4)."""
    _keeper_steps[name] = step


def database_pool_size(settings: Settings) -> int:
    """Connections to keep open: one per task thread plus the lease keeper and the result writer.

    A smaller pool makes the threads queue for connections, and every overflow connection is
    closed on return and opened again (a new Postgres backend) on the next job.
    """
    if settings.worker_pool == "threads":
        return max(settings.database_pool_size, settings.worker_concurrency + 2)
    return settings.database_pool_size


def torch_threads(settings: Settings, device: str) -> int | None:
    """torch's intra-op threads for a worker whose models run on ``device``; None leaves torch's default."""
    if settings.torch_threads is not None:
        return settings.torch_threads or None
    return 1 if device.startswith("cuda") else None


class WorkerRuntime:
    """Per-process state shared by every task thread of one worker."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.name = f"{socket.gethostname()}:{os.getpid()}"
        self.db: Engine = get_engine(
            settings.database_url, pool_size=database_pool_size(settings), max_overflow=settings.database_max_overflow
        )
        self._lock = threading.Lock()
        self._batchers: dict[str, Batcher[Any, Any, Any, Any]] = {}
        self._engines: dict[str, Any] = {}
        self.active_jobs: set[str] = set()
        self._active_lock = threading.Lock()
        self._keeper: threading.Thread | None = None
        self._stop = threading.Event()
        self.on_batch: Callable[[str, int, float], None] | None = None
        self._torch_configured = False

    # ---- engines -------------------------------------------------------------------------

    def batcher(self, kind: str) -> Batcher[Any, Any, Any, Any]:
        """The batcher for ``clip``, ``ocr`` or a registered engine (``vlm``, ``results``), built on first use."""
        with self._lock:
            if kind not in self._batchers:
                engine = self._load(kind)
                self._configure_torch()
                self._engines[kind] = engine
                max_batch = self.settings.max_batch_size
                self._batchers[kind] = Batcher(
                    engine,
                    max_batch_size=max_batch,
                    max_wait_ms=getattr(engine, "max_wait_ms", self.settings.max_wait_ms),
                    on_batch=lambda size, seconds, kind=kind: self._batch_done(kind, size, seconds),
                )
            return self._batchers[kind]

    def engine(self, kind: str) -> Any:
        self.batcher(kind)
        return self._engines[kind]

    def _batch_done(self, kind: str, size: int, seconds: float) -> None:
        if self.on_batch is not None:
            self.on_batch(kind, size, seconds)

    def _configure_torch(self) -> None:
        """Set torch's thread count once, after the first engine that brought torch into this process."""
        if self._torch_configured or "torch" not in sys.modules:
            return  # a worker without torch (OCR only, the null engine) never imports it for this
        import torch

        from workers.engines.device import resolve_device

        threads = torch_threads(self.settings, resolve_device(self.settings.device))
        if threads is not None:
            torch.set_num_threads(threads)
        log.info("torch intra-op threads: %d", torch.get_num_threads())
        self._torch_configured = True

    def _load(self, kind: str) -> Any:
        """Build a model engine this package knows (CLIP, Tesseract) or one a job kind registered."""
        s = self.settings
        # Engine modules import torch: they load here, in a worker, never when a producer imports us.
        if kind == "clip":
            from workers.engines.clip import ClipEngine
            from workers.engines.null import NullClipEngine, is_null_model

            if is_null_model(s.clip_model):  # benchmarks and fault injection: no model at all
                return NullClipEngine.from_spec(s.clip_model)
            try:
                return ClipEngine.load(s.clip_model, revision=s.clip_revision, device=s.device, dtype=s.dtype)
            except ModelUnavailable as exc:
                if not s.allow_random_models:
                    raise
                from workers.engines.tiny_clip import build_tiny_clip

                folder = Path(tempfile.gettempdir()) / "mmjobs-tiny-clip"
                log.warning("%s — continuing with a tiny random CLIP: CLIP-based scores are meaningless", exc)
                print(f"mmjobs: CLIP weights {s.clip_model!r} unavailable offline; using a tiny random CLIP "
                      "(CLIP scores are meaningless, pixel checks are real)", flush=True)
                if not (folder / "config.json").exists():
                    build_tiny_clip(folder)
                return ClipEngine.load(str(folder), device=s.device, dtype=s.dtype)
        if kind == "ocr":
            from workers.engines.ocr import TesseractEngine

            parallel = max(2, os.cpu_count() or 2)
            if s.ocr_engine == "tesseract":
                return TesseractEngine(cmd=s.tesseract_cmd, languages=s.ocr_languages, parallel=parallel)
            from workers.engines.rapid_ocr import BothOcrEngine, RapidOcrEngine  # onnxruntime: only when asked

            rapid = RapidOcrEngine(threads=s.rapidocr_threads, use_cuda=s.rapidocr_use_cuda)
            if s.ocr_engine == "rapidocr":
                return rapid
            return BothOcrEngine(TesseractEngine(cmd=s.tesseract_cmd, languages=s.ocr_languages, parallel=parallel),
                                 rapid)
        if kind in _engine_factories:
            return _engine_factories[kind](self)
        raise ValueError(f"unknown engine {kind!r}")

    # ---- jobs in flight and the keeper ---------------------------------------------------

    def job_started(self, job_id: str) -> None:
        with self._active_lock:
            self.active_jobs.add(job_id)
        self.start_keeper()

    def job_ended(self, job_id: str) -> None:
        with self._active_lock:
            self.active_jobs.discard(job_id)

    def start_keeper(self) -> None:
        """Run the registered keeper steps from now on (idempotent; also restarts a dead keeper).

        A worker calls this when it is ready: one with nothing to do must still look for jobs a dead
        worker left behind.
        """
        with self._lock:
            if self._keeper is None or not self._keeper.is_alive():
                self._keeper = threading.Thread(target=self._keep, name="lease-keeper", daemon=True)
                self._keeper.start()

    def in_flight(self) -> list[str]:
        """The ids of the jobs this process is running now."""
        with self._active_lock:
            return list(self.active_jobs)

    def _keep(self) -> None:
        interval = max(1.0, self.settings.lease_s / 4)
        while not self._stop.wait(interval):
            for name, step in list(_keeper_steps.items()):
                try:
                    step(self)
                except Exception:  # noqa: BLE001 - a database or broker hiccup must not kill the keeper
                    log.warning("keeper step %s failed (database or broker unavailable?), will try again",
                                name, exc_info=True)

    def close(self) -> None:
        self._stop.set()
        for batcher in self._batchers.values():
            batcher.close()


_runtime: WorkerRuntime | None = None
_runtime_pid: int | None = None
_runtime_lock = threading.Lock()


def get_runtime() -> WorkerRuntime:
    """This process's runtime (a forked child builds its own)."""
    global _runtime, _runtime_pid
    with _runtime_lock:
        if _runtime is None or _runtime_pid != os.getpid():
            _runtime = WorkerRuntime(get_settings())
            _runtime_pid = os.getpid()
            from workers import metrics

            metrics.install(_runtime)  # batch sizes, forward seconds, GPU memory
        return _runtime
