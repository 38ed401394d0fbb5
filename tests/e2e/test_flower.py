"""Flower, for real: a real worker and a real Flower process on loopback, read through Flower's HTTP API,
its Prometheus endpoint, and its tasks page in headless Chromium.

Chromium comes from Debian (``apt-get install -y chromium``); the test installs it when it is missing
and only skips when that is impossible (no root or no apt), saying so.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fixtures.services import REPO, WorkerProcess, start_worker
from tests.fixtures.images import jpeg
from tests.fixtures.services import free_port
from tests.tasks.ops.stack import mmjobs, private_redis

pytestmark = pytest.mark.slow

USER, PASSWORD = "ops", f"pw-{uuid.uuid4().hex[:12]}"


def _get(url: str, *, auth: bool = True, timeout: float = 10) -> tuple[int, bytes]:
    request = urllib.request.Request(url)
    if auth:
        token = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


class FlowerProcess:
    """``mmjobs flower`` as a subprocess, waited for on /healthcheck."""

    def __init__(self, env: dict[str, str], log_path: Path, *args: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        full = {k: v for k, v in os.environ.items() if not k.startswith(("MMJOBS_", "FLOWER_"))} | env
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tasks.ops.cli", "flower", "--port", str(self.port), "--address", "127.0.0.1", *args],
            env=full, cwd=REPO, stdout=log_path.open("wb"), stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"flower exited with {self.process.returncode}:\n{self.log()}")
            try:
                if _get(f"{self.url}/healthcheck", auth=False, timeout=2)[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"flower did not answer on {self.url}:\n{self.log()}")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@pytest.fixture(scope="module")
def flower_env(mmjobs_env, shared_image_server, tmp_path_factory) -> Iterator[dict[str, str]]:  # noqa: ANN001
    """Its own Redis server: Flower must see this worker only, and no other worker may take these jobs."""
    with private_redis(tmp_path_factory.mktemp("flower-redis")) as broker_url:
        yield {**mmjobs_env, "MMJOBS_BROKER_URL": broker_url, "MMJOBS_METRICS_PORT": "0",
               "MMJOBS_FETCH_ALLOW_HOSTS": shared_image_server.host_port}


@pytest.fixture(scope="module")
def flower_worker(flower_env, tmp_path_factory) -> Iterator[WorkerProcess]:  # noqa: ANN001
    name = f"flower-e2e-{uuid.uuid4().hex[:6]}@127.0.0.1"
    proc = start_worker(flower_env, tmp_path_factory.mktemp("flower-worker") / "worker.log", "-c", "4",
                        "--hostname", name)
    proc.name = name  # type: ignore[attr-defined]
    yield proc
    proc.stop()


@pytest.fixture(scope="module")
def flower(flower_env, tmp_path_factory) -> Iterator[FlowerProcess]:  # noqa: ANN001
    proc = FlowerProcess({**flower_env, "MMJOBS_FLOWER_BASIC_AUTH": f"{USER}:{PASSWORD}"},
                         tmp_path_factory.mktemp("flower") / "flower.log")
    yield proc
    proc.stop()


@pytest.fixture(scope="module")
def jobs(flower, flower_worker, flower_env, s3, clean_product_photo) -> list[str]:  # noqa: ANN001
    """Two jobs submitted after Flower is up, so Flower sees their events from the start."""
    ids = []
    for _ in range(2):
        ref = s3.put(f"flower/{uuid.uuid4()}.jpg", jpeg(clean_product_photo))
        done = mmjobs(flower_env, "submit", "listing-qc", ref, "--title", "mug", "--wait", "--timeout", "90")
        assert done.returncode == 0, done.stderr
        ids.append(done.stdout.split()[0])
    return ids


def _eventually(check, timeout: float = 45, interval: float = 0.5):  # noqa: ANN001, ANN202
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(interval)


def test_flower_refuses_to_start_without_credentials(flower_env):  # noqa: ANN001
    done = mmjobs({k: v for k, v in flower_env.items() if k != "MMJOBS_FLOWER_BASIC_AUTH"}, "flower", timeout=60)
    assert done.returncode == 2
    assert "MMJOBS_FLOWER_BASIC_AUTH" in done.stderr and "--unsafe-no-auth" in done.stderr


def test_flower_api_lists_the_worker_and_the_jobs(flower, flower_worker, jobs):  # noqa: ANN001
    def worker_listed() -> dict | None:
        status, body = _get(f"{flower.url}/api/workers?refresh=1", timeout=20)
        data = json.loads(body) if status == 200 else {}
        return data if flower_worker.name in data else None

    workers = _eventually(worker_listed)
    assert workers, f"worker {flower_worker.name} not in Flower's /api/workers:\n{flower.log()[-2000:]}"
    assert "listing_qc" in json.dumps(workers[flower_worker.name].get("active_queues", []))

    def all_succeeded() -> dict | None:
        status, body = _get(f"{flower.url}/api/tasks")
        tasks = json.loads(body) if status == 200 else {}
        return tasks if all(tasks.get(j, {}).get("state") == "SUCCESS" for j in jobs) else None

    tasks = _eventually(all_succeeded)
    assert tasks, f"tasks not SUCCESS in Flower: {_get(f'{flower.url}/api/tasks')[1][:2000]!r}"
    for job_id in jobs:
        status, body = _get(f"{flower.url}/api/task/info/{job_id}")
        assert status == 200
        info = json.loads(body)
        assert info["state"] == "SUCCESS" and info["name"] == "mmjobs.listing_qc"
        assert info["worker"] == flower_worker.name
        assert job_id in str(info["kwargs"])


def test_flower_api_needs_the_password(flower):  # noqa: ANN001
    assert _get(f"{flower.url}/api/workers", auth=False)[0] == 401
    assert _get(f"{flower.url}/api/tasks", auth=False)[0] == 401
    assert _get(f"{flower.url}/tasks", auth=False)[0] == 401


def test_flower_metrics_show_the_worker_online(flower, flower_worker, jobs):  # noqa: ANN001
    line = f'flower_worker_online{{worker="{flower_worker.name}"}} 1.0'

    def online() -> bool:
        return line in _get(f"{flower.url}/metrics")[1].decode()

    assert _eventually(online), _get(f"{flower.url}/metrics")[1].decode()[-3000:]
    body = _get(f"{flower.url}/metrics")[1].decode()
    assert 'flower_events_total{task="mmjobs.listing_qc",type="task-succeeded"' in body


# ---- the tasks page in a real browser -------------------------------------------------------------------

CHROMIUM_PACKAGES = ("chromium",)


def chromium_binary() -> str:
    """Debian's chromium, installed here when missing; skip only when it cannot be installed."""
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        pytest.skip("chromium is not installed and cannot be installed here (needs root and apt-get): "
                    "run `apt-get install -y chromium`")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update"], env=env, capture_output=True, timeout=300)
    done = subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", *CHROMIUM_PACKAGES], env=env,
                          capture_output=True, text=True, timeout=600)
    found = shutil.which("chromium")
    if found is None:
        pytest.skip(f"could not install chromium with apt-get: {done.stderr[-500:]}")
    return found


def dump_dom(url: str, profile: Path, extra: tuple[str, ...] = ()) -> str:
    browser = chromium_binary()
    args = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", f"--user-data-dir={profile}",
            # Let the page's own XHR (/tasks/datatable) finish before the DOM is written out.
            "--virtual-time-budget=15000", "--run-all-compositor-stages-before-draw", *extra, "--dump-dom", url]
    done = subprocess.run(args, capture_output=True, text=True, timeout=120)
    return done.stdout


def test_flower_tasks_page_shows_the_job_in_a_browser(flower, jobs, tmp_path):  # noqa: ANN001
    # Basic auth is answered by Chromium from the credentials in the URL on the top-level navigation and
    # reused for the page's XHRs within the same realm.
    dom = dump_dom(f"http://{USER}:{PASSWORD}@127.0.0.1:{flower.port}/tasks", tmp_path / "profile")
    assert "Flower" in dom, dom[:2000]
    assert jobs[0] in dom, dom[-4000:]
