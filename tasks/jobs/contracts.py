"""Job contracts: the JSON kwargs a producer sends, validated at the worker.

A message's kwargs are one flat JSON object. Unknown keys and oversized values are
refused, so a producer's mistake surfaces as a failed job with a clear reason instead
of a silently ignored field.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError, field_validator

from workers.errors import InvalidPayload

ImageRef = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2048)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=300)]
LongText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=5000)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$")]
Category = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]


class JobPayload(BaseModel):
    """Fields every job kind shares."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    job_id: str | None = None
    image: ImageRef

    @field_validator("job_id")
    @classmethod
    def _job_id_is_uuid(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            return str(uuid.UUID(value))
        except ValueError as exc:
            raise ValueError("job_id must be a UUID string, e.g. 2b1f0c4e-7d3a-4c55-9a51-3f0e8e1f6a10") from exc


class ListingQCPayload(JobPayload):
    """One product photo with its listing text."""

    title: ShortText = ""
    description: LongText = ""
    category: Category | None = Field(default=None, description="the seller's declared category, checked against the photo")
    categories: list[Category] | None = Field(default=None, max_length=100)
    policy: Name | None = None


class ReceiptHintsPayload(BaseModel):
    """What the producer already knows about a receipt."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    currency: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")] | None = None
    locale: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}(-[A-Z]{2})?$")] | None = None


class ReceiptPayload(JobPayload):
    """One payment-receipt image."""

    extractor: Literal["vlm", "ocr", "hybrid"] | None = None
    hints: ReceiptHintsPayload | None = None


PAYLOADS: dict[str, type[JobPayload]] = {"listing_qc": ListingQCPayload, "receipt": ReceiptPayload}


def parse_payload(kind: str, raw: dict[str, Any]) -> JobPayload:
    """Validate a message's kwargs; raise InvalidPayload with every problem spelled out."""
    try:
        return PAYLOADS[kind].model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'payload'}: {err['msg']}" for err in exc.errors()[:10]
        )
        raise InvalidPayload(f"invalid {kind} payload — {problems}") from None


def safe_job_id(raw: dict[str, Any], fallback: str) -> str:
    """The job id to record a payload under, even when the payload itself is invalid."""
    value = raw.get("job_id")
    if isinstance(value, str):
        try:
            return str(uuid.UUID(value))
        except ValueError:
            pass
    return fallback


def truncated_input(raw: dict[str, Any], *, limit: int = 4000) -> dict[str, Any]:
    """Keep a hostile or oversized payload from bloating the jobs table."""
    out: dict[str, Any] = {}
    for key, value in list(raw.items())[:50]:
        key = str(key)[:64]
        if isinstance(value, str) and len(value) > limit:
            out[key] = value[:limit] + f"… ({len(value)} chars)"
        elif isinstance(value, (str, int, float, bool)) or value is None:
            out[key] = value
        else:
            text = repr(value)
            out[key] = value if len(text) <= limit else text[:limit] + "…"
    return out
