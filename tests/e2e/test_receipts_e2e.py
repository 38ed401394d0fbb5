"""Receipts end to end: rendered receipts in S3 → Redis → real worker (Tesseract) → receipt_results."""

from __future__ import annotations

import io
import uuid

import pytest
from PIL import Image
from sqlalchemy import func, select

from bench.receipt_dataset import make_receipt
from models import Job, ReceiptResult, get_engine, session_scope
from tasks.jobs.producer import enqueue_receipt

pytestmark = pytest.mark.slow


def png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def wait_receipt(worker, mmjobs_env, wait_for):  # noqa: ANN001
    db = get_engine(mmjobs_env["MMJOBS_DATABASE_URL"])

    def load(job_id: str) -> tuple[Job, ReceiptResult | None, int]:
        with session_scope(db) as session:
            count = session.execute(
                select(func.count()).select_from(ReceiptResult).where(ReceiptResult.job_id == job_id)).scalar_one()
            return session.get(Job, job_id), session.get(ReceiptResult, job_id), count

    def _wait(job_id: str) -> tuple[Job, ReceiptResult | None, int]:
        def done() -> bool:
            job = load(job_id)[0]
            return job is not None and job.status in ("succeeded", "needs_review", "failed")

        assert wait_for(done, timeout=120), f"receipt job {job_id} not finished:\n{worker.log()[-3000:]}"
        return load(job_id)

    return _wait


@pytest.mark.parametrize("index", [0, 1, 2, 5])
def test_rendered_receipt_lands_in_receipt_results_with_evidence(index, s3, wait_receipt) -> None:  # noqa: ANN001
    sample = make_receipt(index, seed=7)
    ref = s3.put(f"receipts/{uuid.uuid4()}.png", png(sample.clean))
    job_id = enqueue_receipt(ref, extractor="ocr")
    job, result, count = wait_receipt(job_id)
    assert count == 1 and result is not None, (job.status, job.error_code, job.error_message)
    truth = sample.truth
    got = {
        "merchant_name": result.merchant_name,
        "amount": f"{result.amount:.2f}" if result.amount is not None else None,
        "currency": result.currency,
        "transaction_id": result.transaction_id,
        "date": result.date,
        "payment_method": result.payment_method,
        "status": result.payment_status,
    }
    assert got == truth.as_dict(), f"{sample.lines}\nOCR: {result.ocr_text}"
    assert result.extractor == "ocr"
    for name, value in truth.as_dict().items():
        field = result.fields[name]
        if value is None:
            assert field["value"] is None  # absent on the page → null, never guessed
        else:
            assert field["evidence"], f"{name} has no OCR evidence"
            assert all(len(e["box"]) == 4 for e in field["evidence"])
            assert 0 < field["confidence"] <= 1
    assert result.ocr_text
    assert job.status == ("succeeded" if not result.reasons else "needs_review")


@pytest.mark.parametrize("case", ["blank", "all_black", "unsupported_currency"])
def test_unreadable_or_unsupported_receipts_need_review(case, s3, wait_receipt) -> None:  # noqa: ANN001
    if case == "blank":
        image = Image.new("RGB", (800, 1000), "white")
    elif case == "all_black":
        image = Image.new("RGB", (800, 1000), "black")
    else:
        from tasks.ops.demo import draw_receipt

        image = draw_receipt(["Payment Successful", "Paid to Zurich Books", "Amount: CHF 42.00",
                              "Txn ID: TXN77AB12", "Date: 2026-10-02", "Paid by Visa card"])
    job_id = enqueue_receipt(s3.put(f"receipts/{case}-{uuid.uuid4()}.png", png(image)), extractor="ocr")
    job, result, count = wait_receipt(job_id)
    assert job.status == "needs_review", (job.status, job.error_code, job.error_message)
    assert count == 1 and result is not None and result.reasons
    if case == "unsupported_currency":
        assert any("currency" in r for r in result.reasons), result.reasons
    else:
        assert result.amount is None and result.merchant_name is None


def test_corrupt_receipt_image_fails_alone(s3, bad_images, wait_receipt) -> None:  # noqa: ANN001
    bad = enqueue_receipt(s3.put(f"receipts/{uuid.uuid4()}.jpg", bad_images.truncated_jpeg), extractor="ocr")
    job, result, _ = wait_receipt(bad)
    assert job.status == "failed" and job.error_code == "not_an_image" and result is None
