"""Pixel checks on real photographs: a clean packshot passes, each degradation gets its reason code."""

from __future__ import annotations

import itertools
import json

import numpy as np
import pydantic
import pytest
from PIL import Image, ImageDraw

from bench.photo_eval_set import SOURCES, Case
from tasks.listing_qc.pixel_checks import PixelMetrics, PixelThresholds, judge_pixels, measure_pixels
from tests.fixtures.photos import (
    blurred,
    darkened,
    enlarged,
    motion_blurred,
    mottled_product_on_white,
    overexposed,
    padded,
    plain_product_on_white,
    product_on_white,
    resized,
    sample_photo,
    tiny,
)
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


def test_a_sharp_packshot_and_a_sharp_photo_padded_onto_white_pass(clean_product_photo: Image.Image) -> None:
    assert codes(clean_product_photo) == {}
    assert codes(padded(sample_photo("astronaut"))) == {}
    assert codes(padded(sample_photo("coffee"))) == {}


@pytest.mark.parametrize("photo", ["astronaut", "coffee"])
@pytest.mark.parametrize(
    "degrade",
    [
        lambda p: blurred(p, radius=3.0),  # sigma 1.9 px at 512 px, once padded to 800
        lambda p: motion_blurred(p, length=20),
        lambda p: enlarged(p, factor=5.0),
    ],
    ids=["gaussian", "motion", "enlarged_thumbnail"],
)
def test_a_blurred_photo_padded_onto_white_is_blurry(photo: str, degrade) -> None:
    # The hard edge where the photo meets the canvas is not detail: sharpness is measured inside it.
    found = codes(padded(degrade(sample_photo(photo))))
    assert found == {"blurry": "reject"}


def test_a_shaken_plain_product_padded_onto_white_is_blurry() -> None:
    # Its few marks smear along themselves and still look sharp; its own outline shows the shake.
    product = plain_product_on_white()
    assert codes(product) == {} and codes(padded(product)) == {}
    assert codes(padded(motion_blurred(product, length=24))) == {"blurry": "reject"}  # 15 px at 512 px
    assert codes(motion_blurred(product, length=18)) == {"blurry": "reject"}


def test_a_clean_plain_product_on_white_passes() -> None:
    # A soft mottled fabric has no sharp detail inside; its sharp outline shows it is in focus.
    product = mottled_product_on_white()
    assert codes(product) == {}
    assert codes(padded(product.crop((100, 200, 700, 600)))) == {}
    assert codes(blurred(product, radius=3.0)) == {"blurry": "reject"}  # sigma 1.9 px at 512 px
    assert codes(enlarged(product, factor=6.0)) == {"blurry": "reject"}


def test_a_dim_plain_product_padded_onto_white_is_dark_not_blurry() -> None:
    # The dim packshot reads as a pasted photo; its product is still measured on its own outline.
    found = codes(padded(darkened(mottled_product_on_white().crop((100, 200, 700, 600)), factor=0.5)))
    assert found.get("dark") in ("review", "reject") and "blurry" not in found


def test_a_blurred_photo_with_white_reaching_its_edge_padded_onto_white_is_blurry() -> None:
    # Not recognised as a pasted photo (its own white joins the canvas): its square corners say
    # its sharp outline may be the paste border, so the blurred inside still counts.
    found = codes(padded(blurred(sample_photo("immunohistochemistry"), radius=2.5)))
    assert found == {"blurry": "reject"}


def test_an_enlarged_thin_product_with_block_steps_in_its_shadow_padded_onto_white_is_blurry() -> None:
    # heldout26's toothbrush enlarged x4 (a video still's 16 x 16 block steps in the faint shadow beside its
    # handle): its outline's corners look square, and the part away from the box's sides is that shadow,
    # 6-8 grey levels a tile, which must not stand for the product's sharp edge.
    toothbrush = next(s for s in SOURCES if s.name == "toothbrush")
    assert codes(Case(toothbrush, "padded", "upscale", 4.00002).image()).get("blurry") == "reject"
    assert "blurry" not in codes(Case(toothbrush, "padded", "clean", None).image())


def test_a_dim_black_product_is_dark_not_blurry() -> None:
    # Its backdrop turned grey: focus is still measured on the product, whose contrast a dim light lowers.
    found = codes(darkened(plain_product_on_white(shade=0.3), factor=0.4))
    assert found.get("dark") == "reject" and "blurry" not in found


def test_a_blown_out_pale_product_is_overexposed_not_blurry() -> None:
    found = codes(overexposed(plain_product_on_white(), factor=2.5))
    assert found == {"overexposed": "reject"}


def test_a_blurred_photo_with_no_white_is_blurry_not_dark() -> None:
    # Blur smears a photo's small highlights; that is not dim light.
    found = codes(padded(blurred(sample_photo("brick"), radius=10)))  # sigma 6.4 px at 512 px
    assert found == {"blurry": "reject"}


def test_a_dim_packshot_with_a_grey_background_is_dark(clean_product_photo: Image.Image) -> None:
    found = codes(darkened(clean_product_photo, factor=0.5))  # the white backdrop is now luma 127
    assert found.get("dark") == "review" or found.get("dark") == "reject"
    assert found.get("not_white_background") == "reject" and "blurry" not in found
    assert codes(darkened(clean_product_photo, factor=0.4))["dark"] == "reject"


def test_a_dim_photo_padded_onto_white_is_dark() -> None:
    # The canvas is white; the photo on it is not: exposure is judged on the pasted photo.
    metrics = measure_pixels(
        padded(darkened(sample_photo("astronaut"), factor=0.4)), detect_overlay_text=False
    )
    assert metrics.pasted_photo
    found = {f.code: f for f in judge_pixels(metrics, DEFAULTS, require_white_background=True)}
    assert set(found) == {"dark"} and found["dark"].severity == "reject"
    assert (
        "pasted photo" in found["dark"].detail and f"{metrics.exposure_level} of 255" in found["dark"].detail
    )


def test_a_dark_product_on_a_white_backdrop_is_not_dark() -> None:
    # A black-glazed cup is not an underexposed photo: the white around it shows the exposure is right.
    assert codes(product_on_white(product_brightness=0.3)) == {}


def rank(found: dict[str, str], code: str) -> int:
    return {None: 0, "review": 1, "reject": 2}[found.get(code)]


def test_more_blur_never_reads_sharper_and_darker_never_reads_brighter() -> None:
    photo = sample_photo("coffee")
    sweeps = {
        "blurry": [padded(photo), *(padded(blurred(photo, radius=r)) for r in (0.8, 1.6, 3.2, 6.4, 12.8))],
        "dark": [padded(darkened(photo, factor=f)) for f in (1.0, 0.8, 0.6, 0.5, 0.4, 0.2, 0.1)],
    }
    for code, metric, direction in (("blurry", "edge_width", 1), ("dark", "exposure_level", -1)):
        measured = [measure_pixels(image, detect_overlay_text=False) for image in sweeps[code]]
        values = [getattr(m, metric) * direction for m in measured]
        assert values == sorted(values), (code, values)
        ranks = [
            rank({f.code: f.severity for f in judge_pixels(m, DEFAULTS, require_white_background=True)}, code)
            for m in measured
        ]
        assert ranks == sorted(ranks) and ranks[0] == 0 and ranks[-1] == 2, (code, ranks)


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
    assert small.edge_width == pytest.approx(large.edge_width, rel=0.05)
    assert small.exposure_level == pytest.approx(large.exposure_level, abs=2)
    for name in ("mean_luma", "dark_share", "clipped_share", "white_border_share", "background_share"):
        assert getattr(small, name) == pytest.approx(getattr(large, name), rel=0.02, abs=0.005), name


def test_golden_numbers_for_the_clean_packshot() -> None:
    metrics = measure_pixels(product_on_white(), detect_overlay_text=False)
    expected = {
        "width": 1200,
        "height": 1200,
        "longest_side": 1200,
        "edge_width": 1.704,
        "exposure_level": 255,
        "mean_luma": 217.067,
        "dark_share": 0.05292,
        "clipped_share": 0.00681,
        "white_border_share": 1.0,
        "background_share": 0.74414,
        "subject_box": [0.1875, 0.2188, 0.8125, 0.7812],
        "pasted_photo": False,
        "clutter_score": 0.0,
        "overlay_text": None,
        "highlight_level": 255,
        "no_subject": False,
    }
    actual = metrics.as_dict()
    assert actual.keys() == expected.keys()
    assert actual["edge_width"] == pytest.approx(expected.pop("edge_width"), rel=0.02)
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
        edge_width=3.5,
        exposure_level=130,
        mean_luma=120.0,
        dark_share=0.5,
        clipped_share=0.2,
        white_border_share=0.8,
        background_share=0.5,
        subject_box=(0.2, 0.2, 0.8, 0.8),
        pasted_photo=False,
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
    assert "3.5 px" in blurry.detail and f"{DEFAULTS.blur_review_above:.1f} px" in blurry.detail
    dark = next(f for f in findings if f.code == "dark")
    assert "130 of 255" in dark.detail and str(DEFAULTS.exposure_review_below) in dark.detail


def test_thresholds_load_from_the_pixel_table_of_a_policy(tmp_path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text('[clip]\nlabels = ["x"]\n\n[pixel]\nmin_longest_side = 1000\nblur_review_above = 2.5\n')
    thresholds = PixelThresholds.from_toml(policy)
    assert thresholds.min_longest_side == 1000 and thresholds.blur_review_above == 2.5
    assert thresholds.dark_reject_above == DEFAULTS.dark_reject_above
    with pytest.raises(pydantic.ValidationError):
        PixelThresholds(blur_review_above=9.0)  # a review limit past the reject limit
    with pytest.raises(pydantic.ValidationError):
        PixelThresholds(blur_limit=1.0)  # a typo in a policy file must not pass silently
    with pytest.raises(pydantic.ValidationError):
        DEFAULTS.min_longest_side = 1  # frozen


def test_a_white_frame_with_faint_specks_is_measured_without_error() -> None:
    # Every cell reads white though a few pixels are not: no subject to cut out, no edge to measure.
    pixels = np.full((512, 512, 3), 255, dtype=np.uint8)
    pixels[::9, ::9] = 200  # one speck per 8 px cell at most
    metrics = measure_pixels(Image.fromarray(pixels), detect_overlay_text=False)
    assert metrics.background_share == 1.0 and metrics.edge_width == 0.0


def test_a_small_dark_rectangle_on_white_is_a_product_not_a_padded_photo() -> None:
    # A pale bottle blown white into its backdrop leaves its black cap: a product on white, exposed
    # too much, never an underexposed photo padded onto a canvas.
    pixels = np.full((800, 800, 3), 255, dtype=np.uint8)
    pixels[48:112, 344:456] = 28
    metrics = measure_pixels(Image.fromarray(pixels), detect_overlay_text=False)
    assert not metrics.pasted_photo
    assert "dark" not in {f.code for f in judge_pixels(metrics, DEFAULTS, require_white_background=True)}


def test_heavier_blur_never_reads_narrower() -> None:
    # Past the reject limit a smeared edge outgrows a 16 px tile; wider tiles still see it grow.
    for base in (plain_product_on_white(), mottled_product_on_white(), product_on_white()):
        for degrade, strengths in (
            (lambda image, s: blurred(image, radius=s), (2, 3, 4, 6, 9, 14)),
            (lambda image, s: enlarged(image, factor=s), (3, 4, 5, 6, 8, 10)),
            (lambda image, s: motion_blurred(image, length=s), (8, 12, 16, 24, 32, 48)),
        ):
            widths = [
                measure_pixels(degrade(base, s), detect_overlay_text=False).edge_width for s in strengths
            ]
            assert all(b >= a - 0.2 for a, b in itertools.pairwise(widths)), widths


def _ring_on_white(gain: float = 1.0) -> Image.Image:
    """A polished ring lying on white: a band of silver shades round a hole that shows the backdrop."""
    side = 800
    ys, xs = np.mgrid[0:side, 0:side].astype(np.float32)
    radius = np.hypot((xs - 400) / 1.2, ys - 400)
    band = (radius > 120) & (radius < 170)
    angle = np.arctan2(ys - 400, xs - 400)
    silver = 130 + 60 * np.sin(3 * angle + 0.8)  # mirrored studio: dark and bright bands round it
    pixels = np.where(band, np.clip(silver * gain, 0, 255), 255).astype(np.uint8)
    return Image.fromarray(np.repeat(pixels[..., None], 3, axis=2))


def test_a_ring_with_a_white_hole_on_white_is_not_overexposed() -> None:
    # Its hole shows the backdrop, not a clipped product; blown out, the ring itself clips.
    assert "overexposed" not in codes(_ring_on_white())
    assert measure_pixels(_ring_on_white(), detect_overlay_text=False).clipped_share < 0.05
    assert codes(_ring_on_white(gain=2.8)).get("overexposed") == "reject"


def test_a_dim_photo_padded_with_a_thin_margin_is_dark() -> None:
    # The photo reaches into the border band above and below; the white canvas beside it still
    # shows it was pasted, so its exposure is judged on the photo alone.
    photo = darkened(sample_photo("astronaut"), factor=0.45)
    canvas = Image.new("RGB", (660, 514), (255, 255, 255))
    canvas.paste(photo, (60, 1))
    metrics = measure_pixels(canvas, detect_overlay_text=False)
    assert metrics.pasted_photo
    assert "dark" in {f.code for f in judge_pixels(metrics, DEFAULTS, require_white_background=True)}


def test_a_blurred_scene_whose_pale_shelf_meets_the_canvas_padded_onto_white_is_blurry() -> None:
    # A perfume on a pale marble shelf: where the shelf's pixels are near white it joins the canvas,
    # but the photo's corners are still darker than the canvas, so its sharp paste border is not read.
    vanity = next(s for s in SOURCES if s.name == "vanity")
    assert codes(Case(vanity, "padded", "clean", None).image()) == {}
    assert codes(Case(vanity, "padded", "gaussian_blur", 2.8).image()).get("blurry") == "reject"


def test_a_dim_scene_whose_lamp_reaches_white_is_not_reviewed_as_dark() -> None:
    # Highlights in the review band, but a lamp in the frame reaches white: the exposure renders
    # white, and the dim rest is the scene's. Without the lamp it is reviewed; dimmed further, rejected.
    def room(factor: float, lamp: bool) -> Image.Image:
        scene = darkened(sample_photo("chelsea"), factor=factor)
        if lamp:
            ImageDraw.Draw(scene).ellipse((40, 30, 62, 52), fill=(255, 250, 235))
        return scene

    assert "dark" not in codes(room(0.7, lamp=True), white=False)
    assert codes(room(0.7, lamp=False), white=False).get("dark") == "review"
    assert codes(room(0.5, lamp=True), white=False).get("dark") == "reject"


def test_a_dim_photo_padded_with_a_canvas_under_a_tenth_of_the_frame_is_dark() -> None:
    # White shows only in two narrow strips beside the photo (under a tenth of the frame): still a
    # canvas, so the exposure is judged on the photo alone, not on the white strips.
    photo = darkened(sample_photo("astronaut"), factor=0.45)
    canvas = Image.new("RGB", (556, 514), (255, 255, 255))
    canvas.paste(photo, (22, 1))
    metrics = measure_pixels(canvas, detect_overlay_text=False)
    assert metrics.background_share < 0.10 and metrics.pasted_photo
    assert codes(canvas).get("dark") == "reject"


def test_a_dim_photo_padded_with_margins_thinner_than_a_cell_is_dark() -> None:
    # A canvas barely larger than the photo (4 px either side, 1 px above and below): no cell of it is
    # white, but white runs from edge to edge on two opposite sides, so exposure is judged on the photo alone.
    photo = darkened(sample_photo("astronaut"), factor=0.45)
    canvas = Image.new("RGB", (photo.width + 8, photo.height + 2), (255, 255, 255))
    canvas.paste(photo, (4, 1))
    assert measure_pixels(canvas, detect_overlay_text=False).background_share == 0.0
    assert codes(canvas).get("dark") == "reject"
    # a noisy white packshot on such a canvas (no white cell either) is not blamed for its grainy backdrop
    cubes = next(s for s in SOURCES if s.name == "sugar_cubes")
    assert "overexposed" not in codes(Case(cubes, "padded", "noise", 43.0).image())


def test_a_dim_photo_pasted_into_a_corner_of_its_canvas_is_dark() -> None:
    # The canvas shows on two adjacent sides only, a strip on the right and a few lines below the photo
    # (a picture placed at the top left of a canvas barely larger): still a canvas, not the photo's white.
    photo = darkened(sample_photo("astronaut"), factor=0.45)
    canvas = Image.new("RGB", (photo.width + 24, photo.height + 4), (255, 255, 255))
    canvas.paste(photo, (0, 0))
    assert measure_pixels(canvas, detect_overlay_text=False).pasted_photo
    assert codes(canvas).get("dark") == "reject"
    # white on one side only (a blown-out wall beside a scene) is no canvas
    one_side = Image.new("RGB", (photo.width + 24, photo.height), (255, 255, 255))
    one_side.paste(photo, (0, 0))
    assert not measure_pixels(one_side, detect_overlay_text=False).pasted_photo


def test_a_blurred_scene_whose_blown_window_meets_the_canvas_padded_onto_white_is_blurry() -> None:
    # A kitchen whose window blows out to white in its top left corner, padded with a thin margin:
    # the window joins the canvas, but the photo's other corners are square and its borders straight,
    # so it is still a pasted photo and its paste border is not read as its outline.
    kitchen = next(s for s in SOURCES if s.name == "kitchen")
    assert codes(Case(kitchen, "padded", "clean", None).image()) == {}
    assert codes(Case(kitchen, "padded", "gaussian_blur", 2.4).image()).get("blurry") == "reject"
    assert codes(Case(kitchen, "padded", "upscale", 4.4).image()).get("blurry") == "reject"


def test_a_small_dim_scene_padded_onto_white_is_not_blurry() -> None:
    # A lamp-lit hall shrunk to a third of the canvas: few of its tiles show detail, but a quarter of
    # them do, and they are sharp. Blurred, it is blurry.
    hall = next(s for s in SOURCES if s.name == "hall")
    assert "blurry" not in codes(Case(hall, "padded", "clean", None).image())
    assert codes(Case(hall, "padded", "gaussian_blur", 2.4).image()).get("blurry") == "reject"


def test_a_packshot_blurred_to_its_crop_edge_and_padded_onto_white_is_blurry() -> None:
    # A packshot cropped before padding, then blurred or shaken so heavily that the product's tails
    # reach the crop: the crop edge is a straight step onto the canvas, not the product in focus.
    backpack = next(s for s in SOURCES if s.name == "backpack")
    helmet = next(s for s in SOURCES if s.name == "helmet")
    assert codes(Case(backpack, "padded", "gaussian_blur", 15.0).image()).get("blurry") == "reject"
    assert codes(Case(helmet, "padded", "motion_blur", 32.0).image()).get("blurry") == "reject"
    assert "blurry" not in codes(Case(backpack, "padded", "clean", None).image())
    assert "blurry" not in codes(Case(helmet, "padded", "clean", None).image())


def test_a_thin_product_on_a_pale_sweep_blurred_heavily_and_padded_onto_white_is_blurry() -> None:
    # A desk lamp cropped with much of its own pale sweep (246-252, not the canvas's white) and blurred
    # until the lamp is a faint haze: the faint straight crop edge of the sweep is no product outline
    # in focus. Blurred less heavily, the backpack's and the helmet's crop edges cut the blur itself.
    # Clean, the lamp padded is not blurry.
    lamp = next(s for s in SOURCES if s.name == "lamp")
    backpack = next(s for s in SOURCES if s.name == "backpack")
    helmet = next(s for s in SOURCES if s.name == "helmet")
    assert "blurry" not in codes(Case(lamp, "padded", "clean", None).image())
    assert codes(Case(lamp, "padded", "gaussian_blur", 13.0).image()).get("blurry") == "reject"
    assert codes(Case(backpack, "padded", "gaussian_blur", 6.5).image()).get("blurry") == "reject"
    assert codes(Case(helmet, "padded", "motion_blur", 21.0).image()).get("blurry") == "reject"


def test_a_small_stamp_blurred_until_its_crop_edge_is_faint_and_padded_onto_white_is_blurry() -> None:
    # A stamp about 4 % of its frame on a backlit pad, blurred sigma 15 to 18, cropped and padded: the blur
    # spreads the stamp's colour to the crop, which meets the canvas in a step of only 12-16 grey levels (less
    # blur leaves the crop white, more makes the step steeper). That faint straight step is no product in focus.
    stamp = next(s for s in SOURCES if s.name == "postage_stamp")
    assert "blurry" not in codes(Case(stamp, "padded", "clean", None).image())
    assert codes(Case(stamp, "padded", "gaussian_blur", 16.0).image()).get("blurry") == "reject"
    assert codes(Case(stamp, "padded", "gaussian_blur", 17.06).image()).get("blurry") == "reject"


def test_a_pale_product_shaken_into_a_haze_on_white_is_blurry_not_overexposed() -> None:
    # Shaken 23 px, the padded lamp leaves almost no product in its subject box: clipping is measured
    # on the whole frame, mostly the white canvas, which says nothing of the exposure of a blurred photo.
    lamp = next(s for s in SOURCES if s.name == "lamp")
    metrics = measure_pixels(Case(lamp, "padded", "motion_blur", 23.0).image(), detect_overlay_text=False)
    assert metrics.no_subject
    assert {f.code: f.severity for f in judge_pixels(metrics, DEFAULTS, require_white_background=True)} == {
        "blurry": "reject"
    }


def test_a_padded_scene_whose_blown_product_joins_the_canvas_is_not_blurry() -> None:
    # A beanie on a bench before a hedge, padded, at gain x2.45: the beanie and the bench blow out and
    # join the canvas, so the hedge's square corners may be a paste border; the beanie's silhouette
    # cut out of the hedge, away from those sides, is sharp and shows the photo in focus.
    bench = next(s for s in SOURCES if s.name == "bench")
    assert "blurry" not in codes(Case(bench, "padded", "overexposure", 2.45).image())


def test_a_blurred_scene_padded_onto_white_whose_bright_corner_joins_the_canvas_is_blurry() -> None:
    # A kitchen counter scene padded onto white, blurred sigma 14 or shaken 29 px: its window-lit corner
    # fades into the canvas (no square corner there, no clean notch), so it is not a pasted photo, and
    # the rest of its crop edge, a straight step onto a level haze, was its only sharp outline. Two sides
    # that step all along are a crop, carried over the canvas, and a cropped scene's outline defers to its
    # inside (featureless here). Clean, it passes; so does the pale table at gain x1.4, whose outline (the
    # soft rim of its blown wall joining the canvas) would read blurry.
    table = next(s for s in SOURCES if s.name == "table")
    assert "blurry" not in codes(Case(table, "padded", "overexposure", 1.4).image())
    counter = next(s for s in SOURCES if s.name == "counter")
    assert codes(Case(counter, "padded", "clean", None).image()) == {}
    assert codes(Case(counter, "padded", "gaussian_blur", 14.0).image()).get("blurry") == "reject"
    assert codes(Case(counter, "padded", "motion_blur", 29.0).image()).get("blurry") == "reject"


def test_a_packshot_blurred_over_its_thin_margin_is_blurry_not_off_white() -> None:
    # A scarf filling a wide canvas's height, blurred sigma 14: the blur smears the scarf over the thin
    # white margins above and below it, into the border band. Rejected as blurry, a white border in the
    # review band is not reported as a coloured backdrop.
    scarf = next(s for s in SOURCES if s.name == "scarf")
    assert codes(Case(scarf, "padded", "clean", None).image()) == {}
    assert codes(Case(scarf, "padded", "gaussian_blur", 14.0).image()) == {"blurry": "reject"}


def test_a_small_product_padded_into_a_banner_and_shaken_hard_is_blurry() -> None:
    # A 300-px picture padded onto a 3:1 banner is ~160 px at 512: the toy truck shaken 45 px (longer than
    # it is tall) reads sharp on its outline (the crop edges of the smear, the sides the shake runs along),
    # so a product this small is judged inside too, where a quarter of its few tiles show an edge.
    truck = next(s for s in SOURCES if s.name == "truck")
    assert "blurry" in codes(Case(truck, "padded", "motion_blur", 45.0).image())


def test_a_small_dim_photo_padded_onto_a_big_canvas_is_dark() -> None:
    # A 350-px picture of a bicycle chain in a 1575 x 630 banner (~114 x 57 px at 512) and a 200-px one of
    # a USB stick on a 1400 x 1050 canvas (a seventh of its width): smaller than a quarter of the canvas,
    # each still shows a photo -- a plain rim, its own dimmed backdrop, round a product --, so it is judged
    # on its own pixels and darkened it is dark; almost black, it was approved.
    for name in ("chain", "usb_stick"):
        source = next(s for s in SOURCES if s.name == name)
        for brightness, severity in ((0.546, "review"), (0.21, "reject"), (0.012, "reject")):
            assert codes(Case(source, "padded", "brightness", brightness).image()).get("dark") == severity, name
    chain = next(s for s in SOURCES if s.name == "chain")
    assert codes(Case(chain, "padded", "clean", None).image()) == {}
    # a 190-px scan of a black record on a 1235-px canvas: the record touches its picture's sides, so only
    # the middle of the picture's rim is its plain backdrop; dimmed, it is a photo and dark all the same
    record = next(s for s in SOURCES if s.name == "record")
    for brightness in (0.5492, 0.425):
        assert "dark" in codes(Case(record, "padded", "brightness", brightness).image())
    assert codes(Case(record, "padded", "clean", None).image()) == {}


def test_a_small_product_blurred_into_a_smudge_with_no_edge_left_is_blurry() -> None:
    # A USB stick padded onto a big canvas and blurred sigma 28: no tile of it, inside or on its outline,
    # shows an edge any more -- heavy blur, not a product too plain to tell; dimmed to black, it is dark only.
    stick = next(s for s in SOURCES if s.name == "usb_stick")
    assert codes(Case(stick, "padded", "gaussian_blur", 28.0).image()).get("blurry") == "reject"
    assert "blurry" not in codes(Case(stick, "padded", "brightness", 0.012).image())


def test_a_picture_blurred_into_a_plain_rectangle_and_padded_is_blurry() -> None:
    # A pen's and a tie's pictures blurred sigma 45 before padding: plain pale rectangles whose crop edges step
    # from the canvas and stay level inwards along their sides, but for the corners, which resampling blends
    # into the canvas on two sides: a cropped picture all the same, judged on its inside, where nothing is left.
    for name in ("pen", "tie"):
        source = next(s for s in SOURCES if s.name == name)
        assert codes(Case(source, "padded", "gaussian_blur", 45.0).image()).get("blurry") == "reject", name
        assert codes(Case(source, "padded", "clean", None).image()) == {}, name


def test_a_small_scene_padded_into_a_banner_and_shaken_is_blurry() -> None:
    # The brick-wall scene in the same banner, shaken 12.6 and 45 px: the shake fades its thin mortar and
    # sand into faint streaks with sharp sides, so its direction is judged on the strongest edges, and the
    # half-size copy's wider tiles measure the whole pasted photo (its inside away from the border is too
    # narrow to hold one).
    wall = next(s for s in SOURCES if s.name == "brick_wall")
    assert codes(Case(wall, "padded", "clean", None).image()) == {}
    assert codes(Case(wall, "padded", "motion_blur", 12.6).image()).get("blurry") == "reject"
    assert codes(Case(wall, "padded", "motion_blur", 45.0).image()).get("blurry") == "reject"


def test_a_pale_product_blurred_into_a_faint_smudge_is_blurry_not_blank() -> None:
    # White earbuds on a big white canvas, blurred sigma 20: every cell is white, so there is no subject,
    # yet a faint smudge stays unclipped. No tile shows an edge in it (the smudge spreads past every one):
    # heavy blur, not a blank frame to say nothing of, nor a blown-out one. Blown out at gain x8, it is.
    earbuds = next(s for s in SOURCES if s.name == "earbuds")
    for composition in ("whole", "padded"):
        assert codes(Case(earbuds, composition, "gaussian_blur", 20.0).image()) == {"blurry": "reject"}
        assert codes(Case(earbuds, composition, "overexposure", 8.0).image()) == {"overexposed": "reject"}


def test_a_thin_product_shaken_along_its_stems_is_blurry() -> None:
    # Dried lavender on white, shaken 12.4 to 55 px along its stems: the stems stay sharp across, and the
    # buds' and tie's edges that crossed the shake are smeared until no outline tile crosses it any more.
    # An outline crosses every direction somewhere, so that direction is judged on the tiles that cross it
    # most. Clean, it passes.
    lavender = next(s for s in SOURCES if s.name == "lavender")
    assert codes(Case(lavender, "padded", "clean", None).image()) == {}
    for composition, length in itertools.product(("whole", "padded"), (12.4, 55.0)):
        assert codes(Case(lavender, composition, "motion_blur", length).image()).get("blurry") == "reject"


def test_a_product_cut_out_by_a_background_remover_is_not_blurry() -> None:
    # heldout34's teal suitcase, cut out of a phone photo by a marketplace's background remover: the feathered
    # matte leaves its outline a little soft all round (2.7 px at the 75th percentile) while its sharper quarter
    # stays sharp (2.3 px); its inside is soft ribbed shading. In focus, so not blurry; blurred sigma 1.5 or
    # shaken 12 px, its outline is soft all round and it is.
    suitcase = next(s for s in SOURCES if s.name == "suitcase")
    for composition in ("whole", "padded"):
        assert "blurry" not in codes(Case(suitcase, composition, "clean", None).image()), composition
        for defect, value in (("gaussian_blur", 1.500000005), ("motion_blur", 12.000000005)):
            found = codes(Case(suitcase, composition, defect, value).image())
            assert found.get("blurry") == "reject", (composition, defect)
    # a portrait-mode scene enlarged x7.35 and padded: its crop is as sharp as that matte (1.47 and 2.59 px), but
    # its edges away from the box's sides are not, so the crop decides nothing
    jetty = next(s for s in SOURCES if s.name == "jetty")
    assert codes(Case(jetty, "padded", "upscale", 7.35).image()).get("blurry") == "reject"


def test_a_packshot_blurred_a_tenth_of_its_width_then_padded_onto_white_is_blurry() -> None:
    # heldout35's rendered sofa and bar stool blurred sigma 23.5 before padding: the blur fills the picture's
    # white margin, so its crop steps from the canvas onto a pale smear that darkens towards the product only
    # over several tiles; read as a sharp rectangle, it decided that the photo was in focus. Clean, each passes.
    for name in ("sofa", "bar_stool"):
        source = next(s for s in SOURCES if s.name == name)
        assert codes(Case(source, "padded", "gaussian_blur", 23.5).image()).get("blurry") == "reject", name
        assert "blurry" not in codes(Case(source, "padded", "clean", None).image()), name


def test_a_picture_smoothed_up_to_its_crop_and_padded_onto_white_is_blurry() -> None:
    # heldout29's wine bottle enlarged x29.5, tape measure x140 and saucepan shaken 500 px, heldout30's keyboard
    # and bedside scene enlarged x33, each before padding: nothing in the picture holds an edge a tile resolves,
    # but where it was cut its straight sides step sharply from the canvas whatever its focus, and its white
    # corners hide that it is a pasted picture. Neither the inside's tiles of detail (the keyboard's many, the
    # bottle's few) nor the outline off the box's sides shows a sharp edge: the crop is no product's outline.
    # Clean, each passes.
    for name, defect, value in (
        ("wine_bottle", "upscale", 29.5),
        ("tape_measure", "upscale", 140.0),
        ("saucepan", "motion_blur", 500.0),
        ("keyboard", "upscale", 33.0),
        ("bedside", "upscale", 33.0),
        # heldout32's pincushion shaken 700 px, longer than its picture: a pink smear whose few edges off the box's
        # sides are as wide as the shake left them (7 px), which says blur, not a product's own outline
        ("pincushion", "motion_blur", 700.0),
    ):
        source = next(s for s in SOURCES if s.name == name)
        assert codes(Case(source, "padded", defect, value).image()).get("blurry") == "reject", name
        assert codes(Case(source, "padded", "clean", None).image()) == {}, name


def test_a_small_picture_with_sensor_noise_padded_onto_white_is_not_blurry() -> None:
    # heldout37's leather wallet, small in a phone's night-mode frame on a warm sheet, padded onto white: noise
    # sigma 21.75 leaves no white in the picture, so it is judged as a pasted photo, inside only, with no outline.
    # Its few strong edges are the wallet's upright sides; an edge lying along a direction says nothing of a shake
    # along it, so that direction is judged on the tiles that cross it. Shaken 12 px, it is blurry.
    wallet = next(s for s in SOURCES if s.name == "leather_wallet")
    for value in (0.0001, 21.75):
        assert "blurry" not in codes(Case(wallet, "padded", "noise", value).image()), value
    assert codes(Case(wallet, "padded", "motion_blur", 12.0000000005).image()).get("blurry") == "reject"
