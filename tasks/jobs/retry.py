"""The one retry-or-fail rule, shared by the online pipeline and the bulk path.

A transient error is tried again, after an exponential backoff with jitter, until the job has had
``max_attempts`` attempts; a permanent error, or a transient one on the last attempt, fails the job.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Protocol

from workers.errors import JobError


class RetrySettings(Protocol):
    max_attempts: int
    retry_backoff_s: float
    retry_backoff_max_s: float


@dataclass(frozen=True)
class Retry:
    """Send the job again after ``countdown`` seconds."""

    countdown: float


@dataclass(frozen=True)
class Fail:
    """End the job ``failed`` with this code and sentence."""

    code: str
    message: str


def backoff_seconds(attempt: int, base: float, cap: float) -> float:
    """Exponential backoff with jitter: about base·2^(attempt-1), spread ±50 %, never above ``cap``."""
    # The exponent is bounded so a retry count that grew through a long outage cannot overflow a float.
    exponential = min(cap, base * 2 ** min(max(0, attempt - 1), 64))
    return min(cap, exponential * random.uniform(0.5, 1.5))


def retry_delay(attempt: int, settings: RetrySettings) -> float:
    """The backoff before delivery ``attempt + 1`` under this deployment's settings."""
    return backoff_seconds(attempt, settings.retry_backoff_s, settings.retry_backoff_max_s)


def retry_or_fail(error: JobError, attempt: int, settings: RetrySettings) -> Retry | Fail:
    """Decide what happens to a job whose attempt number ``attempt`` ended with ``error``."""
    if error.retriable and attempt < settings.max_attempts:
        return Retry(retry_delay(attempt, settings))
    if error.retriable:
        return Fail(error.code, f"gave up after {attempt} attempts: {error.message}")
    return Fail(error.code, error.message)
