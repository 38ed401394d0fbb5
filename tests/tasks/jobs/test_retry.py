"""The one retry-or-fail rule (tasks/jobs/retry.py): when a job is tried again, after how long, and when it fails."""

from __future__ import annotations

import pytest

from tasks.jobs.retry import Fail, Retry, backoff_seconds, retry_delay, retry_or_fail
from workers.errors import (
    ImageNotFound,
    InvalidPayload,
    PermanentJobError,
    SourceUnavailable,
    TransientJobError,
)
from workers.settings import Settings

SAMPLES = 300  # jitter is random: every sample must lie in the band; with this many, both halves are hit


def settings(max_attempts: int = 3, base: float = 2.0, cap: float = 300.0) -> Settings:
    return Settings(max_attempts=max_attempts, retry_backoff_s=base, retry_backoff_max_s=cap)


def band(attempt: int, base: float, cap: float) -> tuple[float, float]:
    centre = min(cap, base * 2 ** (attempt - 1))
    return 0.5 * centre, 1.5 * centre


@pytest.mark.parametrize("attempt", [1, 2])
def test_a_transient_error_before_the_last_attempt_is_retried_after_a_jittered_backoff(attempt: int) -> None:
    conf = settings(max_attempts=3, base=2.0)
    low, high = band(attempt, 2.0, 300.0)
    countdowns = []
    for _ in range(SAMPLES):
        decision = retry_or_fail(SourceUnavailable("S3 answered 503"), attempt, conf)
        assert isinstance(decision, Retry)
        countdowns.append(decision.countdown)
    assert all(low <= c <= high for c in countdowns), (low, high, min(countdowns), max(countdowns))
    centre = (low + high) / 2
    # Jitter really spreads the retries (no thundering herd): some below the centre, some above it.
    assert min(countdowns) < centre < max(countdowns)


def test_a_transient_error_on_the_last_attempt_gives_up_with_the_attempt_count_and_the_cause() -> None:
    decision = retry_or_fail(SourceUnavailable("S3 answered 503"), 3, settings(max_attempts=3))
    assert decision == Fail("source_unavailable", "gave up after 3 attempts: S3 answered 503")


def test_a_transient_error_past_the_last_attempt_also_gives_up() -> None:
    # A redelivery can carry an attempt number above the limit (e.g. after an operator lowered it).
    decision = retry_or_fail(TransientJobError("timeout", code="upstream_timeout"), 5, settings(max_attempts=3))
    assert decision == Fail("upstream_timeout", "gave up after 5 attempts: timeout")


def test_a_single_attempt_deployment_never_retries() -> None:
    decision = retry_or_fail(TransientJobError("connection reset"), 1, settings(max_attempts=1))
    assert decision == Fail("transient", "gave up after 1 attempts: connection reset")


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (ImageNotFound("no such key s3://b/k.jpg"), "image_not_found"),
        (InvalidPayload("invalid listing_qc payload — image: field required"), "invalid_payload"),
        (PermanentJobError("policy file x.toml is invalid", code="policy_invalid"), "policy_invalid"),
    ],
)
@pytest.mark.parametrize("attempt", [1, 3])
def test_a_permanent_error_fails_at_once_with_its_own_code_and_message(error: Exception, code: str,
                                                                       attempt: int) -> None:
    decision = retry_or_fail(error, attempt, settings(max_attempts=3))
    assert decision == Fail(code, str(error))
    assert "gave up" not in decision.message


def test_backoff_doubles_with_each_attempt() -> None:
    for attempt, centre in [(1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (6, 32.0)]:
        samples = [backoff_seconds(attempt, 1.0, 1000.0) for _ in range(SAMPLES)]
        assert all(0.5 * centre <= s <= 1.5 * centre for s in samples), (attempt, min(samples), max(samples))


def test_backoff_stops_growing_at_the_cap() -> None:
    for attempt in (9, 10, 30, 200):  # 2 * 2^8 = 512 > 300 from attempt 9 on
        samples = [backoff_seconds(attempt, 2.0, 300.0) for _ in range(SAMPLES)]
        assert all(150.0 <= s <= 450.0 for s in samples), (attempt, min(samples), max(samples))


def test_attempt_zero_or_below_waits_like_the_first_attempt() -> None:
    for attempt in (0, -3):
        samples = [backoff_seconds(attempt, 4.0, 300.0) for _ in range(SAMPLES)]
        assert all(2.0 <= s <= 6.0 for s in samples)


def test_retry_delay_reads_the_deployments_settings() -> None:
    conf = settings(base=0.2, cap=1.0)
    assert all(0.1 <= retry_delay(1, conf) <= 0.3 for _ in range(SAMPLES))
    assert all(0.5 <= retry_delay(50, conf) <= 1.0 for _ in range(SAMPLES))


def test_backoff_never_exceeds_the_configured_maximum() -> None:
    samples = [backoff_seconds(20, 2.0, 300.0) for _ in range(SAMPLES)]
    assert max(samples) <= 300.0


def test_backoff_stays_capped_for_any_attempt_number() -> None:
    assert 150.0 <= backoff_seconds(1025, 2.0, 300.0) <= 300.0
