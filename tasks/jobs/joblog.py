"""One structured log line per job state change: the thread an on-call engineer pulls."""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any

log = logging.getLogger("mmjobs.jobs")


class _JobMessage:
    """The record as a JSON string, made only if a handler asks for the plain message (the formatters below don't)."""

    __slots__ = ("record",)

    def __init__(self, record: dict[str, Any]) -> None:
        self.record = record

    def __str__(self) -> str:
        return json.dumps(self.record, default=str)


def log_transition(job_id: str, kind: str, status: str, *, attempt: int, worker: str, **fields: Any) -> None:
    """Log ``job_id``, kind, status, attempt, worker and whatever else the step knows."""
    if not log.isEnabledFor(logging.INFO):
        return
    record = {"job_id": job_id, "kind": kind, "status": str(status), "attempt": attempt, "worker": worker}
    record.update({k: (round(v, 4) if isinstance(v, float) else v) for k, v in fields.items() if v is not None})
    log.info(_JobMessage(record), extra={"job": record})


def _iso_utc(record: logging.LogRecord) -> str:
    return datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds")


class JsonFormatter(logging.Formatter):
    """JSON lines for machines; job records are emitted as they are."""

    def format(self, record: logging.LogRecord) -> str:
        job = getattr(record, "job", None)
        if job is not None:
            payload = {"ts": _iso_utc(record), "level": record.levelname, "event": "job", **job}
        else:
            payload = {"ts": _iso_utc(record), "level": record.levelname, "logger": record.name,
                       "message": record.getMessage()}
        if record.exc_info:
            payload["exc"] = self.formatException(record.exc_info)
        return json.dumps(payload, default=str)


_TEXT_ORDER = ("status", "kind", "job_id", "attempt", "duration_s", "worker", "error_code", "error")


class TextFormatter(logging.Formatter):
    """One readable line per record for a terminal; job records as ``status kind id attempt=… key=value``."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        job = getattr(record, "job", None)
        if job is None:
            return super().format(record)
        head = f"{job.get('status', '?'):<12} {job.get('kind', '?'):<10} {job.get('job_id', '?')}"
        rest = [f"attempt={job['attempt']}"] if "attempt" in job else []
        if "duration_s" in job:
            rest.append(f"took={job['duration_s']:.2f}s")
        rest += [f"{k}={job[k]}" for k in ("worker", "error_code") if job.get(k)]
        rest += [f"{k}={_short(v)}" for k, v in job.items() if k not in _TEXT_ORDER]
        if job.get("error"):
            rest.append(f"error={job['error']!r}")
        line = f"{self.formatTime(record)} {record.levelname} job {head}  {' '.join(rest)}"
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line


def _short(value: Any) -> str:
    return ",".join(map(str, value)) if isinstance(value, list) else str(value)


def configure_logging(level: str = "INFO", *, log_format: str = "auto") -> None:
    """JSON lines when not on a terminal, readable text on a terminal.

    ``log_format`` (setting ``MMJOBS_LOG_FORMAT``: ``json``, ``text`` or ``auto``) overrides the guess,
    e.g. JSON under ``docker run -t``.
    """
    handler = logging.StreamHandler(sys.stderr)
    json_lines = log_format == "json" or (log_format != "text" and not sys.stderr.isatty())
    handler.setFormatter(JsonFormatter() if json_lines else TextFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
