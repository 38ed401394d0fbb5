"""A zero-cost CLIP stand-in for benchmarks and fault tests: no torch, no weights, same contract.

Selected with ``MMJOBS_CLIP_MODEL=null`` (or ``builtin:null``) plus optional query options, e.g.
``null?delay_ms=500&crash_on=CRASH-ME&trace=/tmp/trace.log``:

* ``delay_ms`` — how long each forward pass takes (a slow GPU, so a test can kill a worker mid-batch);
* ``crash_on`` — a forward pass holding a text with this marker ends the process with ``os._exit``
  (a poison input that kills its worker every time, like a segfaulting decoder);
* ``trace`` — append ``pid start|end time text`` lines per item, so a test can prove that no job ran in
  two places at once.

Embeddings are random but fixed: one unit vector for every photo, and per text a unit vector
seeded by the text, at CLIP's width, so the QC scoring after the model costs what it costs
with a real CLIP. Its scores are meaningless and it says so (``trusted = False``), so no photo
is approved on them.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from collections.abc import Sequence
from urllib.parse import parse_qs, urlsplit

import numpy as np

from workers.engines.clip import ClipEmbeddings, ClipRequest

NULL_MODEL_PREFIX = "null"
NULL_MODEL_NAMES = ("null", "builtin:null")
DIM = 512  # CLIP ViT-B/32's projection width
TEXT_CACHE_LIMIT = 65_536


def is_null_model(spec: str) -> bool:
    """True for ``null``, ``builtin:null`` and either with ``?options``."""
    return spec.split("?", 1)[0] in NULL_MODEL_NAMES


class NullClipEngine:
    """Unit embeddings after an optional sleep; the engine contract without a model."""

    name = "clip"
    trusted = False
    revision = None
    image_side = 0  # it never looks at the photo

    def __init__(self, *, delay_ms: float = 0.0, crash_on: str | None = None, trace: str | None = None) -> None:
        self.model_id = "null"
        self.delay_s = delay_ms / 1000.0
        self.crash_on = crash_on
        self.trace = trace
        self._unit = _unit_vector(0)
        self._texts: dict[str, np.ndarray] = {}
        self._texts_lock = threading.Lock()

    @classmethod
    def from_spec(cls, spec: str) -> NullClipEngine:
        """Build from ``null?delay_ms=…&crash_on=…&trace=…`` (``ms`` is short for ``delay_ms``)."""
        options = {k: v[-1] for k, v in parse_qs(urlsplit(spec).query).items()}
        return cls(delay_ms=float(options.get("delay_ms", options.get("ms", 0))), crash_on=options.get("crash_on"),
                   trace=options.get("trace"))

    def preprocess(self, item: ClipRequest) -> tuple[tuple[str, ...], tuple[str, ...]]:
        return item.texts, item.fresh_texts

    def forward(self, batch: Sequence[tuple[tuple[str, ...], tuple[str, ...]]]) -> list[ClipEmbeddings]:
        if self.crash_on and any(self.crash_on in text for texts, fresh in batch for text in (*texts, *fresh)):
            os._exit(70)
        self._trace("start", batch)
        if self.delay_s:
            time.sleep(self.delay_s)
        self._trace("end", batch)
        return [ClipEmbeddings(image=self._unit, texts=self._vectors(texts, fresh), logit_scale=100.0)
                for texts, fresh in batch]

    def _vectors(self, texts: tuple[str, ...], fresh: tuple[str, ...]) -> dict[str, np.ndarray]:
        """Prompts from the cache, the job's own texts made afresh (as the real engine does)."""
        return {**{t: self._text_vector(t) for t in texts}, **{t: _text_seeded(t) for t in fresh}}

    def _text_vector(self, text: str) -> np.ndarray:
        vector = self._texts.get(text)
        if vector is None:
            vector = _text_seeded(text)
            with self._texts_lock:
                if len(self._texts) >= TEXT_CACHE_LIMIT:  # however many prompts the policies have, stay bounded
                    self._texts.clear()
                self._texts[text] = vector
        return vector

    def postprocess(self, output: ClipEmbeddings) -> ClipEmbeddings:
        return output

    def _trace(self, event: str, batch: Sequence[tuple[tuple[str, ...], tuple[str, ...]]]) -> None:
        if not self.trace:
            return
        lines = "".join(f"{os.getpid()} {event} {time.time():.3f} {(*texts, *fresh)[-1] if texts or fresh else ''}\n"
                        for texts, fresh in batch)
        with open(self.trace, "a", encoding="utf-8") as handle:  # O_APPEND: lines from many processes interleave whole
            handle.write(lines)


def _text_seeded(text: str) -> np.ndarray:
    """The same unit vector for the same text, in every process."""
    return _unit_vector(int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little"))


def _unit_vector(seed: int) -> np.ndarray:
    vector = np.random.default_rng(seed).standard_normal(DIM).astype(np.float32)
    return vector / np.linalg.norm(vector)
