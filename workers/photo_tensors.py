"""Photo work as batched tensor ops, for a worker whose model runs on a GPU: decode, the checks' copy, metrics, model input.

On CUDA a batch of JPEGs is decoded on the device (``torchvision.io.decode_jpeg(..., device="cuda")``,
nvJPEG); the checks' copy (bilinear, antialiased, longest side ``checks_side``), its luma, the share
of dark and of clipped pixels, and the model's input (shortest side ``model_side``, bicubic,
antialiased, centre crop, normalised) are then one kernel per step for all photos of one size. On the
CPU the same code runs on the CPU. It knows no job kind: the thresholds come from the caller (the
listing-QC pixel checks' ``DARK_LUMA`` and ``CLIPPED_LEVEL``), and the shares are of the whole copy,
which is what the pixel checks measure on a full-frame photo. tests/workers/test_photo_tensors.py
holds it to the PIL/numpy path within stated tolerances.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import torch

__all__ = ["PhotoBatch", "PhotoTensorSpec", "decode_jpegs", "photo_batch"]

# ITU-R 601-2 luma, the weights Pillow's convert("L") uses.
LUMA_WEIGHTS = (0.299, 0.587, 0.114)


@dataclass(frozen=True)
class PhotoTensorSpec:
    """What the batch is made for: the checks' copy, the model's input, and the metrics' thresholds."""

    checks_side: int = 512
    model_side: int = 224
    mean: tuple[float, float, float] = (0.48145466, 0.4578275, 0.40821073)  # CLIP's
    std: tuple[float, float, float] = (0.26862954, 0.26130258, 0.27577711)
    dark_luma: int = 40  # a pixel whose (rounded) luma is below this is dark
    clipped_level: int = 250  # a pixel with any channel at least this is clipped


@dataclass(frozen=True)
class PhotoBatch:
    """Per photo, in input order: the model's input [B, 3, S, S] and whole-copy metrics [B]."""

    model_input: torch.Tensor
    mean_luma: torch.Tensor
    dark_share: torch.Tensor
    clipped_share: torch.Tensor
    copy_sizes: list[tuple[int, int]]  # (width, height) of each photo's checks' copy


def decode_jpegs(encoded: Sequence[bytes | torch.Tensor], device: str | torch.device = "cpu") -> list[torch.Tensor]:
    """RGB uint8 [3, H, W] per JPEG, EXIF orientation applied; one batched nvJPEG call on CUDA."""
    from torchvision.io import ImageReadMode, decode_jpeg

    data = [e if isinstance(e, torch.Tensor) else torch.frombuffer(bytearray(e), dtype=torch.uint8) for e in encoded]
    return list(decode_jpeg(data, mode=ImageReadMode.RGB, device=device, apply_exif_orientation=True))


def photo_batch(decoded: Sequence[torch.Tensor], spec: PhotoTensorSpec = PhotoTensorSpec(),
                dtype: torch.dtype = torch.float32) -> PhotoBatch:
    """The checks' copy, its metrics and the model's input of each decoded photo, batched by size."""
    from torchvision.transforms.v2 import InterpolationMode
    from torchvision.transforms.v2 import functional as tvF

    if not decoded:
        raise ValueError("no photos")
    device = decoded[0].device
    mean = torch.tensor(spec.mean, device=device).view(1, 3, 1, 1) * 255
    std = torch.tensor(spec.std, device=device).view(1, 3, 1, 1) * 255
    weights = torch.tensor(LUMA_WEIGHTS, device=device).view(1, 3, 1, 1)
    groups: dict[tuple[int, int], list[int]] = {}
    for i, image in enumerate(decoded):
        groups.setdefault((int(image.shape[-2]), int(image.shape[-1])), []).append(i)
    n = len(decoded)
    inputs: list[Any] = [None] * n
    luma_means: list[Any] = [None] * n
    dark: list[Any] = [None] * n
    clipped: list[Any] = [None] * n
    sizes: list[tuple[int, int]] = [(0, 0)] * n
    for (h, w), members in groups.items():
        stack = torch.stack([decoded[i] for i in members])
        scale = spec.checks_side / max(h, w)
        if scale < 1:  # the checks' copy, as the pixel checks make it: never enlarged
            stack = tvF.resize(stack, [max(1, round(h * scale)), max(1, round(w * scale))],
                               interpolation=InterpolationMode.BILINEAR, antialias=True)
        luma = torch.round((stack.float() * weights).sum(1))
        luma_mean = luma.mean((1, 2))
        dark_share = (luma < spec.dark_luma).float().mean((1, 2))
        clipped_share = (stack.amax(1) >= spec.clipped_level).float().mean((1, 2))
        ch, cw = int(stack.shape[-2]), int(stack.shape[-1])
        side = spec.model_side
        # Sizes truncated and the crop's corner floored, as CLIP's image processor does: a crop half a
        # pixel off moves every pixel of the model's input.
        size = [side, max(side, int(side * cw / ch))] if ch <= cw else [max(side, int(side * ch / cw)), side]
        model_in = tvF.resize(stack, size, interpolation=InterpolationMode.BICUBIC, antialias=True)
        top, left = (size[0] - side) // 2, (size[1] - side) // 2
        model_in = (model_in[..., top:top + side, left:left + side].float() - mean) / std
        for k, i in enumerate(members):
            inputs[i], luma_means[i], dark[i], clipped[i] = model_in[k], luma_mean[k], dark_share[k], clipped_share[k]
            sizes[i] = (cw, ch)
    return PhotoBatch(model_input=torch.stack(inputs).to(dtype), mean_luma=torch.stack(luma_means),
                      dark_share=torch.stack(dark), clipped_share=torch.stack(clipped), copy_sizes=sizes)
