"""Listing-photo QC: pixel checks + CLIP scores + policy → approve / review / reject.

Pure functions over a decoded image and a way to run CLIP (``run_clip``), so the task,
the local ``mmjobs check-listing`` command and the tests all judge photos the same way.

Decision rules (in order):
1. A pixel finding of severity ``reject`` (certain: far too small, far too blurry, far too
   dark) rejects, whatever CLIP says.
2. CLIP criteria above their ``reject_at`` reject; above ``review_at`` they send to review.
3. A declared category contradicted by a confident prediction, or a listing text that does
   not match the photo, sends to review.
4. With a model marked as random (the offline demo), CLIP-based reasons are not used and
   the photo cannot be approved: it goes to review with ``model_untrusted``.
5. Otherwise the photo is approved. ``approved`` is true only for ``approve``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

import numpy as np
from PIL import Image

from tasks.jobs.contracts import ListingQCPayload
from tasks.listing_qc.pixel_checks import (NORMALISED_SIDE, PixelFinding, PixelMetrics, judge_pixels,
                                           measure_pixels, normalised_copy)
from tasks.listing_qc.policy import Policy
from workers.engines.clip import ClipEmbeddings, ClipRequest
from workers.images import DecodeTarget

Decision = Literal["approve", "review", "reject"]
# Pixel checks measure; when one is certain, its verdict is as good as certain too.
PIXEL_CERTAINTY = 0.99


@dataclass(frozen=True)
class ClipScores:
    """What CLIP said about one photo (probabilities in 0..1, similarity as cosine)."""

    criteria: dict[str, float]
    quality_label: str
    category: str | None
    category_confidence: float | None
    category_scores: dict[str, float]
    description_match: float | None


@dataclass(frozen=True)
class Verdict:
    decision: Decision
    confidence: float
    reasons: list[str]
    details: list[str]
    pixel_metrics: dict[str, Any]
    clip: ClipScores | None
    model_trusted: bool
    policy_name: str
    policy_version: str
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def approved(self) -> bool:
        return self.decision == "approve"


def listing_text(payload: ListingQCPayload) -> str | None:
    """The text the photo should match: title and description, as one sentence."""
    text = ". ".join(part for part in (payload.title, payload.description) if part)
    return text or None


def candidate_categories(payload: ListingQCPayload, policy: Policy) -> list[str]:
    """The job's own candidates, else the policy's taxonomy; the declared category is always a candidate."""
    categories = list(payload.categories or policy.taxonomy.categories)
    if payload.category and payload.category not in categories:
        categories.append(payload.category)
    return categories


def clip_request(image: Image.Image, payload: ListingQCPayload, policy: Policy) -> ClipRequest:
    """Every text this photo is compared with: the policy's prompts (cached by the engine) and the listing's own."""
    texts: list[str] = list(policy.criterion_prompts)
    for category in candidate_categories(payload, policy):
        texts.extend(policy.category_prompts(category))
    description = listing_text(payload)
    return ClipRequest(image=image, texts=tuple(dict.fromkeys(texts)),
                       fresh_texts=(description,) if description else ())


@lru_cache(maxsize=256)
def _ensemble_plan(groups: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], np.ndarray, np.ndarray]:
    """Every ensemble's prompts laid end to end, where each ensemble starts, and its size.

    It depends on the policy and the candidate categories only, so every photo judged under them
    shares it, and a photo's ensembles take a few array operations instead of a mean per ensemble.
    """
    if not all(groups):
        raise ValueError("a prompt ensemble is empty")  # reduceat would silently take the next one's first prompt
    texts = tuple(t for group in groups for t in group)
    sizes = np.array([len(group) for group in groups], dtype=np.float64)
    starts = np.concatenate(([0], np.cumsum(sizes[:-1]))).astype(np.intp)
    return texts, starts, sizes


def _ensemble_similarities(emb: ClipEmbeddings, groups: tuple[tuple[str, ...], ...]) -> np.ndarray:
    """Cosine of the photo with each ensemble's renormalised mean prompt (prompt ensembling, CLIP paper §3.1.4).

    Element-wise sums only, no matrix product: BLAS would start its own threads under each of the
    worker's task threads, and the scoring of one photo would wait on all of them.
    """
    return (_ensemble_means(emb, groups) * emb.image).sum(axis=1)


# Ensemble means by prompt groups, with the prompt vectors they were made from. The engine hands out the
# same cached vector objects photo after photo, so the means are reused until one of them changes.
_MEANS: dict[tuple[tuple[str, ...], ...], tuple[tuple[np.ndarray, ...], np.ndarray]] = {}
_MEANS_LIMIT = 64  # groups differ only by a job's own candidate categories; keep a few dozen


def _ensemble_means(emb: ClipEmbeddings, groups: tuple[tuple[str, ...], ...]) -> np.ndarray:
    texts, starts, sizes = _ensemble_plan(groups)
    vectors = tuple(emb.texts[t] for t in texts)
    kept = _MEANS.get(groups)
    if kept is not None and all(a is b for a, b in zip(kept[0], vectors, strict=True)):
        return kept[1]
    means = np.add.reduceat(np.stack(vectors), starts, axis=0) / sizes[:, None]
    means /= np.maximum(np.sqrt((means * means).sum(axis=1, keepdims=True)), 1e-12)
    means.setflags(write=False)
    if len(_MEANS) >= _MEANS_LIMIT:
        _MEANS.clear()
    _MEANS[groups] = (vectors, means)
    return means


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits - logits.max())
    return shifted / shifted.sum()


def score_clip(emb: ClipEmbeddings, payload: ListingQCPayload, policy: Policy) -> ClipScores:
    """Turn embeddings into per-criterion probabilities, a category and a description match."""
    names = list(policy.criteria)
    categories = candidate_categories(payload, policy)
    groups = (*(tuple(policy.criteria[n].positive) for n in names),
              *(tuple(policy.criteria[n].negative) for n in names),
              *(policy.category_prompts(c) for c in categories))
    similarities = _ensemble_similarities(emb, groups)
    positive, negative = similarities[: len(names)], similarities[len(names) : 2 * len(names)]
    criteria = {name: float(_softmax(np.array([pos, neg]) * emb.logit_scale)[0])
                for name, pos, neg in zip(names, positive, negative, strict=True)}
    quality_label = policy.criteria[names[int(np.argmax(positive))]].label

    probs = _softmax(similarities[2 * len(names) :] * emb.logit_scale)
    best = int(np.argmax(probs))
    description = listing_text(payload)
    match = float(emb.image @ emb.texts[description]) if description else None
    return ClipScores(
        criteria=criteria,
        quality_label=quality_label,
        category=categories[best],
        category_confidence=float(probs[best]),
        category_scores={c: round(float(p), 4) for c, p in zip(categories, probs, strict=True)},
        description_match=match,
    )


def decide(
    metrics: PixelMetrics,
    findings: list[PixelFinding],
    scores: ClipScores | None,
    payload: ListingQCPayload,
    policy: Policy,
    *,
    model_trusted: bool,
) -> Verdict:
    """Apply the decision rules in the module docstring."""
    reasons: list[str] = []
    details: list[str] = []
    rejects: list[float] = []
    reviews: list[float] = []

    def flag(code: str, detail: str, severity: str, certainty: float) -> None:
        if code not in reasons:
            reasons.append(code)
            details.append(f"{code}: {detail}")
        (rejects if severity == "reject" else reviews).append(certainty)

    for finding in findings:
        flag(finding.code, finding.detail, finding.severity, PIXEL_CERTAINTY)

    good_margin = 1.0
    if scores is not None and model_trusted:
        for name, criterion in policy.criteria.items():
            p = scores.criteria[name]
            if criterion.good:
                continue
            good_margin = min(good_margin, 1.0 - p)
            if criterion.reject_at is not None and p >= criterion.reject_at:
                flag(criterion.reason or name, f"CLIP: {criterion.label} p={p:.2f} ≥ {criterion.reject_at}", "reject", p)
            elif p >= criterion.review_at:
                flag(criterion.reason or name, f"CLIP: {criterion.label} p={p:.2f} ≥ {criterion.review_at}", "review", p)
        conf = scores.category_confidence or 0.0
        if payload.category and scores.category != payload.category and conf >= policy.clip.category_min_confidence:
            flag("category_mismatch",
                 f"declared {payload.category!r} but the photo looks like {scores.category!r} (p={conf:.2f})",
                 "review", conf)
        if scores.description_match is not None and scores.description_match < policy.clip.description_min_similarity:
            flag("description_mismatch",
                 f"photo–text similarity {scores.description_match:.3f} < {policy.clip.description_min_similarity}",
                 "review", 1.0 - max(scores.description_match, 0.0))
    elif scores is not None:
        flag("model_untrusted", "the CLIP weights are random (offline demo): CLIP scores are meaningless", "review", 1.0)

    if rejects:
        decision: Decision = "reject"
        confidence = max(rejects)
    elif reviews:
        decision = "review"
        confidence = max(reviews)
    else:
        decision = "approve"
        confidence = good_margin
    return Verdict(
        decision=decision,
        confidence=round(float(confidence), 4),
        reasons=reasons,
        details=details,
        pixel_metrics=metrics.as_dict(),
        clip=scores,
        model_trusted=model_trusted,
        policy_name=policy.name,
        policy_version=policy.version,
    )


def decode_target(model_side: int) -> DecodeTarget:
    """What of a photo the checks and the model need: the pixel checks' longest side, the model's shortest side."""
    return DecodeTarget(longest=NORMALISED_SIDE, shortest=model_side)


def working_copy(image: Image.Image, model_side: int) -> Image.Image:
    """The one resized copy of a photo that the pixel checks and the model's preprocessing both start from.

    It is the pixel checks' normalised copy (so their numbers do not change) whenever that copy still
    has the ``model_side`` the model resizes to; a photo too long and thin for that (a panorama) stays
    as decoded, and the pixel checks shrink their own copy of it.
    """
    small = normalised_copy(image)
    if min(small.size) >= min(model_side, min(image.size)):
        return small
    return image


def check_listing(
    image: Image.Image,
    payload: ListingQCPayload,
    policy: Policy,
    *,
    run_clip: Callable[[ClipRequest], ClipEmbeddings],
    model_trusted: bool,
    tesseract_cmd: str = "tesseract",
    overlay_text_reader: str = "tesseract",
    metrics: PixelMetrics | None = None,
    model_side: int = 224,
) -> Verdict:
    """Judge one decoded photo: measure pixels (unless ``metrics`` has them already), ask CLIP, apply the policy.

    ``model_side``: the shortest side the model's preprocessing resizes to (``ClipEngine.image_side``);
    both start from one ``working_copy`` of the photo.
    """
    image = working_copy(image, model_side)
    if metrics is None:
        metrics = measure_pixels(image, detect_overlay_text=policy.detect_overlay_text, tesseract_cmd=tesseract_cmd,
                                 overlay_text_reader=overlay_text_reader)
    findings = judge_pixels(metrics, policy.pixel, require_white_background=policy.require_white_background)
    embeddings = run_clip(clip_request(image, payload, policy))
    scores = score_clip(embeddings, payload, policy)
    return decide(metrics, findings, scores, payload, policy, model_trusted=model_trusted)
