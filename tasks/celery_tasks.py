"""The Celery tasks: thin wrappers that hand a job to the pipeline with its handler.

Each handler fetches its inputs, calls the pure QC or receipt logic, and returns the
result row; the pipeline (tasks/pipeline.py) owns claiming, retries and persistence.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from models import JobStatus, ListingQCResult, ReceiptResult
from tasks.backfill import SHARD_TASK as LISTING_QC_SHARD_TASK
from tasks.contracts import JobPayload, ListingQCPayload, ReceiptPayload
from tasks.pipeline import Outcome, run_job
from tasks.policy import PolicyStore
from workers import metrics
from workers.app import LISTING_QC_TASK, PRUNE_TASK, RECEIPT_TASK, app
from workers.images import load_image
from workers.runtime import WorkerRuntime
from workers.settings import Settings

DECISION_STATUS = {"approve": JobStatus.SUCCEEDED, "reject": JobStatus.SUCCEEDED, "review": JobStatus.NEEDS_REVIEW}


def policy_store(settings: Settings) -> PolicyStore:
    """The QC policies of this deployment, loaded once per process."""
    return _policy_store(settings.policy_dir, settings.default_policy)


@lru_cache(maxsize=4)
def _policy_store(folder: Path, default: str) -> PolicyStore:
    return PolicyStore(folder, default)


def receipt_rules(settings: Settings) -> Any:
    """The receipt business rules of this deployment, loaded once per process."""
    return _receipt_rules(settings.policy_dir / "receipts.toml")


@lru_cache(maxsize=4)
def _receipt_rules(path: Path) -> Any:
    from tasks.receipt_rules import load_receipt_rules

    return load_receipt_rules(path)


@app.task(name=LISTING_QC_TASK, bind=True)
def listing_qc(self: Any, **payload: Any) -> dict[str, Any]:
    """Judge one product photo and record the verdict."""
    return run_job(self, "listing_qc", payload, handle_listing_qc)


@app.task(name=LISTING_QC_SHARD_TASK, bind=True)
def listing_qc_shard(self: Any, *, jobs: list[dict[str, Any]]) -> dict[str, Any]:
    """Judge a shard of a backfill manifest's photos in shared batches and record each verdict."""
    from tasks.backfill import run_shard

    return run_shard(self, jobs)


@app.task(name=RECEIPT_TASK, bind=True)
def receipt(self: Any, **payload: Any) -> dict[str, Any]:
    """Parse one payment receipt and record its fields."""
    return run_job(self, "receipt", payload, handle_receipt)


@app.task(name=PRUNE_TASK)
def prune_old_jobs() -> dict[str, Any]:
    """Apply the deployment's retention setting (sent by Celery beat; see README "Retention")."""
    from models import get_engine
    from tasks.retention import PruneError, prune, retention_request
    from workers.settings import get_settings

    settings = get_settings()
    request = retention_request(settings)
    if request is None:
        return {"skipped": "retention is off (MMJOBS_RETENTION_DAYS=0)"}
    try:
        return prune(get_engine(settings.database_url), request).as_dict()
    except PruneError as exc:  # e.g. the previous run is still going: it finishes the work
        return {"skipped": str(exc)}


def handle_listing_qc(payload: JobPayload, runtime: WorkerRuntime) -> Outcome:
    """Fetch the photo, score it in a shared CLIP batch, apply the policy."""
    assert isinstance(payload, ListingQCPayload)
    settings = runtime.settings
    with metrics.image_fetch("listing_qc"):
        image = load_image(payload.image, settings)
    verdict = judge_listing(image, payload, runtime)
    return listing_qc_outcome(payload, verdict, runtime.engine("clip"))


def judge_listing(image: Any, payload: ListingQCPayload, runtime: WorkerRuntime) -> Any:
    """Judge one decoded photo with this process's CLIP batcher and the payload's policy (task and CLI)."""
    from tasks.listing_qc import check_listing

    settings = runtime.settings
    return check_listing(image, payload, policy_store(settings).get(payload.policy),
                         run_clip=runtime.batcher("clip").run, model_trusted=runtime.engine("clip").trusted,
                         tesseract_cmd=settings.tesseract_cmd)


def listing_qc_outcome(payload: ListingQCPayload, verdict: Any, clip: Any) -> Outcome:
    """The job state and result row for a QC verdict (the online and the bulk path write the same row)."""
    scores = verdict.clip
    row = ListingQCResult(
        job_id=payload.job_id,
        decision=verdict.decision,
        approved=verdict.approved,
        confidence=verdict.confidence,
        reasons=verdict.reasons,
        quality_label=scores.quality_label if scores else None,
        quality_scores={k: round(v, 4) for k, v in scores.criteria.items()} if scores else {},
        category=scores.category if scores else None,
        category_confidence=scores.category_confidence if scores else None,
        description_match=scores.description_match if scores else None,
        pixel_metrics={**verdict.pixel_metrics, "details": verdict.details},
        model_id=clip.model_id,
        model_revision=clip.revision,
        model_trusted=verdict.model_trusted,
        policy_name=verdict.policy_name,
        policy_version=verdict.policy_version,
    )
    return Outcome(DECISION_STATUS[verdict.decision], row,
                   {"decision": verdict.decision, "reasons": verdict.reasons})


def handle_receipt(payload: JobPayload, runtime: WorkerRuntime) -> Outcome:
    """Fetch the receipt, extract fields (OCR, VLM or both), check them against the rules."""
    from tasks.receipt_schema import ReceiptHints

    assert isinstance(payload, ReceiptPayload)
    settings = runtime.settings
    extractor = payload.extractor or settings.receipt_extractor
    with metrics.image_fetch("receipt"):
        image = load_image(payload.image, settings)
    hints = ReceiptHints(**payload.hints.model_dump()) if payload.hints else None
    verdict = read_receipt(image, extractor=extractor, hints=hints, runtime=runtime)
    model_id = runtime.engine("vlm").model_id if extractor in ("vlm", "hybrid") else None
    fields = verdict.fields
    row = ReceiptResult(
        job_id=payload.job_id,
        extractor=verdict.extractor,
        merchant_name=fields.merchant_name.value,
        amount=fields.amount.value,
        currency=fields.currency.value,
        transaction_id=fields.transaction_id.value,
        date=fields.date.value.isoformat() if fields.date.value else None,
        payment_method=_enum_value(fields.payment_method.value),
        payment_status=_enum_value(fields.status.value),
        confidence=verdict.confidence,
        reasons=verdict.reasons,
        fields=fields.model_dump(mode="json"),
        raw_model_output=verdict.raw_model_output,
        ocr_text=verdict.ocr_text,
        model_id=model_id,
    )
    status = JobStatus.SUCCEEDED if verdict.status == "succeeded" else JobStatus.NEEDS_REVIEW
    return Outcome(status, row, {"reasons": verdict.reasons})


def read_receipt(image: Any, *, extractor: str, hints: Any, runtime: WorkerRuntime) -> Any:
    """Extract and check one decoded receipt with this process's OCR (and VLM) batchers (task and CLI)."""
    from tasks.receipts import parse_receipt, vlm_runner

    run_vlm = vlm_runner(runtime.batcher("vlm")) if extractor in ("vlm", "hybrid") else None
    return parse_receipt(image, extractor=extractor, run_ocr=runtime.batcher("ocr").run, run_vlm=run_vlm,
                         rules=receipt_rules(runtime.settings), hints=hints)


def _enum_value(value: Any) -> Any:
    return getattr(value, "value", value)
