"""The one batcher: jobs in flight share forward passes; OOM splits a batch; errors reach their callers."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

import pytest

from workers.engines.base import Batcher


class OutOfMemoryError(RuntimeError):
    """Named like torch.cuda.OutOfMemoryError, which is what the batcher recognises."""


class RecordingEngine:
    """A real engine over plain numbers: doubles them, remembers every batch it saw."""

    name = "recording"

    def __init__(self, *, oom_above: int | None = None, fail_on: int | None = None,
                 gate: threading.Event | None = None) -> None:
        self.batches: list[list[int]] = []
        self.oom_above = oom_above
        self.fail_on = fail_on
        self.gate = gate
        self.preprocess_threads: set[str] = set()

    def preprocess(self, item: int) -> int:
        self.preprocess_threads.add(threading.current_thread().name)
        return item

    def forward(self, batch: Sequence[int]) -> list[int]:
        if self.gate is not None:
            self.gate.wait(5)
        if self.oom_above is not None and len(batch) > self.oom_above:
            raise OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")
        if self.fail_on is not None and self.fail_on in batch:
            raise ValueError("model exploded")
        self.batches.append(list(batch))
        return [x * 2 for x in batch]

    def postprocess(self, output: int) -> int:
        return output + 1


def run_concurrently(batcher: Batcher, items: list[int]) -> list[int]:
    with ThreadPoolExecutor(max_workers=len(items)) as pool:
        return list(pool.map(batcher.run, items))


def test_jobs_in_flight_share_forward_passes() -> None:
    gate = threading.Event()
    engine = RecordingEngine(gate=gate)
    batcher = Batcher(engine, max_batch_size=8, max_wait_ms=200)
    timer = threading.Timer(0.3, gate.set)
    timer.start()
    results = run_concurrently(batcher, list(range(20)))
    assert results == [x * 2 + 1 for x in range(20)]
    assert max(len(b) for b in engine.batches) == 8
    assert len(engine.batches) < 20
    assert sorted(x for b in engine.batches for x in b) == list(range(20))
    assert batcher.stats.items == 20
    # Preprocessing ran in the callers' threads, not in the batcher thread.
    assert not any(name.startswith("batcher-") for name in engine.preprocess_threads)


def test_batch_size_never_exceeds_the_cap() -> None:
    engine = RecordingEngine()
    batcher = Batcher(engine, max_batch_size=3, max_wait_ms=50)
    run_concurrently(batcher, list(range(17)))
    assert all(len(b) <= 3 for b in engine.batches)


def test_out_of_memory_splits_the_batch_and_every_job_still_succeeds() -> None:
    gate = threading.Event()
    engine = RecordingEngine(oom_above=2, gate=gate)
    batcher = Batcher(engine, max_batch_size=8, max_wait_ms=200)
    threading.Timer(0.3, gate.set).start()
    results = run_concurrently(batcher, list(range(8)))
    assert results == [x * 2 + 1 for x in range(8)]
    assert all(len(b) <= 2 for b in engine.batches)
    assert batcher.stats.oom_splits >= 1


def test_a_failing_batch_fails_its_callers_and_the_batcher_goes_on() -> None:
    engine = RecordingEngine(fail_on=3)
    batcher = Batcher(engine, max_batch_size=1, max_wait_ms=0)
    with pytest.raises(ValueError, match="model exploded"):
        batcher.run(3)
    assert batcher.run(4) == 9


def test_run_many_uses_the_same_batches() -> None:
    engine = RecordingEngine()
    batcher = Batcher(engine, max_batch_size=16, max_wait_ms=50)
    assert batcher.run_many(list(range(40))) == [x * 2 + 1 for x in range(40)]
    assert max(len(b) for b in engine.batches) == 16
