"""One structured log line per job state change: the thread an on-call engineer pulls."""

from __future__ import annotations

import json
import logging
import sys
from typing import Any

log = logging.getLogger("mmjobs.jobs")


def log_transition(job_id: str, kind: str, status: str, *, attempt: int, worker: str, **fields: Any) -> None:
    """Log ``job_id``, kind, status, attempt, worker and whatever else the step knows."""
    record = {"job_id": job_id, "kind": kind, "status": str(status), "attempt": attempt, "worker": worker}
    record.update({k: (round(v, 4) if isinstance(v, float) else v) for k, v in fields.items() if v is not None})
    log.info(json.dumps(record, default=str), extra={"job": record})


class JsonFormatter(logging.Formatter):
    """JSON lines for machines; job records are emitted as they are."""

    def format(self, record: logging.LogRecord) -> str:
        job = getattr(record, "job", None)
        if job is not None:
            payload = {"ts": self.formatTime(record), "level": record.levelname, "event": "job", **job}
        else:
            payload = {"ts": self.formatTime(record), "level": record.levelname, "logger": record.name,
                       "message": record.getMessage()}
        if record.exc_info:
            payload["exc"] = self.formatException(record.exc_info)
        return json.dumps(payload, default=str)


def configure_logging(level: str = "INFO", *, json_lines: bool | None = None) -> None:
    """JSON lines when not on a terminal (or when asked), readable text on a terminal."""
    handler = logging.StreamHandler(sys.stderr)
    if json_lines is None:
        json_lines = not sys.stderr.isatty()
    handler.setFormatter(JsonFormatter() if json_lines else logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
