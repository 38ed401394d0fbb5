"""Fault-injection fixtures: a Redis each test owns, a cuttable Postgres proxy, supervised workers, a slow engine.

Every test gets its own ``redis-server`` (on its own port, ``--appendonly yes`` as in docker-compose), so
it can be stopped and restarted without touching anyone else's queues, and no other test session's
worker can steal its messages. Workers run the zero-cost engine (``workers/engines/null.py``) with a
delay and a trace file, so a job can be killed mid-flight and the test can check that no job ran in
two places at once.
"""

from __future__ import annotations

import io
import shutil
import signal
import socket
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from models import Job, JobAttempt, ListingQCResult, get_engine, session_scope
from tests.fixtures.services import RedisServer, WorkerProcess, point_app_at, start_worker
from workers.settings import PACKAGED_POLICY_DIR

TERMINAL = ("succeeded", "needs_review", "failed")


# ---- Redis the test owns -----------------------------------------------------------------------


# ---- a Postgres the test can cut off -----------------------------------------------------------


class TcpProxy:
    """A threaded TCP proxy to Postgres; ``cut()`` drops every connection and refuses new ones."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.up = threading.Event()
        self.up.set()
        self._sockets: set[socket.socket] = set()
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True, name="pg-proxy").start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.up.is_set():
                client.close()  # as a restarting database answers: connection closed at once
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._sockets |= {client, upstream}
            for src, dst in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(src, dst), daemon=True).start()

    def _pipe(self, src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (src, dst):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def cut(self) -> None:
        self.up.clear()
        with self._lock:
            sockets, self._sockets = self._sockets, set()
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            except OSError:
                pass

    def restore(self) -> None:
        self.up.set()

    def close(self) -> None:
        self.cut()
        self.listener.close()


# ---- the environment of a fault test ------------------------------------------------------------


@dataclass
class FaultRig:
    """Everything one fault test needs: settings for its workers, a way to send jobs and read them back."""

    env: dict[str, str]
    database_url: str
    folder: Path
    photo: Path
    trace: Path
    workers: list[WorkerProcess] = field(default_factory=list)

    # workers ---------------------------------------------------------------------------------
    def worker(self, *args: str, env: dict[str, str] | None = None, name: str | None = None) -> WorkerProcess:
        name = name or f"worker{len(self.workers)}"
        proc = start_worker({**self.env, **(env or {})}, self.folder / f"{name}.log", *args, ready_timeout=60)
        self.workers.append(proc)
        return proc

    def logs(self) -> str:
        return "\n".join(f"--- {w.log_path.name}\n{w.log()[-2500:]}" for w in self.workers)

    # jobs ------------------------------------------------------------------------------------
    def submit(self, count: int, *, tag: str = "job", image: str | None = None) -> list[str]:
        """Queue ``count`` listing jobs through the producer API; each title carries its job id."""
        from tasks.jobs.producer import enqueue_listing_qc

        ids = []
        for _ in range(count):
            job_id = str(uuid.uuid4())
            enqueue_listing_qc(image or str(self.photo), title=f"{tag} {job_id}", job_id=job_id)
            ids.append(job_id)
        return ids

    def jobs(self, ids: list[str]) -> dict[str, Job]:
        with session_scope(get_engine(self.database_url)) as session:
            return {j.id: j for j in session.execute(select(Job).where(Job.id.in_(ids))).scalars()}

    def result_counts(self, ids: list[str]) -> dict[str, int]:
        with session_scope(get_engine(self.database_url)) as session:
            rows = session.execute(
                select(ListingQCResult.job_id, func.count()).where(ListingQCResult.job_id.in_(ids))
                .group_by(ListingQCResult.job_id)
            ).all()
        return {job_id: n for job_id, n in rows}

    def attempts(self, job_id: str) -> list[JobAttempt]:
        with session_scope(get_engine(self.database_url)) as session:
            return list(session.execute(
                select(JobAttempt).where(JobAttempt.job_id == job_id).order_by(JobAttempt.id)).scalars())

    def done(self, ids: list[str]) -> bool:
        with session_scope(get_engine(self.database_url)) as session:
            finished = session.execute(select(func.count()).select_from(Job).where(
                Job.id.in_(ids), Job.status.in_(TERMINAL))).scalar_one()
        return finished == len(set(ids))

    def wait_done(self, ids: list[str], timeout: float) -> float:
        """Wait until every job is terminal; return the seconds it took."""
        started = time.monotonic()
        while not self.done(ids):
            if time.monotonic() - started > timeout:
                jobs = self.jobs(ids)
                stuck = {i: (jobs[i].status, jobs[i].attempts) if i in jobs else None for i in ids
                         if i not in jobs or jobs[i].status not in TERMINAL}
                raise AssertionError(f"{len(stuck)} of {len(ids)} jobs not terminal after {timeout}s: "
                                     f"{list(stuck.items())[:5]}\n{self.logs()}")
            time.sleep(0.25 if len(ids) < 1000 else 2)
        return time.monotonic() - started

    def assert_exactly_once(self, ids: list[str], statuses: tuple[str, ...] = ("succeeded", "needs_review")) -> dict[str, Job]:
        """Every job terminal, in an expected state, with exactly one result row (none when failed)."""
        jobs = self.jobs(ids)
        counts = self.result_counts(ids)
        assert len(jobs) == len(ids)
        wrong = {i: (j.status, j.error_code) for i, j in jobs.items() if j.status not in statuses}
        assert not wrong, f"unexpected states: {list(wrong.items())[:5]}"
        for job_id, job in jobs.items():
            expected = 0 if job.status == "failed" else 1
            assert counts.get(job_id, 0) == expected, (job_id, job.status, counts.get(job_id))
        return jobs

    # the trace the null engine writes ----------------------------------------------------------
    def runs(self) -> dict[str, list[tuple[int, float, float | None]]]:
        """Per job id: (pid, start, end or None) of every forward pass that held it."""
        open_runs: dict[tuple[int, str], float] = {}
        runs: dict[str, list[tuple[int, float, float | None]]] = defaultdict(list)
        if not self.trace.exists():
            return runs
        for line in self.trace.read_text().splitlines():
            pid, event, at, text = line.split(" ", 3)
            job_id = text.split()[-1]
            if event == "start":
                open_runs[(int(pid), job_id)] = float(at)
            else:
                runs[job_id].append((int(pid), open_runs.pop((int(pid), job_id)), float(at)))
        for (pid, job_id), start in open_runs.items():
            runs[job_id].append((pid, start, None))
        return runs

    def assert_never_parallel(self, killed_at: dict[int, float] | None = None) -> None:
        """No job's forward passes overlap in time; a killed process's open pass ends when it was killed."""
        killed_at = killed_at or {}
        for job_id, runs in self.runs().items():
            spans = sorted((start, end if end is not None else killed_at.get(pid, float("inf")), pid)
                           for pid, start, end in runs)
            for (s1, e1, p1), (s2, _e2, p2) in zip(spans, spans[1:]):
                assert s2 >= e1, f"job {job_id} ran in {p1} and {p2} at once: {spans}"


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for {pid}")


def jpeg_bytes(width: int = 320, height: int = 240) -> bytes:
    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=90)
    return buffer.getvalue()


@pytest.fixture
def rig(private_database: str, redis_server: RedisServer, tmp_path: Path) -> Iterator[FaultRig]:
    """Settings for this test's workers and for this process's producer: short leases, its own Redis and database."""
    from workers.app import app

    database_url = private_database

    policies = tmp_path / "policies"
    shutil.copytree(PACKAGED_POLICY_DIR, policies)
    default = policies / "default.toml"
    # Overlay-text detection runs tesseract per photo; these tests are about delivery, not pixels.
    default.write_text(default.read_text().replace("detect_overlay_text = true", "detect_overlay_text = false"))
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(jpeg_bytes())
    trace = tmp_path / "trace.log"
    env = {
        "MMJOBS_DATABASE_URL": database_url,
        "MMJOBS_BROKER_URL": redis_server.url,
        "MMJOBS_CLIP_MODEL": f"null?delay_ms=500&trace={trace}",
        "MMJOBS_QUEUES": "listing_qc",
        "MMJOBS_ALLOW_LOCAL_PATHS": "true",
        "MMJOBS_POLICY_DIR": str(policies),
        "MMJOBS_LEASE_S": "4",
        "MMJOBS_VISIBILITY_TIMEOUT_S": "8",
        "MMJOBS_RETRY_BACKOFF_S": "0.2",
        "MMJOBS_RETRY_BACKOFF_MAX_S": "2",
        "MMJOBS_MAX_WAIT_MS": "20",
        "MMJOBS_METRICS_PORT": "0",
        "HF_HUB_OFFLINE": "1",
    }
    rig = FaultRig(env=env, database_url=database_url, folder=tmp_path, photo=photo, trace=trace)
    with pytest.MonkeyPatch.context() as patch:
        for key, value in env.items():
            patch.setenv(key, value)
        point_app_at(app)
        try:
            yield rig
        finally:
            for proc in rig.workers:
                proc.stop(signal.SIGKILL, timeout=10)
    point_app_at(app)


class Supervisor:
    """Restart a worker whenever it dies, as systemd or Kubernetes would; count the restarts."""

    def __init__(self, start: Callable[[], WorkerProcess]) -> None:
        self._start = start
        self.current = start()
        self.restarts = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._stop.wait(0.2):
            if self.current.process.poll() is not None:
                self.restarts += 1
                self.current = self._start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=70)
        self.current.stop()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/fault/" in str(item.fspath):
            item.add_marker(pytest.mark.fault)
            item.add_marker(pytest.mark.slow)
