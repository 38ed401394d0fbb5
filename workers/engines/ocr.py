"""Tesseract OCR: words with boxes and confidences, behind the same engine contract.

Tesseract runs as a child process (Debian's ``tesseract-ocr``), reading a PNG on stdin and
writing TSV on stdout, so a crash or a hang in it cannot take the worker down with it.
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from PIL import Image, ImageOps

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
    """All words of one image, and their text joined line by line."""

    words: list[OcrWord] = field(default_factory=list)

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


def run_tesseract(
    image: Image.Image,
    *,
    cmd: str = "tesseract",
    languages: str = "eng",
    psm: int = 6,
    timeout_s: float = 60.0,
    scale: float = 1.0,
    deskew: bool = False,
) -> OcrResult:
    """OCR one image; ``scale`` upsamples small text first, ``deskew`` straightens a tilted photo.

    Boxes are always mapped back into the coordinates of the image that was passed in.
    """
    gray = ImageOps.grayscale(image)
    angle = estimate_skew(gray) if deskew else 0.0
    if angle:
        gray = gray.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=_background(gray))
    if scale != 1.0:
        gray = gray.resize((max(1, round(gray.width * scale)), max(1, round(gray.height * scale))), Image.LANCZOS)
    buffer = io.BytesIO()
    gray.save(buffer, format="PNG")
    try:
        proc = subprocess.run(
            [cmd, "stdin", "stdout", "-l", languages, "--psm", str(psm), "tsv"],
            input=buffer.getvalue(),
            capture_output=True,
            timeout=timeout_s,
            check=False,
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
    words = parse_tsv(proc.stdout.decode("utf-8", "replace"), scale=scale)
    if angle:
        words = [_unrotate(w, -angle, gray_size=(image.width, image.height)) for w in words]
    return OcrResult(words)


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

    def __init__(self, *, cmd: str = "tesseract", languages: str = "eng", parallel: int = 2) -> None:
        if not tesseract_available(cmd):
            raise ModelUnavailable(
                f"Tesseract binary {cmd!r} not found: install Debian's tesseract-ocr or set MMJOBS_TESSERACT_CMD"
            )
        self.cmd = cmd
        self.languages = languages
        self._pool = ThreadPoolExecutor(max_workers=max(1, parallel), thread_name_prefix="tesseract")

    def preprocess(self, item: Image.Image) -> Image.Image:
        return item.convert("RGB")

    def forward(self, batch: Sequence[Image.Image]) -> list[OcrResult | Exception]:
        # One process per image; a failure belongs to its own job, not to the batch.
        futures = [self._pool.submit(run_tesseract, img, cmd=self.cmd, languages=self.languages) for img in batch]
        results: list[OcrResult | Exception] = []
        for future in futures:
            try:
                results.append(future.result())
            except Exception as exc:  # noqa: BLE001 - handed back to the one job it belongs to
                results.append(exc)
        return results

    def postprocess(self, output: OcrResult | Exception) -> OcrResult:
        if isinstance(output, Exception):
            raise output
        return output
