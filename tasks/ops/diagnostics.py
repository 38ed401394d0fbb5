"""Turn "connection refused" into a sentence an operator can act on: which setting, which host, what to do."""

from __future__ import annotations

from urllib.parse import urlsplit


def describe_url(url: str) -> str:
    """``scheme://host:port/db`` without the password."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparsable URL>"
    if parts.scheme.startswith("sqlite") or parts.scheme.startswith("sqla+sqlite"):
        return f"{parts.scheme}:///{parts.path.lstrip('/')}"
    host = parts.hostname or "localhost"
    port = f":{parts.port}" if parts.port else ""
    user = f"{parts.username}@" if parts.username else ""
    return f"{parts.scheme}://{user}{host}{port}{parts.path}"


def _is_database_error(exc: BaseException) -> bool:
    from sqlalchemy.exc import DBAPIError, OperationalError

    return isinstance(exc, (OperationalError, DBAPIError))


def _is_broker_error(exc: BaseException) -> bool:
    import kombu.exceptions

    names = {type(e).__name__ for e in _chain(exc)}
    return isinstance(exc, (kombu.exceptions.OperationalError, ConnectionError)) or bool(
        names & {"ConnectionError", "OperationalError", "TimeoutError", "ConnectionRefusedError"}
    ) and not _is_database_error(exc)


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def explain(exc: BaseException, settings: object) -> str | None:
    """An actionable message for a database or broker failure; None when ``exc`` is neither."""
    database_url = getattr(settings, "database_url", "")
    broker_url = getattr(settings, "broker_url", "")
    first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:300]
    if _is_database_error(exc):
        text = str(exc).lower()
        where = describe_url(database_url)
        if "no such table" in text or "does not exist" in text and "relation" in text:
            return (f"the database at {where} has no mmjobs tables (or is behind): run `mmjobs migrate` "
                    f"with the same MMJOBS_DATABASE_URL. ({first_line})")
        if "password authentication failed" in text or "authentication" in text:
            return (f"the database at {where} refused the credentials in MMJOBS_DATABASE_URL; "
                    f"check the user and password. ({first_line})")
        if "database" in text and "does not exist" in text:
            return f"the database named in MMJOBS_DATABASE_URL ({where}) does not exist; create it, then `mmjobs migrate`."
        return (f"cannot reach the database at {where} (MMJOBS_DATABASE_URL): is Postgres running and reachable "
                f"from here (`docker compose ps postgres`, `pg_isready -h HOST -p PORT`)? ({first_line})")
    if _is_broker_error(exc):
        return (f"cannot reach the broker at {describe_url(broker_url)} (MMJOBS_BROKER_URL): is Redis running and "
                f"reachable from here (`docker compose ps redis`, `redis-cli -h HOST -p PORT ping`)? ({first_line})")
    return None
