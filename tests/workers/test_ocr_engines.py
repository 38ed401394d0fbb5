"""The OCR engine setting: Tesseract, PP-OCRv4 or both, each behind the one engine contract and batcher."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw, ImageFont

from tests.fixtures.receipts import requires_tesseract
from workers.engines.ocr import OcrResult, OcrWord
from workers.engines.rapid_ocr import line_words, rapidocr_available, respaced
from workers.runtime import WorkerRuntime
from workers.settings import Settings

requires_rapidocr = pytest.mark.skipif(not rapidocr_available(), reason="rapidocr-onnxruntime is not installed")


def slip(text: str) -> Image.Image:
    img = Image.new("RGB", (560, 90), "white")
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 28)
    ImageDraw.Draw(img).text((20, 25), text, font=font, fill="black")
    return img


def runtime(engine: str) -> WorkerRuntime:
    return WorkerRuntime(Settings(ocr_engine=engine, database_url="sqlite://", max_wait_ms=1))


@requires_tesseract
@requires_rapidocr
@pytest.mark.parametrize("engine", ["tesseract", "rapidocr", "both"])
def test_each_setting_reads_a_batch_through_the_batcher(engine):
    batcher = runtime(engine).batcher("ocr")
    try:
        results = batcher.run_many([slip("UTR 412345678901"), slip("Total Rs 1,250.00")])
    finally:
        batcher.close()
    assert all(isinstance(r, OcrResult) for r in results)
    assert "412345678901" in results[0].text.replace(" ", "")
    assert "1,250.00" in results[1].text.replace(" ", "")
    if engine == "both":
        # one reading with the other attached, so the parser can compare them field by field
        assert {results[0].engine, results[0].second.engine} == {"tesseract", "rapidocr"}
    else:
        assert results[0].engine == engine and results[0].second is None


def test_a_recognised_line_becomes_words_with_their_own_boxes_and_least_sure_glyph():
    # the recogniser's per-glyph boxes and scores: "Paid to" then a gap
    boxes = [[[10 * i, 0], [10 * i + 9, 0], [10 * i + 9, 20], [10 * i, 20]] for i in range(7)]
    words = line_words("Paid to", [[0, 0], [70, 0], [70, 20], [0, 20]], 0.9, block=3,
                       chars=(boxes, list("Paid to"), [0.99, 0.98, 0.6, 0.97, 0.5, 0.99, 0.99]))
    assert [w.text for w in words] == ["Paid", "to"]
    assert [w.conf for w in words] == [60.0, 99.0]
    assert words[1].left == 50 and words[0].block == words[1].block == 3


@requires_tesseract
def test_a_resident_read_gives_the_commands_words_and_confidences() -> None:
    from tests.fixtures.photos import product_on_white, sample_photo, watermarked
    from workers.engines import tesseract_lib
    from workers.engines.ocr import RECEIPT_READING, run_tesseract

    if not tesseract_lib.available():
        pytest.skip("libtesseract is not loadable here")
    photos = [watermarked(product_on_white()).resize((512, 512)), sample_photo("text"), sample_photo("chelsea")]
    for photo in photos:
        command = run_tesseract(photo, psm=11)
        assert run_tesseract(photo, psm=11, resident=True) == command
    assert run_tesseract(photos[1], psm=11, resident=True).words  # the street sign: it reads words
    # Receipt reading (two passes, deskew) reads the same way through the library.
    assert run_tesseract(photos[1], RECEIPT_READING, resident=True) == run_tesseract(photos[1], RECEIPT_READING)


@requires_tesseract
def test_raw_grey_rows_read_as_their_pgm_does() -> None:
    import io

    from tests.fixtures.photos import sample_photo
    from workers.engines import tesseract_lib

    if not tesseract_lib.available():
        pytest.skip("libtesseract is not loadable here")
    grey = sample_photo("text").convert("L").resize((400, 300))  # a width that is no multiple of 4
    pgm = io.BytesIO()
    grey.save(pgm, format="PPM")
    raw = tesseract_lib.read_grey_tsv(grey.tobytes(), grey.width, grey.height, psm=11)
    assert raw == tesseract_lib.read_tsv(pgm.getvalue(), psm=11)
    assert raw.count("\n") > 1  # it read something
    with pytest.raises(ValueError):
        tesseract_lib.read_grey_tsv(grey.tobytes(), grey.width + 1, grey.height)


@requires_tesseract
def test_a_read_after_torch_loaded_openmp_runs_on_one_thread_and_reads_the_same() -> None:
    """torch's libgomp came first (no thread limit): a read holds its own thread to one OpenMP thread, then lets go."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from tests.fixtures.photos import sample_photo
    from workers.engines import tesseract_lib

    if not tesseract_lib.available():
        pytest.skip("libtesseract is not loadable here")
    script = """
import ctypes, sys
import torch  # its libgomp.so.1 first, as in a worker that loaded CLIP
from tests.fixtures.photos import sample_photo
from workers.engines import tesseract_lib
grey = sample_photo("text").convert("L")
gomp = ctypes.CDLL("libgomp.so.1")
before = gomp.omp_get_thread_limit()
tsv = tesseract_lib.read_grey_tsv(grey.tobytes(), grey.width, grey.height, psm=11)
print(bool(tesseract_lib._late_openmp), before > 1, gomp.omp_get_thread_limit() == before)
sys.stdout.write(tsv)
"""
    repo = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=repo, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(repo)}, check=True)
    flags, _, tsv = done.stdout.partition("\n")
    assert flags == "True True True"  # the per-read limit was in force, and the thread's own limit came back
    grey = sample_photo("text").convert("L")
    assert tsv == tesseract_lib.read_grey_tsv(grey.tobytes(), grey.width, grey.height, psm=11)



@requires_tesseract
def test_coloured_text_on_a_dark_mode_screen_is_read_beside_the_white_text() -> None:
    from workers.engines.ocr import run_tesseract

    # a dark-mode payment screen: white lines, grey labels, the sum in the app's green (luma ≈ 100, where
    # Tesseract's threshold between the background and the white text falls)
    img = Image.new("RGB", (600, 360), (18, 18, 22))
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 22)
    big = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 32)
    draw.text((190, 20), "Payment successful", font=font, fill=(236, 236, 240))
    draw.text((180, 55), "Rs. 1,844.02", font=big, fill=(20, 150, 70))
    draw.text((170, 110), "Paid to Krishna Medicals", font=font, fill=(236, 236, 240))
    rows = [("UPI Ref. No.", "522300775040"), ("Txn ID", "SM2QO7SIM4BVEHIS7C"), ("Paid from", "Kotak Bank 3211"),
            ("Date & time", "11 Aug 2025 10:43 PM")]
    for i, (label, value) in enumerate(rows):
        draw.text((34, 170 + 40 * i), label, font=font, fill=(131, 131, 135))
        draw.text((566 - draw.textlength(value, font=font), 170 + 40 * i), value, font=font, fill=(236, 236, 240))
    text = run_tesseract(img, psm=4, deskew=True, fill_psm=6).text.replace(" ", "")
    assert "522300775040" in text and "1,844.02" in text
    # a light page reads as it always did
    light = Image.new("RGB", (600, 90), "white")
    ImageDraw.Draw(light).text((40, 25), "Total Rs 1,250.00", font=font, fill=(30, 150, 80))
    assert "1,250.00" in run_tesseract(light, psm=4).text.replace(" ", "")


def test_the_second_read_of_a_dark_page_adds_no_word_tesseract_is_unsure_of() -> None:
    from workers.engines.ocr import OcrWord, sure_words

    sure = OcrWord("1,844.02", 96.0, 180, 55, 150, 30, 1, 1, 1)
    glyph = OcrWord("#2", 13.0, 20, 100, 40, 76, 1, 1, 2)
    assert sure_words([sure, glyph]) == [sure]


def _word(text: str, left: int, width: int, engine_conf: float = 90.0) -> OcrWord:
    return OcrWord(text, engine_conf, left, 100, width, 20, 1, 1, 1)


def test_pp_ocr_words_run_together_are_split_where_tesseract_saw_spaces():
    rapid = OcrResult([_word("ICIClBankAcctXX897debitedfor", 10, 420), _word("Rs.500.00", 450, 120)], engine="rapidocr")
    tess = OcrResult([_word("ICICI", 10, 60), _word("Bank", 80, 60), _word("Acct", 150, 55), _word("XX897", 215, 80),
                      _word("debited", 305, 90), _word("for", 405, 25), _word("Rs.500.00", 450, 120)])
    out = respaced(rapid, tess)
    # PP-OCR's characters are kept (its "l" for "I"), cut where Tesseract's spaces fall
    assert [w.text for w in out.words] == ["ICICl", "Bank", "Acct", "XX897", "debited", "for", "Rs.500.00"]
    assert out.engine == "rapidocr" and all(w.left >= 10 for w in out.words)
    # digit groups are left whole for the parser, and a word Tesseract read in one piece stays one
    digits = respaced(OcrResult([_word("502405582264", 10, 240)], engine="rapidocr"),
                      OcrResult([_word("5024", 10, 80), _word("05582264", 100, 150)]))
    assert [w.text for w in digits.words] == ["502405582264"]
    # a letter Tesseract left on its own is a word it broke, not one PP-OCR ran into the next
    broken = respaced(OcrResult([_word("AyyappaTeaStall", 10, 300)], engine="rapidocr"),
                      OcrResult([_word("Ayyappa", 10, 140), _word("Te", 160, 40), _word("a", 205, 15),
                                 _word("Stall", 230, 80)]))
    assert [w.text for w in broken.words] == ["Ayyappa", "Tea", "Stall"]
    # a sum Tesseract broke ("R" and "0" of "Rs4,451.00") is left as PP-OCR read it
    money = respaced(OcrResult([_word("Rs4,451.00", 10, 200)], engine="rapidocr"),
                     OcrResult([_word("R", 10, 20), _word("0", 190, 20)]))
    assert [w.text for w in money.words] == ["Rs4,451.00"]
