"""Run the Alembic migrations from code (the CLI's ``migrate`` and the test session use this)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config(database_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return config


def upgrade_to_head(database_url: str) -> None:
    """Bring the schema to the newest migration."""
    command.upgrade(alembic_config(database_url), "head")


@contextmanager
def temporary_database(admin_url: str, *, prefix: str = "mmjobs_tmp") -> Iterator[str]:
    """Create a new Postgres database, migrate it to head, yield its URL, drop it afterwards.

    Tests and benchmarks use it so every run counts its own rows; ``admin_url`` is a libpq URL of
    any database on the server (``postgresql://postgres@127.0.0.1:5432/test``).
    """
    import psycopg

    from models.session import dispose_engines

    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = admin_url.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://") + f"/{name}"
    try:
        upgrade_to_head(url)
        yield url
    finally:
        dispose_engines(url)
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
