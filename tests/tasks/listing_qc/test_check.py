"""QC decisions: pixel vetoes, CLIP criteria, category and description checks, untrusted models."""

from __future__ import annotations

import numpy as np
import pytest

from tasks.listing_qc.handler import policy_store
from tasks.jobs.contracts import ListingQCPayload
from tasks.listing_qc.check import ClipScores, check_listing, clip_request, decide, listing_text, score_clip
from tasks.listing_qc.pixel_checks import judge_pixels, measure_pixels
from workers.engines.base import Batcher
from workers.engines.clip import ClipEmbeddings, ClipEngine
from workers.settings import Settings


@pytest.fixture(scope="module")
def policy():
    return policy_store(Settings()).get("default")


def clean_scores(**overrides: float) -> ClipScores:
    criteria = {"professional": 0.9, "blurry": 0.1, "cluttered": 0.1, "lifestyle": 0.1, "watermark": 0.1, "dark": 0.1}
    criteria.update(overrides)
    return ClipScores(criteria=criteria, quality_label="professional product photo on a white background",
                      category="coffee mug", category_confidence=0.9, category_scores={"coffee mug": 0.9},
                      description_match=0.31)


def payload(**fields: object) -> ListingQCPayload:
    return ListingQCPayload(**{"image": "s3://b/k.jpg", "title": "Ceramic coffee mug", **fields})


def test_clean_photo_with_confident_clip_is_approved(policy, clean_product_photo) -> None:
    metrics = measure_pixels(clean_product_photo, detect_overlay_text=False)
    verdict = decide(metrics, judge_pixels(metrics, policy.pixel, require_white_background=True), clean_scores(),
                     payload(category="coffee mug"), policy, model_trusted=True)
    assert verdict.decision == "approve" and verdict.approved
    assert verdict.reasons == []
    assert verdict.confidence == pytest.approx(0.9)


def test_pixel_veto_beats_a_happy_clip(policy, blurred_product_photo) -> None:
    metrics = measure_pixels(blurred_product_photo, detect_overlay_text=False)
    verdict = decide(metrics, judge_pixels(metrics, policy.pixel, require_white_background=True), clean_scores(),
                     payload(), policy, model_trusted=True)
    assert verdict.decision == "reject" and not verdict.approved
    assert "blurry" in verdict.reasons
    assert any("sharpness" in d or "blur" in d for d in verdict.details)


@pytest.mark.parametrize("criterion, code", [("watermark", "watermark"), ("cluttered", "cluttered"),
                                             ("lifestyle", "lifestyle_photo"), ("dark", "dark")])
def test_confident_clip_criterion_sends_to_review(policy, clean_product_photo, criterion, code) -> None:
    metrics = measure_pixels(clean_product_photo, detect_overlay_text=False)
    verdict = decide(metrics, [], clean_scores(**{criterion: 0.97}), payload(), policy, model_trusted=True)
    assert verdict.decision == "review" and code in verdict.reasons
    assert verdict.confidence == pytest.approx(0.97)


def test_declared_category_contradicted_by_the_photo(policy, clean_product_photo) -> None:
    metrics = measure_pixels(clean_product_photo, detect_overlay_text=False)
    verdict = decide(metrics, [], clean_scores(), payload(category="saree"), policy, model_trusted=True)
    assert verdict.decision == "review" and "category_mismatch" in verdict.reasons


def test_text_that_does_not_match_the_photo(policy, clean_product_photo) -> None:
    metrics = measure_pixels(clean_product_photo, detect_overlay_text=False)
    scores = clean_scores()
    mismatched = ClipScores(**{**scores.__dict__, "description_match": 0.05})
    verdict = decide(metrics, [], mismatched, payload(), policy, model_trusted=True)
    assert "description_mismatch" in verdict.reasons


def test_random_weights_never_approve(policy, clean_product_photo) -> None:
    metrics = measure_pixels(clean_product_photo, detect_overlay_text=False)
    verdict = decide(metrics, [], clean_scores(watermark=0.99), payload(), policy, model_trusted=False)
    assert verdict.decision == "review" and verdict.reasons == ["model_untrusted"]


def test_scores_come_from_prompt_ensembles_not_single_prompts(policy) -> None:
    """With embeddings chosen by hand, the ensemble mean decides the criterion."""
    dim = 8
    texts = {}
    rng = np.random.default_rng(0)
    request = clip_request(object(), payload(), policy)  # type: ignore[arg-type]
    for prompt in (*request.texts, *request.fresh_texts):
        v = rng.normal(size=dim)
        texts[prompt] = v / np.linalg.norm(v)
    image = np.mean([texts[p] for p in policy.criteria["watermark"].positive], axis=0)
    image /= np.linalg.norm(image)
    scores = score_clip(ClipEmbeddings(image=image, texts=texts, logit_scale=100.0), payload(), policy)
    assert scores.criteria["watermark"] > 0.99
    assert scores.category in policy.taxonomy.categories
    assert abs(sum(scores.category_scores.values()) - 1) < 1e-3


def test_tiny_clip_through_the_production_path(policy, tiny_clip_dir, clean_product_photo) -> None:
    engine = ClipEngine.load(str(tiny_clip_dir), device="cpu", dtype="float32")
    assert engine.trusted is False  # the config carries the random-weights marker
    batcher = Batcher(engine, max_batch_size=4)
    p = payload(categories=["coffee mug", "saree"], category="coffee mug")
    verdict = check_listing(clean_product_photo, p, policy, run_clip=batcher.run, model_trusted=engine.trusted)
    assert verdict.decision == "review" and "model_untrusted" in verdict.reasons
    assert set(verdict.clip.category_scores) == {"coffee mug", "saree"}
    # Embeddings are unit length, and prompts were encoded once and cached; a listing's own text is
    # encoded with its batch and never cached (unique listings must not grow the worker).
    emb = batcher.run(clip_request(clean_product_photo, p, policy))
    assert np.linalg.norm(emb.image) == pytest.approx(1.0, abs=1e-4)
    cached = len(engine._text_cache)
    other = payload(title="A different listing text", categories=["coffee mug", "saree"])
    fresh = batcher.run(clip_request(clean_product_photo, other, policy))
    assert len(engine._text_cache) == cached and listing_text(other) not in engine._text_cache
    np.testing.assert_allclose(fresh.texts[listing_text(other)], engine._encode([listing_text(other)])[0], atol=1e-5)
    golden = batcher.run(clip_request(clean_product_photo, p, policy))
    np.testing.assert_allclose(golden.image, emb.image, atol=1e-5)  # deterministic on the CPU


def test_ensemble_means_are_reused_only_while_the_engine_hands_out_the_same_prompt_vectors() -> None:
    from tasks.listing_qc.check import _ensemble_similarities

    rng = np.random.default_rng(7)

    def unit() -> np.ndarray:
        v = rng.standard_normal(8).astype(np.float32)
        return v / np.linalg.norm(v)

    def expected(emb: ClipEmbeddings) -> list[float]:
        out = []
        for group in groups:
            mean = np.mean([emb.texts[t] for t in group], axis=0)
            out.append(float(mean @ emb.image / np.linalg.norm(mean)))
        return out

    groups = (("a", "b"), ("c",))
    vectors = {t: unit() for t in "abc"}
    first = ClipEmbeddings(image=unit(), texts=dict(vectors), logit_scale=100.0)
    second = ClipEmbeddings(image=unit(), texts=dict(vectors), logit_scale=100.0)  # same prompt vectors, new photo
    changed = ClipEmbeddings(image=second.image, texts={**vectors, "b": unit()}, logit_scale=100.0)  # re-encoded
    for emb in (first, second, changed, second):
        assert np.allclose(_ensemble_similarities(emb, groups), expected(emb), atol=1e-6)
