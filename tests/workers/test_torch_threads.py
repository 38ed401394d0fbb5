"""MMJOBS_TORCH_THREADS: parsed and checked, and set by a worker's runtime when it loads its engines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from workers.runtime import torch_threads
from workers.settings import Settings

REPO = Path(__file__).resolve().parents[2]


def test_setting_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MMJOBS_TORCH_THREADS", "3")
    assert Settings().torch_threads == 3
    monkeypatch.delenv("MMJOBS_TORCH_THREADS")
    assert Settings().torch_threads is None


@pytest.mark.parametrize("value", ["-1", "two"])
def test_setting_rejects_what_is_not_a_thread_count(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("MMJOBS_TORCH_THREADS", value)
    with pytest.raises(ValidationError):
        Settings()


def test_unset_means_one_thread_on_cuda_and_torch_default_on_the_cpu() -> None:
    assert torch_threads(Settings(), "cuda") == 1
    assert torch_threads(Settings(), "cuda:1") == 1
    assert torch_threads(Settings(), "cpu") is None
    assert torch_threads(Settings(torch_threads=0), "cuda") is None
    assert torch_threads(Settings(torch_threads=4), "cpu") == 4


# A worker-like process: the runtime is built after import, loads CLIP on its first use, and torch's thread
# count is read afterwards (in a process of its own, so this test run's torch keeps its own setting).
_CHILD = """
import json, sys
from workers.runtime import WorkerRuntime
from workers.settings import Settings
imported_torch = "torch" in sys.modules
import torch
before = torch.get_num_threads()
threads = {"unset": None, "one_more": before + 1}[sys.argv[2]]
runtime = WorkerRuntime(Settings(database_url="sqlite://", clip_model=sys.argv[1], device="cpu", torch_threads=threads))
runtime.batcher("clip")
print(json.dumps({"imported_torch": imported_torch, "before": before, "after": torch.get_num_threads()}))
runtime.close()
"""


def _load_in_child(tiny_clip_dir: Path, mode: str) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "HF_HUB_OFFLINE": "1"}
    env.pop("MMJOBS_TORCH_THREADS", None)
    out = subprocess.run([sys.executable, "-c", _CHILD, str(tiny_clip_dir), mode], env=env, cwd=REPO,
                         capture_output=True, text=True, timeout=300, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_loaded_runtime_sets_torch_threads_and_importing_it_does_not(tiny_clip_dir: Path) -> None:
    got = _load_in_child(tiny_clip_dir, "one_more")
    assert got["imported_torch"] is False
    assert got["after"] == got["before"] + 1  # type: ignore[operator]


def test_unset_on_the_cpu_keeps_torch_default(tiny_clip_dir: Path) -> None:
    got = _load_in_child(tiny_clip_dir, "unset")
    assert got["after"] == got["before"]
