"""PP-OCRv4 (through ``rapidocr-onnxruntime``) as an OCR engine, and the two-engine reading.

The wheel carries the detection, direction and recognition ONNX models, so nothing is fetched:
the engine works offline on CPU, and on ``onnxruntime-gpu``'s CUDA provider when
``use_cuda`` is set. It reads text *lines*; each line becomes words (split at spaces, boxes
shared out by character count) in the same ``OcrWord`` shape Tesseract gives, one block per
line, so the receipt parser reads both engines the same way.

``BothOcrEngine`` runs both engines on every image and hands back the primary reading with
the other attached (``OcrResult.second``): the receipt parser reads each and treats agreement
as evidence and disagreement on an id as a reason for review.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from difflib import SequenceMatcher
from itertools import pairwise
from pathlib import Path
from typing import Any

from PIL import Image

from workers.engines.base import result_or_raise
from workers.engines.ocr import OcrResult, OcrWord, TesseractEngine, repair_rupee_signs
from workers.errors import ModelUnavailable


def rapidocr_available() -> bool:
    """Tell whether the rapidocr-onnxruntime package can be imported."""
    return _import_error() is None


def packaged_model(name: str) -> Path | None:
    """The path of one of the ONNX models inside the rapidocr-onnxruntime wheel; None where it is not installed."""
    try:
        import rapidocr_onnxruntime
    except ImportError:
        return None
    return Path(rapidocr_onnxruntime.__file__).parent / "models" / name


def _import_error() -> str | None:
    try:
        import rapidocr_onnxruntime  # noqa: F401
    except ImportError as exc:  # the package, or OpenCV's system libraries (libgl1, libglib2.0-0)
        return str(exc)
    return None


def line_words(text: str, points: Sequence[Sequence[float]], score: float, block: int,
               chars: Sequence[Any] | None = None) -> list[OcrWord]:
    """Split one recognised line into words at its spaces.

    With the recogniser's per-character boxes and scores (``chars``: boxes, characters, scores)
    each word gets its own box and the score of its least sure character, so one doubtful
    glyph in an id shows in the word's confidence; without them the line's box is shared out
    by character count and every word gets the line's score.
    """
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    left, top, right, bottom = min(xs), min(ys), max(xs), max(ys)
    words: list[OcrWord] = []
    if chars is not None:
        boxes, glyphs, scores = chars
        if len(boxes) == len(glyphs) == len(scores) and glyphs:
            current: list[tuple[Any, str, float]] = []
            for box, glyph, sc in [*zip(boxes, glyphs, scores, strict=True), (None, " ", 1.0)]:
                if glyph.strip():
                    current.append((box, glyph, float(sc)))
                    continue
                if current:
                    bx = [p[0] for b, _, _ in current for p in b]
                    by = [p[1] for b, _, _ in current for p in b]
                    x0, y0 = min(bx), min(min(by), top)
                    words.append(OcrWord(
                        text="".join(g for _, g, _ in current), conf=round(min(c for _, _, c in current) * 100, 1),
                        left=round(x0), top=round(y0), width=max(1, round(max(bx) - x0)),
                        height=max(1, round(max(max(by), bottom) - y0)), block=block, paragraph=1, line=1))
                    current = []
            return words
    tokens = text.split()
    total = max(1, len(text))
    pos = 0
    for token in tokens:
        start = text.index(token, pos)
        pos = start + len(token)
        x0 = left + (right - left) * start / total
        x1 = left + (right - left) * pos / total
        words.append(OcrWord(text=token, conf=round(float(score) * 100, 1), left=round(x0), top=round(top),
                             width=max(1, round(x1 - x0)), height=max(1, round(bottom - top)),
                             block=block, paragraph=1, line=1))
    return words


def _tight(words: list[OcrWord]) -> list[OcrWord]:
    """Shrink each box to its glyphs' height: the detector pads text boxes, so neighbouring rows overlap."""
    out = []
    for w in words:
        pad = round(w.height * 0.15)
        out.append(replace(w, top=w.top + pad, height=max(1, w.height - 2 * pad)))
    return out


_NOT_LATIN_BEFORE_DIGIT = re.compile(r"^[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef](?=\d)")


def _rupee_signs(words: list[OcrWord], image: Image.Image) -> list[OcrWord]:
    """The recogniser's alphabet has no rupee sign: it prints a CJK glyph (or nothing) in its place.

    A CJK glyph glued in front of an amount becomes a stand-in Tesseract also produces, and the
    same glyph-shape test Tesseract's words get (``repair_rupee_signs``) turns it back into "₹".
    """
    swapped = [replace(w, text=_NOT_LATIN_BEFORE_DIGIT.sub("X", w.text)) for w in words]
    if all(a.text == b.text for a, b in zip(words, swapped, strict=True)):
        return words
    from PIL import ImageOps

    return repair_rupee_signs(swapped, ImageOps.grayscale(image))


class RapidOcrEngine:
    """PP-OCRv4 behind the engine contract: preprocess converts, forward reads each image."""

    name = "rapidocr"

    def __init__(self, *, threads: int = 1, use_cuda: bool = False, text_score: float = 0.5) -> None:
        problem = _import_error()
        if problem is not None:
            raise ModelUnavailable(f"PP-OCR (rapidocr-onnxruntime) cannot be imported ({problem}): install the package "
                                   "and Debian's libgl1 libglib2.0-0, or set MMJOBS_OCR_ENGINE=tesseract")
        from rapidocr_onnxruntime import RapidOCR

        self._ocr: Any = RapidOCR(
            intra_op_num_threads=threads, inter_op_num_threads=1, det_use_cuda=use_cuda, cls_use_cuda=use_cuda,
            rec_use_cuda=use_cuda, text_score=text_score,
        )
        # one onnxruntime session set, called from the batcher thread and from bench threads
        self._lock = threading.Lock()

    def preprocess(self, item: Image.Image) -> Image.Image:
        return item.convert("RGB")

    def read(self, image: Image.Image) -> OcrResult:
        """OCR one image (boxes in its own coordinates)."""
        import numpy as np

        array = np.asarray(image.convert("RGB"))[:, :, ::-1].copy()  # the models expect BGR, as OpenCV reads
        with self._lock:
            # word boxes: the recogniser then keeps the spaces between words, and scores each glyph
            result, _ = self._ocr(array, return_word_box=True)
        words: list[OcrWord] = []
        for block, row in enumerate(result or [], start=1):
            points, text, score = row[0], row[1], row[2]
            chars = (row[3], row[4], row[5]) if len(row) >= 6 else None
            words += line_words(str(text), points, float(score), block, chars)
        return OcrResult(_rupee_signs(_tight(words), image), engine=self.name)

    def forward(self, batch: Sequence[Image.Image]) -> list[OcrResult | Exception]:
        results: list[OcrResult | Exception] = []
        for image in batch:
            try:
                results.append(self.read(image))
            except Exception as exc:  # noqa: BLE001 - handed back to the one job it belongs to
                results.append(exc)
        return results

    def postprocess(self, output: OcrResult | BaseException) -> OcrResult:
        return result_or_raise(output)


class BothOcrEngine:
    """Tesseract and PP-OCRv4 on every image: the primary reading, with the other one attached."""

    name = "ocr-both"

    def __init__(self, tesseract: TesseractEngine, rapid: RapidOcrEngine, *, primary: str = "rapidocr") -> None:
        self.tesseract = tesseract
        self.rapid = rapid
        self.primary = primary
        self._side = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ocr-both")

    def preprocess(self, item: Image.Image) -> Image.Image:
        return item.convert("RGB")

    def forward(self, batch: Sequence[Image.Image]) -> list[OcrResult | Exception]:
        # Tesseract runs in its own processes: start them, read with PP-OCR meanwhile, then pair up
        pending = self._side.submit(self.tesseract.forward, batch)
        rapid = self.rapid.forward(batch)
        tess = pending.result()
        return [combine(t, r, primary=self.primary) for t, r in zip(tess, rapid, strict=True)]

    def postprocess(self, output: OcrResult | BaseException) -> OcrResult:
        return result_or_raise(output)


def combine(tesseract: OcrResult | Exception, rapid: OcrResult | Exception, *, primary: str = "rapidocr"
            ) -> OcrResult | Exception:
    """One reading with the other attached; when one engine failed the other reads alone."""
    if isinstance(tesseract, Exception) and isinstance(rapid, Exception):
        return rapid
    if isinstance(tesseract, Exception):
        return rapid
    if isinstance(rapid, Exception):
        return tesseract
    rapid = respaced(rapid, tesseract)
    first, other = (rapid, tesseract) if primary == "rapidocr" else (tesseract, rapid)
    return replace(first, second=other)


def respaced(rapid: OcrResult, tesseract: OcrResult) -> OcrResult:
    """PP-OCR's words split where Tesseract, reading the same line, put a space between the same characters.

    PP-OCR's recogniser drops the spaces of tightly set text ("ICIClBankAcctXX897debitedfor"); Tesseract finds
    words by the gaps between them. Where both read the characters on either side of one of Tesseract's spaces alike
    (one of them a letter: digit groups are left to the parser), the space is put back; the characters stay PP-OCR's.
    """
    words: list[OcrWord] = []
    for word in rapid.words:
        words += _split_where_spaced(word, tesseract.words) if len(word.text) >= 6 else [word]
    return replace(rapid, words=words) if len(words) != len(rapid.words) else rapid


def _split_where_spaced(word: OcrWord, others: Sequence[OcrWord]) -> list[OcrWord]:
    right, bottom = word.left + word.width, word.top + word.height
    beside = sorted((o for o in others if word.left <= o.left + o.width / 2 <= right
                     and min(bottom, o.top + o.height) - max(word.top, o.top) >= 0.5 * min(word.height, o.height)),
                    key=lambda o: o.left)
    if len(beside) < 2:
        return [word]
    theirs = "".join(o.text for o in beside)
    mine_of: dict[int, int] = {}  # an index in ``theirs`` -> the same character's index in ``word.text``
    matcher = SequenceMatcher(None, word.text.casefold(), theirs.casefold(), autojunk=False)
    for a, b, n in matcher.get_matching_blocks():
        mine_of.update({b + k: a + k for k in range(n)})
    cuts: set[int] = set()
    start = 0
    for other in beside[:-1]:
        start += len(other.text)  # where Tesseract's next word starts in ``theirs``
        before, after = mine_of.get(start - 1), mine_of.get(start)
        if before is None and start - 2 in mine_of and after is not None and after == mine_of[start - 2] + 2:
            before = after - 1  # one character read differently just before the space ("AART!" for "AARTI")
        if after is None and start + 1 in mine_of and before is not None and mine_of[start + 1] == before + 2:
            after = before + 1  # ... or just after it
        if before is None or after is None or after <= before:
            continue
        if not (word.text[before].isalpha() or word.text[after].isalpha()):
            continue
        skipped = word.text[before + 1 : after]
        if skipped and not (len(skipped) <= 3 and skipped.isalpha()):
            continue  # more between them than a short word Tesseract put on another line: no telling where
        cuts.add(after)
        if skipped:
            cuts.add(before + 1)  # a short word Tesseract put on another line ("32on24"): a word of its own
    bounds = [0, *sorted(cuts), len(word.text)]
    # a letter standing alone after a cut is more likely Tesseract breaking a word ("Ayyappa Te a Stall"): it stays
    # with the characters before it (or, opening the word, after it: "R" of "Rs4,451.00")
    lone = {a if a else b for a, b in pairwise(bounds) if b - a == 1 and word.text[a].isalpha()}
    bounds = [0, *sorted(cuts - lone), len(word.text)]
    if len(bounds) == 2:
        return [word]
    share = word.width / len(word.text)
    return [replace(word, text=word.text[a:b], left=round(word.left + a * share), width=max(1, round((b - a) * share)))
            for a, b in pairwise(bounds) if word.text[a:b].strip()]
