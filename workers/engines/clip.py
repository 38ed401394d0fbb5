"""The CLIP engine: image embeddings in batches, text embeddings encoded once and cached.

The tutorial pattern ``processor(text=CRITERIA, images=image)`` re-encodes every prompt for
every photo. Here a prompt is encoded the first time any job needs it and then served
from an in-process cache, so a batch's forward pass is the vision tower plus only the
texts nobody has seen yet. A job's own text (its listing's title and description) is
encoded with its batch and not cached: it is almost never seen again, and caching it
would only grow the worker and push prompts out of the cache.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from PIL import Image

from workers.engines.device import resolve_device, resolve_dtype
from workers.errors import ModelUnavailable

log = logging.getLogger(__name__)

RANDOM_WEIGHTS_MARKER = "mmjobs_random_weights"


@dataclass(frozen=True)
class ClipRequest:
    """One photo and every text its verdict needs compared against it.

    ``texts`` recur across jobs (a policy's prompts) and are cached; ``fresh_texts`` are this
    job's own (its listing text) and are encoded with its batch only.
    """

    image: Image.Image
    texts: tuple[str, ...]
    fresh_texts: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClipPrepared:
    pixel_values: Any  # torch.Tensor [3, H, W]
    texts: tuple[str, ...]
    fresh_texts: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClipEmbeddings:
    """L2-normalised embeddings of one photo and of its texts (float32 numpy)."""

    image: np.ndarray
    texts: dict[str, np.ndarray]
    logit_scale: float


class ClipEngine:
    """transformers' CLIP behind the engine contract."""

    name = "clip"

    def __init__(self, model: Any, processor: Any, *, model_id: str, revision: str | None,
                 device: str, dtype: Any, text_cache_size: int = 8192) -> None:
        self.model = model
        self.processor = processor
        self.model_id = model_id
        self.revision = revision
        self.device = device
        self.dtype = dtype
        self.trusted = not bool(getattr(model.config, RANDOM_WEIGHTS_MARKER, False))
        self.logit_scale = float(model.logit_scale.exp().item())
        self._text_cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._text_cache_size = text_cache_size
        self._cache_lock = threading.Lock()

    @classmethod
    def load(cls, model_id: str, *, revision: str | None = None, device: str = "auto", dtype: str = "auto") -> ClipEngine:
        """Load CLIP by hub id or local folder through ``from_pretrained``; fp16 on CUDA by default."""
        import torch
        from transformers import CLIPModel, CLIPProcessor

        resolved_device = resolve_device(device)
        torch_dtype = resolve_dtype(dtype, resolved_device)
        try:
            processor = CLIPProcessor.from_pretrained(model_id, revision=revision)
            model = CLIPModel.from_pretrained(model_id, revision=revision, dtype=torch_dtype)
        except (OSError, ValueError) as exc:
            raise ModelUnavailable(
                f"cannot load CLIP weights {model_id!r}: {str(exc).splitlines()[0]} — set MMJOBS_CLIP_MODEL "
                "to a local folder with the weights, or allow network access to the model hub"
            ) from exc
        model.eval().to(resolved_device)
        log.info("loaded CLIP %s on %s (%s)", model_id, resolved_device, torch_dtype)
        torch.set_grad_enabled(False)
        return cls(model, processor, model_id=model_id, revision=revision, device=resolved_device, dtype=torch_dtype)

    @property
    def image_side(self) -> int:
        """The shortest side (px) the image processor resizes a photo to; a photo needs at least this much."""
        size = self.processor.image_processor.size
        return int(size.get("shortest_edge") or min(size.get("height") or 0, size.get("width") or 0) or 0)

    def preprocess(self, item: ClipRequest) -> ClipPrepared:
        pixel_values = self.processor.image_processor(images=item.image, return_tensors="pt")["pixel_values"][0]
        return ClipPrepared(pixel_values=pixel_values, texts=item.texts, fresh_texts=item.fresh_texts)

    def forward(self, batch: Sequence[ClipPrepared]) -> list[ClipEmbeddings]:
        import torch

        with torch.inference_mode():
            pixels = torch.stack([p.pixel_values for p in batch]).to(self.device, self.dtype)
            image_embeds = _normalise(_features(self.model.get_image_features(pixel_values=pixels)))
            self._encode_missing({t for p in batch for t in p.texts})
            fresh = list(dict.fromkeys(t for p in batch for t in p.fresh_texts))
            fresh_vectors = dict(zip(fresh, self._encode(fresh), strict=True)) if fresh else {}
        images = image_embeds.float().cpu().numpy()
        with self._cache_lock:
            return [
                ClipEmbeddings(image=images[i],
                               texts={**{t: self._text_cache[t] for t in p.texts},
                                      **{t: fresh_vectors[t] for t in p.fresh_texts}},
                               logit_scale=self.logit_scale)
                for i, p in enumerate(batch)
            ]

    def postprocess(self, output: ClipEmbeddings) -> ClipEmbeddings:
        return output

    def _encode_missing(self, texts: set[str]) -> None:
        """Encode texts not yet cached, in one pass (called from the batcher thread only)."""
        with self._cache_lock:
            missing = [t for t in texts if t not in self._text_cache]
            for t in texts:
                if t in self._text_cache:
                    self._text_cache.move_to_end(t)
        if not missing:
            return
        embeds = self._encode(missing)
        with self._cache_lock:
            for text, vector in zip(missing, embeds, strict=True):
                self._text_cache[text] = vector
            while len(self._text_cache) > self._text_cache_size:
                self._text_cache.popitem(last=False)

    def _encode(self, texts: list[str]) -> np.ndarray:
        """L2-normalised text embeddings, one row per text, in one pass through the text tower."""
        tokens = self.processor.tokenizer(texts, padding=True, truncation=True, max_length=77, return_tensors="pt")
        tokens = {k: v.to(self.device) for k, v in tokens.items()}
        return _normalise(_features(self.model.get_text_features(**tokens))).float().cpu().numpy()


def _features(output: Any) -> Any:
    """transformers 5 returns a model output with the projection in ``pooler_output``; 4.x a tensor."""
    return output if hasattr(output, "norm") else output.pooler_output


def _normalise(x: Any) -> Any:
    return x / x.norm(dim=-1, keepdim=True).clamp_min(1e-12)
