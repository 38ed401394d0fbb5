"""PP-OCRv4's text recogniser (inside ``rapidocr-onnxruntime``) on line crops, batched, one CPU thread.

The listing checks' cheaper overlay-text route: the text detector finds lines, this reads the
crops of those lines in one batch. A line costs the recogniser a few ms at its 48-px height,
where Tesseract reads the whole photo.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from workers.engines.rapid_ocr import packaged_model

log = logging.getLogger(__name__)

_MODEL = "ch_PP-OCRv4_rec_infer.onnx"
_lock = threading.Lock()


class LineReader:
    """The recognition network behind one onnxruntime session on one CPU thread; thread-safe."""

    def __init__(self, model_path: str | Path) -> None:
        from rapidocr_onnxruntime.ch_ppocr_rec import TextRecognizer

        self._rec: Any = TextRecognizer({
            "model_path": str(model_path), "intra_op_num_threads": 1, "inter_op_num_threads": 1,
            "use_cuda": False, "use_dml": False, "rec_img_shape": [3, 48, 320], "rec_batch_num": 16,
        })
        self._lock = threading.Lock()

    def read(self, lines: Sequence[np.ndarray]) -> list[tuple[str, float]]:
        """Per line crop (H x W x 3 uint8 RGB), the text read and the recogniser's score (0..1)."""
        if not lines:
            return []
        bgr = [np.ascontiguousarray(line[:, :, ::-1]) for line in lines]  # the model was trained on OpenCV's BGR
        with self._lock:
            results, _ = self._rec(bgr)
        return [(str(text), float(score)) for text, score in results]


def line_crops(photo: np.ndarray, boxes: Sequence[tuple[int, int, int, int]], pad: float = 0.8
               ) -> list[tuple[tuple[int, int, int, int], np.ndarray]]:
    """Each detected box widened by ``pad`` x its height on every side, and the photo's pixels there.

    The detector marks a line's shrunk core (DBNet); rapidocr widens it by about 0.8 x the
    height (``unclip_ratio`` 1.6) before reading, and so does this.
    """
    h, w = photo.shape[:2]
    out = []
    for left, top, right, bottom in boxes:
        grow = round(pad * (bottom - top))
        box = (max(0, left - grow), max(0, top - grow), min(w, right + grow), min(h, bottom + grow))
        out.append((box, photo[box[1] : box[3], box[0] : box[2]]))
    return out


def shared_line_reader() -> LineReader | None:
    """This process's recogniser, loaded on first use; None where rapidocr-onnxruntime is not installed."""
    with _lock:  # task threads ask at once; one model per process
        return _load()


@functools.cache
def _load() -> LineReader | None:
    path = packaged_model(_MODEL)
    if path is None:
        return None
    try:
        return LineReader(path)
    except Exception as exc:  # noqa: BLE001 - a broken install falls back to Tesseract
        log.warning("line reader %s not loaded (%s)", path, exc)
        return None
