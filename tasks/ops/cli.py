"""mmjobs: run workers, submit jobs, read verdicts, retry failures, review, run the demo."""

# Each command imports what it needs when it runs, so `mmjobs status` or `stats` never pays for
# Celery, the model engines or torch; the imports inside the commands are that, not circles.
from __future__ import annotations

import json
import os
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from tasks.ops.views import job_view, terminal_count, wait_for_jobs

cli = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
submit_cli = typer.Typer(no_args_is_help=True, help="Queue a job.")
cli.add_typer(submit_cli, name="submit")
console = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


def _settings() -> Any:
    from workers.settings import get_settings

    return get_settings()


def _apply_overrides(**overrides: Any) -> None:
    """Turn CLI flags into MMJOBS_* variables so the worker and its settings agree."""
    from workers.settings import get_settings

    for key, value in overrides.items():
        if value is not None:
            os.environ[f"MMJOBS_{key.upper()}"] = ",".join(value) if isinstance(value, list) else str(value)
    get_settings.cache_clear()


def _db() -> Any:
    from models import get_engine

    return get_engine(_settings().database_url)


def _die(message: str, code: int = 2) -> None:
    err.print(f"[red]error:[/red] {message}")
    raise typer.Exit(code)


# ---- worker -----------------------------------------------------------------------------------


@cli.command()
def worker(
    queues: str = typer.Option(None, "--queues", "-Q", help="comma-separated: listing_qc,receipts"),
    pool: str = typer.Option(None, help="threads (default: one process batches on one GPU), solo or prefork"),
    concurrency: int = typer.Option(None, "--concurrency", "-c", help="jobs in flight per process"),
    max_batch_size: int = typer.Option(None, help="largest forward pass"),
    max_wait_ms: float = typer.Option(None, help="how long a batch waits for more jobs"),
    photo_processes: int = typer.Option(None, help="bulk path: processes decoding photos (default: one per core; 0: none)"),
    device: str = typer.Option(None, help="auto, cpu, cuda, cuda:1 …"),
    dtype: str = typer.Option(None, help="auto, float32, float16, bfloat16"),
    loglevel: str = typer.Option("INFO"),
    hostname: str = typer.Option(None, "--hostname", "-n"),
    metrics_port: int = typer.Option(None, "--metrics-port", help="Prometheus /metrics port (default 9808; 0: off)"),
) -> None:
    """Run a worker: load the models for its queues once, then consume jobs."""
    _apply_overrides(queues=queues, worker_pool=pool, worker_concurrency=concurrency, max_batch_size=max_batch_size,
                     max_wait_ms=max_wait_ms, photo_processes=photo_processes, device=device, dtype=dtype,
                     metrics_port=metrics_port)
    import tasks.celery_tasks  # noqa: F401 - the tasks, and the engines each job kind registers with the runtime
    from tasks.jobs.joblog import configure_logging
    from workers.app import app, configure
    from workers.errors import ModelUnavailable
    from workers.runtime import get_runtime

    settings = _settings()
    configure(app, settings)
    configure_logging(loglevel, log_format=settings.log_format)
    from workers import metrics

    metrics.serve(settings.metrics_port, addr=settings.metrics_addr, pool=settings.worker_pool)
    runtime = get_runtime()
    try:
        if "listing_qc" in settings.queues:
            runtime.batcher("clip")
        if "receipts" in settings.queues:
            runtime.batcher("ocr")
            if settings.receipt_extractor in ("vlm", "hybrid"):
                runtime.batcher("vlm")
    except ModelUnavailable as exc:
        _die(f"worker not started: {exc}")
    argv = ["worker", "-Q", ",".join(settings.queues), "-P", settings.worker_pool,
            "-c", str(settings.worker_concurrency), "-E", "--loglevel", loglevel, "--without-mingle",
            "--without-gossip"]
    if hostname:
        argv += ["-n", hostname]
    app.worker_main(argv=argv)


@cli.command()
def backfill(
    manifest: Path = typer.Argument(..., help="CSV (tasks/jobs/manifest.py columns) or .jsonl with the same keys"),
    shard_size: int = typer.Option(256, help="jobs per shard message"),
    manifest_id: str = typer.Option(None, help="key for job ids (default: the manifest's absolute path)"),
    wait: bool = typer.Option(False, "--wait", help="wait until every job is finished"),
    timeout: float = typer.Option(3600, help="seconds to wait with --wait"),
) -> None:
    """Queue a large manifest as shard tasks (bulk path); submitting it again skips finished jobs."""
    from tasks.listing_qc.bulk import submit_backfill
    from tasks.jobs.manifest import ManifestError

    try:
        done = submit_backfill(manifest, shard_size=shard_size, manifest_id=manifest_id)
    except ManifestError as exc:
        _die(str(exc))
        return
    console.print(f"{done.jobs} lines: {done.sent} jobs sent in {done.shards} shards, "
                  f"{done.already_finished} already finished, {done.invalid} invalid (recorded as failed)")
    if wait and not wait_for_jobs(_db(), done.job_ids, timeout):
        _die(f"not finished after {timeout:.0f}s; is a worker running for the listing_qc queue?", code=3)


@cli.command()
def migrate() -> None:
    """Bring the database schema to the newest migration."""
    from models.migrate import upgrade_to_head

    upgrade_to_head(_settings().database_url)
    console.print("schema is at head")


# ---- submit -----------------------------------------------------------------------------------


@submit_cli.command("listing-qc")
def submit_listing_qc(
    image: str = typer.Argument(None, help="s3://, https:// or a local path; or use --from"),
    from_manifest: Path = typer.Option(None, "--from", help="CSV manifest, one job per row (see tasks/jobs/manifest.py)"),
    title: str = typer.Option("", help="listing title"),
    description: str = typer.Option("", help="listing description"),
    category: str = typer.Option(None, help="the seller's declared category"),
    categories: str = typer.Option(None, help="comma-separated candidate categories"),
    policy: str = typer.Option(None),
    job_id: str = typer.Option(None, help="your own UUID (idempotency key)"),
    wait: bool = typer.Option(False, "--wait", help="wait for the verdict and print it"),
    timeout: float = typer.Option(300, help="seconds to wait with --wait"),
) -> None:
    """Queue a product photo (s3://, https:// or a local path when allowed), or a manifest of them."""
    from tasks.jobs.producer import enqueue_listing_qc

    if _submit_many("listing_qc", image, from_manifest, wait, timeout):
        return
    job = _enqueue(lambda: enqueue_listing_qc(
        image, title=title, description=description, category=category,
        categories=[c.strip() for c in categories.split(",")] if categories else None, policy=policy, job_id=job_id))
    _after_submit([job], wait, timeout)


@submit_cli.command("receipt")
def submit_receipt(
    image: str = typer.Argument(None, help="s3://, https:// or a local path; or use --from"),
    from_manifest: Path = typer.Option(None, "--from", help="CSV manifest, one job per row (see tasks/jobs/manifest.py)"),
    extractor: str = typer.Option(None, help="vlm, ocr or hybrid"),
    currency: str = typer.Option(None, help="expected ISO currency, e.g. INR"),
    locale: str = typer.Option(None, help="e.g. en-IN (settles DD/MM vs MM/DD)"),
    job_id: str = typer.Option(None),
    wait: bool = typer.Option(False, "--wait"),
    timeout: float = typer.Option(300),
) -> None:
    """Queue a receipt image for parsing, or a manifest of them."""
    from tasks.jobs.producer import enqueue_receipt

    if _submit_many("receipt", image, from_manifest, wait, timeout):
        return
    hints = {k: v for k, v in {"currency": currency, "locale": locale}.items() if v}
    job = _enqueue(lambda: enqueue_receipt(image, extractor=extractor, hints=hints or None, job_id=job_id))
    _after_submit([job], wait, timeout)


def _enqueue(send: Any) -> str:
    from workers.errors import InvalidPayload

    try:
        return send()
    except InvalidPayload as exc:
        _die(str(exc))
    except Exception as exc:  # noqa: BLE001 - tell the operator which service and what to check
        from tasks.ops.diagnostics import explain

        _die(f"could not queue the job: {explain(exc, _settings()) or exc}")
    raise AssertionError


def _submit_many(kind: str, image: str | None, manifest: Path | None, wait: bool, timeout: float) -> bool:
    """Queue every valid row of a manifest with a progress bar; False when this is a one-job submit."""
    if manifest is None:
        if not image:
            _die("give an image reference, or --from manifest.csv for many")
        return False
    if image:
        _die("give either an image or --from manifest.csv, not both")
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from tasks.ops.diagnostics import explain
    from tasks.jobs.manifest import ManifestError, read_manifest
    from tasks.jobs.producer import enqueue

    try:
        rows = read_manifest(kind, manifest)
    except ManifestError as exc:
        _die(str(exc))
        raise
    bad = [row for row in rows if row.payload is None]
    queued: list[str] = []
    failed: list[tuple[int, str]] = []
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=False) as progress:
        bar = progress.add_task(f"queueing {kind}", total=len(rows) - len(bad))
        for row in rows:
            if row.payload is None:
                continue
            try:
                job_id = enqueue(kind, row.payload)
            except Exception as exc:  # noqa: BLE001 - one row's failure is reported, the rest go on
                why = explain(exc, _settings()) or str(exc)
                failed.append((row.line, why))
                if len(failed) >= 3 and not queued:
                    progress.stop()
                    _die(f"stopped after {len(failed)} rows failed to queue: {why}")
            else:
                queued.append(job_id)
                console.print(job_id)
            progress.advance(bar)
    for row in bad:
        err.print(f"[yellow]line {row.line} skipped[/yellow]: {row.error}")
    for line, why in failed:
        err.print(f"[red]line {line} not queued[/red]: {why}")
    err.print(f"{manifest}: {len(queued)} queued, {len(bad)} invalid, {len(failed)} failed to queue")
    if wait and queued:
        finished = _wait_with_progress(queued, timeout)
        _print_status_summary(queued)
        if not finished:
            _die(f"not all jobs finished after {timeout:.0f}s; is a worker running for this queue?", code=3)
    if bad or failed:
        raise typer.Exit(1)
    return True


def _wait_with_progress(job_ids: list[str], timeout: float) -> bool:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    deadline = time.monotonic() + timeout
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err) as progress:
        bar = progress.add_task("finished", total=len(job_ids))
        while True:
            done = terminal_count(_db(), job_ids)
            progress.update(bar, completed=done)
            if done == len(job_ids):
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.5)


def _print_status_summary(job_ids: list[str]) -> None:
    from sqlalchemy import func, select

    from models import Job, session_scope

    counts: dict[str, int] = {}
    with session_scope(_db()) as session:
        for start in range(0, len(job_ids), 500):
            chunk = job_ids[start:start + 500]
            for state, n in session.execute(select(Job.status, func.count()).where(Job.id.in_(chunk))
                                            .group_by(Job.status)):
                counts[state] = counts.get(state, 0) + int(n)
    err.print("  ".join(f"{state}={n}" for state, n in sorted(counts.items())))


def _after_submit(job_ids: list[str], wait: bool, timeout: float) -> None:
    for job_id in job_ids:
        console.print(job_id)
    if wait:
        finished = wait_for_jobs(_db(), job_ids, timeout)
        for job_id in job_ids:
            _print_result(job_id, as_json=False)
        if not finished:
            _die(f"not finished after {timeout:.0f}s; is a worker running for this queue?", code=3)


# ---- read -------------------------------------------------------------------------------------


@cli.command()
def status(
    job_id: str = typer.Argument(None),
    failed: bool = typer.Option(False, "--failed", help="list failed jobs with their reasons (dead letters)"),
    kind: str = typer.Option(None),
    limit: int = typer.Option(50),
) -> None:
    """Show one job's state, or the failed jobs."""
    if failed or job_id is None:
        _list_jobs("failed", kind, limit)
        return
    view = job_view(_db(), job_id)
    if view is None:
        _die(f"no job {job_id}")
    assert view is not None
    line = f"{view['job_id']}  {view['kind']}  [bold]{view['status']}[/bold]  attempts={view['attempts']}"
    if view["error_code"]:
        line += f"  {view['error_code']}: {view['error_message']}"
    console.print(line)


def _list_jobs(status_value: str, kind: str | None, limit: int) -> None:
    from sqlalchemy import select

    from models import Job, JobKind, session_scope

    with session_scope(_db()) as session:
        # One query per kind, each read in order from the (status, kind, updated_at) index and stopped
        # after ``limit`` rows; across kinds the database would sort every failed job ever kept.
        jobs = []
        for one_kind in [kind] if kind else [k.value for k in JobKind]:
            jobs += session.execute(select(Job).where(Job.status == status_value, Job.kind == one_kind)
                                    .order_by(Job.updated_at.desc()).limit(limit)).scalars().all()
        jobs = sorted(jobs, key=lambda job: job.updated_at, reverse=True)[:limit]
        table = Table("job id", "kind", "attempts", "code", "reason", "updated")
        for job in jobs:
            table.add_row(job.id, job.kind, str(job.attempts), job.error_code or "", (job.error_message or "")[:90],
                          str(job.updated_at)[:19])
    console.print(table)


@cli.command()
def result(job_id: str, as_json: bool = typer.Option(False, "--json")) -> None:
    """Show a job's verdict: decision, reasons, confidence and scores."""
    _print_result(job_id, as_json=as_json)


def _print_result(job_id: str, *, as_json: bool) -> None:
    view = job_view(_db(), job_id)
    if view is None:
        _die(f"no job {job_id}")
    assert view is not None
    if as_json:
        console.print_json(json.dumps(view))
        return
    table = Table(title=f"{view['kind']} {view['job_id']}", show_header=False)
    table.add_row("status", view["status"])
    table.add_row("attempts", str(view["attempts"]))
    if view["error_code"]:
        table.add_row("error", f"{view['error_code']}: {view['error_message']}")
    res = view["result"] or {}
    keys = ["decision", "approved", "confidence", "reasons", "quality_label", "category", "category_confidence",
            "description_match", "model_id", "model_trusted", "policy_name", "policy_version", "extractor",
            "merchant_name", "amount", "currency", "transaction_id", "date", "payment_method", "payment_status"]
    for key in keys:
        if key in res:
            table.add_row(key, json.dumps(res[key]) if isinstance(res[key], (list, dict)) else str(res[key]))
    console.print(table)


# ---- retry ------------------------------------------------------------------------------------


@cli.command()
def retry(
    job_ids: list[str] = typer.Argument(None, help="job ids; or use --all-failed with filters"),
    all_failed: bool = typer.Option(False, "--all-failed", help="retry every failed job matching the filters"),
    kind: str = typer.Option(None, help="listing_qc or receipt"),
    code: str = typer.Option(None, help="only jobs that failed with this error code"),
    older_than: str = typer.Option(None, help="only jobs that failed longer ago than e.g. 10m, 2h, 1d"),
    newer_than: str = typer.Option(None, help="only jobs that failed within e.g. 1h"),
) -> None:
    """Re-run failed jobs from their stored input; the attempt history is kept."""
    from sqlalchemy import select

    from models import Job, session_scope
    from tasks.jobs.lifecycle import requeue_for_operator
    from tasks.jobs.recovery import send_job

    ids = list(job_ids or [])
    if all_failed:
        with session_scope(_db()) as session:
            query = select(Job.id).where(Job.status == "failed")
            if kind:
                query = query.where(Job.kind == kind)
            if code:
                query = query.where(Job.error_code == code)
            now = datetime.now(UTC)
            if older_than:
                query = query.where(Job.updated_at < now - _duration(older_than))
            if newer_than:
                query = query.where(Job.updated_at >= now - _duration(newer_than))
            ids += list(session.execute(query).scalars())
    if not ids:
        _die("nothing to retry: give job ids or --all-failed (with --kind/--code/--older-than filters)")
    requeued, refused = requeue_for_operator(_db(), job_ids=ids)
    for job_id, job_kind, payload in requeued:
        send_job(job_id, job_kind, payload)
        console.print(f"requeued {job_id}")
    for job_id, why in refused:
        err.print(f"[yellow]refused[/yellow] {job_id}: {why}")
    console.print(f"{len(requeued)} requeued, {len(refused)} refused")
    if refused and not requeued:
        raise typer.Exit(1)


def _duration(text: str) -> timedelta:
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    try:
        return timedelta(seconds=float(text[:-1]) * units[text[-1]])
    except (KeyError, ValueError):
        _die(f"cannot read duration {text!r}: use e.g. 30s, 10m, 2h, 1d")
        raise


# ---- local, no queue --------------------------------------------------------------------------


@cli.command("check-listing")
def check_listing_cmd(
    image: str,
    title: str = typer.Option(""),
    description: str = typer.Option(""),
    category: str = typer.Option(None),
    categories: str = typer.Option(None),
    policy: str = typer.Option(None),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Judge one photo locally (no queue, no database) and print the verdict."""
    from tasks.listing_qc.handler import judge_listing
    from tasks.jobs.contracts import ListingQCPayload
    from workers.errors import JobError
    from workers.images import load_image
    from workers.runtime import get_runtime

    settings = _settings()
    if "://" not in image:
        _apply_overrides(allow_local_paths="true")
        settings = _settings()
    try:
        payload = ListingQCPayload(image=image, title=title, description=description, category=category,
                                   categories=[c.strip() for c in categories.split(",")] if categories else None,
                                   policy=policy)
        verdict = judge_listing(load_image(image, settings), payload, get_runtime())
    except JobError as exc:
        _die(f"{exc.code}: {exc}")
        return
    data = {"decision": verdict.decision, "approved": verdict.approved, "confidence": verdict.confidence,
            "reasons": verdict.reasons, "details": verdict.details, "pixel_metrics": verdict.pixel_metrics,
            "clip": verdict.clip.__dict__ if verdict.clip else None, "model_trusted": verdict.model_trusted,
            "policy": f"{verdict.policy_name}@{verdict.policy_version}"}
    if as_json:
        console.print_json(json.dumps(data, default=str))
    else:
        console.print(f"[bold]{verdict.decision}[/bold] (confidence {verdict.confidence:.2f}) "
                      f"reasons: {', '.join(verdict.reasons) or 'none'}")
        for detail in verdict.details:
            console.print(f"  - {detail}")


@cli.command("parse-receipt")
def parse_receipt_cmd(
    image: str,
    extractor: str = typer.Option(None, help="vlm, ocr or hybrid (default: the setting)"),
    currency: str = typer.Option(None),
    locale: str = typer.Option(None),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Parse one receipt locally (no queue, no database) and print its fields."""
    from tasks.receipts.handler import read_receipt
    from tasks.receipts.schema import ReceiptHints
    from workers.errors import JobError
    from workers.images import load_image
    from workers.runtime import get_runtime

    if "://" not in image:
        _apply_overrides(allow_local_paths="true")
    settings = _settings()
    chosen = extractor or settings.receipt_extractor
    hints = ReceiptHints(currency=currency, locale=locale) if (currency or locale) else None
    try:
        verdict = read_receipt(load_image(image, settings), extractor=chosen, hints=hints, runtime=get_runtime())
    except JobError as exc:
        _die(f"{exc.code}: {exc}")
        return
    data = {"status": verdict.status, "reasons": verdict.reasons, "confidence": verdict.confidence,
            "extractor": verdict.extractor, "fields": verdict.fields.model_dump(mode="json")}
    if as_json:
        console.print_json(json.dumps(data, default=str))
        return
    table = Table("field", "value", "confidence", "evidence", title=f"{verdict.status} {' '.join(verdict.reasons)}")
    for name, field in data["fields"].items():
        evidence = " ".join(e["text"] for e in field.get("evidence", []))
        table.add_row(name, str(field.get("value")), f"{field.get('confidence', 0):.2f}", evidence[:60])
    console.print(table)


@cli.command()
def demo(
    keep: bool = typer.Option(False, help="keep the demo folder afterwards"),
    folder: Path = typer.Option(Path(".mmjobs/demo"), help="where the embedded databases and samples go"),
) -> None:
    """Run the whole pipeline offline: SQLite, a SQLite-backed broker, a real worker, sample jobs."""
    from tasks.ops.demo import run_demo

    sys.exit(run_demo(folder, keep=keep))



# ---- operators: review queue, labels, stats, Flower ---------------------------------------------


@cli.command()
def review(
    job_id: str = typer.Argument(None, help="the job to decide on; without it, list the queue"),
    accept: bool = typer.Option(False, "--accept", help="the machine output is right"),
    correct: list[str] = typer.Option(None, "--correct", help="field=value, repeatable (e.g. amount=1499.00)"),
    reject: bool = typer.Option(False, "--reject", help="the input is unusable (refuse the photo / not a receipt)"),
    reviewer: str = typer.Option(None, "--reviewer", help="who decides (default: $USER)"),
    note: str = typer.Option(None, "--note", help="free text kept with the decision"),
    kind: str = typer.Option(None, help="listing_qc or receipt (listing only)"),
    limit: int = typer.Option(50, help="rows to list"),
    include_reviewed: bool = typer.Option(False, "--all", help="list reviewed needs_review jobs too"),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """List needs_review jobs with their reasons, or record a human decision on one."""
    from tasks.ops.review import ReviewError, pending_reviews, record_review

    chosen = [name for name, on in (("accept", accept), ("correct", bool(correct)), ("reject", reject)) if on]
    if job_id is None:
        if chosen:
            _die("give the JOB_ID to decide on; `mmjobs review` alone lists the queue")
        rows = pending_reviews(_db(), kind=kind, limit=limit, include_reviewed=include_reviewed)
        if as_json:
            console.print_json(json.dumps([r.__dict__ for r in rows], default=str))
            return
        table = Table("job id", "kind", "reasons", "machine said", "image", "finished", "reviewed",
                      title=f"{len(rows)} job(s) waiting for review" + (" (incl. reviewed)" if include_reviewed else ""))
        for r in rows:
            table.add_row(r.job_id, r.kind, ", ".join(r.reasons), r.summary, r.image or "", str(r.finished_at)[:19],
                          r.last_review or "")
        console.print(table)
        return
    if len(chosen) != 1:
        _die("choose one of --accept, --reject or --correct field=value (repeatable)")
    who = reviewer or os.environ.get("USER") or os.environ.get("LOGNAME") or ""
    try:
        if chosen == ["correct"]:
            from sqlalchemy import select

            from models import Job, session_scope
            from tasks.ops.review import parse_corrections

            with session_scope(_db()) as session:
                job_kind = session.execute(select(Job.kind).where(Job.id == job_id)).scalar_one_or_none()
            if job_kind is None:
                _die(f"no job {job_id}; `mmjobs review` lists the jobs waiting for review")
            corrections = parse_corrections(job_kind, correct)
        else:
            corrections = {}
        saved = record_review(_db(), job_id, action=chosen[0], reviewer=who, corrections=corrections, note=note)
    except ReviewError as exc:
        _die(str(exc))
        raise
    changed = ", ".join(f"{k}: {v['from']!r} → {v['to']!r}" for k, v in saved.changes.items()) or "nothing changed"
    console.print(f"{saved.action} {job_id} by {saved.reviewer} at {str(saved.created_at)[:19]} ({changed})")


@cli.command("export-labels")
def export_labels_cmd(
    kind: str = typer.Option("receipt", help="receipt (default) or listing_qc"),
    out: Path = typer.Option(None, "--out", "-o", help="JSONL file (default: stdout)"),
    include_accepted: bool = typer.Option(False, "--include-accepted", help="also jobs accepted as they were"),
    include_rejected: bool = typer.Option(False, "--include-rejected", help="also rejected inputs (labels empty)"),
    since: str = typer.Option(None, help="only reviews newer than e.g. 7d"),
) -> None:
    """Write reviewed (corrected) jobs as JSONL: image, machine output, corrections, reviewer, time."""
    from tasks.ops.review import export_labels

    if kind not in ("receipt", "listing_qc"):
        _die(f"--kind {kind!r}: choose receipt or listing_qc")
    actions = ["correct"] + (["accept"] if include_accepted else []) + (["reject"] if include_rejected else [])
    after = datetime.now(UTC) - _duration(since) if since else None
    if out is None:
        count = export_labels(_db(), sys.stdout, kind=kind, actions=actions, since=after)
    else:
        partial = out.with_name(out.name + ".partial")
        with partial.open("w", encoding="utf-8") as handle:
            count = export_labels(_db(), handle, kind=kind, actions=actions, since=after)
        partial.replace(out)  # a reader never sees half a file
    err.print(f"exported {count} {kind} label(s){f' to {out}' if out else ''}")


@cli.command()
def stats(
    since: str = typer.Option(None, help="only jobs accepted within e.g. 1h, 30m, 7d (default: all)"),
    exact: bool = typer.Option(False, "--exact", help="scan every job of the window (exact percentiles, slower) "
                               "instead of adding up the hourly rollups"),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Counts by state, approval rate, review reasons and p50/p95 latency by kind, from the database."""
    from tasks.ops.stats import queue_stats

    after = datetime.now(UTC) - _duration(since) if since else None
    data = queue_stats(_db(), since=after, exact=exact)
    if as_json:
        console.print_json(json.dumps(data.as_dict(), default=str))
        return

    def secs(value: float | None) -> str:
        return "-" if value is None else f"{value:.2f}s"

    states = ["queued", "running", "succeeded", "needs_review", "failed"]
    table = Table("kind", *states, "total", "p50", "p95", "run p50", "run p95",
                  title=f"jobs {'since ' + since if since else '(all time)'}")
    for kind_stats in data.kinds.values():
        table.add_row(kind_stats.kind, *[str(kind_stats.by_status.get(s, 0)) for s in states], str(kind_stats.total),
                      secs(kind_stats.latency_p50_s), secs(kind_stats.latency_p95_s),
                      secs(kind_stats.run_p50_s), secs(kind_stats.run_p95_s))
    console.print(table)
    if data.decisions:
        rate = f"{data.approval_rate:.1%}" if data.approval_rate is not None else "-"
        decided = ", ".join(f"{d}={n}" for d, n in sorted(data.decisions.items()))
        console.print(f"listing QC approval rate: {rate} ({decided})")
    for kind_stats in data.kinds.values():
        if kind_stats.review_reasons:
            console.print(f"{kind_stats.kind} review reasons: "
                          + ", ".join(f"{r}={n}" for r, n in kind_stats.review_reasons.items()))
        if kind_stats.error_codes:
            console.print(f"{kind_stats.kind} failures: "
                          + ", ".join(f"{c}={n}" for c, n in kind_stats.error_codes.items()))
    if not data.kinds:
        console.print("no jobs in this window")


@cli.command()
def rollup(
    recompute_since: str = typer.Option(None, "--recompute-since", help="first mark the rollups of e.g. the "
                                        "last 2h as stale (hours pruned from stay as they are)"),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Roll up every hour that is over (what the periodic mmjobs.rollup task does); resumable, safe to repeat."""
    from tasks.jobs import rollups

    engine = _db()
    if recompute_since:
        rollups.mark_stale_since(engine, datetime.now(UTC) - _duration(recompute_since))
    summary = rollups.roll_up(engine, grace=timedelta(seconds=_settings().rollup_grace_s))
    if as_json:
        console.print_json(json.dumps(summary.as_dict()))
        return
    console.print(f"rolled up {summary.hours} hour(s) ({summary.settled} settled, {summary.jobs} job(s)) "
                  f"in {summary.seconds:.1f}s")


@cli.command()
def prune(
    older_than: str = typer.Option(..., "--older-than", help="delete finished jobs older than e.g. 90d"),
    kind: list[str] = typer.Option(None, "--kind", help="only this kind (repeatable): listing_qc, receipt"),
    status_: list[str] = typer.Option(None, "--status", help="only this state (repeatable): succeeded, "
                                      "needs_review, failed (default: all three)"),
    export: str = typer.Option(None, "--export", help="first write them to s3://bucket/prefix/ as gzip JSON lines"),
    include_unreviewed: bool = typer.Option(False, "--include-unreviewed",
                                            help="also needs_review jobs nobody has reviewed"),
    batch_size: int = typer.Option(5000, help="jobs per transaction (and per exported object)"),
    pause_ratio: float = typer.Option(4.0, help="while other sessions are at work in the database, rest after "
                                      "each batch this many times its duration (4: a fifth of the speed, the "
                                      "rest for the workers; 0: never rest); alone it runs flat out"),
    dry_run: bool = typer.Option(False, "--dry-run", help="only count what would be deleted"),
    as_json: bool = typer.Option(False, "--json", help="print the summary as JSON"),
) -> None:
    """Delete old finished jobs with their results, attempts and reviews, in small batches; resumable."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from tasks.jobs.retention import PruneError, PruneRequest
    from tasks.jobs.retention import prune as run_prune

    try:
        request = PruneRequest(older_than=_duration(older_than), kinds=tuple(kind or ()),
                               statuses=tuple(status_ or ()) or PruneRequest.statuses, export=export,
                               include_unreviewed=include_unreviewed, batch_size=batch_size, dry_run=dry_run,
                               pause_ratio=pause_ratio)
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, console=err, transient=False, disable=dry_run) as bar:
            task = bar.add_task("pruning", total=None)
            summary = run_prune(_db(), request, progress=lambda done, total: bar.update(task, completed=done,
                                                                                          total=total))
    except PruneError as exc:
        _die(str(exc))
        raise
    if as_json:
        console.print_json(json.dumps(summary.as_dict()))
        return
    if dry_run:
        console.print(f"{summary.eligible} job(s) finished before {summary.cutoff:%Y-%m-%d %H:%M} UTC would be "
                      "deleted (dry run: nothing changed)")
        return
    children = ("their results, attempts and reviews" if summary.attempts is None else
                f"{summary.results} result(s), {summary.attempts} attempt(s), {summary.reviews} review(s)")
    console.print(f"deleted {summary.jobs} job(s) finished before {summary.cutoff:%Y-%m-%d %H:%M} UTC, with "
                  f"{children}, in {summary.seconds:.1f}s ({summary.jobs_per_s:,.0f} jobs/s"
                  + (f"; rested {summary.paused_s:.1f}s for the other sessions at work" if summary.paused_s else "")
                  + ")")
    if export:
        console.print(f"exported to {len(summary.objects)} object(s) under {export} "
                      f"({summary.exported_bytes / 1e6:.1f} MB gzip)"
                      + (f"; removed {summary.stale_objects_removed} unrecorded object(s) an interrupted run "
                         "left" if summary.stale_objects_removed else ""))


@cli.command()
def flower(
    port: int = typer.Option(5555, help="port to listen on"),
    address: str = typer.Option("0.0.0.0", help="address to listen on"),
    url_prefix: str = typer.Option(None, help="serve under a path, e.g. flower (behind a proxy)"),
    unsafe_no_auth: bool = typer.Option(False, "--unsafe-no-auth",
                                        help="run WITHOUT authentication (a trusted, loopback-only setup)"),
) -> None:
    """Run Flower against the configured broker, behind basic auth from MMJOBS_FLOWER_BASIC_AUTH."""
    settings = _settings()
    env = {k: v for k, v in os.environ.items() if not k.startswith("FLOWER_")}
    if settings.flower_basic_auth is not None and settings.flower_basic_auth.get_secret_value().strip():
        credentials = settings.flower_basic_auth.get_secret_value().strip()
        if any(":" not in pair or pair.startswith(":") for pair in credentials.split(",")):
            _die("MMJOBS_FLOWER_BASIC_AUTH must be user:password (comma-separated for several users)")
        # Passed in the environment, not argv, so the password never shows in `ps`.
        env["FLOWER_BASIC_AUTH"] = credentials
    elif unsafe_no_auth:
        err.print("[yellow]warning:[/yellow] Flower is running WITHOUT authentication (--unsafe-no-auth): anyone "
                  f"who can reach {address}:{port} can see every task's arguments and revoke tasks")
    else:
        _die("Flower not started: set MMJOBS_FLOWER_BASIC_AUTH=user:password (a secret, never defaulted), or pass "
             "--unsafe-no-auth explicitly for a trusted loopback-only setup")
    from tasks.ops.diagnostics import describe_url

    argv = [sys.executable, "-m", "celery", "-A", "workers.app:app", "flower", f"--port={port}",
            f"--address={address}"]
    if url_prefix:
        argv.append(f"--url_prefix={url_prefix}")
    err.print(f"Flower on http://{address}:{port}/ for broker {describe_url(settings.broker_url)}")
    sys.stdout.flush()
    sys.stderr.flush()
    os.execve(sys.executable, argv, env)


def main() -> None:
    try:
        code = cli(standalone_mode=False)  # returns the exit code of typer.Exit instead of exiting
    except Exception as exc:  # noqa: BLE001 - an unreachable service gets a sentence, not a traceback
        import click

        from tasks.ops.diagnostics import explain

        if isinstance(exc, click.exceptions.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        if isinstance(exc, click.exceptions.Abort):
            err.print("aborted")
            sys.exit(1)
        message = explain(exc, _settings())
        if message is None:
            raise
        err.print(f"[red]error:[/red] {message}")
        sys.exit(2)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
