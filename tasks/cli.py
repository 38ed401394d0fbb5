"""The ``mmjobs`` command: run workers, submit jobs, read verdicts, retry failures, run the demo."""

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
    device: str = typer.Option(None, help="auto, cpu, cuda, cuda:1 …"),
    dtype: str = typer.Option(None, help="auto, float32, float16, bfloat16"),
    loglevel: str = typer.Option("INFO"),
    hostname: str = typer.Option(None, "--hostname", "-n"),
) -> None:
    """Run a worker: load the models for its queues once, then consume jobs."""
    _apply_overrides(queues=queues, worker_pool=pool, worker_concurrency=concurrency, max_batch_size=max_batch_size,
                     max_wait_ms=max_wait_ms, device=device, dtype=dtype)
    from tasks.joblog import configure_logging
    from workers.app import app, configure
    from workers.errors import ModelUnavailable
    from workers.runtime import get_runtime

    settings = _settings()
    configure(app, settings)
    configure_logging(loglevel)
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
def migrate() -> None:
    """Bring the database schema to the newest migration."""
    from models.migrate import upgrade_to_head

    upgrade_to_head(_settings().database_url)
    console.print("schema is at head")


# ---- submit -----------------------------------------------------------------------------------


@submit_cli.command("listing-qc")
def submit_listing_qc(
    image: str,
    title: str = typer.Option("", help="listing title"),
    description: str = typer.Option("", help="listing description"),
    category: str = typer.Option(None, help="the seller's declared category"),
    categories: str = typer.Option(None, help="comma-separated candidate categories"),
    policy: str = typer.Option(None),
    job_id: str = typer.Option(None, help="your own UUID (idempotency key)"),
    wait: bool = typer.Option(False, "--wait", help="wait for the verdict and print it"),
    timeout: float = typer.Option(300, help="seconds to wait with --wait"),
) -> None:
    """Queue a product photo (s3://, https:// or a local path when allowed)."""
    from tasks.producer import enqueue_listing_qc

    job = _enqueue(lambda: enqueue_listing_qc(
        image, title=title, description=description, category=category,
        categories=[c.strip() for c in categories.split(",")] if categories else None, policy=policy, job_id=job_id))
    _after_submit([job], wait, timeout)


@submit_cli.command("receipt")
def submit_receipt(
    image: str,
    extractor: str = typer.Option(None, help="vlm, ocr or hybrid"),
    currency: str = typer.Option(None, help="expected ISO currency, e.g. INR"),
    locale: str = typer.Option(None, help="e.g. en-IN (settles DD/MM vs MM/DD)"),
    job_id: str = typer.Option(None),
    wait: bool = typer.Option(False, "--wait"),
    timeout: float = typer.Option(300),
) -> None:
    """Queue a receipt image for parsing."""
    from tasks.producer import enqueue_receipt

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
        _die(f"could not queue the job: {exc} (check MMJOBS_DATABASE_URL and MMJOBS_BROKER_URL)")
    raise AssertionError


def _after_submit(job_ids: list[str], wait: bool, timeout: float) -> None:
    for job_id in job_ids:
        console.print(job_id)
    if wait:
        finished = wait_for_jobs(job_ids, timeout)
        for job_id in job_ids:
            _print_result(job_id, as_json=False)
        if not finished:
            _die(f"not finished after {timeout:.0f}s; is a worker running for this queue?", code=3)


def wait_for_jobs(job_ids: list[str], timeout: float) -> bool:
    """Poll the database until every job is terminal or the timeout passes."""
    from sqlalchemy import func, select

    from models import TERMINAL_STATUSES, Job, session_scope

    deadline = time.monotonic() + timeout
    terminal = [s.value for s in TERMINAL_STATUSES]
    while time.monotonic() < deadline:
        with session_scope(_db()) as session:
            done = session.execute(
                select(func.count()).select_from(Job).where(Job.id.in_(job_ids), Job.status.in_(terminal))
            ).scalar_one()
        if done == len(job_ids):
            return True
        time.sleep(0.5)
    return False


# ---- read -------------------------------------------------------------------------------------


def job_view(job_id: str) -> dict[str, Any] | None:
    """A job, its attempts and its result as plain data."""
    from sqlalchemy import select

    from models import Job, JobAttempt, ListingQCResult, ReceiptResult, session_scope

    with session_scope(_db()) as session:
        job = session.get(Job, job_id)
        if job is None:
            return None
        attempts = session.execute(
            select(JobAttempt).where(JobAttempt.job_id == job_id).order_by(JobAttempt.id)
        ).scalars().all()
        result_model = ListingQCResult if job.kind == "listing_qc" else ReceiptResult
        result = session.get(result_model, job_id)
        view: dict[str, Any] = {
            "job_id": job.id, "kind": job.kind, "status": job.status, "attempts": job.attempts,
            "error_code": job.error_code, "error_message": job.error_message, "worker": job.worker,
            "created_at": job.created_at, "finished_at": job.finished_at, "input": job.input,
            "history": [{"attempt": a.attempt, "worker": a.worker, "outcome": a.outcome, "error_code": a.error_code,
                         "error_message": a.error_message, "started_at": a.started_at} for a in attempts],
            "result": None,
        }
        if result is not None:
            view["result"] = {c.key: getattr(result, c.key) for c in result.__table__.columns if c.key != "job_id"}
        return json.loads(json.dumps(view, default=str))


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
    view = job_view(job_id)
    if view is None:
        _die(f"no job {job_id}")
    assert view is not None
    line = f"{view['job_id']}  {view['kind']}  [bold]{view['status']}[/bold]  attempts={view['attempts']}"
    if view["error_code"]:
        line += f"  {view['error_code']}: {view['error_message']}"
    console.print(line)


def _list_jobs(status_value: str, kind: str | None, limit: int) -> None:
    from sqlalchemy import select

    from models import Job, session_scope

    with session_scope(_db()) as session:
        query = select(Job).where(Job.status == status_value).order_by(Job.updated_at.desc()).limit(limit)
        if kind:
            query = query.where(Job.kind == kind)
        jobs = session.execute(query).scalars().all()
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
    view = job_view(job_id)
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
    from tasks.lifecycle import requeue_for_operator
    from tasks.recovery import send_job

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
    from tasks.celery_tasks import policy_store
    from tasks.contracts import ListingQCPayload
    from tasks.listing_qc import check_listing
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
        img = load_image(image, settings)
        runtime = get_runtime()
        engine = runtime.engine("clip")
        verdict = check_listing(img, payload, policy_store(settings).get(policy), run_clip=runtime.batcher("clip").run,
                                model_trusted=engine.trusted, tesseract_cmd=settings.tesseract_cmd)
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
    from tasks.celery_tasks import receipt_rules
    from tasks.receipt_schema import ReceiptHints
    from tasks.receipts import parse_receipt
    from workers.errors import JobError
    from workers.images import load_image
    from workers.runtime import get_runtime

    if "://" not in image:
        _apply_overrides(allow_local_paths="true")
    settings = _settings()
    chosen = extractor or settings.receipt_extractor
    hints = ReceiptHints(currency=currency, locale=locale) if (currency or locale) else None
    try:
        img = load_image(image, settings)
        runtime = get_runtime()
        run_vlm = None
        if chosen in ("vlm", "hybrid"):
            from workers.engines.vlm import VLMRequest

            batcher = runtime.batcher("vlm")

            def run_vlm(i: Any, h: Any) -> Any:
                return batcher.run(VLMRequest(image=i, hints=h.model_dump() if h else None))

        verdict = parse_receipt(img, extractor=chosen, run_ocr=runtime.batcher("ocr").run, run_vlm=run_vlm,
                                rules=receipt_rules(settings), hints=hints)
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
    from tasks.demo import run_demo

    sys.exit(run_demo(folder, keep=keep))


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
