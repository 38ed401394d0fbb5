"""The review queue: list ``needs_review`` jobs, record a person's decision, export labelled data.

A decision is a new ``reviews`` row — who, when, accept / correct / reject, the corrections and
exactly what they changed — next to an untouched copy of the machine's output. The job keeps its
``needs_review`` state (the state machine is the machine's record); a job with a review simply
leaves the pending list. Reviewed receipts become training data through :func:`export_labels`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import IO, Any

from sqlalchemy import Engine, exists, func, select

from models import Job, JobStatus, ListingQCResult, ReceiptResult, Review, ReviewAction, session_scope
from tasks.receipts.schema import PaymentMethod, PaymentStatus


class ReviewError(ValueError):
    """A review that cannot be recorded; the message says what to do instead."""


# ---- corrections -------------------------------------------------------------------------------


def _text(limit: int) -> Any:
    def parse(value: str) -> str:
        value = value.strip()
        if not value or len(value) > limit:
            raise ValueError(f"give 1 to {limit} characters")
        return value

    return parse


def _amount(value: str) -> str:
    try:
        amount = Decimal(value.replace(",", "").strip())
    except InvalidOperation:
        raise ValueError("give a number such as 1499.00") from None
    if amount < 0 or amount.as_tuple().exponent < -2:  # type: ignore[operator]
        raise ValueError("give a non-negative amount with at most 2 decimals")
    return f"{amount:.2f}"


def _currency(value: str) -> str:
    value = value.strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", value):
        raise ValueError("give an ISO 4217 code such as INR or USD")
    return value


def _iso_date(value: str) -> str:
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise ValueError("give the date as YYYY-MM-DD") from None


def _one_of(*choices: str) -> Any:
    def parse(value: str) -> str:
        for choice in choices:
            if value.strip().lower() == choice.lower():
                return choice
        raise ValueError(f"give one of {', '.join(choices)}")

    return parse


def _payment_choices() -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(m.value for m in PaymentMethod), tuple(s.value for s in PaymentStatus)


def correctable_fields(kind: str) -> dict[str, Any]:
    """The fields a reviewer may correct for ``kind``, each with its parser."""
    if kind == "receipt":
        methods, statuses = _payment_choices()
        return {"merchant_name": _text(255), "amount": _amount, "currency": _currency,
                "transaction_id": _text(128), "date": _iso_date, "payment_method": _one_of(*methods),
                "payment_status": _one_of(*statuses)}
    if kind == "listing_qc":
        return {"decision": _one_of("approve", "reject"), "category": _text(128), "quality_label": _text(64)}
    raise ReviewError(f"jobs of kind {kind!r} cannot be reviewed")


def parse_corrections(kind: str, items: Iterable[str]) -> dict[str, str]:
    """Turn ``field=value`` strings into validated corrections, or say which one is wrong and why."""
    fields = correctable_fields(kind)
    corrections: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep:
            raise ReviewError(f"--correct {item!r}: write it as field=value, e.g. amount=1499.00")
        if name not in fields:
            raise ReviewError(f"--correct {item!r}: {kind} jobs have no correctable field {name!r}; "
                              f"choose from {', '.join(fields)}")
        try:
            corrections[name] = fields[name](value)
        except ValueError as exc:
            raise ReviewError(f"--correct {item!r}: {exc}") from None
    return corrections


# ---- reading -----------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    return json.loads(json.dumps(value, default=_json_default))


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value)


def machine_output(session: Any, job: Job) -> dict[str, Any] | None:
    """The machine's result for a job as plain JSON data (None when it has none)."""
    model = ListingQCResult if job.kind == "listing_qc" else ReceiptResult
    row = session.get(model, job.id)
    if row is None:
        return None
    return _plain({c.key: getattr(row, c.key) for c in row.__table__.columns if c.key not in ("job_id",)})


@dataclass(frozen=True)
class PendingReview:
    """One job waiting for a person: why, and the gist of what the machine said."""

    job_id: str
    kind: str
    reasons: list[str]
    summary: str
    image: str | None
    finished_at: datetime | None
    last_review: str | None


def _summary(kind: str, output: dict[str, Any] | None) -> str:
    if not output:
        return ""
    if kind == "listing_qc":
        return (f"decision={output.get('decision')} category={output.get('category')} "
                f"quality={output.get('quality_label')} conf={output.get('confidence', 0):.2f}")
    keys = ("merchant_name", "amount", "currency", "date", "transaction_id", "payment_status")
    return " ".join(f"{k}={output.get(k)}" for k in keys if output.get(k) is not None)


def pending_reviews(engine: Engine, *, kind: str | None = None, limit: int = 50,
                    include_reviewed: bool = False) -> list[PendingReview]:
    """``needs_review`` jobs, oldest first; reviewed ones only when ``include_reviewed``."""
    with session_scope(engine) as session:
        query = select(Job).where(Job.status == JobStatus.NEEDS_REVIEW)
        if kind:
            query = query.where(Job.kind == kind)
        if not include_reviewed:
            query = query.where(~exists().where(Review.job_id == Job.id))
        jobs = session.execute(query.order_by(Job.finished_at, Job.id).limit(limit)).scalars().all()
        pending = []
        for job in jobs:
            output = machine_output(session, job)
            last = session.execute(
                select(Review).where(Review.job_id == job.id).order_by(Review.created_at.desc(), Review.id.desc())
                .limit(1)
            ).scalar_one_or_none()
            pending.append(PendingReview(
                job_id=job.id, kind=job.kind, reasons=list((output or {}).get("reasons") or []),
                summary=_summary(job.kind, output), image=(job.input or {}).get("image"),
                finished_at=job.finished_at,
                last_review=f"{last.action} by {last.reviewer}" if last is not None else None,
            ))
        return pending


def count_pending(engine: Engine, *, kind: str | None = None) -> int:
    with session_scope(engine) as session:
        query = select(func.count()).select_from(Job).where(
            Job.status == JobStatus.NEEDS_REVIEW, ~exists().where(Review.job_id == Job.id))
        if kind:
            query = query.where(Job.kind == kind)
        return int(session.execute(query).scalar_one())


# ---- deciding ----------------------------------------------------------------------------------


def record_review(engine: Engine, job_id: str, *, action: ReviewAction | str, reviewer: str,
                  corrections: dict[str, str] | None = None, note: str | None = None) -> Review:
    """Record one person's decision on one job; the machine's result row is left as it is."""
    action = ReviewAction(action)
    corrections = dict(corrections or {})
    if action == ReviewAction.CORRECT and not corrections:
        raise ReviewError("a correction needs at least one --correct field=value")
    if action != ReviewAction.CORRECT and corrections:
        raise ReviewError(f"--{action.value} takes no corrections; use --correct field=value alone")
    if not reviewer.strip():
        raise ReviewError("say who reviews: --reviewer NAME (or set $USER)")
    with session_scope(engine) as session:
        job = session.get(Job, job_id)
        if job is None:
            raise ReviewError(f"no job {job_id}; `mmjobs review` lists the jobs waiting for review")
        if job.status not in (JobStatus.NEEDS_REVIEW, JobStatus.SUCCEEDED):
            raise ReviewError(f"job {job_id} is {job.status}: only needs_review (or succeeded, for spot checks) "
                              "jobs have an output to review; failed jobs are retried with `mmjobs retry`")
        output = machine_output(session, job)
        if output is None:
            raise ReviewError(f"job {job_id} has no stored result to review")
        changes = {name: {"from": output.get(name), "to": value} for name, value in corrections.items()
                   if _differs(output.get(name), value)}
        review = Review(job_id=job.id, kind=job.kind, action=action.value, reviewer=reviewer.strip(),
                        corrections=corrections, changes=changes, machine_output=output, note=note)
        session.add(review)
        session.flush()
        session.expunge(review)
        return review


def _differs(machine: Any, human: str) -> bool:
    if machine is None:
        return True
    return str(machine).strip().lower() != str(human).strip().lower()


def reviews_of(engine: Engine, job_id: str) -> list[Review]:
    with session_scope(engine) as session:
        rows = session.execute(select(Review).where(Review.job_id == job_id).order_by(Review.created_at, Review.id))
        return list(rows.scalars())


# ---- labelled data -----------------------------------------------------------------------------

_RECEIPT_LABEL_FIELDS = ("merchant_name", "amount", "currency", "transaction_id", "date", "payment_method",
                         "payment_status")
_LISTING_LABEL_FIELDS = ("decision", "category", "quality_label")


def label_records(engine: Engine, *, kind: str = "receipt", actions: Iterable[str] = ("correct",),
                  since: datetime | None = None) -> Iterator[dict[str, Any]]:
    """One record per job: its newest review (if that review's action is wanted), labels merged in."""
    wanted = {ReviewAction(a).value for a in actions}
    label_fields = _RECEIPT_LABEL_FIELDS if kind == "receipt" else _LISTING_LABEL_FIELDS
    newest = (select(Review.job_id, func.max(Review.id).label("review_id")).where(Review.kind == kind)
              .group_by(Review.job_id).subquery())
    query = (select(Review, Job).join(newest, newest.c.review_id == Review.id).join(Job, Job.id == Review.job_id)
             .order_by(Review.created_at, Review.id))
    if since is not None:
        query = query.where(Review.created_at >= since)
    with session_scope(engine) as session:
        for review, job in session.execute(query):
            if review.action not in wanted:
                continue
            machine = review.machine_output or {}
            labels = {name: machine.get(name) for name in label_fields}
            if review.action == ReviewAction.REJECT:
                labels = {name: None for name in label_fields}
            labels.update(review.corrections or {})
            yield {
                "job_id": job.id,
                "kind": job.kind,
                "image": (job.input or {}).get("image"),
                "hints": (job.input or {}).get("hints"),
                "action": review.action,
                "labels": labels,
                "corrected_fields": review.corrections or {},
                "changes": review.changes or {},
                "machine_output": machine,
                "reviewer": review.reviewer,
                "reviewed_at": _json_default(review.created_at),
                "review_id": review.id,
                "note": review.note,
            }


def export_labels(engine: Engine, out: IO[str], **filters: Any) -> int:
    """Write :func:`label_records` as JSON lines to ``out``; return how many."""
    count = 0
    for record in label_records(engine, **filters):
        out.write(json.dumps(record, default=_json_default, ensure_ascii=False) + "\n")
        count += 1
    return count
