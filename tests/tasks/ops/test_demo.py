"""`mmjobs demo` runs offline on the embedded default (SQLite + SQLite broker) and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]


@pytest.mark.slow
def test_demo_runs_offline_and_prints_verdicts(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MMJOBS_", "AWS_"))}
    env["HF_HUB_OFFLINE"] = "1"
    done = subprocess.run([sys.executable, "-m", "tasks.ops.cli", "demo", "--folder", str(tmp_path / "demo")],
                          env=env, cwd=REPO, capture_output=True, text=True, timeout=600)
    out = done.stdout + done.stderr
    assert done.returncode == 0, out[-4000:]
    assert "tiny random CLIP" in out  # said in one line, not hidden
    assert "every job reached a terminal state" in out
    for sample in ("sharp-on-white", "blurry", "dark", "cluttered", "upi-success", "card-slip", "injection"):
        assert sample in out
    assert "blurry" in out and "reject" in out
    assert "Sharma General Store" in out
