"""The one engine contract and the one dynamic batcher every engine runs behind.

An engine splits inference into three steps (as transformers pipelines and infinity do):

* ``preprocess(item)`` — CPU work for one job (decode, resize, tokenize). It runs in the
  calling task's thread, so preparing the next jobs overlaps the current forward pass.
* ``forward(batch)`` — the only code that touches the device, on a list of prepared items.
* ``postprocess(output)`` — back to plain Python values, again in the caller's thread.

``Batcher.run(item)`` is what a task calls: it preprocesses, queues the prepared item,
and blocks until the batcher thread has run it through ``forward`` together with
whatever else is in flight in this process (up to ``max_batch_size``, waiting at most
``max_wait_ms`` for more). A CUDA out-of-memory error splits the batch in halves and
retries each, so a job never fails because its neighbours were large.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar

log = logging.getLogger(__name__)

ItemT = TypeVar("ItemT")
PreparedT = TypeVar("PreparedT")
OutputT = TypeVar("OutputT")
ResultT = TypeVar("ResultT")


class Engine(Protocol[ItemT, PreparedT, OutputT, ResultT]):
    """What every model engine implements; batching and threading live in ``Batcher``."""

    name: str

    def preprocess(self, item: ItemT) -> PreparedT: ...

    def forward(self, batch: Sequence[PreparedT]) -> Sequence[OutputT]: ...

    def postprocess(self, output: OutputT) -> ResultT: ...


def result_or_raise(output: ResultT | BaseException) -> ResultT:
    """``postprocess`` of an engine whose ``forward`` hands a failed item its exception: raise it in that job."""
    if isinstance(output, BaseException):
        raise output
    return output


def is_out_of_memory(exc: BaseException) -> bool:
    """Tell a device out-of-memory error from other failures (without importing torch)."""
    name = type(exc).__name__
    return name == "OutOfMemoryError" or "out of memory" in str(exc).lower()


@dataclass
class BatchStats:
    """Counters the batcher keeps for metrics and benchmarks."""

    batches: int = 0
    items: int = 0
    oom_splits: int = 0
    largest_batch: int = 0
    batch_sizes: list[int] = field(default_factory=list)

    def record(self, size: int) -> None:
        self.batches += 1
        self.items += size
        self.largest_batch = max(self.largest_batch, size)
        if len(self.batch_sizes) < 10_000:
            self.batch_sizes.append(size)


@dataclass
class _Pending(Generic[PreparedT, OutputT]):
    prepared: PreparedT
    future: Future[OutputT]
    enqueued_at: float


class Batcher(Generic[ItemT, PreparedT, OutputT, ResultT]):
    """Gather in-flight items of one process into batches for one engine.

    Args:
        engine: the engine whose ``forward`` receives the batches.
        max_batch_size: the most items one ``forward`` call sees.
        max_wait_ms: how long the first item of a batch waits for company.
        on_batch: optional callback ``(size, seconds)`` after each forward (metrics).
    """

    def __init__(
        self,
        engine: Engine[ItemT, PreparedT, OutputT, ResultT],
        *,
        max_batch_size: int = 32,
        max_wait_ms: float = 10.0,
        on_batch: Callable[[int, float], None] | None = None,
    ) -> None:
        if max_batch_size < 1:
            raise ValueError("max_batch_size must be at least 1")
        self.engine = engine
        self.max_batch_size = max_batch_size
        self.max_wait_s = max(0.0, max_wait_ms) / 1000.0
        self.on_batch = on_batch
        self.stats = BatchStats()
        self._queue: queue.Queue[_Pending[PreparedT, OutputT] | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._closed = False

    def run(self, item: ItemT) -> ResultT:
        """Preprocess here, forward in a shared batch, postprocess here."""
        prepared = self.engine.preprocess(item)
        output = self.submit_prepared(prepared).result()
        return self.engine.postprocess(output)

    def run_many(self, items: Sequence[ItemT]) -> list[ResultT]:
        """Run several items from one caller (the bulk path) through the same batches."""
        futures = [self.submit_prepared(self.engine.preprocess(item)) for item in items]
        return [self.engine.postprocess(f.result()) for f in futures]

    def submit_prepared(self, prepared: PreparedT) -> Future[OutputT]:
        """Queue one prepared item; the returned future resolves after its forward pass."""
        self._ensure_thread()
        future: Future[OutputT] = Future()
        self._queue.put(_Pending(prepared, future, time.monotonic()))
        return future

    def close(self) -> None:
        """Stop the batcher thread after it drains what is queued."""
        with self._lock:
            self._closed = True
            thread = self._thread
        if thread is not None:
            self._queue.put(None)
            thread.join(timeout=30)

    def _ensure_thread(self) -> None:
        with self._lock:
            if self._closed:
                raise RuntimeError(f"batcher for {self.engine.name} is closed")
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._loop, name=f"batcher-{self.engine.name}", daemon=True
                )
                self._thread.start()

    def _collect(self, first: _Pending[PreparedT, OutputT]) -> tuple[list[_Pending[PreparedT, OutputT]], bool]:
        """Take what is queued now, then wait up to max_wait for more, up to the batch cap."""
        batch = [first]
        deadline = first.enqueued_at + self.max_wait_s
        while len(batch) < self.max_batch_size:
            try:
                nxt = self._queue.get_nowait()
            except queue.Empty:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                try:
                    nxt = self._queue.get(timeout=remaining)
                except queue.Empty:
                    break
            if nxt is None:
                return batch, True
            batch.append(nxt)
        return batch, False

    def _loop(self) -> None:
        stop = False
        while not stop:
            first = self._queue.get()
            if first is None:
                return
            batch, stop = self._collect(first)
            self._forward(batch)

    def _forward(self, batch: list[_Pending[PreparedT, OutputT]]) -> None:
        started = time.perf_counter()
        try:
            outputs = self.engine.forward([p.prepared for p in batch])
            if len(outputs) != len(batch):
                raise RuntimeError(
                    f"{self.engine.name}.forward returned {len(outputs)} outputs for {len(batch)} items"
                )
        except BaseException as exc:  # noqa: BLE001 - every waiting caller must hear about it
            if is_out_of_memory(exc) and len(batch) > 1:
                self.stats.oom_splits += 1
                _release_device_cache()
                half = len(batch) // 2
                log.warning("%s: out of memory at batch %d, retrying halves", self.engine.name, len(batch))
                self._forward(batch[:half])
                self._forward(batch[half:])
                return
            for pending in batch:
                if not pending.future.done():
                    pending.future.set_exception(exc)
            return
        self.stats.record(len(batch))
        if self.on_batch is not None:
            self.on_batch(len(batch), time.perf_counter() - started)
        for pending, output in zip(batch, outputs, strict=True):
            pending.future.set_result(output)


def _release_device_cache() -> None:
    """Give cached CUDA blocks back before retrying the halves of a failed batch."""
    try:
        import torch

        if torch.cuda.is_available():
            torch.cuda.empty_cache()
    except Exception:  # pragma: no cover - best effort only
        pass

