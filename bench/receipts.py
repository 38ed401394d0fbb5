"""Receipt extraction benchmark on synthetic receipts: per-field accuracy, null-correctness, speed.

    .venv/bin/python -m bench.receipts --n 200
    .venv/bin/python -m bench.receipts --n 50 --vlm-model /models/qwen2-vl   # adds vlm and hybrid

Each receipt is rendered clean and degraded. A field matches when the extracted value equals
the truth after normalisation (merchant names case- and space-insensitive, amounts as
decimals, dates as ISO). An *invented* value is one reported for a field that is not printed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any

from bench.receipt_dataset import ReceiptSample, make_dataset
from tasks.receipts.rules import ReceiptRules, default_rules_path, load_receipt_rules
from tasks.receipts.schema import FIELD_NAMES, ReceiptHints
from tasks.receipts.extract import ReceiptVerdict, parse_receipt
from workers.engines.ocr import RECEIPT_READING, OcrResult, run_tesseract



def normalise(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    if name == "merchant_name":
        return " ".join(value.casefold().split())
    if name == "amount":
        return f"{Decimal(value):.2f}"
    if name == "transaction_id":
        # letter for letter, case included (a gateway's "ch_3NqX…" is looked up case-sensitively); the product's id
        # never keeps a leading "#", a set's truth may
        return value.lstrip("#")
    return value


@dataclass
class Tally:
    matches: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELD_NAMES, 0))
    absent: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELD_NAMES, 0))
    absent_null: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELD_NAMES, 0))
    invented: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELD_NAMES, 0))
    wrong: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELD_NAMES, 0))
    total: int = 0
    succeeded: int = 0
    succeeded_wrong: int = 0
    vlm_unusable: int = 0
    seconds: float = 0.0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, sample: ReceiptSample, verdict: ReceiptVerdict, kind: str) -> None:
        self.total += 1
        got = verdict.fields.values()
        truth = sample.truth.as_dict()
        wrong = False
        for name in FIELD_NAMES:
            t, g = normalise(name, truth[name]), normalise(name, got[name])
            if t == g:
                self.matches[name] += 1
            else:
                wrong = True
                if len(self.errors) < 400:
                    self.errors.append({"i": sample.index, "kind": kind, "layout": sample.layout, "field": name,
                                        "truth": t, "got": g})
            if t is not None and g is not None and t != g:
                self.wrong[name] += 1  # printed, and read as something else
            if t is None:
                self.absent[name] += 1
                if g is None:
                    self.absent_null[name] += 1
                else:
                    self.invented[name] += 1
        if verdict.status == "succeeded":
            self.succeeded += 1
            self.succeeded_wrong += int(wrong)
        # An unusable model answer shows the OCR readings to the reviewer; count it so the
        # vlm/hybrid rows are not mistaken for the model's own accuracy.
        self.vlm_unusable += int(any(r.startswith("vlm_output") for r in verdict.reasons))

    def summary(self) -> dict[str, Any]:
        return {
            "receipts": self.total,
            "exact_match": {n: round(self.matches[n] / max(1, self.total), 4) for n in FIELD_NAMES},
            "absent_fields": sum(self.absent.values()),
            "absent_reported_null": round(sum(self.absent_null.values()) / max(1, sum(self.absent.values())), 4),
            "invented_values": sum(self.invented.values()),
            "invented_by_field": {n: v for n, v in self.invented.items() if v},
            "misread_values": sum(self.wrong.values()),
            "misread_by_field": {n: v for n, v in self.wrong.items() if v},
            "succeeded": self.succeeded,
            "succeeded_with_a_wrong_field": self.succeeded_wrong,
            "vlm_output_unusable": self.vlm_unusable,
            "receipts_per_s": round(self.total / self.seconds, 2) if self.seconds else None,
        }


def ocr_runner(**changes: Any) -> Callable[[Any], OcrResult]:
    """Tesseract as a worker reads receipts, with any parameter changed by keyword."""
    return lambda image: run_tesseract(image, RECEIPT_READING, **changes)


def run_extractor(
    extractor: str,
    samples: list[ReceiptSample],
    *,
    rules: ReceiptRules,
    run_vlm: Callable[..., Any] | None = None,
    workers: int = 2,
    hints: ReceiptHints | None = None,
) -> dict[str, Tally]:
    run_ocr = ocr_runner()
    tallies = {"clean": Tally(), "degraded": Tally()}
    for kind in ("clean", "degraded"):
        started = time.perf_counter()

        def one(sample: ReceiptSample, kind: str = kind) -> ReceiptVerdict:
            image = sample.clean if kind == "clean" else sample.degraded
            return parse_receipt(image, extractor=extractor, run_ocr=run_ocr, run_vlm=run_vlm, rules=rules,
                                 hints=hints, today=None)

        # Tesseract is a child process, so threads give real parallelism; a VLM runs one at a time
        with ThreadPoolExecutor(max_workers=workers if run_vlm is None else 1) as pool:
            verdicts = list(pool.map(one, samples))
        tallies[kind].seconds = time.perf_counter() - started
        for sample, verdict in zip(samples, verdicts, strict=True):
            tallies[kind].add(sample, verdict, kind)
    return tallies


def print_table(results: dict[str, dict[str, Tally]]) -> None:
    header = f"{'extractor':<9} {'render':<9} " + " ".join(f"{n[:11]:>11}" for n in FIELD_NAMES)
    header += f" {'null-ok':>8} {'invented':>8} {'rcpt/s':>7}"
    print(header)
    print("-" * len(header))
    for extractor, tallies in results.items():
        for kind, tally in tallies.items():
            s = tally.summary()
            cells = " ".join(f"{100 * s['exact_match'][n]:>10.1f}%" for n in FIELD_NAMES)
            print(f"{extractor:<9} {kind:<9} {cells} {100 * s['absent_reported_null']:>7.1f}% "
                  f"{s['invented_values']:>8} {s['receipts_per_s'] or 0:>7.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="receipts (each rendered clean and degraded)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--vlm-model", default=None, help="a VLM folder: adds the vlm and hybrid extractors")
    parser.add_argument("--json", default=None, help="also write the JSON report here")
    parser.add_argument("--errors", action="store_true", help="list the mismatches")
    args = parser.parse_args(argv)

    # what the rules would accept: the packaged policy itself accepts nothing unseen (auto_accept = false)
    rules = load_receipt_rules(default_rules_path()).model_copy(update={"auto_accept": True})
    samples = make_dataset(args.n, seed=args.seed)
    results: dict[str, dict[str, Tally]] = {"ocr": run_extractor("ocr", samples, rules=rules, workers=args.workers)}
    if args.vlm_model:
        run_vlm = _load_vlm(args.vlm_model)
        for extractor in ("vlm", "hybrid"):
            results[extractor] = run_extractor(extractor, samples, rules=rules, run_vlm=run_vlm)
    print_table(results)
    report = {
        "n": args.n,
        "seed": args.seed,
        "ocr_settings": asdict(RECEIPT_READING),
        "results": {e: {k: t.summary() for k, t in ts.items()} for e, ts in results.items()},
    }
    if args.errors:
        for extractor, tallies in results.items():
            for tally in tallies.values():
                for err in tally.errors:
                    print(extractor, json.dumps(err, ensure_ascii=False), file=sys.stderr)
    text = json.dumps(report, indent=2)
    print(text)
    if args.json:
        with open(args.json, "w") as fh:
            fh.write(text)
    return 0


def _load_vlm(folder: str) -> Callable[..., Any]:
    """The production VLM engine loaded from a folder (or hub id), behind the production batcher."""
    from tasks.receipts.schema import VLM_JSON_SCHEMA, VLM_PROMPT
    from tasks.receipts.extract import vlm_runner
    from workers.engines.base import Batcher
    from workers.engines.vlm import VLMEngine  # imported late: torch and transformers

    engine = VLMEngine.load(folder, json_schema=VLM_JSON_SCHEMA, prompt=VLM_PROMPT, allow_random=True)
    return vlm_runner(Batcher(engine, max_batch_size=8, max_wait_ms=10))


if __name__ == "__main__":
    raise SystemExit(main())
