"""The bulk path: a manifest of photos becomes shard tasks, so per-message overhead is paid once per shard.

``submit_backfill`` reads a manifest (CSV as in ``tasks/jobs/manifest.py``, or JSON lines with the
same keys), records every line as a ``queued`` job in bulk (ids come from the manifest or are
derived from (manifest, line), so submitting the same manifest again is a no-op for finished
jobs), and only then sends ``mmjobs.listing_qc_shard`` messages of up to ``shard_size`` jobs.

A shard works through its jobs a chunk (``shard_chunk_size`` jobs) at a time: claim the chunk at once (``lifecycle.claim_jobs``) (jobs
already terminal, or running under another worker's live lease, are skipped), fetch, decode and
measure the photos in the worker's photo processes (``workers/photo_processes.py``; in threads
when there are none), run CLIP for the whole chunk through the worker's one ``Batcher``
(``run_many``), judge each photo with the same ``check_listing`` as the online path, and
commit the chunk's results and states in one transaction (``finish_many``). A shard that
dies midway loses at most the chunk in flight: its finished chunks are terminal rows, which
a redelivered shard skips, and the lost chunk's leases expire so it is claimed again.
"""

from __future__ import annotations

import json
import logging
import os
import time
import uuid
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from models import TERMINAL_STATUSES, Job, JobStatus, get_engine, session_scope
from models.base import utcnow
from tasks.jobs import lifecycle
from tasks.jobs.contracts import ListingQCPayload, parse_payload, safe_job_id, truncated_input
from tasks.jobs.joblog import log_transition
from tasks.jobs.manifest import COLUMNS, ManifestRow, read_manifest
from tasks.jobs.lifecycle import FinishItem, finish_many
from tasks.jobs.retry import Retry, retry_delay, retry_or_fail
from tasks.listing_qc.check import check_listing, clip_request, decode_target, working_copy
from tasks.listing_qc.handler import listing_qc_outcome, policy_store
from tasks.listing_qc.pixel_checks import measure_pixels
from workers import errors
from workers.app import LISTING_QC_TASK, app
from workers.errors import InvalidPayload, JobError, PermanentJobError, TransientJobError, as_job_error
from workers.images import decode_image, fetch_image_bytes, load_image
from workers.photo_processes import child_settings, discard, photo_pool, photo_process_count
from workers.runtime import get_runtime
from workers.settings import Settings, get_settings

log = logging.getLogger(__name__)

SHARD_TASK = "mmjobs.listing_qc_shard"
SHARD_QUEUE = "listing_qc"
DEFAULT_SHARD_SIZE = 256
_NAMESPACE = uuid.UUID("6f1d9a8e-3c2b-5e47-9a10-b7c4d2e8f013")


# ---- submit -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class BackfillSubmitted:
    """What one ``submit_backfill`` did."""

    jobs: int  # lines read
    sent: int  # jobs sent in shards (not yet terminal)
    shards: int
    already_finished: int
    invalid: int
    job_ids: list[str]


def job_id_for(manifest_key: str, line: int) -> str:
    """A job id that is the same every time this manifest line is submitted."""
    return str(uuid.uuid5(_NAMESPACE, f"{manifest_key}:{line}"))


def manifest_rows(path: Path) -> list[ManifestRow]:
    """Validated rows of a CSV or JSON-lines (``.jsonl``/``.ndjson``) manifest."""
    if path.suffix.lower() not in (".jsonl", ".ndjson"):
        return read_manifest("listing_qc", path)
    rows: list[ManifestRow] = []
    allowed = set(COLUMNS["listing_qc"])
    with path.open(encoding="utf-8") as handle:
        for line_no, text in enumerate(handle, start=1):
            if not text.strip():
                continue
            try:
                data = json.loads(text)
                if not isinstance(data, dict):
                    raise ValueError("each line must be a JSON object")
                unknown = sorted(set(data) - allowed)
                if unknown:
                    raise ValueError(f"unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}")
                payload = {k: v for k, v in data.items() if v not in (None, "")}
                parse_payload("listing_qc", payload)
            except (ValueError, InvalidPayload) as exc:
                rows.append(ManifestRow(line_no, None, str(exc)))
                continue
            rows.append(ManifestRow(line_no, payload))
    return rows


def submit_backfill(path: Path, *, shard_size: int = DEFAULT_SHARD_SIZE, manifest_id: str | None = None,
                    settings: Settings | None = None) -> BackfillSubmitted:
    """Record every manifest line as a job (committed), then send shards of the unfinished ones."""
    if shard_size < 1:
        raise ValueError("shard_size must be at least 1")
    settings = settings or get_settings()
    key = manifest_id or str(path.resolve())
    rows = manifest_rows(path)
    now = utcnow()
    queued: list[dict[str, Any]] = []
    invalid: list[dict[str, Any]] = []
    for row in rows:
        job_id = (row.payload or {}).get("job_id") or job_id_for(key, row.line)
        job_id = str(uuid.UUID(job_id)) if row.payload else job_id
        if row.payload is not None:
            stored = parse_payload("listing_qc", row.payload).model_dump(mode="json", exclude_none=True)
            queued.append({"id": job_id, "kind": "listing_qc", "status": JobStatus.QUEUED, "attempts": 0,
                           "input": stored | {"job_id": job_id}, "created_at": now, "updated_at": now})
        else:
            invalid.append({"id": job_id, "kind": "listing_qc", "status": JobStatus.FAILED, "attempts": 0,
                            "input": {"manifest": key, "line": row.line}, "error_code": "invalid_payload",
                            "error_message": f"manifest line {row.line}: {row.error}", "created_at": now,
                            "updated_at": now, "finished_at": now})
    engine = get_engine(settings.database_url)
    ids = [r["id"] for r in queued]
    with session_scope(engine) as session:
        for group in (queued, invalid):  # one multi-row INSERT takes its columns from its first row
            for batch in _chunks(group, 1000):
                session.execute(lifecycle.dialect_insert(session, Job).values(batch).on_conflict_do_nothing())
    terminal = [s.value for s in TERMINAL_STATUSES]
    with session_scope(engine) as session:
        finished = set()
        for batch in _chunks(ids, 5000):
            finished |= set(session.execute(select(Job.id).where(Job.id.in_(batch), Job.status.in_(terminal))).scalars())
    pending = [r["input"] for r in queued if r["id"] not in finished]
    shards = list(_chunks(pending, shard_size))
    for shard in shards:
        shard_id = str(uuid.uuid5(_NAMESPACE, f"{key}:shard:{shard[0]['job_id']}:{len(shard)}"))
        app.send_task(SHARD_TASK, kwargs={"jobs": shard}, task_id=shard_id, queue=SHARD_QUEUE,
                      routing_key=SHARD_QUEUE)
    return BackfillSubmitted(jobs=len(rows), sent=len(pending), shards=len(shards), already_finished=len(finished),
                             invalid=len(invalid), job_ids=ids + [r["id"] for r in invalid])


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


# ---- run a shard ------------------------------------------------------------------------------


_pool: ThreadPoolExecutor | None = None
_pool_pid: int | None = None


def _shared_pool() -> ThreadPoolExecutor:
    """Threads for fetching, decoding and pixel checks (I/O and numpy release the GIL)."""
    global _pool, _pool_pid
    if _pool is None or _pool_pid != os.getpid():
        _pool = ThreadPoolExecutor(max_workers=max(4, 2 * (os.cpu_count() or 2)), thread_name_prefix="shard")
        _pool_pid = os.getpid()
    return _pool


def run_shard(task: Any, raw_jobs: list[dict[str, Any]]) -> dict[str, Any]:
    """Judge a shard's photos chunk by chunk; return counts for Flower."""
    runtime = get_runtime()
    settings = runtime.settings
    counts: dict[str, int] = {}
    started = time.monotonic()
    for chunk in _chunks(raw_jobs, settings.shard_chunk_size):
        for status, n in _run_chunk(task, runtime, chunk).items():
            counts[status] = counts.get(status, 0) + n
    log.info("shard of %d jobs done in %.1fs: %s", len(raw_jobs), time.monotonic() - started, counts)
    return {"jobs": len(raw_jobs), **counts}


@dataclass
class _Work:
    job_id: str
    stored: dict[str, Any]
    payload: ListingQCPayload | None
    error: JobError | None
    attempt: int = 0
    image: Any = None
    metrics: Any = None  # PixelMetrics, when a photo process measured the photo
    policy: Any = None


def _run_chunk(task: Any, runtime: Any, chunk: Sequence[dict[str, Any]]) -> dict[str, int]:
    settings = runtime.settings
    works: list[_Work] = []
    for raw in chunk:
        job_id = safe_job_id(raw, fallback=str(uuid.uuid4()))
        try:
            payload = parse_payload("listing_qc", raw)
            assert isinstance(payload, ListingQCPayload)
            works.append(_Work(job_id, payload.model_dump(mode="json", exclude_none=True) | {"job_id": job_id},
                               payload, None))
        except InvalidPayload as exc:
            works.append(_Work(job_id, truncated_input(raw), None, exc))
    try:
        claims = lifecycle.claim_jobs(runtime.db, [(w.job_id, w.stored) for w in works], kind="listing_qc",
                                      worker=runtime.name, lease_s=settings.lease_s, max_attempts=settings.max_attempts)
    except DBAPIError as exc:
        raise _retry_shard(task, chunk, settings, f"database unavailable at claim: {exc}") from exc
    counts: dict[str, int] = {}
    running: list[_Work] = []
    seen: set[str] = set()
    for w in works:
        claim = claims[w.job_id]
        if w.job_id in seen:  # a manifest that lists one job id twice runs it once
            counts["skipped_duplicate"] = counts.get("skipped_duplicate", 0) + 1
            continue
        seen.add(w.job_id)
        if claim.outcome == lifecycle.ClaimOutcome.RUN:
            w.attempt = claim.attempt
            running.append(w)
            runtime.job_started(w.job_id)
        else:
            counts[f"skipped_{claim.outcome}"] = counts.get(f"skipped_{claim.outcome}", 0) + 1
    try:
        items = _judge(runtime, running)
        try:
            with session_scope(runtime.db) as session:  # jobs sent back to the queue are not finished
                finish_many(session, [i for i in items if i.status != JobStatus.QUEUED])
        except DBAPIError as exc:
            # The claimed jobs keep their leases until they expire; a redelivered shard then claims them again.
            raise _retry_shard(task, chunk, settings, f"database unavailable at finish: {exc}") from exc
    finally:
        for w in running:
            runtime.job_ended(w.job_id)
    for w, item in zip(running, items, strict=True):
        log_transition(w.job_id, "listing_qc", item.status, attempt=w.attempt, worker=runtime.name,
                       error_code=item.error_code, event="shard")
        counts[str(item.status)] = counts.get(str(item.status), 0) + 1
    return counts


def _judge(runtime: Any, works: list[_Work]) -> list[FinishItem]:
    """Photos in the photo processes, CLIP in shared batches, policy in parallel threads; one FinishItem per job."""
    settings = runtime.settings
    pool = _shared_pool()
    store = policy_store(settings)
    for w in works:
        if w.error is None:
            assert w.payload is not None
            try:
                w.policy = store.get(w.payload.policy)
            except Exception as exc:  # noqa: BLE001 - one bad policy file fails its jobs, not the shard
                w.error = as_job_error(exc)
    clip = runtime.engine("clip")
    fetch_photos([w for w in works if w.error is None], settings, model_side=clip.image_side)
    ready = [w for w in works if w.error is None]
    embeddings = runtime.batcher("clip").run_many(
        [clip_request(w.image, w.payload, w.policy) for w in ready])  # type: ignore[arg-type]

    def judge(pair: tuple[_Work, Any]) -> FinishItem:
        w, emb = pair
        try:
            verdict = check_listing(w.image, w.payload, w.policy, run_clip=lambda _request: emb,  # type: ignore[arg-type]
                                    model_trusted=clip.trusted, tesseract_cmd=settings.tesseract_cmd, metrics=w.metrics,
                                    model_side=clip.image_side)
            outcome = listing_qc_outcome(w.payload, verdict, clip)  # type: ignore[arg-type]
            return FinishItem(w.job_id, w.attempt, outcome.status, outcome.result)
        except Exception as exc:  # noqa: BLE001 - one bad photo fails its job, not the shard
            w.error = as_job_error(exc)
        return _failed_item(runtime, w)

    judged = dict(zip((w.job_id for w in ready), pool.map(judge, zip(ready, embeddings, strict=True)), strict=True))
    for w in works:
        w.image = w.metrics = None  # let the chunk's pixels go before the next chunk decodes
    return [judged[w.job_id] if w.job_id in judged else _failed_item(runtime, w) for w in works]


def fetch_photos(works: Sequence[_Work], settings: Settings, *, model_side: int = 224) -> None:
    """Give each work its photo (and, from a photo process, its pixel metrics), or its error.

    The photo is the ``working_copy`` the checks and a model resizing to ``model_side`` px share,
    decoded no larger than they need.
    """
    if photo_process_count(settings) == 0:
        list(_shared_pool().map(lambda w: _fetch_here(w, settings, model_side), works))
        return
    unfinished = list(works)
    for tries_left in (1, 0):
        pool = photo_pool(settings)
        assert pool is not None
        unfinished = _fetch_in(pool, unfinished, settings, model_side)
        if not unfinished:
            return
        # A photo process died (a decoder crash, the OOM killer), and the pool with it: every chunk in
        # flight lost its photos, not only the guilty one's. Once more in fresh processes; then the rest
        # go back to the online path one job each, where a poison photo is found and stopped alone.
        discard(pool)
        log.warning("photo processes died with %d photos of a chunk in flight; %s", len(unfinished),
                    "trying them once more" if tries_left else "sending them back one job each")
    for w in unfinished:
        w.error = TransientJobError("the photo processes died twice while this photo's chunk was in them; "
                                    "it is retried on its own", code="photo_process_died")


def _fetch_in(pool: Any, works: list[_Work], settings: Settings, model_side: int = 224) -> list[_Work]:
    """One message per photo process for the chunk; returns the works whose message did not come back.

    A message's photos are recorded the moment it comes back, so a pool that dies later costs them nothing.
    """
    count = photo_process_count(settings)
    parts = [works[i::count] for i in range(count) if works[i::count]]
    sent: dict[Future[Any], int] = {}
    lost: set[int] = set()
    for n, part in enumerate(parts):
        try:
            sent[pool.submit(fetch_and_measure, [(w.payload.image, w.policy.detect_overlay_text,  # type: ignore[union-attr]
                                                  settings.tesseract_cmd, settings.overlay_text_reader, model_side)
                                                 for w in part])] = n
        except Exception:  # noqa: BLE001 - a broken or shut-down pool: this message was not sent
            lost.add(n)
    for future in as_completed(sent):
        n = sent[future]
        try:
            results = future.result()
        except Exception:  # noqa: BLE001 - BrokenProcessPool, or cancelled by a pool restart
            lost.add(n)
            continue
        for w, (image, metrics, failure) in zip(parts[n], results, strict=True):
            w.image, w.metrics = image, metrics
            if failure is not None:
                w.error = _rebuilt(*failure)
    return [w for n in sorted(lost) for w in parts[n]]


def fetch_and_measure(requests: list[tuple[str, bool, str, str, int]]) -> list[tuple[Any, Any, tuple[str, str, str] | None]]:
    """In a photo process: each photo's working copy with its pixel metrics, or its error's class, message and code.

    The downloads of a message run side by side (they wait on the network, not on the CPU); decoding and
    measuring then take one photo at a time.
    """
    settings = child_settings()
    fetched = list(_child_fetchers().map(lambda r: _bytes_or_failure(r[0], settings), requests))
    out: list[tuple[Any, Any, tuple[str, str, str] | None]] = []
    for (_, detect_overlay_text, tesseract_cmd, reader, model_side), data in zip(requests, fetched, strict=True):
        if isinstance(data, tuple):  # the download failed: its failure as it was reported
            out.append((None, None, data))
            continue
        try:
            image = working_copy(decode_image(data, settings, target=decode_target(model_side)), model_side)
            out.append((image, measure_pixels(image, detect_overlay_text=detect_overlay_text,
                                              tesseract_cmd=tesseract_cmd, overlay_text_reader=reader), None))
        except Exception as exc:  # noqa: BLE001 - one bad photo fails its job, not the shard
            out.append((None, None, _failure(exc)))
    return out


_fetchers: ThreadPoolExecutor | None = None


def _child_fetchers() -> ThreadPoolExecutor:
    global _fetchers
    if _fetchers is None:
        _fetchers = ThreadPoolExecutor(max_workers=8, thread_name_prefix="fetch")
    return _fetchers


def _bytes_or_failure(ref: str, settings: Settings) -> bytes | tuple[str, str, str]:
    try:
        return fetch_image_bytes(ref, settings)
    except Exception as exc:  # noqa: BLE001
        return _failure(exc)


def _failure(exc: Exception) -> tuple[str, str, str]:
    error = as_job_error(exc)
    return type(error).__name__, error.message, error.code


def _rebuilt(name: str, message: str, code: str) -> JobError:
    """The job error a photo process reported (exceptions with keyword arguments do not pickle whole)."""
    kind = getattr(errors, name, PermanentJobError)
    if not (isinstance(kind, type) and issubclass(kind, JobError)):
        kind = PermanentJobError
    return kind(message, code=code)


def _fetch_here(w: _Work, settings: Settings, model_side: int) -> None:

    try:
        image = load_image(w.payload.image, settings, target=decode_target(model_side))  # type: ignore[union-attr]
        w.image = working_copy(image, model_side)
    except Exception as exc:  # noqa: BLE001 - one bad photo fails its job, not the shard
        w.error = as_job_error(exc)


def _failed_item(runtime: Any, w: _Work) -> FinishItem:
    """A job of the shard that failed: permanent errors end it; transient ones go back to the online path."""
    error = w.error
    assert error is not None
    decision = retry_or_fail(error, w.attempt, runtime.settings)
    if isinstance(decision, Retry):
        lifecycle.release_for_retry(runtime.db, job_id=w.job_id, attempt=w.attempt, code=error.code,
                                    message=error.message)
        app.send_task(LISTING_QC_TASK, kwargs=w.stored, task_id=w.job_id, queue=SHARD_QUEUE, routing_key=SHARD_QUEUE,
                      countdown=decision.countdown)
        return FinishItem(w.job_id, w.attempt, JobStatus.QUEUED)  # released and re-sent: not to be finished
    return FinishItem(w.job_id, w.attempt, JobStatus.FAILED, None, decision.code, decision.message)


def _retry_shard(task: Any, chunk: Sequence[dict[str, Any]], settings: Any, why: str) -> Exception:
    retries = (task.request.retries or 0) + 1
    log.warning("shard: %s; sending it again", why)
    return task.retry(kwargs={"jobs": list(task.request.kwargs.get("jobs", chunk))},
                      countdown=retry_delay(retries, settings), max_retries=None, exc=TransientJobError(why))
