"""Run every mmjobs benchmark in turn and save each one's JSON under ``--out`` (default bench-results/).

    .venv/bin/python -m bench.run_all            # this machine's CPU, about 30 minutes on 2 cores
    .venv/bin/python -m bench.run_all --gpu      # one GPU: fp16 and larger N

Each benchmark is also a script of its own (see BENCHMARKS.md); this only chains them.
"""

from __future__ import annotations

import argparse
import importlib
import json
import traceback
from pathlib import Path

PLANS = {
    # name: (module, CPU arguments, GPU arguments)
    "queue_overhead": ("bench.queue_overhead", ["--n", "2000", "--profile"], ["--n", "5000", "--profile"]),
    "backfill": ("bench.backfill", ["--n", "2000", "--vit-b32", "--vit-n", "128"],
                 ["--n", "5000", "--bulk-n", "20000", "--repeat", "1", "--vit-b32", "--vit-n", "5000", "--gpu"]),
    "plain_celery": ("bench.plain_celery", ["--n", "200"], ["--n", "200"]),
    "memory": ("bench.memory", ["--n", "5000"], ["--n", "5000"]),
    "clip_throughput": ("bench.clip_throughput", [], ["--gpu"]),
    "vlm_batching": ("bench.vlm_batching", [], ["--gpu"]),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gpu", action="store_true")
    parser.add_argument("--only", nargs="*", choices=sorted(PLANS))
    parser.add_argument("--out", type=Path, default=Path("bench-results"))
    args = parser.parse_args()
    summary = {}
    for name, (module, cpu_args, gpu_args) in PLANS.items():
        if args.only and name not in args.only:
            continue
        argv = [*(gpu_args if args.gpu else cpu_args), "--out", str(args.out / f"{name}.json")]
        try:
            data = importlib.import_module(module).main(argv)
            summary[name] = {k: v for k, v in data.items() if k not in ("rows", "machine", "profiles")}
        except Exception as exc:  # noqa: BLE001 - one broken benchmark must not hide the others
            traceback.print_exc()
            summary[name] = {"error": f"{type(exc).__name__}: {exc}"}
    print("\nBENCH_SUMMARY " + json.dumps(summary, default=str))


if __name__ == "__main__":
    main()
