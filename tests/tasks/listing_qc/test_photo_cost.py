"""What a listing photo costs must not change how it is judged: scaled decodes, one shared copy, the OCR cascade.

(Future home: tests/tasks/listing_qc/test_photo_cost.py.)
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from tasks.listing_qc.handler import policy_store
from tasks.jobs.contracts import ListingQCPayload
from tasks.listing_qc.check import check_listing, decode_target, working_copy
from tasks.listing_qc.pixel_checks import (PixelThresholds, judge_pixels, measure_pixels, normalised_copy,
                                           worth_reading)
from tests.fixtures.photos import (blurred, cluttered, darkened, overexposed, product_on_white, resized, sample_photo,
                                   tiny, watermarked)
from workers.engines.base import Batcher
from workers.engines.clip import ClipEngine, ClipRequest
from workers.engines import tesseract_lib
from workers.engines.rapid_ocr import rapidocr_available
from workers.engines.text_detect import may_hold_text
from workers.errors import ModelUnavailable
from workers.images import decode_image, original_size
from workers.settings import Settings

DEFAULTS = PixelThresholds()
NEED = decode_target(224)  # CLIP ViT-B/32's side
# How far a measurement on a DCT-scaled decode may be from the same measurement on a full decode.
EDGE_WIDTH_REL = 0.05  # the last resize starts from a smoother picture: edges read up to 2.5 % wider
EXPOSURE_ABS = 3  # exposure level, luma 0..255
SHARE_ABS = 0.03  # dark, clipped, white-border, background and clutter shares
BOX_ABS = 0.02  # subject box, as shares of the sides

DEGRADATIONS: dict[str, Callable[[Image.Image], Image.Image]] = {
    "clean": lambda im: im,
    "blurred": lambda im: blurred(im, radius=6.0 * im.width / 1200),
    "dark": darkened,
    "overexposed": overexposed,
    "cluttered": cluttered,
    "watermarked": watermarked,
}


def jpeg(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=90)
    return buffer.getvalue()


def findings(metrics) -> list[tuple[str, str]]:  # noqa: ANN001
    return sorted((f.code, f.severity) for f in judge_pixels(metrics, DEFAULTS, require_white_background=True))


@pytest.fixture(scope="module")
def uploads() -> dict[str, bytes]:
    """The test photos as a seller uploads them: JPEG q90 at 1600 and 2400 px, plus a full-frame shot."""
    out = {}
    for side in (1600, 2400):
        packshot = product_on_white(side)
        for name, degrade in DEGRADATIONS.items():
            out[f"{name}@{side}"] = jpeg(degrade(packshot))
        out[f"chelsea@{side}"] = jpeg(resized(sample_photo("chelsea"), side))
    return out


def test_scaled_decode_keeps_every_verdict_within_the_stated_tolerance(uploads: dict[str, bytes]) -> None:
    settings = Settings()
    for name, data in uploads.items():
        full = measure_pixels(decode_image(data, settings), detect_overlay_text=False)
        scaled_image = decode_image(data, settings, target=NEED)
        assert max(scaled_image.size) < max(full.width, full.height), name  # it was decoded smaller
        scaled = measure_pixels(scaled_image, detect_overlay_text=False)
        assert findings(scaled) == findings(full), name
        assert (scaled.width, scaled.height) == (full.width, full.height), name
        assert scaled.edge_width == pytest.approx(full.edge_width, rel=EDGE_WIDTH_REL), name
        assert abs(scaled.exposure_level - full.exposure_level) <= EXPOSURE_ABS, name
        for share in ("dark_share", "clipped_share", "white_border_share", "background_share"):
            assert getattr(scaled, share) == pytest.approx(getattr(full, share), abs=SHARE_ABS), (name, share)
        assert (scaled.clutter_score is None) == (full.clutter_score is None), name
        if full.clutter_score is not None:
            assert scaled.clutter_score == pytest.approx(full.clutter_score, abs=SHARE_ABS), name
        assert scaled.subject_box == pytest.approx(full.subject_box, abs=BOX_ABS), name


@pytest.mark.parametrize(("side", "limit", "too_small"), [(499, 500, True), (520, 500, False),
                                                          (1600, 1000, False), (1600, 1601, True)])
def test_too_small_judges_the_upload_not_the_scaled_decode(side: int, limit: int, too_small: bool) -> None:
    # A 1600-px upload decodes at 800 px; a policy asking for 1000 px must still accept it.
    image = decode_image(jpeg(tiny(product_on_white(), longest_side=side)), Settings(), target=NEED)
    metrics = measure_pixels(image, detect_overlay_text=False)
    assert metrics.longest_side == side
    codes = {f.code for f in judge_pixels(metrics, PixelThresholds(min_longest_side=limit),
                                          require_white_background=True)}
    assert ("too_small" in codes) is too_small
    if too_small:
        assert f"{side}x" in next(f.detail for f in judge_pixels(
            metrics, PixelThresholds(min_longest_side=limit), require_white_background=True) if f.code == "too_small")


def test_the_shared_copy_measures_what_the_photo_measures(clean_product_photo: Image.Image,
                                                          chelsea_photo: Image.Image) -> None:
    for photo in (clean_product_photo, chelsea_photo, resized(sample_photo("rocket"), 2000)):
        copy = working_copy(photo, 224)
        assert max(copy.size) == min(512, max(photo.size))
        assert original_size(copy) == photo.size
        assert measure_pixels(copy, detect_overlay_text=False) == measure_pixels(photo, detect_overlay_text=False)
    panorama = Image.new("RGB", (3000, 600), (200, 180, 160))
    assert working_copy(panorama, 224) is panorama  # 512 px long would leave CLIP 102 px: no sharing


def test_the_model_gets_the_shared_copy(tiny_clip_dir: Path, clean_product_photo: Image.Image) -> None:
    engine = ClipEngine.load(str(tiny_clip_dir), device="cpu", dtype="float32")
    assert engine.image_side == 32  # the tiny model's processor resizes to 32 px
    batcher = Batcher(engine, max_batch_size=4)
    seen: list[ClipRequest] = []

    def run_clip(request: ClipRequest):  # noqa: ANN202
        seen.append(request)
        return batcher.run(request)

    policy = policy_store(Settings()).get("default")
    payload = ListingQCPayload(image="s3://b/k.jpg", title="Ceramic coffee mug")
    verdict = check_listing(clean_product_photo, payload, policy, run_clip=run_clip, model_trusted=False,
                            model_side=engine.image_side)
    assert [r.image.size for r in seen] == [(512, 512)]  # resized once from 1200 px, for both
    assert verdict.pixel_metrics == measure_pixels(clean_product_photo).as_dict()


def test_overlay_text_is_read_only_where_the_text_detector_finds_text(
    clean_product_photo: Image.Image, watermarked_product_photo: Image.Image
) -> None:
    missing = "/nonexistent/tesseract"
    # No text region on the clean packshot: Tesseract is not even started (a missing binary goes unnoticed) ...
    assert measure_pixels(clean_product_photo, tesseract_cmd=missing).overlay_text == ()
    for photo in (blurred(clean_product_photo), sample_photo("chelsea")):
        assert measure_pixels(photo, tesseract_cmd=missing).overlay_text == ()
    # ... while the watermarked one needs it, and without the cascade every photo does.
    with pytest.raises(ModelUnavailable):
        measure_pixels(watermarked_product_photo, tesseract_cmd=missing)
    with pytest.raises(ModelUnavailable):
        measure_pixels(clean_product_photo, tesseract_cmd=missing, overlay_text_cascade=False)


def test_the_cascade_finds_the_watermark_the_full_read_finds(watermarked_product_photo: Image.Image,
                                                             clean_product_photo: Image.Image) -> None:
    for photo in (watermarked_product_photo, clean_product_photo):
        cascade = measure_pixels(photo)
        always = measure_pixels(photo, overlay_text_cascade=False)
        assert cascade == always
    assert findings(measure_pixels(watermarked_product_photo)) == [("watermark", "reject")]


def brightest_channel(photo: Image.Image) -> np.ndarray:
    return np.asarray(normalised_copy(photo)).max(axis=2)


def test_a_photo_too_soft_or_dim_to_hold_letters_is_not_searched_for_text(
    clean_product_photo: Image.Image, watermarked_product_photo: Image.Image
) -> None:
    missing = "/nonexistent/tesseract"
    for photo in (blurred(clean_product_photo), darkened(clean_product_photo)):
        assert not may_hold_text(brightest_channel(photo))
        assert measure_pixels(photo, tesseract_cmd=missing).overlay_text == ()
    # Overlaid text stays sharp on a soft or dim photo: the gate lets it through to the detector and Tesseract.
    for photo in (watermarked_product_photo, watermarked(blurred(clean_product_photo)),
                  watermarked(darkened(clean_product_photo))):
        assert may_hold_text(brightest_channel(photo))
    assert findings(measure_pixels(watermarked(blurred(clean_product_photo)))) == sorted(
        [("blurry", "reject"), ("watermark", "reject")])


def test_read_inside_the_worker_a_sharp_photo_skips_the_detector_and_reads_what_tesseract_reads(
    clean_product_photo: Image.Image,
) -> None:
    if not tesseract_lib.available():
        pytest.skip("libtesseract is not loadable here")
    small = normalised_copy(clean_product_photo)
    brightest = brightest_channel(clean_product_photo)
    # Reading costs less than detecting: the photo is read whole, as without the cascade ...
    assert worth_reading(small, brightest)
    assert measure_pixels(clean_product_photo) == measure_pixels(clean_product_photo, overlay_text_cascade=False)
    # ... while a Tesseract command is started only where the detector finds text (here none).
    assert not worth_reading(small, brightest, tesseract_cmd="/usr/bin/tesseract")


def test_the_detector_reader_finds_the_watermark_and_reads_no_word_on_bare_photos(
    clean_product_photo: Image.Image, watermarked_product_photo: Image.Image
) -> None:
    if not rapidocr_available():
        pytest.skip("rapidocr-onnxruntime is not installed here")
    missing = "/nonexistent/tesseract"  # the detector reader never starts Tesseract where it is installed
    marked = measure_pixels(watermarked_product_photo, tesseract_cmd=missing, overlay_text_reader="detector")
    assert findings(marked) == [("watermark", "reject")]
    assert any(w.on_background for w in marked.overlay_text or ())
    for photo in (clean_product_photo, sample_photo("chelsea"), blurred(clean_product_photo)):
        assert measure_pixels(photo, tesseract_cmd=missing, overlay_text_reader="detector").overlay_text == ()


def test_overlay_text_is_read_by_tesseract_by_default_and_the_detector_is_selectable() -> None:
    assert Settings().overlay_text_reader == "tesseract"
    assert Settings(overlay_text_reader="detector").overlay_text_reader == "detector"
