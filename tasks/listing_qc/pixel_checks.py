"""Deterministic pixel checks for listing photos: size, blur, exposure, background, clutter, overlay text.

``measure_pixels`` turns a photo into plain numbers (``PixelMetrics``); ``judge_pixels`` compares
them with a policy's ``PixelThresholds`` and returns findings with our reason codes. A finding of
severity ``reject`` is a check that is certain and vetoes CLIP; ``review`` is borderline.

Everything is measured on a normalised copy, shrunk so its longest side is ``NORMALISED_SIDE``
pixels, so the numbers of uploads of that size and more do not depend on their resolution (only
``width``/``height`` do), and the cost per photo stays small. A smaller upload is its own
normalised copy: enlarging it would blur it, and a sharp thumbnail would be told it is
``blurry`` for our resampling instead of only ``too_small``. The maths is numpy only and deterministic.

How the subject is found: pixels are grouped in ``CELL`` x ``CELL`` cells; a cell whose pixels
are almost all near-white is a white cell; the white cells reachable from the image border
(4-connected) are the background. The largest 8-connected group of the remaining cells is the
subject, and its bounding box is the subject box. A photo with (almost) no white background
(a full-frame shot) has no subject to cut out; its subject box is then the central box
(``CENTRAL_BOX`` of each side), where marketplace photos put the product.

A photo padded onto a white canvas (a filled rectangle of non-white cells with square corners, or
with three of them and a white notch of its own at the fourth: a blown window that joins the canvas)
is judged on its own pixels: sharpness inside it, away from the hard paste border, and exposure
over it alone, since the canvas says nothing about how the photo was exposed. Sharpness is
measured on tiles ``SHARPNESS_INSET_CELLS`` cells inside the subject, away from its outline, and,
for a product on a backdrop, on its outline too (the wider counts): a plain product's outline is
its one real edge, and shows a shake its few marks, smeared along themselves, hide. A dim
packshot (its white backdrop turned grey) has its backdrop found relative to its own brightest
level, so that focus is measured on the product as for a packshot lit right.
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pydantic
from PIL import Image

from tasks.listing_qc.sharpness import crop_edges, edge_width, tile_count
from workers.engines import tesseract_lib
from workers.engines.ocr import run_tesseract
from workers.engines.line_reader import line_crops, shared_line_reader
from workers.engines.text_detect import DETECT_SIDE, content_box, may_hold_text, shared_text_detector, text_boxes
from workers.images import ORIGINAL_SIZE_KEY, original_size

NORMALISED_SIDE = 512  # every measurement but width/height is taken at this longest side (or the upload's, if smaller)
CELL = 8  # px of the normalised copy; the unit of the subject/background segmentation
NEAR_WHITE = 225  # a pixel is near-white when all three channels are at least this
WHITE_CELL_SHARE = 0.95  # a cell is white when this share of its pixels is near-white
BORDER_BAND = 0.05  # the border band is this share of the height (top/bottom) and width (sides)
DARK_LUMA = 40  # luma below this is a dark pixel
CLIPPED_LEVEL = 250  # a pixel with any channel at least this is clipped (colour lost in that channel)
MIN_BACKGROUND_SHARE = 0.10  # below this share of background cells the photo counts as full-frame
SURROUND_BORDER_SHARE = 0.60  # ... and when less than this share of its border band is near-white
# a frame white all over is a pale subject blurred into a faint smudge when this share of it is near-white
# but unclipped (a blank or blown-out frame: none; a white earbud blurred sigma 20 on a big canvas: 0.04)
FADED_SUBJECT_SHARE = 0.02
BACKDROP_BORDER_SHARE = 0.90  # blown highlights are judged apart from a white surround only when all round
MIN_TILES = 4  # sharpness needs at least this many tiles (tasks/listing_qc/sharpness.py) inside the subject ...
SHARPNESS_INSET_CELLS = 3  # tiles this many cells inside the subject: away from its outline and paste border
MIN_TEXTURED_TILES = 16  # a product on white is judged inside only where this many tiles show detail
EXPOSURE_PERCENTILE = 99  # exposure_level is this percentile of luma: where the photo's highlights reach
HIGHLIGHT_PERCENTILE = 99.9  # highlight_level is this one: where its brightest small highlights reach
SMUDGE_MAX_CLIPPED = 0.05  # a product whose outline shows no edge is blurred unless this much of it clipped
PASTED_FILL = 0.97  # a pasted photo fills at least this share of its cell box
CANVAS_LINES = 2  # px; a canvas's margin thinner than a cell is at least this many whole lines of white
PASTED_MIN_SIDE_SHARE = 0.25  # ... and its longer side is at least this share of the canvas's ...
# ... or, smaller, where it shows a photo (``_shows_a_photo``): a rim this many px wide, plain (its 25th
# to 75th percentile within this many levels) round content that differs from it by more than this share
# of the rim's level (a dimmed photo's contrasts shrink with it), and this many levels, on at least this
# share of the inside; or a rim crushed to this level or darker
PHOTO_RIM = 2
PHOTO_RIM_SPREAD = 24
PHOTO_CONTENT_STEP = 0.25
PHOTO_CONTENT_MIN_STEP = 8
PHOTO_CONTENT = 0.05
CRUSHED_LEVEL = 8
PASTED_CORNER = 4  # px; the corner squares of a pasted photo's box ...
PASTED_CORNER_FILL = 0.75  # ... are at least this share darker than a white canvas:
PASTE_CANVAS_LEVEL = 245  # a photo's own near-white (a pale marble shelf, a lit wall) is not the canvas ...
PASTE_CANVAS_MARGIN = 8  # ... where it is this much darker than the canvas's median (no grain on a clean one)
PASTED_NOTCH_MAX = 0.25  # a pasted photo's own white reaching its border may fill this share of its box ...
NOTCH_MIN_SPAN = 0.10  # ... as a notch at one corner spanning at least this share of both sides there
NOTCH_MAX_SPAN = 0.60  # ... and at most this share, its other two sides this share the photo's own:
NOTCH_STRAIGHT_FILL = 0.97
NOTCH_WHITE_FILL = 0.75  # ... and the notch white over this share of the corner rectangle it spans
PASTE_BORDER_CORNER_FILL = 0.5  # a subject's outline may be a paste border when its corners are this full
BOX_RIM_CELLS = 2  # ... there, within this many cells of its box's sides (the outline ring's half-width)
# An enclosed white region is backdrop seen through a hole in the product when it spans at least
# HOLE_MIN_CELLS cells (smaller white spots inside a product are highlights), and its rim is the
# product's own colour: no lighter than its outline + HOLE_RIM_TOLERANCE, and darker than HOLE_RIM_BRIGHT
# (a blown part's rim is the product's nearly clipped surroundings)
HOLE_MIN_CELLS = 24
HOLE_RIM_TOLERANCE = 24
HOLE_RIM_BRIGHT = 190
CENTRAL_BOX = 0.60  # the subject box of a full-frame photo: this share of each side, centred
CLUTTER_CELL = 16  # px; clutter is counted in cells of this size outside the subject box
CLUTTER_CELL_STD = 12.0  # a clutter cell is busy when its luma standard deviation is at least this
OCR_MIN_CONF = 50.0  # words below this Tesseract confidence are not even recorded
OCR_MIN_LETTERS = 3  # a recorded word has at least this many letters or digits


class PixelThresholds(pydantic.BaseModel):
    """Where a pixel metric turns into a finding; the ``[pixel]`` table of a policy TOML file.

    The blur and exposure limits are fitted on the tuning split of ``bench/photo_eval_set.py``
    (real photographs and packshots, each degraded whole and before being padded onto white;
    ``python -m bench.photo_checks`` scores both splits). On that split, measured at 512 px:

    ==============  ===========================  ==============================================
    metric          clean (and noise/JPEG/tilt)  degraded
    ==============  ===========================  ==============================================
    edge_width      1.5 .. 3.0 px                Gaussian sigma 1.5: >= 4.6; motion 12 px: >= 5.4;
                                                 thumbnail enlarged x4: >= 4.6 (x2.5: 2.8 .. 4.9)
    exposure_level  154 .. 255                   brightness x0.6: 92 .. 153; x0.45: <= 114
    dark_share      0.00 .. 0.27                 brightness x0.15: 1.00; gamma 3.5: 0.17 .. 0.91
    clipped_share   0.000 .. 0.013               gain x2.5: 0.26 .. 0.98 (padded photos whose blown
                                                 parts merge with the canvas read lower)
    white_border    1.00 / 0.00 .. 0.16 (frame)  six photo crops pasted around the product: 0.77
    clutter_score   0.00 (none for full frame)   six photo crops pasted around the product: 0.31
    ==============  ===========================  ==============================================

    Attributes:
        min_longest_side: reject as ``too_small`` when the upload's longest side (px) is below this.
            Smaller photos are measured as uploaded. Near 512 px (the default's 500) that reads like
            512 px; much smaller photos read sharper than they would at 512 px, so a policy that
            accepts them should recalibrate ``blur_*`` on photos of its sizes.
        blur_reject_above: reject as ``blurry`` when ``edge_width`` is above this. Edge width
            (px at a longest side of 512, smaller uploads as they are; capped at 8) is how wide the
            sharpest quarter of the edges inside the subject are -- away from its outline and from
            the border of a photo pasted onto a canvas -- in the widest of four directions (motion
            blur), or, for a product on a backdrop, how wide its outline is, if wider. Contrast
            cancels out, so a dim but focused photo is ``dark``, not ``blurry``. Focused photos
            read 1-3 px, a Gaussian blur of sigma ~2.5 sigma, a thumbnail enlarged n times ~n px.
        blur_review_above: review as ``blurry`` when ``edge_width`` is above this.
        exposure_reject_below: reject as ``dark`` when ``exposure_level`` is below this: the 99th
            percentile of luma (on 4 x 4 px means) of the whole frame, or of the pasted photo
            alone when a photo is padded onto a white canvas (also one thinner than a cell). A white backdrop shows a packshot is
            exposed right, whatever the product's colour; a grey one (a dim packshot) does not.
        exposure_review_below: review as ``dark`` when ``exposure_level`` is below this, unless
            the photo is rejected as ``blurry``: blur smears small highlights, so a highlight level
            in the review band is no evidence of dim light there.
        exposure_review_highlight_below: ... and only while ``highlight_level`` (the 99.9th
            percentile of luma on 4 x 4 px means) is below this: where a lamp or a reflection
            reaches near white, the exposure renders white and the dim rest is the scene's (a
            moody room). A photo dimmed to x0.55 reaches 140 at most; 256 turns this off.
        dark_reject_above: reject as ``dark`` when ``dark_share`` (share of the pixels -- of the
            pasted photo alone when there is one -- with luma below 40 of 255) is above this.
        dark_review_above: review as ``dark`` when ``dark_share`` is above this.
        overexposed_reject_above: reject as ``overexposed`` when ``clipped_share`` (share of the
            subject's pixels -- the white background excluded, unless white reaches only part of
            the border -- or of the pasted photo's, with any channel >= 250) is above this.
            Over-exposure is clipped highlights: a dark product brightened without clipping reads
            as a lighter product exposed right, and gets no finding.
        overexposed_review_above: review as ``overexposed`` when ``clipped_share`` is above this.
        white_background_reject_below: when a white background is required, reject as
            ``not_white_background`` when ``white_border_share`` (share of near-white pixels,
            all channels >= 225, in the outer 5% band) is below this.
        white_background_review_below: ... and review when it is below this, unless the photo is
            rejected as ``blurry``: blur smears a product over a thin white margin into the border band.
        clutter_reject_above: reject as ``cluttered`` when ``clutter_score`` (share of 16 px cells
            outside the subject box whose luma standard deviation is >= 12) is above this. A
            full-frame photo has no background to measure and never gets ``cluttered``.
        clutter_review_above: review as ``cluttered`` when ``clutter_score`` is above this.
        watermark_min_conf: an OCR word (>= 3 letters or digits) counts as overlay text from
            this Tesseract confidence (0..100) up.
        watermark_reject_words: reject as ``watermark`` when at least this many counted words lie
            (partly) over the white background, where no product print can be; counted words
            that all lie on the subject give ``review`` (they may be print on the product).
    """

    model_config = pydantic.ConfigDict(frozen=True, extra="forbid")

    min_longest_side: int = pydantic.Field(500, ge=1)
    blur_reject_above: float = pydantic.Field(4.2, ge=1)
    blur_review_above: float = pydantic.Field(3.3, ge=1)
    exposure_reject_below: int = pydantic.Field(118, ge=0, le=255)
    exposure_review_below: int = pydantic.Field(141, ge=0, le=255)
    exposure_review_highlight_below: int = pydantic.Field(190, ge=0, le=256)
    dark_reject_above: float = pydantic.Field(0.70, ge=0, le=1)
    dark_review_above: float = pydantic.Field(0.45, ge=0, le=1)
    overexposed_reject_above: float = pydantic.Field(0.40, ge=0, le=1)
    overexposed_review_above: float = pydantic.Field(0.15, ge=0, le=1)
    white_background_reject_below: float = pydantic.Field(0.60, ge=0, le=1)
    white_background_review_below: float = pydantic.Field(0.90, ge=0, le=1)
    clutter_reject_above: float = pydantic.Field(0.12, ge=0, le=1)
    clutter_review_above: float = pydantic.Field(0.04, ge=0, le=1)
    watermark_min_conf: float = pydantic.Field(70.0, ge=0, le=100)
    watermark_reject_words: int = pydantic.Field(1, ge=1)

    @pydantic.model_validator(mode="after")
    def _review_band_is_on_the_safe_side(self) -> PixelThresholds:
        pairs = [
            ("blur_review_above", "blur_reject_above", self.blur_review_above <= self.blur_reject_above),
            (
                "exposure_reject_below",
                "exposure_review_below",
                self.exposure_reject_below <= self.exposure_review_below,
            ),
            ("dark_review_above", "dark_reject_above", self.dark_review_above <= self.dark_reject_above),
            (
                "overexposed_review_above",
                "overexposed_reject_above",
                self.overexposed_review_above <= self.overexposed_reject_above,
            ),
            (
                "white_background_reject_below",
                "white_background_review_below",
                self.white_background_reject_below <= self.white_background_review_below,
            ),
            (
                "clutter_review_above",
                "clutter_reject_above",
                self.clutter_review_above <= self.clutter_reject_above,
            ),
        ]
        for low, high, ok in pairs:
            if not ok:
                raise ValueError(f"{low} must not be above {high}")
        return self

    @classmethod
    def from_toml(cls, path: str | Path) -> PixelThresholds:
        """Load the ``[pixel]`` table of a policy file; missing keys keep their defaults."""
        with open(path, "rb") as handle:
            policy = tomllib.load(handle)
        return cls.model_validate(policy.get("pixel", {}))


@dataclass(frozen=True)
class OverlayWord:
    """One word Tesseract read on the photo; ``on_background`` when its box overlaps the background."""

    text: str
    conf: float
    on_background: bool


@dataclass(frozen=True)
class PixelMetrics:
    """What ``measure_pixels`` measured; all but width/height are taken at the normalised size."""

    width: int
    height: int
    longest_side: int
    edge_width: float  # px at the normalised size; grows with blur and enlargement
    exposure_level: int  # 99th percentile of luma (0..255) of the photo: low when nothing in it is white
    mean_luma: float
    dark_share: float
    clipped_share: float
    white_border_share: float
    background_share: float
    subject_box: tuple[float, float, float, float]  # left, top, right, bottom as shares of the sides
    pasted_photo: bool  # a photo pasted onto a white canvas: judged on its own pixels, not the canvas
    clutter_score: float | None  # None for a full-frame photo: there is no background to measure it on
    overlay_text: tuple[OverlayWord, ...] | None  # None when text detection was skipped
    # where the brightest highlights reach: 99.9th percentile of luma (a lamp, a reflection); None: unknown
    highlight_level: int | None = None
    # the subject box held almost no product (a product blurred into a pale haze, a blank or blown
    # frame): clipping was then measured on the whole frame, white backdrop included
    no_subject: bool = False

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-serialisable values, for the job result and the audit log."""
        values = asdict(self)
        values["subject_box"] = list(self.subject_box)
        if self.overlay_text is not None:
            values["overlay_text"] = [asdict(word) for word in self.overlay_text]
        return values


@dataclass(frozen=True)
class PixelFinding:
    """One failed check: a reason code, how sure the check is, and a sentence with the numbers."""

    code: str
    severity: Literal["reject", "review"]
    detail: str


def measure_pixels(
    image: Image.Image, *, detect_overlay_text: bool = True, tesseract_cmd: str = "tesseract",
    overlay_text_cascade: bool = True, overlay_text_reader: str = "tesseract",
) -> PixelMetrics:
    """Measure a photo's size, sharpness, exposure, background, clutter and (optionally) overlay text.

    Overlay text is read by Tesseract only where the photo is ``worth_reading``
    (``overlay_text_cascade``; False reads every photo); with ``overlay_text_reader="detector"``,
    a photo that passes the sharpness gate is read by ``detected_words`` instead (Tesseract where
    rapidocr-onnxruntime is missing). Raises
    ``ModelUnavailable`` (from the OCR engine) when Tesseract is needed and missing; pass
    ``detect_overlay_text=False`` to skip it.
    """
    width, height = original_size(image)  # the upload's, also when it was decoded smaller
    small = normalised_copy(image)
    grey = np.asarray(small.convert("L"))
    luma = grey.astype(np.float32)
    h, w = luma.shape

    # Channel-wise minimum/maximum over the bands as Pillow holds them: much faster than a reduction
    # over numpy's short last axis, and than packing the RGB image into one array first.
    red, green, blue = (np.asarray(band) for band in small.split())
    darkest = np.minimum(np.minimum(red, green), blue)
    brightest = np.maximum(np.maximum(red, green), blue)
    near_white = darkest >= NEAR_WHITE
    band_h, band_w = max(1, round(BORDER_BAND * h)), max(1, round(BORDER_BAND * w))
    border = np.ones((h, w), dtype=bool)
    border[band_h : h - band_h, band_w : w - band_w] = False
    white_border_share = float(near_white[border].mean())

    background_cells = _background_cells(near_white)
    background_share = float(background_cells.mean())
    # Near-white pixels in or next to a background cell, or in a hole of the product that shows the
    # backdrop, are background; a blown highlight inside the subject is not, so it still counts as clipped.
    around = near_white & _cells_to_pixels(_dilate(background_cells), h, w)
    holes = _backdrop_holes(near_white, darkest, background_cells)
    background = around | (near_white & _cells_to_pixels(_dilate(holes), h, w)) if holes.any() else around
    # A photo is on a white surround when its border is mostly white; otherwise white cells that
    # reach the border are part of the scene (a blown-out sky), not a backdrop to cut away -- unless
    # they frame a photo pasted onto a white canvas with a thin margin, which reaches into the border.
    # A canvas may also be under a tenth of the frame: a dim photo padded with a thin margin.
    full_frame = background_cells.all() or (
        (background_share < MIN_BACKGROUND_SHARE or white_border_share < SURROUND_BORDER_SHARE)
        and not (background_cells.any() and _framed_photo(darkest, near_white, background_cells) is not None)
    )
    rows, cols = background_cells.shape
    # Margins all thinner than a cell (no white cell: a canvas 1 % larger than its photo) are measured
    # apart only for exposure: a noisy white packshot's backdrop, no white cell either, is no clipped product.
    thin_canvas = None
    if full_frame and not background_cells.any():
        thin_canvas = _framed_photo(darkest, near_white, background_cells)
    pasted, faded = None, False
    if not full_frame:
        top, bottom, left, right = _subject_cell_box(~background_cells)
        box = (left * CELL, top * CELL, min(w, right * CELL), min(h, bottom * CELL))
        pasted = _pasted_photo(darkest, background_cells, (top, bottom, left, right))
        if pasted is not None and white_border_share < 1.0:
            # The background is the canvas around the pasted photo, also where a thin margin lets
            # the photo reach into the border band.
            canvas_border = border.copy()
            canvas_border[box[1] : box[3], box[0] : box[2]] = False
            if canvas_border.any():
                white_border_share = float(near_white[canvas_border].mean())
        own_backdrop = None if pasted is None else _pasted_backdrop_cells(darkest, pasted)
        outline_decides, whole_photo, off_sides = True, None, None
        if pasted is not None and own_backdrop is not None:
            # a dim packshot pasted onto white: its product has an outline of its own
            sharp_cells, outline_cells = _sharpness_cells(own_backdrop, None)
            if outline_cells is not None:
                outline_cells = _away_from_paste_border(outline_cells, pasted)
        else:
            sharp_cells, outline_cells = _sharpness_cells(background_cells, pasted)
            if pasted is not None:
                # its tiles keep away from the paste border; its coarse copies' wider tiles need all of it
                whole_photo = _away_from_paste_border(np.ones_like(background_cells), pasted)
            # A subject with squarish corners may be a photo pasted onto white that was not recognised
            # as one (white of its own reaching its edge): its outline may be the paste border.
            corners = _square_corners(darkest, (top, bottom, left, right), PASTE_BORDER_CORNER_FILL)
            outline_decides = corners is None
            if outline_cells is not None:
                # the outline away from the box's straight sides is the photo's own (a blown product
                # that joined the canvas leaves its silhouette): it may still show focus where the rest
                # may be a paste border, and says a smoothed picture's straight crop is no focus
                off_sides = outline_cells & ~_box_rim(outline_cells.shape, (top, bottom, left, right))
    else:
        # only a dim packshot has an outline here, its own
        outline_decides, whole_photo, off_sides = True, None, None
        margin = (1 - CENTRAL_BOX) / 2
        box = (round(margin * w), round(margin * h), round((1 - margin) * w), round((1 - margin) * h))
        dim_backdrop = _dim_backdrop_cells(darkest, border)
        if background_cells.all() and (near_white & (brightest < CLIPPED_LEVEL)).mean() < FADED_SUBJECT_SHARE:
            # white all over and clipped (a blank or blown-out frame): no edge to measure
            outline_cells, sharp_cells = None, np.zeros((rows, cols), dtype=bool)
        elif background_cells.all():
            # a pale subject blurred into a faint smudge: its central box, where no tile shows an edge
            # (the smudge spreads past every one), reads as heavy blur, not as nothing to tell
            outline_cells, faded = None, True
            sharp_cells = _central_cells(box, rows, cols)
        elif dim_backdrop is not None:
            sharp_cells, outline_cells = _sharpness_cells(dim_backdrop, None)
        else:
            outline_cells = None
            sharp_cells = _central_cells(box, rows, cols)
    left, top, right, bottom = box
    in_box = np.zeros((h, w), dtype=bool)
    in_box[top:bottom, left:right] = True
    subject = in_box & ~around
    no_subject = False
    if full_frame:
        subject = in_box
        no_subject = faded  # its clipped share is mostly the backdrop's
    elif subject.sum() < 0.01 * h * w:
        subject = np.ones((h, w), dtype=bool)  # nothing but background: judge the whole frame
        no_subject = True
    else:
        subject &= ~background  # and not the backdrop the product's holes show

    # Exposure is judged on what the photo shows: the whole frame (a white backdrop is part of a
    # well-exposed packshot, a grey one is not), or the pasted photo alone (a canvas says nothing).
    if pasted is not None:
        p_top, p_bottom, p_left, p_right = pasted
        exposure = grey[p_top * CELL : min(h, p_bottom * CELL), p_left * CELL : min(w, p_right * CELL)]
        clip_region = brightest[
            p_top * CELL : min(h, p_bottom * CELL), p_left * CELL : min(w, p_right * CELL)
        ]
        clipped_share = float((clip_region >= CLIPPED_LEVEL).mean())
    else:
        exposure = grey
        if thin_canvas is not None:
            t_top, t_bottom, t_left, t_right = thin_canvas
            exposure = grey[t_top * CELL : min(h, t_bottom * CELL), t_left * CELL : min(w, t_right * CELL)]
        # White that reaches the border on only some sides is more likely a blown-out sky or wall
        # than a backdrop: then the central box is judged whole, white included.
        clip_region = brightest[subject if white_border_share >= BACKDROP_BORDER_SHARE else in_box]
        clipped_share = float((clip_region >= CLIPPED_LEVEL).mean())
    histogram = np.bincount(exposure.ravel(), minlength=256)
    cumulative = np.cumsum(histogram)
    dark_share = float(cumulative[DARK_LUMA - 1] / cumulative[-1])
    # Where the highlights reach, on 4 x 4 px means: a blur spreads a thin highlight but hardly
    # dims a small patch, so a blurred photo is not called dark for it.
    patches = np.asarray(Image.fromarray(np.ascontiguousarray(exposure)).reduce(4))  # Pillow's box means
    patch_cumulative = np.cumsum(np.bincount(patches.ravel(), minlength=256))
    exposure_level = int(np.percentile(patches, EXPOSURE_PERCENTILE))
    highlight_level = int(np.searchsorted(patch_cumulative, HIGHLIGHT_PERCENTILE / 100 * patches.size))

    overlay_text = None
    if detect_overlay_text:
        if overlay_text_reader == "detector":
            overlay_text = detected_words(small, background) if may_hold_text(brightest) else ()
        if overlay_text is None:
            overlay_text = _overlay_words(small, brightest, background, tesseract_cmd, cascade=overlay_text_cascade)

    return PixelMetrics(
        width=width,
        height=height,
        longest_side=max(width, height),
        edge_width=round(_sharpness(
            grey, sharp_cells, outline_cells, outline_decides, whole_photo, faded, off_sides,
            # an outline with no edge left is a smudge's, unless the product is crushed dark or blown out
            blank_outline_blurred=exposure_level > DARK_LUMA and clipped_share < SMUDGE_MAX_CLIPPED,
        ), 3),
        exposure_level=exposure_level,
        mean_luma=round(float(luma.mean()), 3),
        dark_share=round(dark_share, 5),
        clipped_share=round(clipped_share, 5),
        white_border_share=round(white_border_share, 5),
        background_share=round(background_share, 5),
        subject_box=(round(left / w, 4), round(top / h, 4), round(right / w, 4), round(bottom / h, 4)),
        pasted_photo=pasted is not None,
        clutter_score=None if full_frame else round(_clutter_score(luma, box), 5),
        overlay_text=overlay_text,
        highlight_level=highlight_level,
        no_subject=no_subject,
    )


def _sharpness_cells(
    background_cells: np.ndarray, pasted: tuple[int, int, int, int] | None
) -> tuple[np.ndarray, np.ndarray | None]:
    """The cells sharpness is measured on: inside the subject (or pasted photo), and its outline (or None)."""
    if pasted is not None:
        # The pasted photo's own pixels, away from the paste border; that border is no outline.
        inner = np.zeros_like(background_cells)
        p_top, p_bottom, p_left, p_right = pasted
        inner[p_top:p_bottom, p_left:p_right] = True
        outline = None
    else:
        inner = ~background_cells
        # A product on a backdrop also shows focus on its own outline, the one edge a plain product has.
        outline = _dilate(_dilate(background_cells)) & _dilate(_dilate(inner))
    # A small subject has few tiles that far inside: then come closer to its outline.
    candidates = [_erode(inner, SHARPNESS_INSET_CELLS), _erode(inner, 1), inner]
    return next((c for c in candidates if tile_count(c, CELL) >= MIN_TILES), candidates[-1]), outline


def _central_cells(box: tuple[int, int, int, int], rows: int, cols: int) -> np.ndarray:
    """The cells wholly inside a pixel box (left, top, right, bottom)."""
    cells = np.zeros((rows, cols), dtype=bool)
    cells[int(np.ceil(box[1] / CELL)) : box[3] // CELL, int(np.ceil(box[0] / CELL)) : box[2] // CELL] = True
    return cells


def _dim_backdrop_cells(
    darkest: np.ndarray, border: np.ndarray, level: int | None = None
) -> np.ndarray | None:
    """The backdrop cells of a dim packshot (a white backdrop turned grey), or None for any other photo.

    Found like a white backdrop, but relative to the photo's own brightest level (``level``, or
    measured on ``darkest``), so that focus is measured on the product as it would be if the photo
    were lit right (the check is ``dark``).
    """
    if level is None:
        level = _highlight_level(darkest)
    if level >= NEAR_WHITE:
        return None  # the photo reaches white: its full frame is a scene, not a dimmed backdrop
    bright = darkest >= NEAR_WHITE * level / 255
    if bright[border].mean() < SURROUND_BORDER_SHARE:
        return None
    cells = _background_cells(bright)
    return None if cells.mean() < MIN_BACKGROUND_SHARE or cells.all() else cells


def _highlight_level(darkest: np.ndarray) -> int:
    """The 99th percentile of 4 x 4 px means: as good a level as the pixels', at a sixteenth of them."""
    means = np.asarray(Image.fromarray(np.ascontiguousarray(darkest)).reduce(4))
    return int(np.searchsorted(np.cumsum(np.bincount(means.ravel(), minlength=256)), 0.99 * means.size))


def _pasted_backdrop_cells(darkest: np.ndarray, pasted: tuple[int, int, int, int]) -> np.ndarray | None:
    """A pasted photo's own dim backdrop (and all around it), or None when the pasted photo has none.

    A dim packshot padded onto white reads as a pasted photo; its grey backdrop is found as for a
    dim packshot uploaded whole, relative to the pasted photo's own brightest level, so that its
    product is measured inside and on its outline.
    """
    top, bottom, left, right = pasted
    level = _highlight_level(darkest[top * CELL : bottom * CELL, left * CELL : right * CELL])
    # The backdrop is sought one cell further out, over the paste border (lighter than the grey it
    # blends into), since a product may nearly fill the photo.
    rows, cols = -(-darkest.shape[0] // CELL), -(-darkest.shape[1] // CELL)
    top, left, bottom, right = max(0, top - 1), max(0, left - 1), min(rows, bottom + 1), min(cols, right + 1)
    region = darkest[top * CELL : bottom * CELL, left * CELL : right * CELL]
    border = np.ones(region.shape, dtype=bool)
    border[CELL:-CELL, CELL:-CELL] = False
    cells = _dim_backdrop_cells(region, border, level)
    if cells is None:
        return None
    backdrop = np.ones((rows, cols), dtype=bool)  # the canvas and the paste border count as backdrop
    backdrop[top : top + cells.shape[0], left : left + cells.shape[1]] = cells
    return backdrop


def _box_rim(shape: tuple[int, int], box: tuple[int, int, int, int]) -> np.ndarray:
    """The cells within ``BOX_RIM_CELLS`` of a cell box's sides (top, bottom, left, right; end exclusive)."""
    top, bottom, left, right = box
    rows, cols = np.arange(shape[0])[:, None], np.arange(shape[1])[None, :]
    near_rows = (np.abs(rows - top) <= BOX_RIM_CELLS) | (np.abs(rows - (bottom - 1)) <= BOX_RIM_CELLS)
    near_cols = (np.abs(cols - left) <= BOX_RIM_CELLS) | (np.abs(cols - (right - 1)) <= BOX_RIM_CELLS)
    return near_rows | near_cols


def _away_from_paste_border(cells: np.ndarray, pasted: tuple[int, int, int, int]) -> np.ndarray:
    """``cells`` within a pasted photo's box (a cell in from its edge): the paste border is no outline."""
    top, bottom, left, right = pasted
    inside = np.zeros_like(cells)
    inside[top:bottom, left:right] = True
    return cells & inside


def _sharpness(
    grey: np.ndarray,
    inner: np.ndarray,
    outline: np.ndarray | None,
    outline_decides: bool,
    whole_photo: np.ndarray | None = None,
    faded: bool = False,
    off_sides: np.ndarray | None = None,
    blank_outline_blurred: bool = False,
) -> float:
    """The edge width inside the subject, or on its outline where that is wider (a plain product shaken).

    A sharp outline shows the product in focus (``outline_decides``), unless it may be a paste border.
    ``whole_photo``: the cells of a pasted photo, a cell in from its border, for the coarse copies' tiles.
    ``faded``: a pale subject blurred into a faint smudge on a frame white all over (its crop edge, where
    it was cropped before padding, is carried over the canvas as a product's is). ``off_sides``: the outline
    away from the subject box's straight sides, where a smoothed picture's crop cannot be; where the outline
    may be a paste border (not ``outline_decides``), the part of it that may still decide.
    """
    # An inside with little detail to tell (a plain, blown-out or crushed product) defers to the outline.
    # Without an outline (a pasted photo), a small photo is judged on a quarter of its tiles showing detail,
    # and so is a product too small to hold MIN_TEXTURED_TILES tiles at all (a picture padded into a wide
    # banner): its outline is a few tiles, where a crop edge or a side a shake runs along reads sharp.
    tiles = tile_count(inner, CELL)
    small = outline is None or tiles < MIN_TEXTURED_TILES
    needed = min(MIN_TEXTURED_TILES, tiles // 4) if small else MIN_TEXTURED_TILES
    # A crop edge carried over the canvas; a cropped scene's outline is no product's (it defers to its inside).
    measured, scene = (grey, False) if outline is None and not faded else crop_edges(grey)
    return edge_width(
        measured,
        inner,
        CELL,
        outline=outline,
        min_textured=max(1, needed),
        sharp_outline_decides=outline_decides,
        outline_defers=scene,
        coarse_cells=whole_photo,
        blank_outline_blurred=blank_outline_blurred,
        off_sides=off_sides,
    )


def judge_pixels(
    metrics: PixelMetrics, thresholds: PixelThresholds, *, require_white_background: bool
) -> list[PixelFinding]:
    """Compare metrics with a policy's thresholds; one finding per failed check, most certain first."""
    t = thresholds
    findings: list[PixelFinding] = []

    if metrics.longest_side < t.min_longest_side:
        findings.append(
            PixelFinding(
                "too_small",
                "reject",
                f"The photo is {metrics.width}x{metrics.height} px; its longest side must be at least "
                f"{t.min_longest_side} px.",
            )
        )
    findings += _blur_findings(metrics.edge_width, t)
    findings += _dark_findings(metrics, t)
    overexposed = _above(
        "overexposed",
        "The share of clipped highlights on the subject",
        metrics.clipped_share,
        t.overexposed_reject_above,
        t.overexposed_review_above,
    )
    # Blur smears a product's highlights and its white backdrop into its edge: on a photo rejected
    # as blurry, a clipped share in the review band is not evidence of over-exposure, nor any share
    # measured on the whole frame for want of a subject (mostly its white backdrop, clipped by nature).
    blurred = metrics.edge_width > t.blur_reject_above
    if not blurred or (any(f.severity == "reject" for f in overexposed) and not metrics.no_subject):
        findings += overexposed
    if require_white_background:
        background = _below(
            "not_white_background",
            "The share of white in the border",
            metrics.white_border_share,
            t.white_background_reject_below,
            t.white_background_review_below,
            "%",
        )
        # Blur also smears a product over a thin white margin (a picture that fills the canvas's height):
        # on a photo rejected as blurry, a white border in the review band is not evidence of a backdrop.
        findings += [f for f in background if not blurred or f.severity == "reject"]
    if metrics.clutter_score is not None:
        findings += _above(
            "cluttered",
            "The share of busy background around the subject",
            metrics.clutter_score,
            t.clutter_reject_above,
            t.clutter_review_above,
        )
    if metrics.overlay_text:
        counted = [w for w in metrics.overlay_text if w.conf >= t.watermark_min_conf]
        if counted:
            on_background = [w for w in counted if w.on_background]
            severity: Literal["reject", "review"] = (
                "reject" if len(on_background) >= t.watermark_reject_words else "review"
            )
            words = ", ".join(f"{w.text!r} ({w.conf:.0f}%)" for w in counted)
            findings.append(
                PixelFinding(
                    "watermark",
                    severity,
                    f"Overlaid text was read on the photo: {words}; {len(on_background)} word(s) over the "
                    f"background, {t.watermark_reject_words} make it certain.",
                )
            )
    findings.sort(key=lambda f: f.severity != "reject")
    return findings


def _blur_findings(width: float, t: PixelThresholds) -> list[PixelFinding]:
    for severity, limit in (("reject", t.blur_reject_above), ("review", t.blur_review_above)):
        if width > limit:
            return [
                PixelFinding(
                    "blurry",
                    severity,  # type: ignore[arg-type]
                    f"The photo lacks fine detail: its sharpest edges inside the product are {width:.1f} px "
                    f"wide at 512 px, above the {severity} limit {limit:.1f} px. It is out of focus, "
                    f"shaken, or enlarged from a smaller picture; upload the original, focused photo.",
                )
            ]
    return []


def _dark_findings(metrics: PixelMetrics, t: PixelThresholds) -> list[PixelFinding]:
    # Two ways to be underexposed: highlights that never reach white (a dim photo, a grey
    # backdrop), or most of the photo in shadow. The more certain one speaks.
    where = "the pasted photo's" if metrics.pasted_photo else "the photo's"
    level = metrics.exposure_level
    # Blur smears small highlights into their surroundings: on a photo already rejected as blurry,
    # highlights in the review band are not evidence of dim light (the seller has one thing to fix).
    smeared = metrics.edge_width > t.blur_reject_above
    found: list[PixelFinding] = []
    lit = metrics.highlight_level is not None and metrics.highlight_level >= t.exposure_review_highlight_below
    for severity, limit in (("reject", t.exposure_reject_below), ("review", t.exposure_review_below)):
        if severity == "review" and (smeared or lit):
            break
        if level < limit:
            found.append(
                PixelFinding(
                    "dark",
                    severity,  # type: ignore[arg-type]
                    f"The photo is underexposed: {where} brightest parts reach only {level} of 255, below "
                    f"the {severity} limit {limit}; nothing in it is white.",
                )
            )
            break
    found += _above(
        "dark", "The share of dark pixels", metrics.dark_share, t.dark_reject_above, t.dark_review_above
    )
    found.sort(key=lambda f: f.severity != "reject")
    return found[:1]


def _below(code: str, what: str, value: float, reject: float, review: float, unit: str) -> list[PixelFinding]:
    shown = _percent if unit == "%" else _plain
    if value < reject:
        return [
            PixelFinding(code, "reject", f"{what} is {shown(value)}, below the reject limit {shown(reject)}.")
        ]
    if value < review:
        return [
            PixelFinding(code, "review", f"{what} is {shown(value)}, below the review limit {shown(review)}.")
        ]
    return []


def _above(code: str, what: str, value: float, reject: float, review: float) -> list[PixelFinding]:
    if value > reject:
        return [
            PixelFinding(
                code, "reject", f"{what} is {_percent(value)}, above the reject limit {_percent(reject)}."
            )
        ]
    if value > review:
        return [
            PixelFinding(
                code, "review", f"{what} is {_percent(value)}, above the review limit {_percent(review)}."
            )
        ]
    return []


def _percent(value: float) -> str:
    return f"{value:.1%}"


def _plain(value: float) -> str:
    return f"{value:.1f}"


def _flatten_on_white(image: Image.Image) -> Image.Image:
    # A transparent packshot is shown on white by every marketplace; measure it that way.
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        canvas = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(canvas, rgba).convert("RGB")
    return image if image.mode == "RGB" else image.convert("RGB")


def normalised_copy(image: Image.Image) -> Image.Image:
    """The copy every measurement but width/height is taken on; ``measure_pixels`` of it measures the same.

    The task shares it with the model's preprocessing, so a photo is resized from its decoded size once.
    """
    flat = _flatten_on_white(image)
    small = _resize_longest(flat, min(NORMALISED_SIDE, max(flat.size)))
    if small is not image and ORIGINAL_SIZE_KEY not in small.info:
        small.info[ORIGINAL_SIZE_KEY] = original_size(image)
    return small


def _resize_longest(image: Image.Image, side: int) -> Image.Image:
    scale = side / max(image.size)
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    if size == image.size:
        return image
    # reducing_gap lets Pillow shrink big uploads by whole factors first: much faster, same result
    # to within a grey level, and still deterministic.
    return image.resize(size, Image.Resampling.BILINEAR, reducing_gap=3.0)


def _cell_view(mask: np.ndarray) -> np.ndarray:
    """Mean of a boolean mask over CELL x CELL cells (partial cells at the edges included)."""
    h, w = mask.shape
    rows, cols = -(-h // CELL), -(-w // CELL)
    if h != rows * CELL or w != cols * CELL:
        padded = np.zeros((rows * CELL, cols * CELL), dtype=bool)
        padded[:h, :w] = mask
        mask = padded
    # Integer counts (exact), summed one axis at a time: much faster than a float sum over axes (1, 3).
    sums = mask.reshape(rows, CELL, cols * CELL).sum(axis=1, dtype=np.int32)
    sums = sums.reshape(rows, cols, CELL).sum(axis=2)
    row_counts = np.minimum(CELL, h - CELL * np.arange(rows))
    col_counts = np.minimum(CELL, w - CELL * np.arange(cols))
    counts = row_counts[:, None] * col_counts[None, :]
    # float32 division of exact integers, as the mean of a float32 mask has always been computed here
    return sums.astype(np.float32) / counts.astype(np.float32)


def _cells_to_pixels(cells: np.ndarray, h: int, w: int) -> np.ndarray:
    return np.repeat(np.repeat(cells, CELL, axis=0), CELL, axis=1)[:h, :w]


def _shift(mask: np.ndarray, dy: int, dx: int) -> np.ndarray:
    out = np.zeros_like(mask)
    h, w = mask.shape
    out[max(dy, 0) : h + min(dy, 0), max(dx, 0) : w + min(dx, 0)] = mask[
        max(-dy, 0) : h + min(-dy, 0), max(-dx, 0) : w + min(-dx, 0)
    ]
    return out


def _dilate(mask: np.ndarray) -> np.ndarray:
    """3x3 binary dilation (zero outside the grid), as a row pass then a column pass."""
    rows = mask.copy()
    rows[:, 1:] |= mask[:, :-1]
    rows[:, :-1] |= mask[:, 1:]
    out = rows.copy()
    out[1:, :] |= rows[:-1, :]
    out[:-1, :] |= rows[1:, :]
    return out


def _background_cells(near_white: np.ndarray) -> np.ndarray:
    """White cells 4-connected to the image border."""
    white = _cell_view(near_white) >= WHITE_CELL_SHARE
    reached = np.zeros_like(white)
    reached[[0, -1], :] = white[[0, -1], :]
    reached[:, [0, -1]] |= white[:, [0, -1]]
    return _flood(reached, white)


def _flood(seed: np.ndarray, allowed: np.ndarray) -> np.ndarray:
    """The cells of ``allowed`` 4-connected to ``seed`` (a subset of ``allowed``)."""
    reached = seed.copy()
    grown = np.empty_like(reached)
    while True:
        np.copyto(grown, reached)
        grown[1:, :] |= reached[:-1, :]
        grown[:-1, :] |= reached[1:, :]
        grown[:, 1:] |= reached[:, :-1]
        grown[:, :-1] |= reached[:, 1:]
        grown &= allowed
        if (grown == reached).all():
            return reached
        reached, grown = grown, reached


def _backdrop_holes(near_white: np.ndarray, darkest: np.ndarray, background_cells: np.ndarray) -> np.ndarray:
    """White regions the product encloses that show the backdrop (a ring's hole, the gap under headphones).

    A white region not reached from the border is backdrop seen through the product when it is empty
    (it surrounds nothing that is not white), not a small spot (``HOLE_MIN_CELLS``), and its rim looks
    like the product's outline against the backdrop: the rim's median shade (darkest channel) is at
    most ``HOLE_RIM_TOLERANCE`` lighter than the outline's, and below ``HOLE_RIM_BRIGHT``. Where the
    product itself blew out (a printed label, a lit face), the rim is the product's bright, nearly
    clipped surroundings or its print: the region stays product, and counts as clipped.
    """
    enclosed = (_cell_view(near_white) >= WHITE_CELL_SHARE) & ~background_cells
    holes = np.zeros_like(enclosed)
    if not enclosed.any() or not background_cells.any():
        return holes
    h, w = darkest.shape
    outline = darkest[_cells_to_pixels(_dilate(background_cells) & ~background_cells, h, w) & ~near_white]
    if outline.size == 0:
        return holes
    limit = float(np.median(outline)) + HOLE_RIM_TOLERANCE
    outside = np.zeros_like(enclosed)
    remaining = enclosed.copy()
    while remaining.any():
        seed = np.zeros_like(remaining)
        seed.flat[int(np.argmax(remaining))] = True
        region = _flood(seed, remaining)
        remaining &= ~region
        if np.count_nonzero(region) < HOLE_MIN_CELLS:
            continue  # a highlight, not a hole
        outside[...] = False
        outside[[0, -1], :] = ~region[[0, -1], :]
        outside[:, [0, -1]] |= ~region[:, [0, -1]]
        if (~(_flood(outside, ~region) | region) & ~enclosed).any():
            continue  # it surrounds print or a part of the product: white on the product
        rim = darkest[_cells_to_pixels(_dilate(region) & ~region, h, w) & ~near_white]
        if rim.size and float(np.median(rim)) <= min(limit, HOLE_RIM_BRIGHT - 1):
            holes |= region
    return holes


def _subject_cell_box(foreground: np.ndarray) -> tuple[int, int, int, int]:
    """Bounding box (top, bottom, left, right; cell units, end exclusive) of the largest 8-connected group.

    Groups are found on runs of foreground cells (one union-find over the runs of each row and
    the runs they touch, diagonals included, in the row above). When two groups are equally
    large, the one whose last cell in reading order comes first wins, so the result never
    depends on iteration order.
    """
    rows, cols = foreground.shape
    edges = np.diff(np.pad(foreground, ((0, 0), (1, 1))).astype(np.int8), axis=1)
    start_r, start_c = np.nonzero(edges == 1)
    _, end_c = np.nonzero(edges == -1)  # both in row-major order, so the k-th start pairs with the k-th end
    runs = list(zip(start_r.tolist(), start_c.tolist(), end_c.tolist(), strict=True))  # (row, first, end excl.)
    parent = list(range(len(runs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    previous: list[int] = []  # run indices of the row above
    current: list[int] = []
    row_of_current = -1
    for index, (row, first, end) in enumerate(runs):
        if row != row_of_current:
            previous = current if row == row_of_current + 1 else []
            current = []
            row_of_current = row
        for other in previous:
            _, o_first, o_end = runs[other]
            if o_first <= end and first <= o_end:  # overlapping or diagonally adjacent
                a, b = find(index), find(other)
                if a != b:
                    parent[max(a, b)] = min(a, b)
        current.append(index)
    groups: dict[int, list[int]] = {}  # root -> [cells, last cell's label, top, bottom, left, right]
    for index, (row, first, end) in enumerate(runs):
        g = groups.setdefault(find(index), [0, 0, row, row + 1, first, end])
        g[0] += end - first
        g[1] = max(g[1], row * cols + end)  # the old label spreading kept the largest label: last cell + 1
        g[2], g[3] = min(g[2], row), max(g[3], row + 1)
        g[4], g[5] = min(g[4], first), max(g[5], end)
    size, label, top, bottom, left, right = min(groups.values(), key=lambda g: (-g[0], g[1]))
    return top, bottom, left, right


def _erode(cells: np.ndarray, steps: int) -> np.ndarray:
    """Cells at least ``steps`` cells (8-neighbourhood) from a cell outside the mask or the grid edge."""
    out = cells.copy()
    for _ in range(steps):
        out = ~_dilate(~out)
        out[[0, -1], :] = False
        out[:, [0, -1]] = False
    return out


def _framed_photo(
    darkest: np.ndarray, near_white: np.ndarray, background_cells: np.ndarray
) -> tuple[int, int, int, int] | None:
    """The cell box of a photo pasted onto a white canvas, the canvas white from edge to edge on two
    sides of it (left and right, above and below, or a corner's two: a picture placed at the canvas's
    top left): a thin margin reaches into the border band.

    White on one side only (a blown-out sky above a scene) is not a canvas. Margins all thinner than a
    cell (a canvas barely larger than its photo) count where they are opposite: white lines along two
    adjacent edges alone may be a scene's own blown corner. None where the frame is no such photo.
    """
    top, bottom, left, right = _subject_cell_box(~background_cells)
    rows, cols = background_cells.shape
    canvas = background_cells
    sides = (0 < left and canvas[:, :left].all(), right < cols and canvas[:, right:].all(),
             0 < top and canvas[:top].all(), bottom < rows and canvas[bottom:].all())
    # a margin thinner than a cell still shows as whole lines of white at the frame's edge
    white_rows, white_cols = near_white.all(axis=1), near_white.all(axis=0)
    thin = (white_cols[:CANVAS_LINES].all(), white_cols[-CANVAS_LINES:].all(),
            white_rows[:CANVAS_LINES].all(), white_rows[-CANVAS_LINES:].all())
    opposite = (thin[0] and thin[1]) or (thin[2] and thin[3])
    if not (any(sides) or opposite) or sum(s or t for s, t in zip(sides, thin, strict=True)) < 2:
        return None
    return _pasted_photo(darkest, background_cells, (top, bottom, left, right))


def _pasted_photo(
    darkest: np.ndarray, background_cells: np.ndarray, box: tuple[int, int, int, int]
) -> tuple[int, int, int, int] | None:
    """The cell box of a photo pasted onto a white canvas, or None when the subject is not one.

    A pasted photo is a filled rectangle of non-white cells whose corners are square: the pixels
    just inside each corner of its box are not white. A product's outline (a bottle, a mug, a
    speaker with rounded corners) leaves white in at least one corner.
    """
    top, bottom, left, right = box
    if bottom - top < 4 or right - left < 4:
        return None
    # A photo padded up to a marketplace's minimum size fills a good part of the canvas; a smaller
    # rectangle is one only where it shows a photo: a small dark one on white may be a product (a black
    # cap whose pale bottle blew out into the backdrop).
    small = max(bottom - top, right - left) < PASTED_MIN_SIDE_SHARE * max(background_cells.shape)
    filled = background_cells[top:bottom, left:right].mean() <= 1 - PASTED_FILL
    if not filled and background_cells[top:bottom, left:right].mean() > PASTED_NOTCH_MAX:
        return None
    # A photo's own near-white (a pale shelf, a lit wall) is still darker than a clean canvas; on a
    # grainy canvas, only what is darker than near-white counts.
    canvas = darkest[::4, ::4][_cells_to_pixels(background_cells, *darkest.shape)[::4, ::4]]
    canvas_level = int(np.median(canvas)) if canvas.size else 255
    level = max(NEAR_WHITE, min(PASTE_CANVAS_LEVEL, canvas_level - PASTE_CANVAS_MARGIN))
    # A photo whose own white (a blown window) reaches one corner of its border has three square
    # corners and straight borders; a product's rounded or slanted outline has neither.
    square = _square_corners(darkest, box, level=level, notched=not filled)
    if square is None or (small and not _shows_a_photo(darkest[square[0] : square[1], square[2] : square[3]])):
        return None
    # The cells wholly inside the photo, one cell in from its (resampled, blended) edges.
    y_start, y_end, x_start, x_end = square
    box = (-(-y_start // CELL) + 1, y_end // CELL - 1, -(-x_start // CELL) + 1, x_end // CELL - 1)
    return box if box[1] > box[0] and box[3] > box[2] else None


def _shows_a_photo(rectangle: np.ndarray) -> bool:
    """Whether a small square-cornered rectangle is a photo: a plain rim (its own backdrop) round something
    else (its product), or crushed to black (no lit surface of a product is that dark).

    A product part left alone on white (a black cap) is one plain colour, rim and inside alike.
    """
    h, w = rectangle.shape
    if h < 4 * PHOTO_RIM + 4 or w < 4 * PHOTO_RIM + 4:
        return False
    inset = rectangle[2:-2, 2:-2]  # the outermost pixels blend with the canvas (resampled twice)
    rim = np.concatenate([inset[:PHOTO_RIM].ravel(), inset[-PHOTO_RIM:].ravel(),
                          inset[:, :PHOTO_RIM].ravel(), inset[:, -PHOTO_RIM:].ravel()])
    level, high = np.percentile(rim, (50, 90))
    if level <= CRUSHED_LEVEL and high <= 2 * CRUSHED_LEVEL:
        return True
    inside = inset[2 * PHOTO_RIM : -2 * PHOTO_RIM, 2 * PHOTO_RIM : -2 * PHOTO_RIM]
    # the middle half of the rim: a round product may touch its photo's sides in a few places (a record)
    quarter, three_quarters = np.percentile(rim, (25, 75))
    plain_rim = three_quarters - quarter <= PHOTO_RIM_SPREAD
    step = max(PHOTO_CONTENT_MIN_STEP, PHOTO_CONTENT_STEP * level)
    return plain_rim and float((np.abs(inside.astype(np.float32) - level) > step).mean()) >= PHOTO_CONTENT


def _square_corners(
    darkest: np.ndarray,
    box: tuple[int, int, int, int],
    fill: float = PASTED_CORNER_FILL,
    level: int = NEAR_WHITE,
    notched: bool = False,
) -> tuple[int, int, int, int] | None:
    """The pixel box (top, bottom, left, right) of a subject whose corners are square, or None.

    Square: at least ``fill`` of the pixels just inside each corner of the box are darker than ``level``.
    ``notched``: one corner may be white instead, where white of the photo's own reaches its border
    there (``_straight_notch``).
    """
    top, bottom, left, right = box
    # The pixel box of the non-white pixels inside the cell box.
    h, w = darkest.shape
    y0, y1, x0, x1 = top * CELL, min(h, bottom * CELL), left * CELL, min(w, right * CELL)
    inside = darkest[y0:y1, x0:x1] < level
    # rows and columns mostly inside the photo (a resampled paste border blends into the canvas)
    ys = np.flatnonzero(2 * np.count_nonzero(inside, axis=1) >= inside.shape[1])
    xs = np.flatnonzero(2 * np.count_nonzero(inside, axis=0) >= inside.shape[0])
    if ys.size == 0 or xs.size == 0:
        return None
    r0, r1, c0, c1 = ys[0], ys[-1] + 1, xs[0], xs[-1] + 1
    k = PASTED_CORNER
    if r1 - r0 < k or c1 - c0 < k:
        return None  # a sliver has no corners to judge (their means would be NaN, which passes every test)
    corners = [
        inside[r0 : r0 + k, c0 : c0 + k],
        inside[r0 : r0 + k, c1 - k : c1],
        inside[r1 - k : r1, c0 : c0 + k],
        inside[r1 - k : r1, c1 - k : c1],
    ]
    fills = [float(corner.mean()) for corner in corners]
    if r1 - r0 > 2 * k + 2 and c1 - c0 > 2 * k + 2:
        # the outermost rows and columns may be the paste border blended with the canvas: one pixel in
        inset = [
            inside[r0 + 1 : r0 + 1 + k, c0 + 1 : c0 + 1 + k],
            inside[r0 + 1 : r0 + 1 + k, c1 - 1 - k : c1 - 1],
            inside[r1 - 1 - k : r1 - 1, c0 + 1 : c0 + 1 + k],
            inside[r1 - 1 - k : r1 - 1, c1 - 1 - k : c1 - 1],
        ]
        fills = [max(f, float(corner.mean())) for f, corner in zip(fills, inset, strict=True)]
    if not notched:
        return None if min(fills) < fill else (y0 + r0, y0 + r1, x0 + c0, x0 + c1)
    # a notched photo: all but its lightest corner square, and that one a notch of its own white
    if sorted(fills)[1] < fill:
        return None
    if not _straight_notch(inside[r0 + 1 : r1 - 1, c0 + 1 : c1 - 1], int(np.argmin(fills))):
        return None
    return y0 + r0, y0 + r1, x0 + c0, x0 + c1


def _straight_notch(inside: np.ndarray, corner: int) -> bool:
    """Whether a photo's box (``inside``: its non-white pixels) has straight borders and a white notch.

    The notch is the white of the photo's own reaching its border at ``corner`` (0: top left, 1: top
    right, 2: bottom left, 3: bottom right): along both sides there it spans from ``NOTCH_MIN_SPAN`` to
    ``NOTCH_MAX_SPAN`` of the side and fills the corner rectangle it spans (``NOTCH_WHITE_FILL``), and
    the other two sides are the photo's own pixels (a paste border is straight). A product's rounded
    outline leaves white along every side; a slanted one (a box seen at an angle) a white triangle.
    """
    h, w = inside.shape
    if h < 8 or w < 8:
        return False
    top, bottom, left, right = inside[0], inside[-1], inside[:, 0], inside[:, -1]
    row, other_row = (top, bottom) if corner in (0, 1) else (bottom, top)
    col, other_col = (left, right) if corner in (0, 2) else (right, left)
    row = row if corner in (0, 2) else row[::-1]  # from the notched corner outwards
    col = col if corner in (0, 1) else col[::-1]
    spans = []
    for line in (row, col):
        white = np.flatnonzero(~line)
        spans.append(int(white[-1]) + 1 if white.size else 0)
    span_x, span_y = spans
    within = NOTCH_MIN_SPAN * w <= span_x <= NOTCH_MAX_SPAN * w
    if not (within and NOTCH_MIN_SPAN * h <= span_y <= NOTCH_MAX_SPAN * h):
        return False
    if float(other_row.mean()) < NOTCH_STRAIGHT_FILL or float(other_col.mean()) < NOTCH_STRAIGHT_FILL:
        return False
    # The notch fills the corner it spans (a blown window): a slanted outline (a box seen at an
    # angle) leaves a white triangle there, half of it.
    ys = slice(0, span_y) if corner in (0, 1) else slice(h - span_y, h)
    xs = slice(0, span_x) if corner in (0, 2) else slice(w - span_x, w)
    return float((~inside[ys, xs]).mean()) >= NOTCH_WHITE_FILL


def _clutter_score(luma: np.ndarray, box: tuple[int, int, int, int]) -> float:
    """Share of CLUTTER_CELL cells wholly outside the subject box (one cell of margin) that are busy."""
    h, w = luma.shape
    rows, cols = h // CLUTTER_CELL, w // CLUTTER_CELL
    if rows == 0 or cols == 0:
        return 0.0
    cells = luma[: rows * CLUTTER_CELL, : cols * CLUTTER_CELL].reshape(rows, CLUTTER_CELL, cols, CLUTTER_CELL)
    busy = cells.std(axis=(1, 3)) >= CLUTTER_CELL_STD
    left, top, right, bottom = box
    ys = np.arange(rows) * CLUTTER_CELL
    xs = np.arange(cols) * CLUTTER_CELL
    near_rows = (ys + 2 * CLUTTER_CELL > top) & (ys - CLUTTER_CELL < bottom)
    near_cols = (xs + 2 * CLUTTER_CELL > left) & (xs - CLUTTER_CELL < right)
    outside = ~(near_rows[:, None] & near_cols[None, :])
    if outside.sum() < 0.05 * rows * cols:
        return 0.0
    return float(busy[outside].mean())


_WORD_CHARS = re.compile(r"[^0-9A-Za-z]")


def worth_reading(small: Image.Image, brightest: np.ndarray, tesseract_cmd: str = "tesseract") -> bool:
    """Whether the overlay-text cascade reads this photo with Tesseract (``small``: the normalised copy).

    Never a photo with no band sharp enough to hold a word: Tesseract would read none there
    (bench/overlay_text_eval.py measures that). Otherwise the text detector looks first only where
    that costs the CPU less than reading: where Tesseract is a command (a start costs ~3x the
    detector) or the detector runs on a device. Read inside the worker through libtesseract, a
    512-px photo costs less than the detector on the CPU, and is read whole: its words are then
    exactly the ones Tesseract reads.
    """
    if not may_hold_text(brightest):
        return False
    detector = shared_text_detector()
    resident = tesseract_cmd == "tesseract" and tesseract_lib.available()
    if detector is None or (resident and detector.device == "cpu"):
        return True
    return detector.has_text(np.asarray(small))


def _overlay_words(
    small: Image.Image, brightest: np.ndarray, background: np.ndarray, tesseract_cmd: str, *, cascade: bool = True
) -> tuple[OverlayWord, ...]:
    """Read words on the normalised copy; big overlaid text stays legible at 512 px, and it is cheap.

    With ``cascade``, only photos ``worth_reading`` are read.
    """
    if cascade and not worth_reading(small, brightest, tesseract_cmd):
        return ()

    # The brightest channel, not luma: grey text over a saturated product (a red cup) has
    # almost the product's luma but a clearly different brightest channel.
    # 11: sparse text anywhere on the photo; resident: a 512-px read costs less than starting the command
    result = run_tesseract(Image.fromarray(brightest), cmd=tesseract_cmd, psm=11, resident=True)
    words = []
    for word in result.words:
        core = _WORD_CHARS.sub("", word.text)
        if word.conf < OCR_MIN_CONF or len(core) < OCR_MIN_LETTERS or len(set(core.lower())) < 2:
            continue  # photo texture read as "lll" or "—" is not text
        left, top, right, bottom = word.box
        region = background[top : max(top + 1, bottom), left : max(left + 1, right)]
        # Between and around its letters, overlaid text shows the background; print on a product does not.
        on_background = bool(region.size and region.mean() >= 0.15)
        words.append(OverlayWord(text=word.text, conf=round(word.conf, 1), on_background=on_background))
    return tuple(words)


def detected_words(small: Image.Image, background: np.ndarray) -> tuple[OverlayWord, ...] | None:
    """Words on the lines PP-OCRv4's detector finds, read by its recogniser in one batch; None where not installed.

    The same filter as Tesseract's words (>= 3 letters or digits, not one repeated glyph); the
    recogniser's score (0..1) stands as the confidence (x 100).
    """
    detector, reader = shared_text_detector(), shared_line_reader()
    if detector is None or reader is None:
        return None
    pixels = np.asarray(small)
    box = content_box(pixels)
    if box is None:
        return ()
    x0, y0, x1, y1 = box
    content = pixels[y0:y1, x0:x1]
    # The detector looks at a smaller copy (its cost goes with the area); the lines are read at 512 px.
    scale = min(1.0, DETECT_SIDE / max(content.shape[:2]))
    seen = content
    if scale < 1.0:
        size = (max(32, round(content.shape[1] * scale)), max(32, round(content.shape[0] * scale)))
        seen = np.asarray(Image.fromarray(content).resize(size, Image.Resampling.BILINEAR))
    fx, fy = content.shape[1] / seen.shape[1], content.shape[0] / seen.shape[0]
    boxes = [(int(left * fx), int(top * fy), math.ceil(right * fx), math.ceil(bottom * fy))
             for left, top, right, bottom in text_boxes(detector.probabilities([seen])[0])]
    crops = line_crops(content, boxes)
    words = []
    for ((left, top, right, bottom), _), (text, score) in zip(crops, reader.read([c for _, c in crops]), strict=True):
        conf = round(score * 100, 1)
        region = background[top + y0 : bottom + y0, left + x0 : right + x0]
        on_background = bool(region.size and region.mean() >= 0.15)
        for token in text.split():
            core = _WORD_CHARS.sub("", token)
            if conf < OCR_MIN_CONF or len(core) < OCR_MIN_LETTERS or len(set(core.lower())) < 2:
                continue
            words.append(OverlayWord(text=token, conf=conf, on_background=on_background))
    return tuple(words)
