"""The operator's stack for tests/tasks/ops: its own Postgres database and Redis database, one real worker with metrics."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fixtures.services import WorkerProcess, start_worker
from tests.fixtures.services import free_port
from tests.tasks.ops.stack import fresh_database, private_redis


@pytest.fixture(scope="session")
def ops_env(mmjobs_env: dict[str, str], shared_image_server,  # noqa: ANN001
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """Settings for the ops stack: exact counts need a database and queues no other test touches."""
    with fresh_database() as database_url, private_redis(tmp_path_factory.mktemp("ops-redis")) as broker_url:
        yield {
            **mmjobs_env,
            "MMJOBS_DATABASE_URL": database_url,
            "MMJOBS_BROKER_URL": broker_url,
            "MMJOBS_METRICS_PORT": str(free_port()),
            "MMJOBS_METRICS_ADDR": "127.0.0.1",
            "MMJOBS_FETCH_ALLOW_HOSTS": shared_image_server.host_port,
            "MMJOBS_LOG_FORMAT": "json",
        }


@pytest.fixture(scope="session")
def ops_worker(ops_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[WorkerProcess]:
    proc = start_worker(ops_env, Path(tmp_path_factory.mktemp("ops-worker")) / "worker.log", "-c", "8")
    yield proc
    proc.stop()
