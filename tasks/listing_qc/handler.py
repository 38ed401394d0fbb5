"""Listing QC inside a worker: fetch the photo, judge it with the process's CLIP batcher, map the verdict to a row.

The online task and the bulk path write the same result row (``listing_qc_outcome``); the CLI's
``check-listing`` judges a local photo with the same ``judge_listing``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from models import JobStatus, ListingQCResult
from tasks.jobs.contracts import JobPayload, ListingQCPayload
from tasks.jobs.pipeline import Outcome
from tasks.listing_qc.check import Verdict, check_listing, decode_target
from tasks.listing_qc.policy import PolicyStore
from workers import metrics
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


def handle_listing_qc(payload: JobPayload, runtime: WorkerRuntime) -> Outcome:
    """Fetch the photo, score it in a shared CLIP batch, apply the policy."""
    assert isinstance(payload, ListingQCPayload)
    with metrics.image_fetch("listing_qc"):
        # A JPEG is decoded only as large as the pixel checks and the model need (DCT scaling).
        image = load_image(payload.image, runtime.settings, target=decode_target(runtime.engine("clip").image_side))
    verdict = judge_listing(image, payload, runtime)
    return listing_qc_outcome(payload, verdict, runtime.engine("clip"))


def judge_listing(image: Any, payload: ListingQCPayload, runtime: WorkerRuntime) -> Verdict:
    """Judge one decoded photo with this process's CLIP batcher and the payload's policy (task and CLI)."""
    settings = runtime.settings
    clip = runtime.engine("clip")
    return check_listing(image, payload, policy_store(settings).get(payload.policy),
                         run_clip=runtime.batcher("clip").run, model_trusted=clip.trusted,
                         tesseract_cmd=settings.tesseract_cmd, overlay_text_reader=settings.overlay_text_reader,
                         model_side=clip.image_side)


def listing_qc_outcome(payload: ListingQCPayload, verdict: Verdict, clip: Any) -> Outcome:
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
