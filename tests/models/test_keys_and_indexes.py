"""The schema at scale: no surrogate key that overflows, and the indexes the reports and retention rely on."""

from __future__ import annotations

from sqlalchemy import inspect, select, text

from models import JobAttempt, Review, get_engine, session_scope
from tasks.jobs import lifecycle
from tasks.ops.review import record_review
from tests.fixtures.services import fresh_database

PAST_INT32 = 2**31 + 7


def test_attempts_and_reviews_keep_working_past_two_billion() -> None:
    with fresh_database() as url:
        engine = get_engine(url)
        with engine.begin() as conn:
            for table in ("job_attempts", "reviews"):
                conn.execute(text(f"SELECT setval('{table}_id_seq', {PAST_INT32})"))
        claim = lifecycle.claim(engine, job_id="job-after-2b", kind="receipt", payload={"image": "s3://b/k"},
                                worker="w1", lease_s=60, max_attempts=3)
        assert claim.outcome == lifecycle.ClaimOutcome.RUN
        with engine.begin() as conn:
            conn.execute(text("UPDATE jobs SET status = 'needs_review' WHERE id = 'job-after-2b'"))
            conn.execute(text("INSERT INTO receipt_results (job_id, extractor, confidence, reasons, fields, created_at)"
                              " VALUES ('job-after-2b', 'ocr', 0.5, '[]', '{}', now())"))
        review = record_review(engine, "job-after-2b", action="accept", reviewer="ana")
        with session_scope(engine) as session:
            attempt_id = session.execute(select(JobAttempt.id).where(JobAttempt.job_id == "job-after-2b")).scalar_one()
        assert attempt_id > PAST_INT32 and review.id > PAST_INT32


def test_time_windows_have_brin_indexes_and_every_key_is_64_bit() -> None:
    with fresh_database() as url:
        engine = get_engine(url)
        with engine.connect() as conn:
            methods = dict(conn.execute(text(
                "SELECT i.relname, am.amname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
                "JOIN pg_am am ON am.oid = i.relam")).all())
            sequences = dict(conn.execute(text("SELECT sequencename, data_type::text FROM pg_sequences")).all())
        for name in ("ix_jobs_created_at_brin", "ix_listing_qc_results_created_at_brin",
                     "ix_receipt_results_created_at_brin"):
            assert methods[name] == "brin"
        assert methods["ix_jobs_needs_review_finished"] == "btree"
        assert sequences == {"job_attempts_id_seq": "bigint", "reviews_id_seq": "bigint"}
        columns = inspect(engine)
        for model in (JobAttempt, Review):
            id_type = next(c["type"] for c in columns.get_columns(model.__tablename__) if c["name"] == "id")
            assert str(id_type) == "BIGINT"
