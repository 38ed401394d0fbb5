"""Engines and sessions: one engine per process (created after fork), one session per unit of work."""

from __future__ import annotations

import os
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

_lock = threading.Lock()
_engines: dict[tuple[str, int], Engine] = {}


def make_engine(url: str, *, pool_size: int = 5, max_overflow: int = 5) -> Engine:
    """Create an engine with health checks and a bounded pool (SQLite gets WAL and a busy timeout)."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        return engine
    return create_engine(
        url,
        pool_pre_ping=True,
        pool_size=pool_size,
        max_overflow=max_overflow,
        pool_timeout=30,
        pool_recycle=1800,
        connect_args={"connect_timeout": 10} if url.startswith("postgresql") else {},
    )


def get_engine(url: str, **kwargs: int) -> Engine:
    """Return this process's engine for ``url`` (a forked child gets a fresh one)."""
    key = (url, os.getpid())
    with _lock:
        engine = _engines.get(key)
        if engine is None:
            engine = _engines[key] = make_engine(url, **kwargs)
        return engine


_factories: weakref.WeakKeyDictionary[Engine, sessionmaker[Session]] = weakref.WeakKeyDictionary()


def _factory(engine: Engine) -> sessionmaker[Session]:
    factory = _factories.get(engine)
    if factory is None:  # a race here only builds a second, equal factory
        factory = _factories[engine] = sessionmaker(engine, expire_on_commit=False)
    return factory


def dispose_engines(url: str) -> None:
    """Close and forget this process's engines for ``url`` (before its database is dropped)."""
    with _lock:
        for key in [k for k in _engines if k[0] == url]:
            _engines.pop(key).dispose()


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """Commit on success, roll back on error, always close."""
    session = _factory(engine)()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
