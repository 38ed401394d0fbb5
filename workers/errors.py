"""Typed job errors: each has a stable code, a sentence a person can act on, and a kind.

Permanent errors mark the job ``failed`` at once; transient errors are retried with
backoff and jitter until the attempt limit. Uncertain model output is not an error:
it ends the job ``needs_review`` through the decision logic.
"""

from __future__ import annotations


class JobError(Exception):
    """A job-level failure with a reason code (base class; do not raise directly)."""

    code: str = "job_error"
    retriable: bool = False

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        return str(self)


class PermanentJobError(JobError):
    """Retrying cannot help: the input or the configuration must change."""


class TransientJobError(JobError):
    """A dependency hiccup (timeout, 5xx, lost connection): retry with backoff."""

    code = "transient"
    retriable = True


class InvalidPayload(PermanentJobError):
    code = "invalid_payload"


class ImageNotFound(PermanentJobError):
    code = "image_not_found"


class NotAnImage(PermanentJobError):
    code = "not_an_image"


class ImageTooLarge(PermanentJobError):
    code = "image_too_large"


class ForbiddenAddress(PermanentJobError):
    """The URL points at an internal, loopback, link-local or metadata address."""

    code = "forbidden_address"


class ForbiddenSource(PermanentJobError):
    """The image reference uses a scheme or location this deployment does not accept."""

    code = "forbidden_source"


class SourceUnavailable(TransientJobError):
    code = "source_unavailable"


class ModelUnavailable(PermanentJobError):
    """The configured model cannot be loaded; the worker must not silently fall back."""

    code = "model_unavailable"


def as_job_error(exc: Exception) -> JobError:
    """A job error as it is; anything else is a bug met by one job, which fails that job, not its worker."""
    if isinstance(exc, JobError):
        return exc
    return PermanentJobError(f"internal error {type(exc).__name__}: {exc}", code="internal_error")
