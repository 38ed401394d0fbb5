"""Photo work on the device: batched JPEG decode (nvJPEG) + resize + normalise + ViT-B/32 forward vs the raw forward.

    PYTHONPATH=. .venv/bin/python -m bench.gpu_photo_path --out gpu_photo_path.json          # CUDA if present
    PYTHONPATH=. .venv/bin/python -m bench.gpu_photo_path --device cpu --n 16 --batch 8      # CPU smoke run

What a GPU worker could do per batch of listing photos, all on the device: the JPEG bytes of 1600-px
uploads (q90, real photographs: bench/upload_photos.py) go to ``torchvision.io.decode_jpeg(...,
device=...)`` as one batch (nvJPEG on CUDA), then per photo the checks' copy (512 px longest side,
bilinear, antialiased) with its luma and two exposure shares as tensor ops, the model's input
(shortest side 224, bicubic, antialiased; centre crop; CLIP mean/std), and the vision tower's forward
in fp16. It is timed against the raw forward of ready-made 224-px tensors already on the device: the
ceiling. CPU time per photo is this process's user+system time over the timed loop (the host's
share: reading bytes, launching kernels). The run stops adding batches after ``--max-seconds`` per
measurement, so it finishes in well under 8 minutes, and writes its JSON.

ViT-B/32 has random weights unless ``--model-dir`` names real ones: the compute is the same.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path
from typing import Any

from bench.common import report, vit_b32_dir

MODEL_SIDE = 224


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def photo_batch(encoded: list[Any], device: str, dtype: Any) -> tuple[Any, dict[str, Any]]:
    """JPEG bytes (uint8 tensors) → (model input [B,3,224,224], per-photo metrics), on ``device``.

    The worker's tensor path (``workers/photo_tensors.py``) with the listing-QC checks' copy and thresholds.
    """
    from tasks.listing_qc.pixel_checks import CLIPPED_LEVEL, DARK_LUMA, NORMALISED_SIDE
    from workers.photo_tensors import PhotoTensorSpec, decode_jpegs
    from workers.photo_tensors import photo_batch as tensor_batch

    spec = PhotoTensorSpec(checks_side=NORMALISED_SIDE, model_side=MODEL_SIDE, dark_luma=DARK_LUMA,
                           clipped_level=CLIPPED_LEVEL)
    batch = tensor_batch(decode_jpegs(encoded, device), spec, dtype)
    return batch.model_input, {"mean_luma": batch.mean_luma, "dark_share": batch.dark_share,
                               "clipped_share": batch.clipped_share}


def measure(step: Any, batches: int, batch: int, max_seconds: float, sync: Any) -> dict[str, float]:
    step()  # warm: kernels, cuDNN/cuBLAS plans, nvJPEG handles
    sync()
    started, cpu0 = time.perf_counter(), _cpu_s()
    done = 0
    while done < batches:
        step()
        done += 1
        if time.perf_counter() - started > max_seconds:
            break
    sync()
    wall, cpu = time.perf_counter() - started, _cpu_s() - cpu0
    photos = done * batch
    return {"photos": photos, "seconds": round(wall, 3), "photos_per_s": photos / wall,
            "host_cpu_ms_per_photo": cpu * 1000 / photos}


def main(argv: list[str] | None = None) -> dict[str, Any]:
    import torch
    from transformers import CLIPModel

    from bench.upload_photos import realistic_uploads

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    parser.add_argument("--n", type=int, default=None, help="photos per measurement (default 4096 CUDA, 16 CPU)")
    parser.add_argument("--batch", type=int, default=None, help="default 256 on CUDA, 8 on CPU")
    parser.add_argument("--side", type=int, default=1600)
    parser.add_argument("--model-dir", default=None)
    parser.add_argument("--max-seconds", type=float, default=90.0, help="per measurement")
    parser.add_argument("--out", type=Path, default=Path("gpu_photo_path.json"))
    args = parser.parse_args(argv)
    cuda = args.device.startswith("cuda")
    n = args.n or (4096 if cuda else 16)
    batch = args.batch or (256 if cuda else 8)
    batches = max(1, n // batch)
    dtype = torch.float16 if cuda else torch.float32
    if not cuda:
        torch.set_num_threads(max(1, torch.get_num_threads()))

    folder, real = vit_b32_dir(args.model_dir)
    model = CLIPModel.from_pretrained(folder, dtype=dtype).eval().to(args.device)
    vision = model.vision_model
    projection = model.visual_projection

    def forward(pixels: Any) -> Any:
        with torch.inference_mode():
            return projection(vision(pixel_values=pixels).pooler_output)

    uploads = realistic_uploads(args.side)
    jpegs = [torch.frombuffer(bytearray(u.data), dtype=torch.uint8) for u in uploads]
    encoded = [jpegs[i % len(jpegs)] for i in range(batch)]
    ready = torch.randn(batch, 3, MODEL_SIDE, MODEL_SIDE, device=args.device, dtype=dtype)

    def sync() -> None:
        if cuda:
            torch.cuda.synchronize()

    outputs: dict[str, Any] = {}

    def raw_step() -> None:
        outputs["raw"] = forward(ready)

    def decode_only_step() -> None:
        with torch.inference_mode():
            outputs["decode"] = photo_batch(encoded, args.device, dtype)

    def full_step() -> None:
        with torch.inference_mode():
            pixels, metrics = photo_batch(encoded, args.device, dtype)
            outputs["full"] = (forward(pixels), metrics)

    rows = []
    for name, step in (("raw vision-tower forward (224-px tensors on the device)", raw_step),
                       ("photo work only: batched JPEG decode + copy + metrics + model input", decode_only_step),
                       ("end to end: JPEG bytes -> decode -> resize/normalise/metrics -> forward", full_step)):
        row = {"measurement": name, **measure(step, batches, batch, args.max_seconds, sync)}
        rows.append(row)
        print(f"  {name}: {row['photos_per_s']:.0f} photos/s, {row['host_cpu_ms_per_photo']:.2f} host CPU-ms/photo",
              flush=True)
    raw, full = rows[0]["photos_per_s"], rows[2]["photos_per_s"]
    _, metrics = outputs["full"]
    extra = {"device": args.device, "dtype": str(dtype), "batch": batch, "side": args.side,
             "jpeg_kb": [len(u.data) // 1024 for u in uploads], "real_weights": real,
             "end_to_end_over_raw": full / raw, "target_end_to_end_over_raw": 0.8,
             "target_host_cpu_ms_per_photo": 3.0,
             "met": bool(full / raw >= 0.8 and rows[2]["host_cpu_ms_per_photo"] <= 3.0) if cuda else None,
             "sample_metrics": {k: [round(float(v), 4) for v in t[: len(uploads)]] for k, t in metrics.items()}}
    if cuda:
        extra["gpu"] = torch.cuda.get_device_name(0)
    return report("GPU photo path vs raw vision-tower forward", rows, extra, args.out)


if __name__ == "__main__":
    main()
