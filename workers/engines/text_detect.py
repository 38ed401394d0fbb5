"""Where a photo may carry text: PP-OCRv4's text-detection network (DBNet), run with onnxruntime.

Finding out whether there is any text to read costs this network about 37 core-ms on one CPU core
for a 512-px full-frame photo and about 23 for a packshot, whose white background it leaves out.
That is more than Tesseract read inside the worker (``tesseract_lib``) costs, so on the CPU the
listing checks read every photo that passes the cheap gate below; the detector decides first only
where it is cheaper than a read: on a device, or where Tesseract is a command (a process start per
photo costs ~90 core-ms). See ``worth_reading`` in ``tasks/listing_qc/pixel_checks.py``. The network
and its weights ship inside the ``rapidocr-onnxruntime`` package (no download).

A region counts as text as rapidocr's own detector counts it -- pixels of probability above 0.3,
grouped, whose mean probability is at least 0.5 (``box_thresh``) -- over at least ``MIN_REGION_PX``
pixels, and only when it lies like a line of writing: at least ``MIN_LINE_ASPECT`` times as wide
as high. Tesseract reads horizontal lines of three or more letters; the network also answers on
round, patterned things (the coffee cup of the test photos), which are never that wide.

Before the network, a photo must pass a cheap gate (``may_hold_text``, ~0.3 ms at 512 px):
some band of ``LINE_BAND`` rows must hold at least ``MIN_LINE_EDGES`` sharp steps between
neighbouring pixels. Letters Tesseract reads are sharp and contrasted; a blurred or dim photo
has no such band, and the network (which calls a dim cup a line of text) is not run on it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from workers.engines.rapid_ocr import packaged_model

log = logging.getLogger(__name__)

PIXEL_THRESHOLD = 0.3  # rapidocr's ``thresh``
REGION_THRESHOLD = 0.5  # rapidocr's ``box_thresh``: a region's mean probability
MIN_REGION_PX = 20  # px at 512: less than one small letter
MIN_LINE_ASPECT = 1.5  # width / height of a region's box: three letters side by side are wider than this
NEAR_WHITE = 225  # all three channels at least this: the pixel checks' near-white, a packshot's background
CROP_MARGIN = 32  # px of white kept around the non-white part of a photo
# The gate: a step of SHARP_STEP grey levels between horizontal neighbours in the brightest channel
# (Tesseract's input) is a letter's edge; a line of three letters, two strokes each, two edges per
# stroke, LINE_BAND px high holds 3 x 2 x 2 x 8 = 96 of them. On the tuning split of
# bench/overlay_text_eval.py, every photo with a ``watermark`` finding holds at least 407; over every
# photo bench/overlay_gate_signals.py reads (printed product text included), findings start at 116, and
# no cheaper signal it measures separates writing from texture any better (BENCHMARKS.md).
SHARP_STEP = 24
# Longest side the detector sees when it finds lines for the recogniser (the listing checks'
# ``detector`` reader): on the tuning split of bench/overlay_text_eval.py it found 0.54 of the
# overlaid photos at 320 px (0.83 at 512, 0.45 at 256) for 0.4x the 512-px cost.
DETECT_SIDE = 320
LINE_BAND = 8
MIN_LINE_EDGES = 96
_MODEL = "ch_PP-OCRv4_det_infer.onnx"

_lock = threading.Lock()
_detector: TextDetector | None | bool = False  # False: not tried yet; None: not available here


class TextDetector:
    """The detection network behind one onnxruntime session (CUDA when asked and present, else one CPU thread)."""

    def __init__(self, model_path: str | Path, *, device: str = "cpu") -> None:
        """``device``: ``cpu``, or ``auto``/``cuda[:n]`` for onnxruntime's CUDA provider where it has one."""
        import onnxruntime as ort

        options = ort.SessionOptions()
        # One thread per call: a worker runs many task threads (and photo processes) side by side already.
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        providers = ["CPUExecutionProvider"]
        wants_cuda = device in ("auto", "cuda") or device.startswith("cuda:")
        if wants_cuda and "CUDAExecutionProvider" in ort.get_available_providers():
            providers.insert(0, "CUDAExecutionProvider")
        self.session = ort.InferenceSession(str(model_path), options, providers=providers)
        self.input_name = self.session.get_inputs()[0].name
        self.device = device if providers[0] == "CUDAExecutionProvider" else "cpu"

    def probabilities(self, photos: Sequence[np.ndarray]) -> list[np.ndarray]:
        """Per photo (H x W x 3 uint8 RGB, all one size in a batch), the network's text-probability map."""
        batch = _network_input(photos)
        maps = self.session.run(None, {self.input_name: batch})[0][:, 0]
        return [m[: p.shape[0], : p.shape[1]] for m, p in zip(maps, photos, strict=True)]

    def has_text(self, photo: np.ndarray) -> bool:
        """True when the photo holds at least one region the detector calls text.

        Plain white around a product holds no text, and costs the network as much as the product:
        the network sees the photo cut to what is not near-white, with ``CROP_MARGIN`` px to spare.
        """
        content = _content(photo)
        return content is not None and text_regions(self.probabilities([content])[0]) > 0


def line_edges(channel: np.ndarray) -> int:
    """The most sharp horizontal steps (``SHARP_STEP`` grey levels or more) any ``LINE_BAND`` rows hold."""
    # uint8 max - min of neighbours: the absolute step without a widening copy of the photo
    left, right = channel[:, :-1], channel[:, 1:]
    per_row = np.count_nonzero(np.maximum(left, right) - np.minimum(left, right) >= SHARP_STEP, axis=1)
    if per_row.size <= LINE_BAND:
        return int(per_row.sum())
    running = np.concatenate(([0], np.cumsum(per_row)))
    return int((running[LINE_BAND:] - running[:-LINE_BAND]).max())


def may_hold_text(channel: np.ndarray) -> bool:
    """False when no band of a photo's brightest channel (uint8) is sharp enough to hold a readable word."""
    return line_edges(channel) >= MIN_LINE_EDGES


def text_regions(probability: np.ndarray) -> int:
    """How many regions of a probability map count as text."""
    return len(text_boxes(probability))


def text_boxes(probability: np.ndarray) -> list[tuple[int, int, int, int]]:
    """The regions of a probability map that count as text, as (left, top, right, bottom) in its pixels."""
    from scipy import ndimage

    labels, n = ndimage.label(probability > PIXEL_THRESHOLD)
    if n == 0:
        return []
    index = np.arange(1, n + 1)
    area = np.bincount(labels.ravel(), minlength=n + 1)[1:]
    mean = ndimage.mean(probability, labels, index)
    boxes = ndimage.find_objects(labels)
    return [
        (b[1].start, b[0].start, b[1].stop, b[0].stop)
        for b, a, m in zip(boxes, area, mean, strict=True)
        if a >= MIN_REGION_PX and m >= REGION_THRESHOLD
        and (b[1].stop - b[1].start) >= MIN_LINE_ASPECT * (b[0].stop - b[0].start)
    ]


def content_box(photo: np.ndarray) -> tuple[int, int, int, int] | None:
    """(left, top, right, bottom) of the part of a photo that is not near-white, with a margin; None if all white."""
    # Channel by channel: a reduction over numpy's short last axis costs ten times as much.
    ink = np.minimum(np.minimum(photo[:, :, 0], photo[:, :, 1]), photo[:, :, 2]) < NEAR_WHITE
    rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    if rows.size == 0:
        return None
    h, w = ink.shape
    top, bottom = max(0, rows[0] - CROP_MARGIN), min(h, rows[-1] + 1 + CROP_MARGIN)
    left, right = max(0, cols[0] - CROP_MARGIN), min(w, cols[-1] + 1 + CROP_MARGIN)
    return int(left), int(top), int(right), int(bottom)


def _content(photo: np.ndarray) -> np.ndarray | None:
    """The part of the photo that is not near-white, with a margin; None when it is white all over."""
    box = content_box(photo)
    return None if box is None else photo[box[1] : box[3], box[0] : box[2]]


def _network_input(photos: Sequence[np.ndarray]) -> np.ndarray:
    """BGR, scaled to -1..1, padded with white to a multiple of 32 on each side (the network's stride).

    Written straight into the N x 3 x H x W batch: a per-photo H x W x 3 copy and a stack cost
    as much again as the scaling.
    """
    h, w = photos[0].shape[:2]
    batch = np.full((len(photos), 3, -(-h // 32) * 32, -(-w // 32) * 32), 255.0, dtype=np.float32)
    for out, photo in zip(batch, photos, strict=True):
        out[:, :h, :w] = photo.transpose(2, 0, 1)[::-1]
    batch *= 2.0 / 255.0
    batch -= 1.0
    return batch


def shared_text_detector() -> TextDetector | None:
    """This process's detector, loaded on first use; None where rapidocr-onnxruntime is not installed."""
    global _detector
    if _detector is False:
        with _lock:
            if _detector is False:
                _detector = _load()
    return _detector  # type: ignore[return-value]


def _load() -> TextDetector | None:
    path = packaged_model(_MODEL)
    if path is None:
        log.warning("rapidocr-onnxruntime is not installed: overlay-text OCR reads every photo")
        return None
    from workers.settings import get_settings

    try:
        # On the engines' device: CUDA where onnxruntime was built with it (onnxruntime-gpu), else one CPU thread.
        return TextDetector(path, device=get_settings().device)
    except Exception as exc:  # noqa: BLE001 - a broken install must not fail photos; they are all read instead
        log.warning("text detector %s not loaded (%s): overlay-text OCR reads every photo", path, exc)
        return None

