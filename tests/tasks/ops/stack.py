"""Helpers for the operator tests: a separate broker database, a fresh Postgres database, the CLI as a process."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from models.migrate import temporary_database
from tests.fixtures.services import POSTGRES_ADMIN_URL, REDIS_TEST_URL, REPO, free_port




@contextmanager
def private_redis(tmp: Path) -> Iterator[str]:
    """A Redis server of our own on a free loopback port.

    A database number on the shared test server is not enough: other test sessions on the same machine
    run workers against it, and a worker of theirs takes our messages (and answers Flower's inspect).
    """
    import redis

    binary = shutil.which("redis-server")
    if binary is None:  # fall back to the shared server; flaky when other sessions run at the same time
        url = REDIS_TEST_URL.rsplit("/", 1)[0] + "/12"
        redis.Redis.from_url(url).flushdb()
        yield url
        return
    port = free_port()
    process = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                                "--dir", str(tmp)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    try:
        client = redis.Redis.from_url(url)
        for _ in range(100):
            try:
                client.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def fresh_database() -> AbstractContextManager[str]:
    """A new, migrated Postgres database, so counts in the tests are exact."""
    return temporary_database(POSTGRES_ADMIN_URL, prefix="mmjobs_ops")


def mmjobs(env: dict[str, str], *args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """Run the ``mmjobs`` CLI as a separate process with ``env`` on top of this one's environment."""
    full = {k: v for k, v in os.environ.items() if not k.startswith("MMJOBS_")} | env
    full.setdefault("COLUMNS", "200")
    return subprocess.run([sys.executable, "-m", "tasks.ops.cli", *args], env=full, cwd=REPO, capture_output=True,
                          text=True, timeout=timeout)




def receipt_png(lines: list[str]) -> bytes:
    """A plain, OCR-readable payment screenshot."""
    image = Image.new("RGB", (600, 120 + 60 * len(lines)), "white")
    draw = ImageDraw.Draw(image)
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 28)
    except OSError:
        font = ImageFont.load_default(size=28)
    for i, line in enumerate(lines):
        draw.text((40, 40 + 60 * i), line, fill="black", font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def json_lines(text: str) -> list[dict]:
    """The JSON objects among a log's lines (Celery's banner and warnings are plain text)."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("{"):
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError:
                pass
    return out


def write_text(path: Path, text: str) -> Path:
    path.write_text(text)
    return path
