"""Pick the device and dtype an engine runs on, from settings ("auto" or explicit)."""

from __future__ import annotations

from typing import Any


def resolve_device(device: str) -> str:
    """``auto`` means the first CUDA device when there is one, else the CPU."""
    import torch

    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    return device


def resolve_dtype(dtype: str, device: str, *, prefer_bfloat16: bool = False) -> Any:
    """``auto`` means fp16 on CUDA (bf16 where the caller prefers it and the GPU has it) and fp32 on the CPU."""
    import torch

    if dtype == "auto":
        if device.startswith("cuda"):
            return torch.bfloat16 if prefer_bfloat16 and torch.cuda.is_bf16_supported() else torch.float16
        return torch.float32
    try:
        return {"float32": torch.float32, "float16": torch.float16, "bfloat16": torch.bfloat16}[dtype]
    except KeyError:
        raise ValueError(f"unknown dtype {dtype!r}; use auto, float32, float16 or bfloat16") from None
