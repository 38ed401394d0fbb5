"""The review queue (tasks/ops/review.py) against the real Postgres: what waits, recording a decision, exporting labels.

Pending lists are exact, so this module has a database of its own (emptied before each test):
the session's shared database also holds the e2e worker's ``needs_review`` jobs.
"""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine, delete, update

from models import Job, ListingQCResult, ReceiptResult, Review, get_engine, session_scope
from tasks.jobs import lifecycle
from tasks.ops.review import (
    ReviewError,
    count_pending,
    export_labels,
    label_records,
    parse_corrections,
    pending_reviews,
    record_review,
    reviews_of,
)
from tests.fixtures.services import fresh_database

T0 = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def review_db_url(database_url: str) -> Iterator[str]:  # database_url: the session's Postgres is up and migrated
    with fresh_database() as url:
        yield url


@pytest.fixture
def db(review_db_url: str) -> Engine:
    engine = get_engine(review_db_url)
    with session_scope(engine) as session:
        session.execute(delete(Job))  # results, attempts and reviews go with their jobs (ON DELETE CASCADE)
    return engine


LISTING_OUTPUT: dict[str, Any] = {
    "decision": "review", "approved": False, "confidence": 0.42, "reasons": ["model_untrusted", "blurry"],
    "quality_label": "blurry", "quality_scores": {"blurry": 0.8}, "category": "coffee mug",
    "category_confidence": 0.7, "pixel_metrics": {"sharpness": 90.0}, "model_id": "tiny-clip",
    "model_trusted": False, "policy_name": "default", "policy_version": "2026.11.1",
}
RECEIPT_OUTPUT: dict[str, Any] = {
    "extractor": "ocr", "merchant_name": "Chai Point", "amount": Decimal("245.00"), "currency": "INR",
    "transaction_id": "T2411271234", "date": "2026-11-27", "payment_method": "UPI", "payment_status": "success",
    "confidence": 0.5, "reasons": ["low_confidence:amount"], "fields": {}, "ocr_text": "Chai Point ...",
}


def listing_result(job_id: str, **values: Any) -> ListingQCResult:
    return ListingQCResult(job_id=job_id, **(LISTING_OUTPUT | values))


def receipt_result(job_id: str, **values: Any) -> ReceiptResult:
    return ReceiptResult(job_id=job_id, **(RECEIPT_OUTPUT | values))


def make_job(db: Engine, kind: str, status: str, *, finished_at: datetime | None = None,
             result: Any = "default", image: str | None = None) -> str:
    """A job as a worker leaves it: claimed, then finished with ``status`` (and a result row, unless None)."""
    job_id = str(uuid.uuid4())
    image = image or f"s3://photos/{job_id}.jpg"
    lifecycle.claim(db, job_id=job_id, kind=kind, payload={"image": image, "hints": {"currency": "INR"}}
                    if kind == "receipt" else {"image": image}, worker="w1", lease_s=60, max_attempts=3)
    if status == "running":
        return job_id
    if status == "failed":
        lifecycle.fail(db, job_id=job_id, attempt=1, code="image_not_found", message="no such key")
    else:
        if result == "default":
            result = listing_result(job_id) if kind == "listing_qc" else receipt_result(job_id)
        with session_scope(db) as session:
            assert lifecycle.finish(session, job_id=job_id, attempt=1, status=status, result=result)
    if finished_at is not None:
        with session_scope(db) as session:
            session.execute(update(Job).where(Job.id == job_id).values(finished_at=finished_at))
    return job_id


def test_pending_lists_unreviewed_needs_review_jobs_of_the_kind_asked_oldest_first(db: Engine) -> None:
    newer = make_job(db, "listing_qc", "needs_review", finished_at=T0 + timedelta(minutes=5))
    older = make_job(db, "listing_qc", "needs_review", finished_at=T0)
    receipt = make_job(db, "receipt", "needs_review", finished_at=T0 + timedelta(minutes=1))
    reviewed = make_job(db, "listing_qc", "needs_review", finished_at=T0 - timedelta(hours=1))
    make_job(db, "listing_qc", "succeeded", finished_at=T0 - timedelta(hours=2))
    make_job(db, "listing_qc", "failed")
    make_job(db, "listing_qc", "running")
    record_review(db, reviewed, action="accept", reviewer="asha")

    listed = pending_reviews(db, kind="listing_qc")
    assert [p.job_id for p in listed] == [older, newer]
    first = listed[0]
    assert first.kind == "listing_qc" and first.image == f"s3://photos/{older}.jpg"
    assert first.reasons == ["model_untrusted", "blurry"]
    assert first.summary == "decision=review category=coffee mug quality=blurry conf=0.42"
    assert first.finished_at == T0 and first.last_review is None

    assert [p.job_id for p in pending_reviews(db, kind="receipt")] == [receipt]
    assert [p.job_id for p in pending_reviews(db)] == [older, receipt, newer]
    assert [p.job_id for p in pending_reviews(db, limit=2)] == [older, receipt]
    assert (count_pending(db), count_pending(db, kind="listing_qc"), count_pending(db, kind="receipt")) == (3, 2, 1)


def test_reviewed_jobs_are_listed_only_when_asked_with_their_last_decision(db: Engine) -> None:
    job = make_job(db, "listing_qc", "needs_review", finished_at=T0)
    record_review(db, job, action="reject", reviewer="asha", note="not a mug")
    assert pending_reviews(db) == []
    (listed,) = pending_reviews(db, include_reviewed=True)
    assert listed.job_id == job and listed.last_review == "reject by asha"


def test_a_receipt_summary_shows_the_fields_that_were_read(db: Engine) -> None:
    job = make_job(db, "receipt", "needs_review", result=None)
    with session_scope(db) as session:
        session.add(receipt_result(job, transaction_id=None, date=None))
    (listed,) = pending_reviews(db, kind="receipt")
    assert listed.summary == "merchant_name=Chai Point amount=245.00 currency=INR payment_status=success"
    assert listed.reasons == ["low_confidence:amount"]


def test_recording_a_correction_keeps_the_machine_output_and_takes_the_job_off_the_queue(db: Engine) -> None:
    job = make_job(db, "receipt", "needs_review")
    corrections = parse_corrections("receipt", ["amount=1,245.5", "merchant_name=chai point", "date=2026-11-26"])
    assert corrections == {"amount": "1245.50", "merchant_name": "chai point", "date": "2026-11-26"}

    saved = record_review(db, job, action="correct", reviewer="  asha  ", corrections=corrections, note="smudged")
    assert (saved.job_id, saved.kind, saved.action, saved.reviewer, saved.note) == (job, "receipt", "correct", "asha",
                                                                                    "smudged")
    # Only real changes are listed: the merchant differs only in case.
    assert saved.changes == {"amount": {"from": "245.00", "to": "1245.50"},
                             "date": {"from": "2026-11-27", "to": "2026-11-26"}}
    assert saved.machine_output["amount"] == "245.00" and saved.machine_output["merchant_name"] == "Chai Point"
    assert "job_id" not in saved.machine_output

    assert pending_reviews(db) == [] and count_pending(db) == 0
    (stored,) = reviews_of(db, job)
    assert stored.id == saved.id and stored.corrections == corrections and stored.created_at is not None
    with session_scope(db) as session:
        assert session.get(Job, job).status == "needs_review"  # the machine's record stays as it was
        result = session.get(ReceiptResult, job)
        assert (result.amount, result.date) == (Decimal("245.00"), "2026-11-27")


def test_a_succeeded_job_may_be_spot_checked(db: Engine) -> None:
    job = make_job(db, "listing_qc", "succeeded", result=None)
    with session_scope(db) as session:
        session.add(listing_result(job, decision="approve", approved=True, reasons=[]))
    saved = record_review(db, job, action="correct", reviewer="oncall",
                          corrections=parse_corrections("listing_qc", ["decision=REJECT"]))
    assert saved.changes == {"decision": {"from": "approve", "to": "reject"}}


@pytest.mark.parametrize("status", ["failed", "running"])
def test_a_job_that_is_not_waiting_for_review_cannot_be_reviewed(db: Engine, status: str) -> None:
    job = make_job(db, "listing_qc", status)
    with pytest.raises(ReviewError) as info:
        record_review(db, job, action="accept", reviewer="asha")
    assert str(info.value) == (f"job {job} is {status}: only needs_review (or succeeded, for spot checks) jobs have "
                               "an output to review; failed jobs are retried with `mmjobs retry`")
    assert reviews_of(db, job) == []


def test_an_unknown_job_or_one_without_a_result_cannot_be_reviewed(db: Engine) -> None:
    missing = str(uuid.uuid4())
    with pytest.raises(ReviewError, match=f"no job {missing}; `mmjobs review` lists the jobs waiting for review"):
        record_review(db, missing, action="accept", reviewer="asha")
    bare = make_job(db, "listing_qc", "needs_review", result=None)
    with pytest.raises(ReviewError, match=f"job {bare} has no stored result to review"):
        record_review(db, bare, action="accept", reviewer="asha")
    assert reviews_of(db, bare) == []


@pytest.mark.parametrize(
    ("action", "corrections", "reviewer", "message"),
    [
        ("correct", {}, "asha", "a correction needs at least one --correct field=value"),
        ("accept", {"amount": "1.00"}, "asha", "--accept takes no corrections; use --correct field=value alone"),
        ("reject", {"amount": "1.00"}, "asha", "--reject takes no corrections"),
        ("accept", None, "   ", "say who reviews: --reviewer NAME"),
    ],
)
def test_a_malformed_decision_is_refused_before_anything_is_stored(db: Engine, action: str, corrections: Any,
                                                                   reviewer: str, message: str) -> None:
    job = make_job(db, "receipt", "needs_review")
    with pytest.raises(ReviewError) as info:
        record_review(db, job, action=action, reviewer=reviewer, corrections=corrections)
    assert message in str(info.value)
    assert reviews_of(db, job) == [] and count_pending(db) == 1


def test_an_unknown_action_is_refused(db: Engine) -> None:
    job = make_job(db, "receipt", "needs_review")
    with pytest.raises(ValueError, match="'approve' is not a valid ReviewAction"):
        record_review(db, job, action="approve", reviewer="asha")


def test_a_second_review_is_kept_and_the_newest_one_counts(db: Engine) -> None:
    # models/reviews.py: "A job may be reviewed more than once; the newest review is the one that counts."
    job = make_job(db, "receipt", "needs_review")
    first = record_review(db, job, action="accept", reviewer="asha")
    second = record_review(db, job, action="correct", reviewer="ravi", corrections={"amount": "250.00"})
    assert [r.id for r in reviews_of(db, job)] == [first.id, second.id]
    (listed,) = pending_reviews(db, include_reviewed=True)
    assert listed.last_review == "correct by ravi"
    (record,) = label_records(db, actions=("accept", "correct"))
    assert (record["review_id"], record["reviewer"], record["labels"]["amount"]) == (second.id, "ravi", "250.00")


@pytest.mark.parametrize(
    ("kind", "item", "message"),
    [
        ("receipt", "amount", "write it as field=value"),
        ("receipt", "total=12", "receipt jobs have no correctable field 'total'; choose from merchant_name, amount"),
        ("receipt", "amount=12.345", "at most 2 decimals"),
        ("receipt", "amount=-1", "non-negative"),
        ("receipt", "amount=twelve", "give a number such as 1499.00"),
        ("receipt", "date=27/11/2026", "give the date as YYYY-MM-DD"),
        ("receipt", "currency=rupees", "give an ISO 4217 code"),
        ("receipt", "payment_status=done", "give one of success, failed, pending"),
        ("receipt", "merchant_name=  ", "give 1 to 255 characters"),
        ("listing_qc", "decision=review", "give one of approve, reject"),
        ("listing_qc", "amount=1", "listing_qc jobs have no correctable field 'amount'"),
    ],
)
def test_bad_corrections_say_which_one_and_how_to_write_it(kind: str, item: str, message: str) -> None:
    with pytest.raises(ReviewError) as info:
        parse_corrections(kind, [item])
    assert str(info.value).startswith(f"--correct {item!r}") and message in str(info.value)


def test_corrections_are_normalised() -> None:
    assert parse_corrections("receipt", ["currency= usd ", "payment_method=upi", "payment_status=SUCCESS"]) == {
        "currency": "USD", "payment_method": "UPI", "payment_status": "success"}
    with pytest.raises(ReviewError, match="jobs of kind 'invoice' cannot be reviewed"):
        parse_corrections("invoice", [])


def test_export_writes_the_corrected_receipts_as_labelled_json_lines(db: Engine) -> None:
    corrected = make_job(db, "receipt", "needs_review", image="s3://r/one.png")
    accepted = make_job(db, "receipt", "needs_review")
    rejected = make_job(db, "receipt", "needs_review")
    listing = make_job(db, "listing_qc", "needs_review")
    make_job(db, "receipt", "needs_review")  # not reviewed: no label
    record_review(db, corrected, action="correct", reviewer="asha",
                  corrections={"amount": "250.00", "transaction_id": "T999"}, note="blurred digits")
    record_review(db, accepted, action="accept", reviewer="asha")
    record_review(db, rejected, action="reject", reviewer="ravi")
    record_review(db, listing, action="correct", reviewer="asha", corrections={"decision": "approve"})

    out = io.StringIO()
    assert export_labels(db, out) == 1  # by default only corrections: the examples the model got wrong
    (record,) = [json.loads(line) for line in out.getvalue().splitlines()]
    assert (record["job_id"], record["kind"], record["action"], record["image"]) == (corrected, "receipt", "correct",
                                                                                      "s3://r/one.png")
    assert record["hints"] == {"currency": "INR"}
    assert record["labels"] == {"merchant_name": "Chai Point", "amount": "250.00", "currency": "INR",
                                "transaction_id": "T999", "date": "2026-11-27", "payment_method": "UPI",
                                "payment_status": "success"}
    assert record["corrected_fields"] == {"amount": "250.00", "transaction_id": "T999"}
    assert record["changes"] == {"amount": {"from": "245.00", "to": "250.00"},
                                 "transaction_id": {"from": "T2411271234", "to": "T999"}}
    assert record["machine_output"]["amount"] == "245.00"
    assert (record["reviewer"], record["note"]) == ("asha", "blurred digits")
    assert datetime.fromisoformat(record["reviewed_at"]).tzinfo is not None

    every = {r["job_id"]: r for r in label_records(db, actions=("accept", "correct", "reject"))}
    assert set(every) == {corrected, accepted, rejected}  # receipts only: the listing review is another kind
    assert every[accepted]["labels"]["amount"] == "245.00"  # accepted: the machine output is the label
    assert set(every[rejected]["labels"].values()) == {None}  # rejected: not a valid receipt, no fields

    (listing_record,) = label_records(db, kind="listing_qc")
    assert listing_record["labels"] == {"decision": "approve", "category": "coffee mug", "quality_label": "blurry"}


def test_export_since_leaves_out_older_reviews(db: Engine) -> None:
    old = make_job(db, "receipt", "needs_review")
    new = make_job(db, "receipt", "needs_review")
    record_review(db, old, action="correct", reviewer="asha", corrections={"amount": "1.00"})
    record_review(db, new, action="correct", reviewer="asha", corrections={"amount": "2.00"})
    with session_scope(db) as session:
        session.execute(update(Review).where(Review.job_id == old).values(created_at=T0 - timedelta(days=30)))
    assert [r["job_id"] for r in label_records(db)] == [old, new]  # oldest review first
    assert [r["job_id"] for r in label_records(db, since=T0 - timedelta(days=7))] == [new]
    assert export_labels(db, io.StringIO(), since=datetime.now(UTC) + timedelta(days=1)) == 0
