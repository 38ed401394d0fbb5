"""The local commands a new user runs first: check-listing and parse-receipt, no queue, no database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.receipt_dataset import make_receipt

REPO = Path(__file__).resolve().parents[3]


def mmjobs(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("MMJOBS_")}
    return subprocess.run([sys.executable, "-m", "tasks.ops.cli", *args], env={**base, "HF_HUB_OFFLINE": "1", **(env or {})},
                          cwd=REPO, capture_output=True, text=True, timeout=300)


@pytest.mark.slow
def test_parse_receipt_prints_correct_json_with_evidence(tmp_path: Path) -> None:
    sample = make_receipt(0, seed=11)
    path = tmp_path / "receipt.png"
    sample.clean.save(path)
    done = mmjobs("parse-receipt", str(path), "--extractor", "ocr", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    truth = sample.truth.as_dict()
    fields = data["fields"]
    assert fields["amount"]["value"] == truth["amount"]
    assert fields["date"]["value"] == truth["date"]
    assert fields["currency"]["value"] == truth["currency"]
    assert fields["amount"]["evidence"] and fields["amount"]["evidence"][0]["box"]


@pytest.mark.slow
def test_check_listing_prints_a_verdict_and_refuses_to_guess_weights(tmp_path: Path, tiny_clip_dir: Path,
                                                                     blurred_product_photo) -> None:  # noqa: ANN001
    path = tmp_path / "photo.jpg"
    blurred_product_photo.save(path)
    done = mmjobs("check-listing", str(path), "--title", "mug", "--json", env={"MMJOBS_CLIP_MODEL": str(tiny_clip_dir)})
    assert done.returncode == 0, done.stderr
    verdict = json.loads(done.stdout)
    assert verdict["decision"] == "reject" and "blurry" in verdict["reasons"]
    # Weights that cannot be had are a clear error, never a silent random model.
    missing = mmjobs("check-listing", str(path), env={"MMJOBS_CLIP_MODEL": str(tmp_path / "no-such-model")})
    assert missing.returncode == 2
    assert "cannot load CLIP weights" in missing.stderr and "MMJOBS_CLIP_MODEL" in missing.stderr


def test_worker_refuses_to_start_without_its_weights(tmp_path: Path) -> None:
    done = mmjobs("worker", "-Q", "listing_qc", env={"MMJOBS_CLIP_MODEL": str(tmp_path / "missing"),
                                                     "MMJOBS_DATABASE_URL": f"sqlite:///{tmp_path}/r.db",
                                                     "MMJOBS_BROKER_URL": f"sqla+sqlite:///{tmp_path}/b.db"})
    assert done.returncode == 2
    assert "worker not started" in done.stderr and "cannot load CLIP weights" in done.stderr
