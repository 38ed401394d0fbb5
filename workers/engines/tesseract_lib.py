"""Tesseract read in this process, through the ``libtesseract`` the ``tesseract`` command itself runs on.

Starting the command costs more than reading a 512-px photo with it: most of a run is loading
the language model (about 60 % of ~80 core-ms on the overlay-text read). Here each thread keeps
one ``TessBaseAPI``, initialised once, and reads an image the way the command does -- the same
pixels, the same page-segmentation mode, ``Recognize`` and the TSV of page 1 -- so the words and
confidences are the command's, to the character (bench and tests compare them). A grey image is
handed over as its raw rows (``read_grey_tsv``): parsing a 512-px PGM with Leptonica's
``pixReadMem`` cost about a quarter of the read of a plain packshot (3.6 of 14 CPU-ms). ctypes releases the GIL for each call, so other task threads run meanwhile.

The trade: a crash inside Tesseract takes the process with it, and a read has no time limit.
Only callers that read small images (the listing checks' 512-px copy) use it; receipts, with
their large pages and timeouts, keep the command.
"""

from __future__ import annotations

import atexit
import ctypes
import ctypes.util
import functools
import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

log = logging.getLogger(__name__)

TSV_HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
# Debian's sonames first (what the tesseract 5 command links), then whatever the linker finds.
_LIBRARIES = {"tesseract": ("libtesseract.so.5", "tesseract"), "lept": ("liblept.so.5", "leptonica", "lept")}

_load_lock = threading.Lock()
_local = threading.local()
_created: list[int] = []  # every thread's API, freed at exit
# The process's libgomp when it was loaded before libtesseract without a thread limit (torch's copy): each
# read then holds its own thread to one OpenMP thread (``_one_openmp_thread``). None: nothing to do.
_late_openmp: list[Any] = []


class ResidentTesseractError(RuntimeError):
    """libtesseract could not initialise a language or read an image."""


def _open(names: tuple[str, ...]) -> ctypes.CDLL | None:
    for name in names:
        path = name if ".so" in name else ctypes.util.find_library(name)
        if path:
            try:
                return ctypes.CDLL(path)
            except OSError:
                continue
    return None


@functools.cache
def _load() -> tuple[Any, Any] | None:
    # libtesseract runs its LSTM on OpenMP threads, which spin on the cores the task threads share:
    # one thread per read, as the command gets with OMP_THREAD_LIMIT=1. OpenMP reads the limit once,
    # when it loads, so it is set only around that load (and not at all where torch loaded it first).
    before = os.environ.get("OMP_THREAD_LIMIT")
    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        tess, lept = _open(_LIBRARIES["tesseract"]), _open(_LIBRARIES["lept"])
        gomp = _open(("libgomp.so.1", "gomp"))
    finally:
        if before is None:
            del os.environ["OMP_THREAD_LIMIT"]
        else:
            os.environ["OMP_THREAD_LIMIT"] = before
    if tess is None or lept is None:
        log.info("libtesseract/liblept not found: Tesseract runs as a command for every read")
        return None
    if gomp is not None and gomp.omp_get_thread_limit() != 1:
        # torch's own libgomp.so.1 came first, without the limit: every LSTM step of a read would run a team
        # of 4 OpenMP threads (Tesseract's ``num_threads(4)``), which spin on the cores the task threads share.
        # Measured on 2 cores with torch loaded first: 128-144 process CPU-ms per 512-px read against 25 with
        # one thread, the same TSV. The limit is per thread in libgomp (its thread-limit ICV), so each read sets
        # it for its own thread only, through the entry point ``#pragma omp teams thread_limit(1)`` compiles
        # to, and puts it back after; torch's threads keep their own.
        if hasattr(gomp, "GOMP_teams"):
            gomp.GOMP_teams.argtypes, gomp.GOMP_teams.restype = [ctypes.c_uint, ctypes.c_uint], None
            _late_openmp.append(gomp)
            log.info("OpenMP was loaded before libtesseract: each read holds its thread to one OpenMP thread")
        else:
            log.info("OpenMP was loaded before libtesseract: its reads are not limited to one thread")
    p, c_char_p, c_int, size_t = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_size_t
    signatures = [
        (tess.TessBaseAPICreate, [], p),
        (tess.TessBaseAPIInit3, [p, c_char_p, c_char_p], c_int),
        (tess.TessBaseAPISetVariable, [p, c_char_p, c_char_p], c_int),
        (tess.TessBaseAPISetPageSegMode, [p, c_int], None),
        (tess.TessBaseAPISetImage2, [p, p], None),
        (tess.TessBaseAPISetImage, [p, ctypes.c_char_p, c_int, c_int, c_int, c_int], None),
        (tess.TessBaseAPIRecognize, [p, p], c_int),
        (tess.TessBaseAPIGetTsvText, [p, c_int], p),
        (tess.TessBaseAPIClear, [p], None),
        (tess.TessBaseAPIEnd, [p], None),
        (tess.TessBaseAPIDelete, [p], None),
        (tess.TessDeleteText, [p], None),
        (lept.pixReadMem, [ctypes.c_char_p, size_t], p),
        (lept.pixDestroy, [ctypes.POINTER(p)], None),
    ]
    for function, argtypes, restype in signatures:
        function.argtypes, function.restype = argtypes, restype
    return tess, lept


def libraries() -> tuple[Any, Any] | None:
    """(libtesseract, liblept) loaded once per process; None where they are not installed."""
    with _load_lock:  # one load at a time: it sets and restores an environment variable
        return _load()


def available() -> bool:
    """Tell whether Tesseract can be read in this process."""
    return libraries() is not None


def read_tsv(image: bytes, *, languages: str = "eng", psm: int = 3) -> str:
    """Tesseract's TSV (header included) for an encoded image (PPM, PNG, ...), as ``tesseract stdin stdout tsv``."""
    libs = libraries()
    if libs is None:
        raise ResidentTesseractError("libtesseract is not installed")
    tess, lept = libs
    api = _api(tess, languages)
    pix = ctypes.c_void_p(lept.pixReadMem(image, len(image)))
    if not pix.value:
        raise ResidentTesseractError("Leptonica could not read the image")
    try:
        tess.TessBaseAPISetImage2(api, pix)
        return _recognise(tess, api, psm)
    finally:
        lept.pixDestroy(ctypes.byref(pix))


def read_grey_tsv(pixels: bytes, width: int, height: int, *, languages: str = "eng", psm: int = 3) -> str:
    """``read_tsv`` of an 8-bit grey image given as its raw rows (``width`` bytes each, top row first).

    Tesseract copies the rows into its own picture, the same pixels ``pixReadMem`` makes of the
    image's PGM, so the TSV is the same.
    """
    if len(pixels) != width * height or width < 1 or height < 1:
        raise ValueError(f"{len(pixels)} bytes are no {width} x {height} grey image")
    libs = libraries()
    if libs is None:
        raise ResidentTesseractError("libtesseract is not installed")
    tess, _ = libs
    api = _api(tess, languages)
    tess.TessBaseAPISetImage(api, pixels, width, height, 1, width)
    return _recognise(tess, api, psm)


def _recognise(tess: Any, api: int, psm: int) -> str:
    """Recognise the image set on ``api`` and return its TSV; the page's results are dropped after."""
    try:
        tess.TessBaseAPISetPageSegMode(api, psm)
        with _one_openmp_thread():
            recognised = tess.TessBaseAPIRecognize(api, None)
        if recognised != 0:
            raise ResidentTesseractError("Tesseract could not recognise the image")
        text = tess.TessBaseAPIGetTsvText(api, 0)
        try:
            return TSV_HEADER + (ctypes.string_at(text).decode("utf-8", "replace") if text else "")
        finally:
            if text:
                tess.TessDeleteText(text)
    finally:
        tess.TessBaseAPIClear(api)  # drop the page's results; the loaded model stays


@contextmanager
def _one_openmp_thread() -> Iterator[None]:
    """Hold this thread's OpenMP teams to one thread meanwhile, where libgomp came without the limit."""
    if not _late_openmp:
        yield
        return
    gomp = _late_openmp[0]
    before = gomp.omp_get_thread_limit()
    gomp.GOMP_teams(0, 1)  # this thread's thread limit: 1 (0 teams: the count is left alone)
    try:
        yield
    finally:
        gomp.GOMP_teams(0, before)


def _api(tess: Any, languages: str) -> int:
    """This thread's API for ``languages``, initialised on first use (a model load, ~50 ms)."""
    apis: dict[str, int] = _local.__dict__.setdefault("apis", {})
    if languages not in apis:
        api = tess.TessBaseAPICreate()
        if tess.TessBaseAPIInit3(api, None, languages.encode()) != 0:
            raise ResidentTesseractError(f"Tesseract has no trained data for {languages!r}")
        tess.TessBaseAPISetVariable(api, b"tessedit_create_tsv", b"1")  # as the command's ``tsv`` config
        # its notes ("Estimating resolution as ...") went to the command's stderr, which nobody read
        tess.TessBaseAPISetVariable(api, b"debug_file", b"/dev/null")
        apis[languages] = api
        _created.append(api)  # list.append is atomic
    return apis[languages]


@atexit.register
def _end() -> None:
    """Free every API before the library's own caches are torn down (else it reports them as leaks)."""
    libs = libraries() if _created else None
    if libs is not None:
        for api in _created:
            libs[0].TessBaseAPIEnd(api)
            libs[0].TessBaseAPIDelete(api)
        _created.clear()
