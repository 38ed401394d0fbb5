"""Receipts inside a worker: fetch the image, extract with the process's OCR and VLM batchers, map to a row.

Registers the VLM engine with the runtime, with the JSON schema and prompt the VLM must fill, so
``workers/`` builds it without knowing what a receipt is.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from models import JobStatus, ReceiptResult
from tasks.jobs.contracts import JobPayload, ReceiptPayload
from tasks.jobs.pipeline import Outcome
from tasks.receipts.extract import ReceiptVerdict, parse_receipt, vlm_runner
from tasks.receipts.rules import ReceiptRules, load_receipt_rules
from tasks.receipts.schema import VLM_JSON_SCHEMA, VLM_PROMPT, ReceiptHints
from workers import metrics
from workers.images import load_image
from workers.runtime import WorkerRuntime, register_engine
from workers.settings import Settings


def load_vlm(runtime: WorkerRuntime) -> Any:
    """The VLM engine, constrained to the receipt JSON schema."""
    from workers.engines.vlm import VLMEngine  # imports torch: loaded in a worker, on the first VLM job

    s = runtime.settings
    return VLMEngine.load(
        s.vlm_model, revision=s.vlm_revision, device=s.device, dtype=s.dtype,
        json_schema=VLM_JSON_SCHEMA, prompt=VLM_PROMPT, max_new_tokens=s.vlm_max_new_tokens,
        allow_random=s.allow_random_models,
    )


register_engine("vlm", load_vlm)


def receipt_rules(settings: Settings) -> ReceiptRules:
    """The receipt business rules of this deployment, loaded once per process."""
    return _receipt_rules(settings.policy_dir / "receipts.toml")


@lru_cache(maxsize=4)
def _receipt_rules(path: Path) -> ReceiptRules:
    return load_receipt_rules(path)


def handle_receipt(payload: JobPayload, runtime: WorkerRuntime) -> Outcome:
    """Fetch the receipt, extract fields (OCR, VLM or both), check them against the rules."""
    assert isinstance(payload, ReceiptPayload)
    extractor = payload.extractor or runtime.settings.receipt_extractor
    with metrics.image_fetch("receipt"):
        image = load_image(payload.image, runtime.settings)
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


def read_receipt(image: Any, *, extractor: str, hints: ReceiptHints | None, runtime: WorkerRuntime) -> ReceiptVerdict:
    """Extract and check one decoded receipt with this process's OCR (and VLM) batchers (task and CLI)."""
    run_vlm = vlm_runner(runtime.batcher("vlm")) if extractor in ("vlm", "hybrid") else None
    return parse_receipt(image, extractor=extractor, run_ocr=runtime.batcher("ocr").run, run_vlm=run_vlm,
                         rules=receipt_rules(runtime.settings), hints=hints)


def _enum_value(value: Any) -> Any:
    return getattr(value, "value", value)
