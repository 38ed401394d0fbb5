"""CPU per listing-QC job, and jobs/s, for realistic uploads: two code trees side by side in one run.

    PYTHONPATH=. .venv/bin/python -m bench.photo_cpu --n 200 --baseline /tmp/parent-tree   # end to end
    PYTHONPATH=. .venv/bin/python -m bench.photo_cpu --steps-only                         # per-step microbench

End to end: for each tree (this one, and ``--baseline``, a checkout of an earlier commit, e.g.
``git archive <parent> | tar -x -C /tmp/parent-tree``), the queue is filled with ``--n`` online
listing-QC jobs over the chosen photos (default: 1600-px JPEG q90 of real photographs, see
bench/upload_photos.py), then one ``mmjobs worker`` started from that tree drains it: null CLIP
(``--clip tiny``: a tiny random CLIP with ViT-B/32's 224-px preprocessing; ``--torch-threads``: this tree's
MMJOBS_TORCH_THREADS), default policy (overlay-text OCR on), plain Celery into a private Redis, results
in Postgres.
The worker's CPU is read from /proc for its whole process group, children included (Tesseract
processes, photo processes): utime+stime of every live process of the tree plus what reaped
children left in their parents' cutime+cstime. It is counted from the moment the first
``--warmup`` jobs are finished to the last one, so start-up (imports, model load) stays out; the
jobs/s is over the same window. Redis' CPU is read the same way; Postgres' is not attributed
(a shared server). Trees alternate ``--repeat`` times; ratios are new / baseline of the medians.
Every job's decision and reasons are compared between the trees, photo by photo.

Per step (``--steps``): decode full vs JPEG DCT-scaled, the resize to the checks' copy, the pixel
checks without OCR, overlay text (Tesseract as a command, worker and child; Tesseract inside the worker; the sharpness
gate; the text detector), and CLIP preprocessing from the full decode vs from the shared copy, in CPU-ms per photo.
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import (REPO, bench_policy_dir, configure_here, enqueue_photos, flush, fresh_database, private_redis,
                          py_spy, report)
from tests.fixtures.services import start_worker

CLK_TCK = os.sysconf("SC_CLK_TCK")


# ---- CPU of a process tree --------------------------------------------------------------------


def _stat(pid: int) -> tuple[int, float, float] | None:
    """(parent pid, utime+cutime, stime+cstime in seconds) of one process, or None if it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2 :].split()
    # fields[0] is field 3 (state): ppid is field 4, utime..cstime fields 14..17
    utime, stime, cutime, cstime = (int(v) for v in fields[11:15])
    return int(fields[1]), (utime + cutime) / CLK_TCK, (stime + cstime) / CLK_TCK


def tree_cpu(root: int) -> tuple[float, float]:
    """(user, system) CPU seconds of ``root`` and all its live descendants, plus their reaped children's."""
    parents: dict[int, int] = {}
    cpu: dict[int, tuple[float, float]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            got = _stat(int(entry))
            if got is not None:
                parents[int(entry)], cpu[int(entry)] = got[0], got[1:]
    members = {root}
    grew = True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in members and pid not in members:
                members.add(pid)
                grew = True
    return (sum(cpu.get(pid, (0.0, 0.0))[0] for pid in members), sum(cpu.get(pid, (0.0, 0.0))[1] for pid in members))


def tree_cpu_s(root: int) -> float:
    """CPU seconds of ``root`` and all its live descendants, plus their reaped children's."""
    return sum(tree_cpu(root))


# ---- end to end -------------------------------------------------------------------------------


def _finished(database_url: str) -> int:
    import psycopg

    with psycopg.connect(database_url.replace("postgresql+psycopg://", "postgresql://")) as conn:
        row = conn.execute("SELECT count(*) FROM jobs WHERE status IN ('succeeded','needs_review','failed')").fetchone()
        return int(row[0]) if row else 0


def _verdicts(database_url: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Photo path → (decision, reasons) of its jobs (all jobs of one photo must agree)."""
    import psycopg

    out: dict[str, set[tuple[str, tuple[str, ...]]]] = {}
    with psycopg.connect(database_url.replace("postgresql+psycopg://", "postgresql://")) as conn:
        rows = conn.execute("SELECT j.input->>'image', r.decision, r.reasons, j.status FROM jobs j "
                            "LEFT JOIN listing_qc_results r ON r.job_id = j.id").fetchall()
    for image, decision, reasons, status in rows:
        out.setdefault(image, set()).add((decision or f"no result ({status})", tuple(reasons or ())))
    return {image: sorted(v)[0] if len(v) == 1 else ("inconsistent", tuple(map(str, v))) for image, v in out.items()}


def run_tree(label: str, tree: Path, n: int, warmup: int, env: dict[str, str], redis_pid: int, log_dir: Path,
             images: list[Path], concurrency: int, profile: bool) -> tuple[dict[str, Any], dict[str, Any], str | None]:
    with fresh_database() as db:
        run_env = {**env, "MMJOBS_DATABASE_URL": db}
        configure_here(run_env)
        enqueue_photos(images, n)
        worker = start_worker(run_env, log_dir / f"worker-{label}-{time.time_ns()}.log",
                              "--pool", "threads", "--concurrency", str(concurrency), ready_timeout=300,
                              tree=tree).process
        spy = None
        try:
            deadline = time.monotonic() + max(600, n)
            while _finished(db) < warmup:
                _alive(worker, deadline)
                time.sleep(0.05)
            t0, (user0, sys0), redis0 = time.monotonic(), tree_cpu(worker.pid), tree_cpu_s(redis_pid)
            done0 = _finished(db)
            profile_path = log_dir / f"py-spy-{label}.txt"
            if profile:
                spy = subprocess.Popen([py_spy(), "record", "--pid",
                                        str(worker.pid), "--subprocesses", "--format", "raw", "--rate", "200",
                                        "--nonblocking", *(["--gil"] if os.environ.get("MMJOBS_BENCH_SPY_GIL") else []),
                                        "--output", str(profile_path)],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            while (done := _finished(db)) < n:
                _alive(worker, deadline)
                time.sleep(0.05)
            t1, (user1, sys1), redis1 = time.monotonic(), tree_cpu(worker.pid), tree_cpu_s(redis_pid)
        finally:
            if spy is not None:
                spy.send_signal(2)
                spy.wait(timeout=60)
            worker.terminate()
            worker.wait(timeout=60)
        jobs = done - done0
        cpu0, cpu1 = user0 + sys0, user1 + sys1
        row = {"tree": label, "jobs_measured": jobs, "seconds": round(t1 - t0, 2),
               "worker_cpu_ms_per_job": (cpu1 - cpu0) * 1000 / jobs,
               "worker_sys_ms_per_job": (sys1 - sys0) * 1000 / jobs, "redis_cpu_ms_per_job": (redis1 - redis0) * 1000 / jobs,
               "jobs_per_s": jobs / (t1 - t0), "cores_busy": (cpu1 - cpu0) / (t1 - t0)}
        summary = None
        if profile and profile_path.exists():
            from bench.queue_overhead import summarise_profile

            summary = summarise_profile(profile_path, seconds=t1 - t0)
            # Recorded without --gil: every active thread of the worker (and its Python children) is
            # sampled, so the shares are of CPU time, and ONNX Runtime's and PIL's GIL-free work shows.
            first, _, rest = summary.partition("\n")
            samples = first.split(":")[1].split(" in ")[0].strip()
            summary = (f"py-spy samples of the worker's active threads: {samples} in {t1 - t0:.1f} s at 200/s"
                       f"\n{rest.replace('GIL time by component', 'CPU samples by component')}")
        return row, _verdicts(db), summary


def _alive(worker: subprocess.Popen[bytes], deadline: float) -> None:
    if worker.poll() is not None:
        raise RuntimeError("the worker died")
    if time.monotonic() > deadline:
        raise TimeoutError("the jobs did not finish in time")


def end_to_end(args: argparse.Namespace, images: list[Path], log_dir: Path) -> dict[str, Any]:
    trees = [("new", REPO)] + ([("baseline", args.baseline.resolve())] if args.baseline else [])
    rows: list[dict[str, Any]] = []
    verdicts: dict[str, dict[str, Any]] = {}
    profiles: dict[str, str] = {}
    with private_redis() as redis_url:
        redis_pid = _redis_pid(redis_url)
        env = {"MMJOBS_BROKER_URL": redis_url, "MMJOBS_CLIP_MODEL": clip_model(args.clip, log_dir),
               "MMJOBS_ALLOW_LOCAL_PATHS": "true",
               "MMJOBS_QUEUES": "listing_qc",
               "MMJOBS_WORKER_POOL": "threads", "MMJOBS_WORKER_CONCURRENCY": str(args.concurrency),
               "MMJOBS_METRICS_PORT": "0", "HF_HUB_OFFLINE": "1"}
        # Each tree judges by its own policy files: their keys change with the checks they configure.
        policies = {label: str(bench_policy_dir(detect_overlay_text=not args.ocr_off,
                                                source=tree / "tasks" / "policies")) for label, tree in trees}
        for repeat in range(args.repeat):
            for label, tree in (trees if repeat % 2 == 0 else trees[::-1]):
                flush(redis_url)
                tree_env = {**env, "MMJOBS_POLICY_DIR": policies[label]}
                if label == "new" and args.torch_threads is not None:
                    tree_env["MMJOBS_TORCH_THREADS"] = str(args.torch_threads)
                row, seen, profile = run_tree(label, tree, args.n, args.warmup, tree_env, redis_pid, log_dir, images,
                                              args.concurrency, args.profile and repeat == 0)
                rows.append({"repeat": repeat + 1, **row})
                verdicts.setdefault(label, {}).update(seen)
                if profile:
                    profiles[label] = profile
                print(f"  {label} #{repeat + 1}: {row['worker_cpu_ms_per_job']:.1f} worker CPU-ms/job, "
                      f"{row['jobs_per_s']:.1f} jobs/s", flush=True)
    extra: dict[str, Any] = {"profiles": profiles}
    medians = {label: {k: statistics.median(r[k] for r in rows if r["tree"] == label)
                       for k in ("worker_cpu_ms_per_job", "jobs_per_s", "redis_cpu_ms_per_job")} for label, _ in trees}
    extra["medians"] = medians
    if "baseline" in medians:
        extra["cpu_per_job_new_over_baseline"] = medians["new"]["worker_cpu_ms_per_job"] / medians["baseline"]["worker_cpu_ms_per_job"]
        extra["jobs_per_s_new_over_baseline"] = medians["new"]["jobs_per_s"] / medians["baseline"]["jobs_per_s"]
        changed = {Path(p).name: {"baseline": verdicts["baseline"].get(p), "new": v}
                   for p, v in verdicts["new"].items() if verdicts["baseline"].get(p) != v}
        extra["verdicts"] = {Path(p).name: v for p, v in verdicts["new"].items()}
        extra["verdict_changes"] = changed
    return {"rows": rows, "extra": extra}


def clip_model(kind: str, log_dir: Path) -> str:
    """``null``: no model; ``tiny``: a tiny random CLIP whose image processor is ViT-B/32's (224 px), so the
    worker pays the real preprocessing and a small forward pass on the CPU."""
    if kind == "null":
        return "builtin:null"
    from workers.engines.tiny_clip import build_tiny_clip

    return str(build_tiny_clip(log_dir / "tiny-clip-224", image_size=224))


def _redis_pid(url: str) -> int:
    import redis

    return int(redis.Redis.from_url(url).info("server")["process_id"])


# ---- per step ---------------------------------------------------------------------------------


def cpu_ms(fn: Callable[[], Any], repeat: int, minus: tuple[float, float] = (0.0, 0.0)) -> tuple[float, float]:
    """(this process, its reaped children) CPU-ms per call of ``fn``, less ``minus`` (a step it includes)."""
    fn()  # warm: imports, first-use caches
    s0, c0 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    for _ in range(repeat):
        fn()
    s1, c1 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    own = (s1.ru_utime + s1.ru_stime - s0.ru_utime - s0.ru_stime) * 1000 / repeat
    children = (c1.ru_utime + c1.ru_stime - c0.ru_utime - c0.ru_stime) * 1000 / repeat
    return own - minus[0], children - minus[1]


def steps(uploads: list[Any], repeat: int) -> list[dict[str, Any]]:
    import numpy as np

    from tasks.listing_qc.check import decode_target, working_copy
    from tasks.listing_qc.pixel_checks import measure_pixels, normalised_copy
    from workers.engines.clip import ClipEngine
    from workers.engines.ocr import run_tesseract
    from workers.engines.text_detect import may_hold_text, shared_text_detector
    from workers.images import decode_image
    from workers.settings import Settings

    from bench.common import vit_b32_dir
    from workers.engines import tesseract_lib

    # libtesseract (and its OpenMP, limited to one thread) before torch, as in a worker with no model: torch
    # loads its own libgomp.so.1 first otherwise, and every resident read spins a second OpenMP thread.
    tesseract_lib.available()
    import torch

    torch.set_num_threads(1)  # one photo's preprocessing on one core, as a task thread does; no spinning pool
    settings = Settings()
    clip = ClipEngine.load(vit_b32_dir(None)[0], device="cpu")
    processor = clip.processor.image_processor
    target = decode_target(clip.image_side)
    detector = shared_text_detector()
    rows = []
    for upload in uploads:
        full = decode_image(upload.data, settings)
        drafted = decode_image(upload.data, settings, target=target)
        copy = working_copy(drafted, clip.image_side)
        gray = copy.convert("L")
        brightest = np.asarray(copy).max(axis=2)
        checks = cpu_ms(lambda: measure_pixels(copy, detect_overlay_text=False), repeat)
        measured: dict[str, tuple[float, float]] = {
            "decode, full size": cpu_ms(lambda: decode_image(upload.data, settings), repeat),
            "decode, DCT-scaled to the need": cpu_ms(lambda: decode_image(upload.data, settings, target=target), repeat),
            "checks' copy from the full decode": cpu_ms(lambda: normalised_copy(full), repeat),
            "checks' copy from the scaled decode": cpu_ms(lambda: normalised_copy(drafted), repeat),
            "pixel checks without overlay text": cpu_ms(lambda: measure_pixels(copy, detect_overlay_text=False), repeat),
            "PNG encode for Tesseract (before)": cpu_ms(lambda: gray.save(io.BytesIO(), format="PNG"), repeat),
            "Tesseract command (PGM), worker + child": cpu_ms(lambda: run_tesseract(copy, psm=11), max(1, repeat // 3)),
            "Tesseract inside the worker (libtesseract)": cpu_ms(
                lambda: run_tesseract(copy, psm=11, resident=True), max(1, repeat // 3)),
            "sharpness gate before the text detector": cpu_ms(lambda: may_hold_text(brightest), repeat),
            "text detector (PP-OCRv4 det, 1 thread)": cpu_ms(
                lambda: detector.has_text(np.asarray(copy)) if detector else None, repeat),
            "overlay text, Tesseract reads the whole photo (after the gate; checks subtracted)": cpu_ms(
                lambda: measure_pixels(copy, overlay_text_reader="tesseract"), max(1, repeat // 3), minus=checks),
            "overlay text, detector finds lines, recogniser reads them (after the gate; checks subtracted)": cpu_ms(
                lambda: measure_pixels(copy, overlay_text_reader="detector"), max(1, repeat // 3), minus=checks),
            "CLIP preprocessing from the full decode": cpu_ms(
                lambda: processor(images=full, return_tensors="pt"), repeat),
            "CLIP preprocessing from the shared copy": cpu_ms(
                lambda: processor(images=copy, return_tensors="pt"), repeat),
            "photo work before (full decode, checks + OCR, CLIP prep)": cpu_ms(
                lambda: (lambda im: (measure_pixels(im, overlay_text_cascade=False),
                                     processor(images=im, return_tensors="pt")))(decode_image(upload.data, settings)),
                max(1, repeat // 3)),
            "photo work now (scaled decode, one copy, cascade)": cpu_ms(
                lambda: (lambda im: (measure_pixels(im, overlay_text_reader=settings.overlay_text_reader), processor(images=im, return_tensors="pt")))(
                    working_copy(decode_image(upload.data, settings, target=target), clip.image_side)),
                max(1, repeat // 3)),
        }
        for step, (own, children) in measured.items():
            rows.append({"photo": upload.name, "kb": len(upload.data) // 1024, "step": step,
                         "cpu_ms": round(own, 2), "child_cpu_ms": round(children, 2),
                         "total_ms": round(own + children, 2)})
    return rows


# ---- main -------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> dict[str, Any]:
    from bench.upload_photos import format_mix, realistic_uploads, small_uploads

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=20, help="jobs finished before the CPU is counted")
    parser.add_argument("--baseline", type=Path, default=None, help="another checkout to run side by side")
    parser.add_argument("--photos", choices=("realistic", "small", "mix"), default="realistic")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=1, help="runs per tree, alternating the order")
    parser.add_argument("--profile", action="store_true", help="py-spy each tree's worker in the first repeat")
    parser.add_argument("--clip", choices=("null", "tiny"), default="null",
                        help="the worker's CLIP: none, or a tiny random one at 224 px (real preprocessing)")
    parser.add_argument("--torch-threads", type=int, default=None,
                        help="MMJOBS_TORCH_THREADS for this tree's worker (the baseline keeps its own)")
    parser.add_argument("--ocr-off", action="store_true", help="the default policy with overlay-text OCR off")
    parser.add_argument("--steps", action="store_true", help="also the per-step microbench (this tree)")
    parser.add_argument("--steps-only", action="store_true")
    parser.add_argument("--step-repeat", type=int, default=6)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)

    uploads = {"realistic": realistic_uploads, "small": small_uploads, "mix": format_mix}[args.photos]()
    log_dir = Path(tempfile.mkdtemp(prefix="mmjobs-bench-photo-cpu-"))
    folder = log_dir / "photos"
    folder.mkdir()
    images = []
    for upload in uploads:
        (folder / upload.name).write_bytes(upload.data)
        images.append(folder / upload.name)
    extra: dict[str, Any] = {"photos": {u.name: {"kb": len(u.data) // 1024, "size": u.size} for u in uploads},
                             "n": args.n, "warmup": args.warmup, "concurrency": args.concurrency,
                             "baseline": str(args.baseline) if args.baseline else None, "logs": str(log_dir),
                             "policy": f"default (overlay-text OCR {'off' if args.ocr_off else 'on'})", "engine": args.clip,
                             "torch_threads_new": args.torch_threads}
    rows: list[dict[str, Any]] = []
    if not args.steps_only:
        e2e = end_to_end(args, images, log_dir)
        rows += e2e["rows"]
        extra.update(e2e["extra"])
    data = report(f"photo CPU per online listing-QC job ({args.photos} photos)", rows, extra,
                  None if args.steps or args.steps_only else args.out)
    if args.steps or args.steps_only:
        step_rows = steps(uploads, args.step_repeat)
        data = report("photo work per step (CPU-ms per photo)", step_rows,
                      {**extra, "end_to_end": rows}, args.out)
    for label, text in extra.get("profiles", {}).items():
        print(f"\n### worker profile ({label})\n{text}")
    return data


if __name__ == "__main__":
    main()
