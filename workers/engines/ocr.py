"""Tesseract OCR: words with boxes and confidences, behind the same engine contract.

Tesseract runs as a child process (Debian's ``tesseract-ocr``), reading a PGM on stdin and
writing TSV on stdout, so a crash or a hang in it cannot take the worker down with it. Small
images read with ``resident`` go through the same library inside the worker instead
(``workers/engines/tesseract_lib.py``): the same words, without a process start per image.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
from PIL import Image, ImageOps

from workers.engines import tesseract_lib
from workers.engines.base import result_or_raise
from workers.errors import ModelUnavailable, TransientJobError


@dataclass(frozen=True)
class OcrWord:
    """One recognised word; the box is in the coordinates of the image that was passed in."""

    text: str
    conf: float  # 0..100, as Tesseract reports it
    left: int
    top: int
    width: int
    height: int
    block: int
    paragraph: int
    line: int

    @property
    def box(self) -> tuple[int, int, int, int]:
        return (self.left, self.top, self.left + self.width, self.top + self.height)


@dataclass(frozen=True)
class OcrResult:
    """All words of one image, and their text joined line by line.

    ``engine`` names the reader; ``second`` is another engine's reading of the same image
    (``MMJOBS_OCR_ENGINE=both``), which the receipt parser compares field by field.
    """

    words: list[OcrWord] = field(default_factory=list)
    engine: str = "tesseract"
    second: OcrResult | None = None

    @property
    def lines(self) -> list[list[OcrWord]]:
        grouped: dict[tuple[int, int, int], list[OcrWord]] = {}
        for word in self.words:
            grouped.setdefault((word.block, word.paragraph, word.line), []).append(word)
        return list(grouped.values())

    @property
    def text(self) -> str:
        return "\n".join(" ".join(w.text for w in line) for line in self.lines)


def tesseract_available(cmd: str = "tesseract") -> bool:
    """Tell whether the Tesseract binary can be found."""
    return shutil.which(cmd) is not None


@dataclass(frozen=True)
class TesseractParams:
    """How Tesseract reads one image; ``run_tesseract`` and ``TesseractEngine`` take one of these."""

    languages: str = "eng"
    psm: int = 6  # page segmentation mode: 6 one uniform block, 4 one column of varying lines, 11 sparse text
    scale: float = 1.0  # upsample small text first
    deskew: bool = False  # straighten a tilted photo first
    fill_psm: int | None = None  # a second pass in this mode when the first left ink unread
    timeout_s: float = 60.0
    # Read in this process through libtesseract (workers/engines/tesseract_lib.py) where it loads and
    # ``cmd`` is the plain ``tesseract``: the same words, without a process start and model load per
    # image, but with no timeout and no crash isolation -- for small images only.
    resident: bool = False


# Receipts: psm 4 (one column, lines of varying size) keeps a receipt's big amount line that psm 6 drops;
# deskew straightens phone photos so labels and right-aligned values share a line; psm 6 fills in a
# right-aligned column of prices that psm 4 drops on some layouts.
RECEIPT_READING = TesseractParams(psm=4, deskew=True, fill_psm=6)


def run_tesseract(image: Image.Image, params: TesseractParams = TesseractParams(), *, cmd: str = "tesseract",
                  **changes: Any) -> OcrResult:
    """OCR one image with ``params`` (any field may be changed by keyword, e.g. ``psm=11``).

    ``fill_psm``: when the first pass left ink unread (psm 4 drops a right-aligned column of
    prices on some layouts), a second pass in this mode adds the words the first one missed,
    placed on the first pass's lines. Boxes are always in the coordinates of ``image``.
    """
    p = replace(params, **changes) if changes else params
    page_grey = ImageOps.grayscale(image)
    angle = estimate_skew(page_grey) if p.deskew else 0.0
    gray, straight = _straightened(page_grey, angle, p.scale)
    words = _tesseract_words(gray, straight, cmd=cmd, languages=p.languages, psm=p.psm, timeout_s=p.timeout_s,
                             scale=p.scale, resident=p.resident)
    if p.fill_psm is not None and p.fill_psm != p.psm and _has_unread_ink(straight, words):
        extra = _tesseract_words(gray, straight, cmd=cmd, languages=p.languages, psm=p.fill_psm,
                                 timeout_s=p.timeout_s, scale=p.scale, resident=p.resident)
        words = merge_missing_words(words, extra)
    if (bright := brightest_on_dark(image, page_grey)) is not None:
        # a dark page: coloured text (a green sum, a name in the app's accent) sits in luma near Tesseract's
        # threshold between the background and the white text and is dropped; in each pixel's brightest channel it
        # is as bright as it looks. A second read there adds the words the first one missed (the first is kept:
        # white text on a coloured band reads better in luma)
        bright, bright_straight = _straightened(bright, angle, p.scale)
        extra = _tesseract_words(bright, bright_straight, cmd=cmd, languages=p.languages, psm=p.psm,
                                 timeout_s=p.timeout_s, scale=p.scale, resident=p.resident)
        words = merge_missing_words(words, sure_words(extra))
    if angle:
        words = [_unrotate(w, -angle, gray_size=(image.width, image.height)) for w in words]
    return OcrResult(words)


# Tesseract's word confidence under which the dark page's second read adds nothing: the words it was unsure of there
# were icons' and avatars' glyphs ("#2" at 13, "_" at 0); the least sure real words it added were at 50
SECOND_READ_MIN_CONF = 30.0


def sure_words(words: list[OcrWord]) -> list[OcrWord]:
    """The second read's words Tesseract is reasonably sure of."""
    return [w for w in words if w.conf >= SECOND_READ_MIN_CONF]


def brightest_on_dark(image: Image.Image, grey: Image.Image) -> Image.Image | None:
    """Each pixel's brightest channel, for a colour page whose median (of ``grey``, its luma) is darker than
    mid-grey; else None."""
    if image.mode != "RGB":
        return None
    counts = grey.histogram()
    if sum(counts[:128]) <= sum(counts) // 2:
        return None
    return Image.fromarray(np.asarray(image).max(axis=2))


def _straightened(gray: Image.Image, angle: float, scale: float) -> tuple[Image.Image, Image.Image]:
    """The copy Tesseract reads (turned upright, then scaled) and the upright one its boxes refer to."""
    if angle:
        gray = gray.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=_background(gray))
    straight = gray
    if scale != 1.0:
        gray = gray.resize((max(1, round(gray.width * scale)), max(1, round(gray.height * scale))), Image.LANCZOS)
    return gray, straight


def _tesseract_words(gray: Image.Image, straight: Image.Image, *, cmd: str, languages: str, psm: int,
                     timeout_s: float, scale: float, resident: bool = False) -> list[OcrWord]:
    if resident and cmd == "tesseract" and tesseract_lib.available():
        try:
            # the raw rows: the same pixels as the PGM below, without Leptonica parsing it
            tsv = tesseract_lib.read_grey_tsv(gray.tobytes(), gray.width, gray.height, languages=languages, psm=psm)
        except tesseract_lib.ResidentTesseractError as exc:
            raise TransientJobError(f"Tesseract failed: {exc}", code="ocr_failed") from exc
        return repair_rupee_signs(parse_tsv(tsv, scale=scale), straight)
    buffer = io.BytesIO()
    # PGM, not PNG: Tesseract reads the same pixels, and there is no compression to pay for (7 ms at 512 px).
    gray.save(buffer, format="PPM")
    try:
        proc = subprocess.run(
            [cmd, "stdin", "stdout", "-l", languages, "--psm", str(psm), "tsv"],
            input=buffer.getvalue(),
            capture_output=True,
            timeout=timeout_s,
            check=False,
            # one thread per process: the engine runs processes side by side, and OpenMP threads
            # fighting over the same cores make every page slower
            env={**os.environ, "OMP_THREAD_LIMIT": os.environ.get("OMP_THREAD_LIMIT", "1")},
        )
    except FileNotFoundError as exc:
        raise ModelUnavailable(
            f"Tesseract binary {cmd!r} not found: install Debian's tesseract-ocr or set MMJOBS_TESSERACT_CMD"
        ) from exc
    except subprocess.TimeoutExpired as exc:
        raise TransientJobError(f"Tesseract took longer than {timeout_s:.0f}s", code="ocr_timeout") from exc
    if proc.returncode != 0:
        message = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
        raise TransientJobError(f"Tesseract exited with {proc.returncode}: {message[0]}", code="ocr_failed")
    return repair_rupee_signs(parse_tsv(proc.stdout.decode("utf-8", "replace"), scale=scale), straight)


def _has_unread_ink(gray: Image.Image, words: list[OcrWord], *, margin: float = 0.04) -> bool:
    """True when dark text lies clearly to the right of every word that was read."""
    import numpy as np

    pixels = np.asarray(gray, dtype=np.uint8)
    background = float(np.median(pixels))
    ink = np.abs(pixels.astype(np.int16) - background) > 80
    columns = np.flatnonzero(ink.sum(axis=0) >= 2)
    if columns.size == 0:
        return False
    right_ink = int(columns[-1])
    right_read = max((w.left + w.width for w in words), default=0)
    return right_ink - right_read > margin * gray.width


def merge_missing_words(primary: list[OcrWord], extra: list[OcrWord]) -> list[OcrWord]:
    """Add words of a second pass that the first missed, each onto the first pass's line it sits on."""
    merged = list(primary)
    next_block = max((w.block for w in primary), default=0) + 1000
    for word in extra:
        if any(_overlap(word, other) > 0.3 for other in merged):
            continue
        line = _best_line(word, merged)
        if line is None:
            merged.append(replace(word, block=next_block + word.block))
            continue
        block, paragraph, number = line
        placed = replace(word, block=block, paragraph=paragraph, line=number)
        same_line = [i for i, w in enumerate(merged) if (w.block, w.paragraph, w.line) == line]
        before = [i for i in same_line if merged[i].left <= word.left]
        merged.insert((before[-1] if before else same_line[0] - 1) + 1, placed)
    return merged


def _overlap(a: OcrWord, b: OcrWord) -> float:
    ax0, ay0, ax1, ay1 = a.box
    bx0, by0, bx1, by1 = b.box
    inter = max(0, min(ax1, bx1) - max(ax0, bx0)) * max(0, min(ay1, by1) - max(ay0, by0))
    smaller = min(a.width * a.height, b.width * b.height) or 1
    return inter / smaller


def _best_line(word: OcrWord, words: list[OcrWord]) -> tuple[int, int, int] | None:
    """The line whose words share most of this word's height, if any shares at least half."""
    best, best_share = None, 0.5
    for other in words:
        shared = min(word.top + word.height, other.top + other.height) - max(word.top, other.top)
        share = shared / max(1, min(word.height, other.height))
        if share > best_share:
            best, best_share = (other.block, other.paragraph, other.line), share
    return best


# The eng model has no rupee sign: it reads "₹" as one of these, glued to the amount or on its own.
_RUPEE_STANDINS = set("%=~¥#*&®©XxFfzZR<>?+{}()[]£") | set("23456789")
_AMOUNT_TAIL = re.compile(r"^(\d{1,3}(,\d{2})*,\d{3}|\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$")


def repair_rupee_signs(words: list[OcrWord], gray: Image.Image) -> list[OcrWord]:
    """Put back the rupee signs Tesseract misread, by looking at the glyph itself.

    A word such as ``%1,250`` or ``71,250``, or a lone ``X`` in front of an amount, is checked
    against the shape of "₹": a full-width bar on top, a second full-width bar below it within
    the upper half, and no bar at the bottom (which tells it from 2, 3, 5 and 7).
    """
    out = list(words)
    for i, word in enumerate(words):
        text = word.text
        prev = out[i - 1] if i > 0 else None
        if prev is not None and prev.text == "₹" and (prev.block, prev.line) == (word.block, word.line):
            continue  # one sign per amount: the sign is already in front of this word
        if len(text) >= 2 and text[0] in _RUPEE_STANDINS and _AMOUNT_TAIL.match(text[1:]):
            first_glyph_only = True
        elif len(text) == 1 and text in _RUPEE_STANDINS:
            nxt = words[i + 1] if i + 1 < len(words) else None
            if nxt is None or (nxt.block, nxt.paragraph, nxt.line) != (word.block, word.paragraph, word.line):
                continue
            if not _AMOUNT_TAIL.match(nxt.text):
                continue
            first_glyph_only = False
        else:
            continue
        found = _first_glyph(gray, word, n_chars=len(text) if first_glyph_only else 1)
        if found is None or not _looks_like_rupee(found[0]):
            continue
        glyph_count = found[1]
        if first_glyph_only and glyph_count != len(text) + 1 and re.match(r"0\d", text[1:]):
            continue  # "₹0,944" is no amount: the first glyph was a digit after all
        if not first_glyph_only or glyph_count == len(text):
            repaired = "₹" + text[1:]  # the sign was read as this character
        elif glyph_count == len(text) + 1:
            repaired = "₹" + text  # the sign was dropped and the digits read right
        elif not text[0].isdigit():
            repaired = "₹" + text[1:]
        else:
            continue  # touching glyphs: cannot tell whether the first digit is real
        # Tesseract's word confidence is dragged down by the sign it could not read; the glyph
        # test has now read it, so the word is about as sure as its digits (capped: still a repair)
        out[i] = OcrWord(repaired, min(90.0, max(word.conf, 75.0)), word.left, word.top, word.width, word.height,
                             word.block, word.paragraph, word.line)
    return out


def _first_glyph(gray: Image.Image, word: OcrWord, *, n_chars: int):  # -> (bool array, glyph count) | None
    import numpy as np

    box = (max(0, word.left - 1), max(0, word.top - 1), word.left + word.width + 1, word.top + word.height + 1)
    crop = np.asarray(gray.crop(box), dtype=np.float32)
    if crop.size == 0 or crop.max() - crop.min() < 40:
        return None
    ink = crop < (crop.max() + crop.min()) / 2
    cols = ink.any(axis=0)
    if not cols.any():
        return None
    start = int(np.argmax(cols))
    end = start
    while end < len(cols) and cols[end]:
        end += 1
    expected = word.width / max(1, n_chars)
    if n_chars > 1 and end - start > 1.5 * expected:
        end = start + round(1.1 * expected)  # glyphs touching (blur): cut at the expected width
    glyph = ink[:, start:end]
    rows = np.where(glyph.any(axis=1))[0]
    if len(rows) < 8 or glyph.shape[1] < 4:
        return None
    runs = int(cols[0]) + int(np.count_nonzero(cols[1:] & ~cols[:-1]))
    return glyph[rows[0] : rows[-1] + 1], runs


def _looks_like_rupee(glyph) -> bool:  # glyph: 2-D bool array, tight box
    import numpy as np

    h = glyph.shape[0]
    rows = glyph.mean(axis=1)
    top = rows[: max(1, round(0.15 * h))]
    if top.max() < 0.8:
        return False
    upper = rows[round(0.12 * h) : round(0.55 * h)]
    below_top = int(np.argmax(rows < 0.55)) if (rows < 0.55).any() else h
    if below_top >= round(0.45 * h):
        return False
    second = rows[below_top : round(0.55 * h)]
    if second.size == 0 or second.max() < 0.8 or upper.size == 0:
        return False
    bottom = rows[round(0.75 * h) :]
    return bool(bottom.size and bottom.max() <= 0.6)


def _background(gray: Image.Image) -> int:
    """The page colour: the brightest common grey level (fills the corners a rotation uncovers)."""
    histogram = gray.histogram()
    return max(range(128, 256), key=lambda v: histogram[v]) if sum(histogram[128:]) else 255


def estimate_skew(gray: Image.Image, *, max_angle: float = 5.0, step: float = 0.25) -> float:
    """The rotation (degrees, counter-clockwise) that makes text lines horizontal.

    Text rows give the sharpest horizontal ink profile when level, so the angle that maximises
    the variance of the row sums wins; a small, downsampled, binarised copy keeps this cheap.
    """
    import numpy as np

    small = gray.copy()
    small.thumbnail((600, 600))
    arr = np.asarray(small, dtype=np.float32)
    if arr.size == 0 or arr.std() < 1e-3:
        return 0.0
    threshold = (arr.mean() + arr.min()) / 2
    ink = Image.fromarray(((arr < threshold) * 255).astype(np.uint8))

    def score(angle: float) -> float:
        rotated = np.asarray(ink.rotate(angle, resample=Image.NEAREST, expand=False), dtype=np.float32)
        profile = rotated.sum(axis=1)
        return float(np.var(np.diff(profile)))

    coarse = [a * 1.0 for a in np.arange(-max_angle, max_angle + 1e-6, 1.0)]
    best = max(coarse, key=score)
    fine = [best + d for d in np.arange(-1.0, 1.0 + 1e-6, step)]
    best = max(fine, key=score)
    return 0.0 if abs(best) < step / 2 else round(float(best), 2)


def _unrotate(word: OcrWord, angle: float, *, gray_size: tuple[int, int]) -> OcrWord:
    """Map a word box found on the straightened image back onto the original one."""
    import math

    cx, cy = gray_size[0] / 2, gray_size[1] / 2
    rad = math.radians(angle)
    cos, sin = math.cos(rad), math.sin(rad)
    xs, ys = [], []
    for x, y in ((word.left, word.top), (word.left + word.width, word.top),
                 (word.left, word.top + word.height), (word.left + word.width, word.top + word.height)):
        dx, dy = x - cx, y - cy
        # PIL rotates counter-clockwise for positive angles with y pointing down
        xs.append(cx + dx * cos + dy * sin)
        ys.append(cy - dx * sin + dy * cos)
    left, top = round(min(xs)), round(min(ys))
    return OcrWord(word.text, word.conf, left, top, round(max(xs)) - left, round(max(ys)) - top,
                   word.block, word.paragraph, word.line)


def parse_tsv(tsv: str, *, scale: float = 1.0) -> list[OcrWord]:
    """Turn Tesseract's TSV into words, dropping empty cells and layout-only rows."""
    words: list[OcrWord] = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        conf = float(row.get("conf") or -1)
        if conf < 0:
            continue
        words.append(
            OcrWord(
                text=text,
                conf=conf,
                left=round(int(row["left"]) / scale),
                top=round(int(row["top"]) / scale),
                width=round(int(row["width"]) / scale),
                height=round(int(row["height"]) / scale),
                block=int(row["block_num"]),
                paragraph=int(row["par_num"]),
                line=int(row["line_num"]),
            )
        )
    return words


class TesseractEngine:
    """The OCR engine: preprocess converts, forward runs Tesseract processes side by side."""

    name = "tesseract"

    def __init__(self, *, cmd: str = "tesseract", parallel: int = 2, params: TesseractParams = RECEIPT_READING,
                 **changes: Any) -> None:
        if not tesseract_available(cmd):
            raise ModelUnavailable(
                f"Tesseract binary {cmd!r} not found: install Debian's tesseract-ocr or set MMJOBS_TESSERACT_CMD"
            )
        self.cmd = cmd
        self.params = replace(params, **changes) if changes else params
        self._pool = ThreadPoolExecutor(max_workers=max(1, parallel), thread_name_prefix="tesseract")

    def preprocess(self, item: Image.Image) -> Image.Image:
        return item.convert("RGB")

    def forward(self, batch: Sequence[Image.Image]) -> list[OcrResult | Exception]:
        # One process per image; a failure belongs to its own job, not to the batch.
        futures = [
            self._pool.submit(run_tesseract, img, self.params, cmd=self.cmd)
            for img in batch
        ]
        results: list[OcrResult | Exception] = []
        for future in futures:
            try:
                results.append(future.result())
            except Exception as exc:  # noqa: BLE001 - handed back to the one job it belongs to
                results.append(exc)
        return results

    def postprocess(self, output: OcrResult | BaseException) -> OcrResult:
        return result_or_raise(output)
