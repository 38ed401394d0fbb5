"""The tensor path of the photo work gives the PIL/numpy path's metrics and model input, on real photographs.

Tolerances (measured on these photos, with room for other libjpeg builds):
- the checks' copy: the same size, or 1 px off where the PIL path's DCT-scaled decode rounded the
  photo's short side up (a 1067-px side decodes at 534 px at half scale);
- mean luma within 0.25 grey levels; dark and clipped shares within 0.002 (of the whole copy);
- the model's 224-px input, in CLIP's normalised units: mean |difference| ≤ 0.01 where the copies
  have one size, ≤ 0.08 where they are 1 px apart (the crop then starts half a pixel elsewhere).
"""

from __future__ import annotations

import io

import numpy as np
import pytest
import torch
from PIL import Image

from tasks.listing_qc.check import decode_target, working_copy
from tasks.listing_qc.pixel_checks import CLIPPED_LEVEL, DARK_LUMA, NORMALISED_SIDE, measure_pixels
from tests.fixtures.photos import sample_photo
from workers.images import decode_image
from workers.photo_tensors import PhotoTensorSpec, decode_jpegs, photo_batch
from workers.settings import Settings

PHOTOS = ("astronaut", "chelsea", "coffee", "rocket", "hubble_deep_field", "immunohistochemistry")
SPEC = PhotoTensorSpec(checks_side=NORMALISED_SIDE, model_side=224, dark_luma=DARK_LUMA, clipped_level=CLIPPED_LEVEL)


def upload(name: str, longest: int | None) -> bytes:
    """The photo as a seller's JPEG (q90): as bundled, or enlarged to ``longest`` px."""
    photo = sample_photo(name)
    if longest is not None:
        scale = longest / max(photo.size)
        photo = photo.resize((round(photo.width * scale), round(photo.height * scale)), Image.Resampling.BICUBIC)
    buffer = io.BytesIO()
    photo.save(buffer, format="JPEG", quality=90)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def clip_processor():  # noqa: ANN201
    from transformers import CLIPImageProcessor

    return CLIPImageProcessor()  # CLIP's own: shortest side 224, bicubic, centre crop, CLIP mean/std


@pytest.mark.parametrize("longest", [None, 1600], ids=["as-bundled", "1600px"])
def test_tensor_path_matches_the_pil_path(longest: int | None, clip_processor) -> None:  # noqa: ANN001
    uploads = [upload(name, longest) for name in PHOTOS]
    batch = photo_batch(decode_jpegs(uploads, "cpu"), SPEC)
    assert batch.model_input.shape == (len(PHOTOS), 3, 224, 224)
    for i, (name, data) in enumerate(zip(PHOTOS, uploads, strict=True)):
        copy = working_copy(decode_image(data, Settings(), target=decode_target(224)), 224)
        luma = np.asarray(copy.convert("L"))
        brightest = np.asarray(copy).max(axis=2)
        assert abs(batch.copy_sizes[i][0] - copy.width) + abs(batch.copy_sizes[i][1] - copy.height) <= 1, name
        assert float(batch.mean_luma[i]) == pytest.approx(float(luma.mean()), abs=0.25), name
        assert float(batch.dark_share[i]) == pytest.approx(float((luma < DARK_LUMA).mean()), abs=0.002), name
        assert float(batch.clipped_share[i]) == pytest.approx(float((brightest >= CLIPPED_LEVEL).mean()), abs=0.002), name
        reference = clip_processor(images=copy, return_tensors="pt")["pixel_values"][0]
        same_copy = batch.copy_sizes[i] == copy.size
        assert float((batch.model_input[i] - reference).abs().mean()) <= (0.01 if same_copy else 0.08), name


def test_whole_copy_shares_are_what_the_pixel_checks_measure_on_a_full_frame_photo() -> None:
    """The tensor path's mean luma and dark share are the pixel checks' own numbers for a photo without a backdrop."""
    for name in ("astronaut", "rocket", "hubble_deep_field"):
        data = upload(name, 1600)
        copy = working_copy(decode_image(data, Settings(), target=decode_target(224)), 224)
        metrics = measure_pixels(copy, detect_overlay_text=False)
        batch = photo_batch(decode_jpegs([data], "cpu"), SPEC)
        assert metrics.mean_luma == pytest.approx(float(batch.mean_luma[0]), abs=0.25), name
        assert metrics.dark_share == pytest.approx(float(batch.dark_share[0]), abs=0.002), name


def test_photos_of_different_sizes_keep_their_order() -> None:
    """A batch is resized by size groups; each photo's numbers come back in its own place."""
    dark = Image.new("RGB", (800, 600), (10, 10, 10))
    white = Image.new("RGB", (300, 300), (255, 255, 255))
    encoded = []
    for image in (dark, white, dark):
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=95)
        encoded.append(buffer.getvalue())
    batch = photo_batch(decode_jpegs(encoded), SPEC, dtype=torch.float16)
    assert batch.dark_share.tolist() == [1.0, 0.0, 1.0]
    assert batch.clipped_share.tolist() == [0.0, 1.0, 0.0]
    assert batch.copy_sizes == [(512, 384), (300, 300), (512, 384)]
    assert batch.model_input.dtype == torch.float16
