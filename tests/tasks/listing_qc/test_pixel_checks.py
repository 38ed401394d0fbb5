"""Pixel checks on real photographs: a clean packshot passes, each degradation gets its reason code."""

from __future__ import annotations

import json

import pydantic
import pytest
from PIL import Image

from tasks.listing_qc.pixel_checks import PixelMetrics, PixelThresholds, judge_pixels, measure_pixels
from tests.fixtures.photos import product_on_white, resized, tiny
from workers.engines.ocr import tesseract_available

needs_tesseract = pytest.mark.skipif(
    not tesseract_available(), reason="Debian's tesseract-ocr is not installed"
)

DEFAULTS = PixelThresholds()


def codes(image: Image.Image, *, white: bool = True, ocr: bool = False) -> dict[str, str]:
    metrics = measure_pixels(image, detect_overlay_text=ocr)
    return {f.code: f.severity for f in judge_pixels(metrics, DEFAULTS, require_white_background=white)}


@needs_tesseract
def test_clean_product_on_white_has_no_findings(clean_product_photo: Image.Image) -> None:
    metrics = measure_pixels(clean_product_photo)
    assert judge_pixels(metrics, DEFAULTS, require_white_background=True) == []
    assert metrics.overlay_text == ()


@pytest.mark.parametrize(
    ("fixture", "code"),
    [
        ("blurred_product_photo", "blurry"),
        ("dark_product_photo", "dark"),
        ("overexposed_product_photo", "overexposed"),
        ("tiny_product_photo", "too_small"),
        ("cluttered_product_photo", "cluttered"),
    ],
)
def test_each_degradation_is_rejected_with_its_reason(
    fixture: str, code: str, request: pytest.FixtureRequest
) -> None:
    assert codes(request.getfixturevalue(fixture)).get(code) == "reject"


def test_degradations_do_not_blame_the_wrong_thing(
    blurred_product_photo: Image.Image,
    dark_product_photo: Image.Image,
    overexposed_product_photo: Image.Image,
) -> None:
    # A seller must be told the one thing to fix: a dim but focused shot is not "blurry", a white
    # background is not "overexposed", a blurred packshot still has its white background.
    assert set(codes(blurred_product_photo)) == {"blurry"}
    assert set(codes(dark_product_photo, white=False)) == {"dark"}
    assert set(codes(overexposed_product_photo)) == {"overexposed"}


def test_a_sharp_thumbnail_is_only_too_small(clean_product_photo: Image.Image) -> None:
    # Measured as uploaded, not enlarged: enlarging would blur it and blame the seller for our resampling.
    for side in (128, 240, 499):
        assert codes(tiny(clean_product_photo, longest_side=side)) == {"too_small": "reject"}


def test_clutter_also_breaks_the_white_border(cluttered_product_photo: Image.Image) -> None:
    assert "not_white_background" in codes(cluttered_product_photo)


@needs_tesseract
def test_overlaid_text_is_a_watermark(watermarked_product_photo: Image.Image) -> None:
    metrics = measure_pixels(watermarked_product_photo)
    findings = judge_pixels(metrics, DEFAULTS, require_white_background=True)
    assert [(f.code, f.severity) for f in findings] == [("watermark", "reject")]
    assert metrics.overlay_text and any(w.text.upper() in "SAMPLE WATERMARK" for w in metrics.overlay_text)
    assert codes(watermarked_product_photo, ocr=False) == {}  # the benchmark switch skips OCR


def test_full_frame_photo_fails_white_background_only_when_required(chelsea_photo: Image.Image) -> None:
    assert codes(chelsea_photo, white=True).get("not_white_background") == "reject"
    assert "not_white_background" not in codes(chelsea_photo, white=False)
    # No plain background to measure clutter on: left to CLIP, not guessed.
    assert measure_pixels(chelsea_photo, detect_overlay_text=False).clutter_score is None


@pytest.mark.parametrize("sides", [(800, 2400), (600, 1500)])
def test_metrics_do_not_depend_on_upload_resolution(
    clean_product_photo: Image.Image, sides: tuple[int, int]
) -> None:
    small, large = (measure_pixels(resized(clean_product_photo, s), detect_overlay_text=False) for s in sides)
    assert small.sharpness == pytest.approx(large.sharpness, rel=0.05)
    for name in ("mean_luma", "dark_share", "clipped_share", "white_border_share", "background_share"):
        assert getattr(small, name) == pytest.approx(getattr(large, name), rel=0.02, abs=0.005), name


def test_golden_numbers_for_the_clean_packshot() -> None:
    metrics = measure_pixels(product_on_white(), detect_overlay_text=False)
    expected = {
        "width": 1200,
        "height": 1200,
        "longest_side": 1200,
        "sharpness": 815.343,
        "mean_luma": 217.067,
        "dark_share": 0.05292,
        "clipped_share": 0.00681,
        "white_border_share": 1.0,
        "background_share": 0.74414,
        "subject_box": [0.1875, 0.2188, 0.8125, 0.7812],
        "clutter_score": 0.0,
        "overlay_text": None,
    }
    actual = metrics.as_dict()
    assert actual.keys() == expected.keys()
    assert actual["sharpness"] == pytest.approx(expected.pop("sharpness"), rel=0.02)
    for name, value in expected.items():
        assert actual[name] == pytest.approx(value, abs=0.002), name


def test_metrics_serialise_to_json(watermarked_product_photo: Image.Image) -> None:
    metrics = measure_pixels(watermarked_product_photo, detect_overlay_text=tesseract_available())
    assert json.loads(json.dumps(metrics.as_dict())) == metrics.as_dict()


def test_borderline_values_are_review_and_details_carry_the_numbers() -> None:
    metrics = PixelMetrics(
        width=1000,
        height=800,
        longest_side=1000,
        sharpness=80.0,
        mean_luma=120.0,
        dark_share=0.5,
        clipped_share=0.2,
        white_border_share=0.8,
        background_share=0.5,
        subject_box=(0.2, 0.2, 0.8, 0.8),
        clutter_score=0.08,
        overlay_text=(),
    )
    findings = judge_pixels(metrics, DEFAULTS, require_white_background=True)
    assert {f.code: f.severity for f in findings} == {
        "blurry": "review",
        "dark": "review",
        "overexposed": "review",
        "not_white_background": "review",
        "cluttered": "review",
    }
    blurry = next(f for f in findings if f.code == "blurry")
    assert "80.0" in blurry.detail and f"{DEFAULTS.blur_review_below:.1f}" in blurry.detail


def test_thresholds_load_from_the_pixel_table_of_a_policy(tmp_path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(
        '[clip]\nlabels = ["x"]\n\n[pixel]\nmin_longest_side = 1000\nblur_review_below = 200.0\n'
    )
    thresholds = PixelThresholds.from_toml(policy)
    assert thresholds.min_longest_side == 1000 and thresholds.blur_review_below == 200.0
    assert thresholds.dark_reject_above == DEFAULTS.dark_reject_above
    with pytest.raises(pydantic.ValidationError):
        PixelThresholds(blur_reject_below=300.0)  # reject limit above the review limit
    with pytest.raises(pydantic.ValidationError):
        PixelThresholds(blur_limit=1.0)  # a typo in a policy file must not pass silently
    with pytest.raises(pydantic.ValidationError):
        DEFAULTS.min_longest_side = 1  # frozen
