"""VLM receipt extraction, batched vs one at a time, through ``VLMEngine`` and the ``Batcher``.

    .venv/bin/python -m bench.vlm_batching          # CPU: small random LLaVA, 16 receipts each way, ~4 min
    .venv/bin/python -m bench.vlm_batching --gpu    # one GPU: float16, 128 receipts, 256 new tokens
    .venv/bin/python -m bench.vlm_batching --gpu --model-dir /models/llava-1.5-7b-hf   # real weights

Both ways run the production path of a worker: ``preprocess`` (processor, chat template) in the
caller's thread, ``forward`` = greedy ``generate`` under the receipt schema's xgrammar constraint,
``postprocess`` (decode, JSON parse, field confidence). *One at a time*: a batcher with
``max_batch_size=1`` and one caller. *Batched*: a batcher with ``max_batch_size=--batch`` and
2 × batch caller threads, as a worker's task threads call it. The model is ``build_small_llava``
(LLaVA-1.5 layout, ≈100M parameters, random weights), so answers are meaningless and most run to
``max_new_tokens``; both ways generate the same number of tokens per receipt, which the table shows.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from bench.common import report, set_torch_threads

TARGET = 2.0


def small_llava_dir(model_dir: str | None) -> tuple[str, bool]:
    """A VLM folder: the given real weights, else the ≈100M-parameter random LLaVA (built once, cached)."""
    if model_dir:
        return model_dir, True
    folder = Path(tempfile.gettempdir()) / "mmjobs-bench-small-llava"
    if not (folder / "config.json").exists():
        from workers.engines.tiny_vlm import build_small_llava

        build_small_llava(folder)
    return str(folder), False


def receipts(n: int) -> list[Any]:
    """Synthetic receipt images (bench/receipt_dataset.py), degraded like phone photos."""
    from bench.receipt_dataset import make_dataset

    return [sample.degraded for sample in make_dataset(n)]


def run_way(engine: Any, images: list[Any], *, batch: int, wait_ms: float) -> tuple[float, list[Any], Any]:
    """Push every image through a Batcher of ``batch``; return seconds, results in order, batch stats."""
    from workers.engines.base import Batcher
    from workers.engines.vlm import VLMRequest

    batcher = Batcher(engine, max_batch_size=batch, max_wait_ms=wait_ms)
    try:
        started = time.perf_counter()
        if batch == 1:
            results = [batcher.run(VLMRequest(image=image)) for image in images]
        else:
            with ThreadPoolExecutor(max_workers=2 * batch) as pool:
                results = list(pool.map(lambda image: batcher.run(VLMRequest(image=image)), images))
        seconds = time.perf_counter() - started
    finally:
        batcher.close()
    return seconds, results, batcher.stats


def summarise(label: str, n: int, seconds: float, results: list[Any], stats: Any) -> dict[str, Any]:
    return {"way": label, "items": n, "seconds": round(seconds, 2), "items_per_s": n / seconds,
            "batches": " ".join(str(size) for size in stats.batch_sizes) if len(stats.batch_sizes) <= 12
            else f"{stats.batches} batches, mean {stats.items / stats.batches:.2f}",
            "answer_chars_mean": sum(len(r.raw_text) for r in results) / len(results),
            "complete_json": sum(r.data is not None for r in results),
            "cut_at_max_new_tokens": sum(r.truncated for r in results)}


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=None,
                        help="receipts each way (default 16 on CPU, 128 with --gpu)")
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--max-new-tokens", type=int, default=None,
                        help="default 64 on CPU, 256 (the worker's) on GPU")
    parser.add_argument("--max-wait-ms", type=float, default=None,
                        help="how long a batch waits for company (default: the worker's MMJOBS_MAX_WAIT_MS)")
    parser.add_argument("--threads", type=int, default=None,
                        help="torch intra-op threads (default: one per core)")
    parser.add_argument("--model-dir", default=None, help="a real VLM folder (default: random small LLaVA)")
    parser.add_argument("--gpu", action="store_true",
                        help="cuda + float16, larger N, the worker's 256 new tokens")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)

    from tasks.receipts.schema import VLM_JSON_SCHEMA, VLM_PROMPT
    from workers.engines.vlm import VLMEngine, VLMRequest

    device, dtype = ("cuda", "float16") if args.gpu else ("cpu", "float32")
    n = args.n or (128 if args.gpu else 16)
    max_new_tokens = args.max_new_tokens or (256 if args.gpu else 64)
    threads = set_torch_threads(args.threads)
    if args.max_wait_ms is None:
        from workers.settings import Settings

        args.max_wait_ms = Settings().max_wait_ms
    model_dir, real = small_llava_dir(args.model_dir)
    engine = VLMEngine.load(model_dir, json_schema=VLM_JSON_SCHEMA, prompt=VLM_PROMPT, device=device,
                            dtype=dtype, max_new_tokens=max_new_tokens, allow_random=not real)
    params = sum(p.numel() for p in engine.model.parameters())
    images = receipts(n)
    prompt_tokens = int(engine.preprocess(VLMRequest(image=images[0])).inputs["input_ids"].shape[1])

    # Warm-up both shapes (allocator, kernels, grammar caches) before anything is timed.
    run_way(engine, images[:1], batch=1, wait_ms=args.max_wait_ms)
    run_way(engine, images[: args.batch], batch=args.batch, wait_ms=args.max_wait_ms)

    one_s, one_results, one_stats = run_way(engine, images, batch=1, wait_ms=args.max_wait_ms)
    many_s, many_results, many_stats = run_way(engine, images, batch=args.batch, wait_ms=args.max_wait_ms)
    rows = [summarise("one at a time (max_batch_size=1, 1 caller)", n, one_s, one_results, one_stats),
            summarise(f"batched (max_batch_size={args.batch}, {2 * args.batch} caller threads)", n, many_s,
                      many_results, many_stats)]
    ratio = rows[1]["items_per_s"] / rows[0]["items_per_s"]
    rows[1]["vs_one_at_a_time"] = ratio
    same = sum(a.raw_text == b.raw_text for a, b in zip(one_results, many_results, strict=True))
    extra = {"model": f"{'real' if real else 'random'} weights, {params / 1e6:.0f}M parameters ({model_dir})",
             "device": device, "dtype": dtype, "torch_threads": threads if device == "cpu" else None,
             "torch_interop_threads": 1, "max_new_tokens": max_new_tokens, "prompt_tokens": prompt_tokens,
             "constrained_decoding": "xgrammar, receipt JSON schema", "max_wait_ms": args.max_wait_ms,
             "batched_vs_one": ratio, "target": TARGET, "met": ratio >= TARGET,
             "identical_outputs_batched_vs_one": f"{same}/{n}"}
    return report("VLM batching (VLMEngine, constrained decoding)", rows, extra, args.out)


if __name__ == "__main__":
    main()
