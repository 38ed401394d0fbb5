"""What an outsider can send (pickle, oversized payloads, SSRF, image bombs) and what an operator can do (bulk retry)."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.fault.conftest import FaultRig, jpeg_bytes, rss_kib
from tests.fixtures.images import ImageServer, giant_png, image_bytes
from tests.fixtures.services import REPO, wait_until

# A resolver that answers like a hostile DNS server: a public-looking name pointing inside (at loopback,
# so nothing leaves this machine even if the guard were broken). Loaded in the worker via sitecustomize.
HOSTILE_DNS = '''
import socket
_real = socket.getaddrinfo
def _hostile(host, *args, **kwargs):
    if host == "cdn.images-example.com":
        host = "127.0.0.1"
    return _real(host, *args, **kwargs)
socket.getaddrinfo = _hostile
'''


@pytest.fixture
def hostile_rig(rig: FaultRig, tmp_path: Path) -> tuple[FaultRig, ImageServer]:
    server = ImageServer()
    server.start()
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(HOSTILE_DNS)
    rig.env.update({
        "MMJOBS_ALLOW_LOCAL_PATHS": "false",
        "MMJOBS_FETCH_ALLOW_HOSTS": server.host_port,
        "PYTHONPATH": os.pathsep.join([str(site), str(REPO)]),
    })
    yield rig, server
    server.stop()


def send_raw(job_id: str, payload: dict) -> None:
    from tasks.jobs.recovery import send_job

    send_job(job_id, "listing_qc", payload)


def test_pickle_message_is_refused_and_never_runs(hostile_rig: tuple[FaultRig, ImageServer], tmp_path: Path) -> None:
    rig, server = hostile_rig
    from kombu import Connection

    worker = rig.worker("-c", "2")
    sentinel = tmp_path / "pwned"

    class Exploit:
        def __reduce__(self):  # noqa: ANN204 - unpickling this creates the sentinel file
            return (open, (str(sentinel), "w"))

    job_id = str(uuid.uuid4())
    body = pickle.dumps(((), {"job_id": job_id, "image": "x", "title": Exploit()}, {}))
    with Connection(rig.env["MMJOBS_BROKER_URL"]) as conn:
        conn.Producer().publish(
            body, exchange="listing_qc", routing_key="listing_qc", serializer=None,
            content_type="application/x-python-serialize", content_encoding="binary",
            headers={"task": "mmjobs.listing_qc", "id": job_id, "lang": "py", "retries": 0},
        )
    canary = rig.submit(1, tag="canary", image=server.serve("/ok.jpg", jpeg_bytes(900, 900)))
    rig.wait_done(canary, timeout=30)
    # The refusal is logged when the message is read, which is when unpickling it would have run.
    assert wait_until(lambda: "untrusted content" in worker.log(), timeout=30), worker.log()[-3000:]
    assert not sentinel.exists()
    assert rig.jobs([job_id]) == {}  # it never reached the pipeline


def test_hostile_inputs_fail_once_fast_and_bounded(hostile_rig: tuple[FaultRig, ImageServer]) -> None:
    rig, server = hostile_rig
    worker = rig.worker("-c", "4")
    good = server.serve("/good.jpg", jpeg_bytes(900, 900))
    warm = rig.submit(2, image=good)
    rig.wait_done(warm, timeout=30)
    rss_before = rss_kib(worker.process.pid)

    photo = jpeg_bytes(256, 192)
    from PIL import Image

    base = Image.open(__import__("io").BytesIO(photo))
    server.redirect("/to-private.jpg", "http://10.0.0.1/photo.jpg")
    server.serve("/huge.jpg", b"\xff" * 100_000_000)
    server.endless("/endless.jpg")
    cases = {
        "metadata": "http://169.254.169.254/latest/meta-data/",
        "redis": "http://127.0.0.1:6379/",
        "file": "file:///etc/passwd",
        "dns_rebind": "http://cdn.images-example.com/p.jpg",
        "redirect_private": server.url("/to-private.jpg"),
        "bomb_50k_png": server.serve("/bomb.png", giant_png()),
        "truncated_jpeg": server.serve("/trunc.jpg", photo[: len(photo) // 2]),
        "pdf_as_jpg": server.serve("/doc.jpg", image_bytes(base, "PDF")),
        "tiff_as_jpg": server.serve("/scan.jpg", image_bytes(base, "TIFF")),
        "empty": server.serve("/empty.jpg", b""),
        "download_100mb": server.url("/huge.jpg"),
        "endless_download": server.url("/endless.jpg"),
    }
    ids = {}
    for case, ref in cases.items():
        ids[case] = str(uuid.uuid4())
        send_raw(ids[case], {"image": ref, "title": case})
    ids["extra_fields"] = str(uuid.uuid4())
    send_raw(ids["extra_fields"], {"image": good, "title": "x" * 10_000, "price": 12, "__class__": "os.system"})
    after = rig.submit(1, image=good)
    rig.wait_done(list(ids.values()) + after, timeout=60)

    jobs = rig.jobs(list(ids.values()))
    outcome = {case: (jobs[i].status, jobs[i].error_code, jobs[i].attempts,
                      (jobs[i].finished_at - jobs[i].started_at).total_seconds()) for case, i in ids.items()}
    print("\n" + "\n".join(f"{c:18} {s} {code} attempts={a} {t:.2f}s" for c, (s, code, a, t) in outcome.items()))
    for case, (status, code, attempts, seconds) in outcome.items():
        assert status == "failed" and attempts == 1, (case, status, code, attempts)  # not retried
        assert code and code != "internal_error", (case, code)  # a typed reason, not a crash
        assert seconds < 15, (case, seconds)
    assert outcome["extra_fields"][1] == "invalid_payload"
    assert {outcome[c][1] for c in ("metadata", "redis", "dns_rebind", "redirect_private")} <= {
        "forbidden_address", "insecure_scheme", "forbidden_source"}
    rig.assert_exactly_once(after)
    grown_mib = (rss_kib(worker.process.pid) - rss_before) / 1024
    print(f"worker RSS grew {grown_mib:.1f} MiB over {len(ids)} hostile jobs")
    assert grown_mib < 150


def test_bulk_operator_retry_by_kind_and_code(rig: FaultRig, tmp_path: Path) -> None:
    """``mmjobs retry --all-failed --kind --code`` re-runs exactly the matching failures, keeping history."""
    rig.worker("-c", "4")
    missing = [tmp_path / f"later-{i}.jpg" for i in range(3)]
    not_found = [rig.submit(1, image=str(path))[0] for path in missing]
    invalid = str(uuid.uuid4())
    send_raw(invalid, {"image": str(rig.photo), "title": "x", "price": 1})
    ok = rig.submit(1)
    rig.wait_done(not_found + [invalid] + ok, timeout=30)
    assert {j.error_code for j in rig.jobs(not_found).values()} == {"image_not_found"}
    for path in missing:
        path.write_bytes(jpeg_bytes())  # the upstream upload arrives late

    env = {**os.environ, **rig.env, "COLUMNS": "300"}
    cli = [sys.executable, "-m", "tasks.ops.cli"]
    dead = subprocess.run([*cli, "status", "--failed"], env=env, capture_output=True, text=True, cwd=REPO)
    assert dead.returncode == 0 and invalid in dead.stdout and "image_not_found" in dead.stdout
    done = subprocess.run([*cli, "retry", "--all-failed", "--kind", "listing_qc", "--code", "image_not_found"],
                          env=env, capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert "3 requeued" in done.stdout
    rig.wait_done(not_found, timeout=30)
    rig.assert_exactly_once(not_found)
    for job_id in not_found:
        assert [a.outcome for a in rig.attempts(job_id)][:2] == ["failed", "operator_retry"]
    assert rig.jobs([invalid])[invalid].status == "failed"  # other codes untouched
    refused = subprocess.run([*cli, "retry", ok[0]], env=env, capture_output=True, text=True, cwd=REPO)
    assert refused.returncode == 1 and "only failed jobs can be retried" in refused.stderr
