"""CPU profile of a worker's task threads with yappi (CPU clock), for ``bench.photo_cpu`` runs.

Put this folder on the worker's PYTHONPATH and set ``MMJOBS_YAPPI_OUT`` (a pstat file to write);
``MMJOBS_YAPPI_PATH`` may name a site-packages folder that holds yappi (kept out of the project's venv).
The profile starts after the 30th finished task (imports, model and Tesseract loads stay out) and is
written when the worker exits; ``python -m bench.yappi_summary FILE JOBS`` sums it by component.

    MMJOBS_YAPPI_OUT=/tmp/w.pstat PYTHONPATH=.:bench/profile_hook python -m bench.photo_cpu --n 230 --warmup 30
"""

from __future__ import annotations

import os
import sys

if os.environ.get("MMJOBS_YAPPI_OUT") and "worker" in sys.argv:
    import atexit
    import importlib.abc
    import threading

    if os.environ.get("MMJOBS_YAPPI_PATH"):
        sys.path.append(os.environ["MMJOBS_YAPPI_PATH"])
    import yappi

    _START_AFTER = 30
    _state = {"finished": 0, "on": False}
    _lock = threading.Lock()

    def _count(**_: object) -> None:
        with _lock:
            _state["finished"] += 1
            if _state["finished"] == _START_AFTER and not _state["on"]:
                _state["on"] = True
                yappi.set_clock_type("cpu")
                yappi.start(builtins=True, profile_threads=True)

    def _connect() -> None:
        from celery.signals import task_postrun

        task_postrun.connect(_count, weak=False)

    @atexit.register
    def _write() -> None:
        if _state["on"]:
            yappi.stop()
            yappi.get_func_stats().save(os.environ["MMJOBS_YAPPI_OUT"], type="pstat")

    class _OnAppImport(importlib.abc.MetaPathFinder):
        """Connect to Celery's signals once the worker imports its app (sitecustomize runs before Celery)."""

        done = False

        def find_spec(self, name: str, path: object, target: object = None) -> None:
            if name == "workers.app" and not self.done:
                self.done = True
                threading.Timer(0, _connect).start()

    sys.meta_path.insert(0, _OnAppImport())
