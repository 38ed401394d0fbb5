"""Shared pieces of the benchmarks: real services on loopback, workers, timing and reporting.

Every benchmark runs against the same services as production (Postgres, Redis, S3 via
moto's server) with real ``mmjobs worker`` subprocesses, started here with the test
fixtures' own start-up code. Each run gets a fresh Postgres database and its own Redis
database, flushed first, so runs never see each other's jobs.
"""

from __future__ import annotations

import io
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from models.migrate import temporary_database
from tasks.ops.stats import percentile

REPO = Path(__file__).resolve().parents[1]
POSTGRES_ADMIN_URL = os.environ.get("MMJOBS_BENCH_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
REDIS_BENCH_URL = os.environ.get("MMJOBS_BENCH_REDIS", "redis://127.0.0.1:6379/13")
TERMINAL = ("succeeded", "needs_review", "failed")

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


# ---- services ---------------------------------------------------------------------------------


def py_spy() -> str:
    """The py-spy to profile workers with: ``MMJOBS_PY_SPY``, else the one beside this Python, else on PATH."""
    import shutil

    beside = Path(sys.executable).with_name("py-spy")
    return os.environ.get("MMJOBS_PY_SPY") or (str(beside) if beside.exists() else shutil.which("py-spy") or str(beside))


def fresh_database() -> AbstractContextManager[str]:
    """A new Postgres database migrated to head; dropped afterwards."""
    return temporary_database(POSTGRES_ADMIN_URL, prefix="mmjobs_bench")


@contextmanager
def private_redis() -> Iterator[str]:
    """A Redis server of the bench's own on a free loopback port (no other test or colleague shares it).

    ``MMJOBS_BENCH_REDIS`` points at an existing server instead (its database is flushed first).
    """
    import redis

    if "MMJOBS_BENCH_REDIS" in os.environ:
        redis.Redis.from_url(REDIS_BENCH_URL).flushdb()
        yield REDIS_BENCH_URL
        return
    from tests.fixtures.services import free_port

    port = free_port()
    process = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                                "--appendonly", "no"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    try:
        client = redis.Redis.from_url(url)
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def flush(url: str) -> None:
    import redis

    redis.Redis.from_url(url).flushdb()


@dataclass
class S3Server:
    endpoint_url: str
    bucket: str
    env: dict[str, str]
    client: Any

    def put(self, key: str, data: bytes) -> str:
        self.client.put_object(Bucket=self.bucket, Key=key, Body=data)
        return f"s3://{self.bucket}/{key}"


@contextmanager
def s3_server(bucket: str = "mmjobs-bench") -> Iterator[S3Server]:
    """moto's S3 server on loopback, started like the test fixture (tests/fixtures/s3.py) starts it."""
    import boto3

    from tests.fixtures.s3 import MOTO_SERVER, _wait_until_answering
    from tests.fixtures.services import free_port

    port = free_port()
    endpoint = f"http://127.0.0.1:{port}"
    process = subprocess.Popen([str(MOTO_SERVER), "-H", "127.0.0.1", "-p", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = {"AWS_ENDPOINT_URL": endpoint, "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
           "AWS_DEFAULT_REGION": "us-east-1", "AWS_CONFIG_FILE": os.devnull, "AWS_SHARED_CREDENTIALS_FILE": os.devnull}
    saved = {k: os.environ.get(k) for k in env}
    try:
        _wait_until_answering(endpoint + "/", process)
        os.environ.update(env)
        from workers.images import reset_s3_client

        reset_s3_client()
        client = boto3.session.Session().client("s3")
        client.create_bucket(Bucket=bucket)
        yield S3Server(endpoint, bucket, env, client)
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        process.terminate()
        process.wait(timeout=10)


def bench_policy_dir(*, detect_overlay_text: bool, source: Path | None = None) -> Path:
    """The packaged policies (or ``source``'s: another tree's), with overlay-text OCR off when asked (said so
    in every report)."""
    from workers.settings import PACKAGED_POLICY_DIR

    folder = Path(tempfile.mkdtemp(prefix="mmjobs-bench-policies-"))
    for path in (source or PACKAGED_POLICY_DIR).glob("*.toml"):
        text = path.read_text()
        if not detect_overlay_text:
            text = re.sub(r"(?m)^detect_overlay_text\s*=\s*true", "detect_overlay_text = false", text)
        (folder / path.name).write_text(text)
    return folder


def configure_here(env: dict[str, str]) -> None:
    """Point this process's settings and Celery app (the producer side) at the bench services."""
    from tests.fixtures.services import point_app_at
    from workers.app import app

    os.environ.update(env)
    point_app_at(app)


# ---- workers ----------------------------------------------------------------------------------


@dataclass
class Proc:
    process: subprocess.Popen[bytes]
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self, timeout: float = 30) -> None:
        import signal

        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def enqueue_photos(images: list[Path], n: int) -> float:
    """Queue ``n`` listing-QC jobs through the producer API, cycling over ``images``; return the seconds."""
    from tasks.jobs.producer import enqueue_listing_qc

    started = time.perf_counter()
    for i in range(n):
        enqueue_listing_qc(str(images[i % len(images)]), title=f"product {i % 50}", description="a product photo",
                           category="coffee mug")
    return time.perf_counter() - started


def start_mmjobs_worker(env: dict[str, str], log_dir: Path, *args: str) -> Proc:
    """A real ``mmjobs worker`` subprocess (the test fixtures' start-up code), ready to consume."""
    from tests.fixtures.services import start_worker

    w = start_worker(env, log_dir / f"mmjobs-worker-{uuid.uuid4().hex[:6]}.log", *args, ready_timeout=300)
    return Proc(w.process, w.log_path)


def start_celery_worker(env: dict[str, str], log_dir: Path, app_path: str, queue: str, *args: str) -> Proc:
    """A plain ``celery worker`` for the bench-only baseline tasks (bench/baseline_tasks.py)."""
    log_path = log_dir / f"celery-{queue}-{uuid.uuid4().hex[:6]}.log"
    handle = log_path.open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", app_path, "worker", "-Q", queue, "-E", "--loglevel", "INFO",
         "--without-mingle", "--without-gossip", *args],
        env={**os.environ, **env}, stdout=handle, stderr=subprocess.STDOUT, cwd=REPO, start_new_session=True)
    proc = Proc(process, log_path)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if " ready." in proc.log():
            return proc
        if process.poll() is not None:
            raise RuntimeError(f"celery worker exited:\n{proc.log()[-3000:]}")
        time.sleep(0.2)
    proc.stop()
    raise RuntimeError(f"celery worker not ready:\n{proc.log()[-3000:]}")


def rss_mib(pid: int) -> float:
    """Resident memory of one process in MiB (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for {pid}")


# ---- jobs in the database ---------------------------------------------------------------------


def count_terminal(database_url: str, job_ids: list[str] | None = None) -> int:
    from sqlalchemy import func, select

    from models import Job, get_engine, session_scope

    with session_scope(get_engine(database_url)) as session:
        query = select(func.count()).select_from(Job).where(Job.status.in_(TERMINAL))
        if job_ids is not None:
            query = query.where(Job.id.in_(job_ids))
        return int(session.execute(query).scalar_one())


def wait_terminal(database_url: str, n: int, *, timeout: float, proc: Proc | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if count_terminal(database_url) >= n:
            return
        if proc is not None and proc.process.poll() is not None:
            raise RuntimeError(f"worker died:\n{proc.log()[-3000:]}")
        time.sleep(0.1)
    raise TimeoutError(f"only {count_terminal(database_url)}/{n} jobs finished in {timeout:.0f}s")


@dataclass
class RunStats:
    """Throughput and latency of a set of finished jobs, from the rows' own timestamps."""

    n: int
    seconds: float
    statuses: dict[str, int] = field(default_factory=dict)
    p50_latency_s: float | None = None
    p95_latency_s: float | None = None
    results: int = 0
    attempts: int = 0
    p50_in_worker_s: float | None = None  # claim → result committed, per job (the worker's own share)

    @property
    def rate(self) -> float:
        return self.n / self.seconds if self.seconds > 0 else float("nan")


def job_stats(database_url: str) -> RunStats:
    """Rate = jobs / (last finish − first start); latency = finished − created, per job."""
    from sqlalchemy import func, select

    from models import Job, JobAttempt, ListingQCResult, get_engine, session_scope

    with session_scope(get_engine(database_url)) as session:
        rows = session.execute(select(Job.status, Job.created_at, Job.started_at, Job.finished_at)).all()
        results = session.execute(select(func.count()).select_from(ListingQCResult)).scalar_one()
        attempts = session.execute(select(func.count()).select_from(JobAttempt)).scalar_one()
    done = [r for r in rows if r.finished_at is not None]
    statuses: dict[str, int] = {}
    for r in rows:
        statuses[r.status] = statuses.get(r.status, 0) + 1
    first = min(r.started_at or r.created_at for r in done)
    last = max(r.finished_at for r in done)
    latencies = sorted((r.finished_at - r.created_at).total_seconds() for r in done)
    in_worker = sorted((r.finished_at - r.started_at).total_seconds() for r in done if r.started_at is not None)
    return RunStats(n=len(done), seconds=(last - first).total_seconds(), statuses=statuses,
                    p50_latency_s=percentile(latencies, 50), p95_latency_s=percentile(latencies, 95),
                    results=int(results), attempts=int(attempts),
                    p50_in_worker_s=percentile(in_worker, 50) if in_worker else None)


@dataclass
class JobTimings:
    """Per-job timestamps of finished jobs, in finishing order (seconds since the first creation)."""

    created: list[float]
    started: list[float]
    finished: list[float]
    statuses: dict[str, int]

    def steady_rate(self, skip: int) -> float:
        """Jobs/s after the first ``skip`` finished: (n − skip) / (last finish − skip-th finish).

        Leaves out start-up (model load, first-use caches, the first partial batches) the way a
        long-running worker never pays it again; whole-run rates come from ``job_stats``.
        """
        if len(self.finished) <= skip + 1:
            return float("nan")
        span = self.finished[-1] - self.finished[max(skip, 1) - 1]
        return (len(self.finished) - max(skip, 1)) / span if span > 0 else float("nan")

    def latency(self, p: float, *, since: str = "created") -> float | None:
        """Percentile of finished − created (queue wait included) or finished − started (claim to result)."""
        begin = self.created if since == "created" else self.started
        return percentile(sorted(f - b for f, b in zip(self.finished, begin, strict=True)), p)


def job_timings(database_url: str) -> JobTimings:
    """Timestamps of every finished job of a bench database (``job_stats`` summarises the same rows)."""
    from sqlalchemy import select

    from models import Job, get_engine, session_scope

    with session_scope(get_engine(database_url)) as session:
        rows = session.execute(select(Job.status, Job.created_at, Job.started_at, Job.finished_at)).all()
    statuses: dict[str, int] = {}
    for r in rows:
        statuses[r.status] = statuses.get(r.status, 0) + 1
    done = sorted((r for r in rows if r.finished_at is not None), key=lambda r: r.finished_at)
    if not done:
        return JobTimings([], [], [], statuses)
    origin = min(r.created_at for r in done)

    def secs(value: datetime) -> float:
        return (value - origin).total_seconds()

    return JobTimings(created=[secs(r.created_at) for r in done],
                      started=[secs(r.started_at or r.created_at) for r in done],
                      finished=[secs(r.finished_at) for r in done], statuses=statuses)


def set_torch_threads(threads: int | None = None) -> int:
    """Pin torch's intra-op threads (default: one per core) and one inter-op thread; return the count."""
    import torch

    threads = threads or os.cpu_count() or 1
    torch.set_num_threads(threads)
    try:
        torch.set_num_interop_threads(1)
    except RuntimeError:  # already set, or parallel work has started in this process
        pass
    return threads




# ---- inputs -----------------------------------------------------------------------------------


def product_jpeg(seed: int, size: int = 800) -> bytes:
    """A synthetic product shot: a coloured object on white, JPEG (the kind of photo listings have)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (size, size), "white")
    draw = ImageDraw.Draw(image)
    r = (seed * 37) % 200
    draw.ellipse((size * 0.25, size * 0.2, size * 0.75, size * 0.8), fill=(r, 90, 200 - r // 2), outline="black")
    draw.rectangle((size * 0.4, size * 0.1, size * 0.6, size * 0.25), fill=(40, 40, 40))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=88)
    return buffer.getvalue()


def local_images(folder: Path, n_distinct: int = 16, size: int = 256) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n_distinct):
        path = folder / f"img{i}.jpg"
        path.write_bytes(product_jpeg(i, size))
        paths.append(path)
    return paths


# ---- ViT-B/32 ---------------------------------------------------------------------------------


def vit_b32_dir(model_dir: str | None) -> tuple[str, bool]:
    """A CLIP folder: the given real weights, else ViT-B/32's architecture with random weights (cached)."""
    if model_dir:
        return model_dir, True
    folder = Path(tempfile.gettempdir()) / "mmjobs-bench-clip-vit-b32-random"
    if not (folder / "config.json").exists():
        from workers.engines.tiny_clip import build_tiny_clip

        build_tiny_clip(folder, vit_b32=True)
    return str(folder), False


# ---- reporting --------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    info: dict[str, Any] = {"python": platform.python_version(), "cpus": os.cpu_count()}
    try:
        lscpu = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
        model = re.search(r"Model name:\s*(.+)", lscpu)
        info["cpu"] = model.group(1).strip() if model else None
    except OSError:
        pass
    try:
        mem = Path("/proc/meminfo").read_text().split("\n")[0].split()[1]
        info["ram_gib"] = round(int(mem) / 1024 / 1024, 1)
    except OSError:
        pass
    try:
        import torch

        info["torch"] = torch.__version__
        if torch.cuda.is_available():
            info["gpu"] = torch.cuda.get_device_name(0)
    except ImportError:
        pass
    return info


def report(name: str, rows: list[dict[str, Any]], extra: dict[str, Any] | None = None,
           out: Path | None = None) -> dict[str, Any]:
    """Print a table, then one JSON line (``BENCH_JSON {...}``); optionally save the JSON."""
    columns: list[str] = []
    for row in rows:
        for key in row:
            if key not in columns:
                columns.append(key)
    cells = [[_fmt(row.get(c)) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    print(f"\n## {name}")
    print("| " + " | ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in cells:
        print("| " + " | ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) + " |")
    data = {"bench": name, "at": datetime.now().isoformat(timespec="seconds"), "machine": machine(),
            "rows": rows, **(extra or {})}
    for key, value in (extra or {}).items():
        if not isinstance(value, (dict, list)):
            print(f"{key}: {_fmt(value)}")
    print("BENCH_JSON " + json.dumps(data, default=str))
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(data, indent=2, default=str))
    return data


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 100 else f"{value:.0f}"
    return "" if value is None else str(value)
