"""Pick the device and dtype an engine runs on, from settings ("auto" or explicit)."""

from __future__ import annotations

from typing import Any


def resolve_device(device: str) -> str:
    """``auto`` means the first CUDA device when there is one, else the CPU."""
    import torch

    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    return device


def resolve_dtype(dtype: str, device: str) -> Any:
    """``auto`` means fp16 on CUDA (bf16 where the caller asks) and fp32 on the CPU."""
    import torch

    if dtype == "auto":
        return torch.float16 if device.startswith("cuda") else torch.float32
    return {"float32": torch.float32, "float16": torch.float16, "bfloat16": torch.bfloat16}[dtype]
