"""A new operator's day, against real processes: bulk submit, metrics, one job through the logs,
the review queue, labelled-data export, stats — and what the CLI says when a service is down.

The tests run in file order and share one stack (tests/tasks/ops/conftest.py): its own Postgres
database and Redis database, one real worker serving /metrics.
"""

from __future__ import annotations

import json
import urllib.request
import uuid
from collections import Counter
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import func, select

from models import Job, ListingQCResult, ReceiptResult, Review, get_engine, session_scope
from tests.fixtures.images import jpeg
from tests.tasks.ops.stack import json_lines, mmjobs, receipt_png

pytestmark = pytest.mark.slow

RECEIPT_LINES = ["Chai Point", "Paid to Chai Point", "Amount: Rs 245.00", "Transaction ID: T2411271234",
                 "27/11/2026 10:32", "Payment successful", "UPI"]


@pytest.fixture(scope="module")
def submitted(ops_env, ops_worker, s3, shared_image_server, clean_product_photo, blurred_product_photo,  # noqa: ANN001
              tmp_path_factory) -> dict:
    """Submit two manifests with --wait, as an operator would; keep what the CLI said."""
    folder = Path(tmp_path_factory.mktemp("manifests"))
    clean = [s3.put(f"ops/{uuid.uuid4()}.jpg", jpeg(clean_product_photo)) for _ in range(2)]
    blurry = shared_image_server.serve(f"/{uuid.uuid4()}.jpg", jpeg(blurred_product_photo))
    missing = f"s3://{s3.bucket}/ops/missing-{uuid.uuid4()}.jpg"
    listing_manifest = folder / "listings.csv"
    listing_manifest.write_text(
        "image,title,description,category,categories\n"
        f"{clean[0]},White mug,350 ml mug,coffee mug,coffee mug|saree|sneakers\n"
        f"{clean[1]},White mug,,coffee mug,\n"
        f"{blurry},Blurry mug,,,\n"
        f"{missing},Gone,,,\n"
        ",a row without an image,,,\n"
    )
    receipts = [s3.put(f"ops/receipt-{uuid.uuid4()}.png", receipt_png(RECEIPT_LINES)) for _ in range(2)]
    receipt_manifest = folder / "receipts.csv"
    receipt_manifest.write_text("image,currency,locale\n" + "".join(f"{r},INR,en-IN\n" for r in receipts))

    listing = mmjobs(ops_env, "submit", "listing-qc", "--from", str(listing_manifest), "--wait", "--timeout", "150")
    receipt = mmjobs(ops_env, "submit", "receipt", "--from", str(receipt_manifest), "--wait", "--timeout", "150")
    return {"listing": listing, "receipt": receipt, "clean": clean, "receipts": receipts, "missing": missing}


def db_counts(env: dict[str, str]) -> Counter:
    with session_scope(get_engine(env["MMJOBS_DATABASE_URL"])) as session:
        return Counter({(k, s): n for k, s, n in session.execute(
            select(Job.kind, Job.status, func.count()).group_by(Job.kind, Job.status))})


def scrape(env: dict[str, str]) -> dict[tuple[str, tuple], float]:
    url = f"http://127.0.0.1:{env['MMJOBS_METRICS_PORT']}/metrics"
    text = urllib.request.urlopen(url, timeout=10).read().decode()
    samples = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return samples


def total(samples: dict, name: str, **labels: str) -> float:
    return sum(v for (n, lbl), v in samples.items() if n == name and set(labels.items()) <= set(lbl))


def test_bulk_submit_shows_a_summary_and_waits_for_every_job(submitted, ops_env):  # noqa: ANN001
    listing = submitted["listing"]
    # One row had no image: it is reported with its line number, the rest are queued; exit 1 flags the bad row.
    assert listing.returncode == 1, listing.stderr
    assert "line 6 skipped" in listing.stderr and "image" in listing.stderr
    assert "4 queued, 1 invalid, 0 failed to queue" in listing.stderr
    job_ids = listing.stdout.split()
    assert len(job_ids) == 4 and all(uuid.UUID(j) for j in job_ids)
    assert "needs_review=2" in listing.stderr and "succeeded=1" in listing.stderr and "failed=1" in listing.stderr
    receipt = submitted["receipt"]
    assert receipt.returncode == 0, receipt.stderr
    assert "2 queued, 0 invalid, 0 failed to queue" in receipt.stderr
    counts = db_counts(ops_env)
    assert counts[("listing_qc", "needs_review")] == 2
    assert counts[("listing_qc", "succeeded")] == 1
    assert counts[("listing_qc", "failed")] == 1
    assert sum(n for (k, _), n in counts.items() if k == "receipt") == 2


def test_worker_metrics_count_what_the_database_says(submitted, ops_env):  # noqa: ANN001
    samples = scrape(ops_env)
    for (kind, status), n in db_counts(ops_env).items():
        assert total(samples, "mmjobs_jobs_total", kind=kind, status=status) == n, (kind, status)
    assert total(samples, "mmjobs_listing_decisions_total", decision="review") == 2
    assert total(samples, "mmjobs_listing_decisions_total", decision="reject") == 1
    assert total(samples, "mmjobs_review_reasons_total", kind="listing_qc", reason="model_untrusted") == 2
    receipt_reasons = total(samples, "mmjobs_review_reasons_total", kind="receipt")
    with session_scope(get_engine(ops_env["MMJOBS_DATABASE_URL"])) as session:
        stored = session.execute(select(ReceiptResult.reasons).join(Job).where(Job.status == "needs_review"))
        assert receipt_reasons == sum(len(r) for (r,) in stored)
    assert total(samples, "mmjobs_job_errors_total", kind="listing_qc", error_code="image_not_found") == 1
    assert total(samples, "mmjobs_queue_wait_seconds_count") == 6
    assert total(samples, "mmjobs_image_fetch_seconds_count", kind="listing_qc") == 4
    assert total(samples, "mmjobs_image_fetch_seconds_count", kind="receipt") == 2
    assert total(samples, "mmjobs_batch_size_sum", engine="clip") >= 2
    assert total(samples, "mmjobs_batch_size_sum", engine="ocr") >= 2
    assert total(samples, "mmjobs_inference_seconds_count", engine="clip") >= 1
    assert total(samples, "mmjobs_inference_seconds_sum", engine="clip") > 0


def test_one_job_can_be_followed_through_the_worker_log(submitted, ops_env, ops_worker):  # noqa: ANN001
    records = [r for r in json_lines(ops_worker.log()) if r.get("event") == "job"]
    for job_id in submitted["listing"].stdout.split():
        mine = [r for r in records if r["job_id"] == job_id]
        assert [r["status"] for r in mine][0] == "running"
        assert mine[-1]["status"] in ("succeeded", "needs_review", "failed")
        for record in mine:
            assert record["kind"] == "listing_qc" and record["attempt"] == 1
            assert record["worker"] == mine[0]["worker"] and ":" in record["worker"]
            assert record["ts"].endswith("+00:00")
        assert mine[-1]["duration_s"] >= 0
    failed = [r for r in records if r["status"] == "failed"]
    assert len(failed) == 1 and failed[0]["error_code"] == "image_not_found" and failed[0]["error"]


def test_review_queue_records_decisions_without_touching_the_machine_output(submitted, ops_env):  # noqa: ANN001
    listed = mmjobs(ops_env, "review", "--json")
    assert listed.returncode == 0, listed.stderr
    queue = json.loads(listed.stdout)
    assert sorted(r["kind"] for r in queue) == ["listing_qc", "listing_qc", "receipt", "receipt"]
    assert all(r["reasons"] for r in queue)
    assert {"model_untrusted"} <= {reason for r in queue if r["kind"] == "listing_qc" for reason in r["reasons"]}
    table = mmjobs(ops_env, "review", "--kind", "receipt")
    assert "2 job(s) waiting for review" in table.stdout

    listing_a, listing_b = [r["job_id"] for r in queue if r["kind"] == "listing_qc"]
    receipt_a, receipt_b = [r["job_id"] for r in queue if r["kind"] == "receipt"]
    engine = get_engine(ops_env["MMJOBS_DATABASE_URL"])
    with session_scope(engine) as session:
        before = session.get(ReceiptResult, receipt_a)
        machine_amount, machine_reasons = before.amount, list(before.reasons)

    bad = mmjobs(ops_env, "review", receipt_a, "--correct", "total=12")
    assert bad.returncode == 2 and "choose from merchant_name, amount" in bad.stderr
    bad = mmjobs(ops_env, "review", receipt_a, "--correct", "date=27/11/2026")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr
    assert mmjobs(ops_env, "review", receipt_a, "--accept", "--reject").returncode == 2

    fixed = mmjobs(ops_env, "review", receipt_a, "--correct", "amount=245.50", "--correct", "merchant_name=Chai Point",
                   "--correct", "transaction_id=T2411271234", "--reviewer", "asha")
    assert fixed.returncode == 0, fixed.stderr
    assert "correct" in fixed.stdout and "asha" in fixed.stdout and "'245.50'" in fixed.stdout
    assert mmjobs(ops_env, "review", receipt_b, "--accept", "--reviewer", "asha").returncode == 0
    assert mmjobs({**ops_env, "USER": "oncall"}, "review", listing_a, "--reject", "--note", "not a mug").returncode == 0
    assert mmjobs(ops_env, "review", listing_b, "--correct", "decision=approve",
                  "--correct", "category=coffee mug", "--reviewer", "asha").returncode == 0

    with session_scope(engine) as session:
        after = session.get(ReceiptResult, receipt_a)
        assert (after.amount, list(after.reasons)) == (machine_amount, machine_reasons)  # untouched
        review = session.execute(select(Review).where(Review.job_id == receipt_a)).scalar_one()
        assert review.action == "correct" and review.reviewer == "asha"
        assert review.corrections["amount"] == "245.50"
        assert review.changes["amount"]["to"] == "245.50"
        assert review.machine_output["reasons"] == machine_reasons
        assert review.created_at is not None
        rejected = session.execute(select(Review).where(Review.job_id == listing_a)).scalar_one()
        assert rejected.action == "reject" and rejected.reviewer == "oncall" and rejected.note == "not a mug"
        assert session.get(Job, receipt_a).status == "needs_review"  # the machine's record stays
    assert json.loads(mmjobs(ops_env, "review", "--json").stdout) == []
    assert len(json.loads(mmjobs(ops_env, "review", "--all", "--json").stdout)) == 4


def test_corrected_receipts_export_as_labelled_jsonl(submitted, ops_env, tmp_path):  # noqa: ANN001
    out = tmp_path / "labels.jsonl"
    done = mmjobs(ops_env, "export-labels", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "exported 1 receipt label(s)" in done.stderr
    (record,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert record["image"] in submitted["receipts"]
    assert record["corrected_fields"]["amount"] == "245.50"
    assert record["labels"]["amount"] == "245.50" and record["labels"]["merchant_name"] == "Chai Point"
    assert record["machine_output"]["extractor"] == "ocr" and "reasons" in record["machine_output"]
    assert record["reviewer"] == "asha" and record["reviewed_at"]
    both = mmjobs(ops_env, "export-labels", "--include-accepted")
    assert len(both.stdout.splitlines()) == 2
    listing = mmjobs(ops_env, "export-labels", "--kind", "listing_qc")
    (label,) = [json.loads(line) for line in listing.stdout.splitlines()]
    assert label["labels"]["decision"] == "approve" and label["labels"]["category"] == "coffee mug"


def test_stats_on_postgres_match_the_jobs(submitted, ops_env):  # noqa: ANN001
    done = mmjobs(ops_env, "stats", "--since", "1h", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    for (kind, status), n in db_counts(ops_env).items():
        assert data["kinds"][kind]["by_status"][status] == n
    listing = data["kinds"]["listing_qc"]
    assert listing["review_reasons"]["model_untrusted"] == 2
    assert listing["error_codes"] == {"image_not_found": 1}
    assert 0 < listing["latency_p50_s"] <= listing["latency_p95_s"] < 300
    assert data["decisions"] == {"review": 2, "reject": 1} and data["approval_rate"] == 0
    text = mmjobs(ops_env, "stats", "--since", "1h")
    assert "listing_qc" in text.stdout and "approval rate: 0.0%" in text.stdout and "model_untrusted=2" in text.stdout
    assert "no jobs in this window" in mmjobs(ops_env, "stats", "--since", "0s").stdout


def test_unreachable_services_get_an_actionable_message(ops_env, tmp_path):  # noqa: ANN001
    down_pg = {**ops_env, "MMJOBS_DATABASE_URL": "postgresql+psycopg://mmjobs:secret@127.0.0.1:1/mmjobs"}
    done = mmjobs(down_pg, "stats")
    assert done.returncode == 2
    assert "cannot reach the database at postgresql+psycopg://mmjobs@127.0.0.1:1/mmjobs (MMJOBS_DATABASE_URL)" \
        in done.stderr
    assert "secret" not in done.stderr and "Traceback" not in done.stderr
    down_redis = {**ops_env, "MMJOBS_BROKER_URL": "redis://127.0.0.1:1/0"}
    done = mmjobs(down_redis, "submit", "receipt", "s3://bucket/r.png", timeout=120)
    assert done.returncode == 2
    assert "cannot reach the broker at redis://127.0.0.1:1/0 (MMJOBS_BROKER_URL)" in done.stderr
    assert "Traceback" not in done.stderr
    unmigrated = {**ops_env, "MMJOBS_DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}"}
    done = mmjobs(unmigrated, "review")
    assert done.returncode == 2 and "run `mmjobs migrate`" in done.stderr


def test_dashboard_and_scrape_config_use_metrics_the_worker_serves(submitted, ops_env):  # noqa: ANN001
    import re

    text = urllib.request.urlopen(f"http://127.0.0.1:{ops_env['MMJOBS_METRICS_PORT']}/metrics", timeout=10).read()
    declared = {re.sub(r"_total$", "", n) for n in re.findall(r"^# TYPE (mmjobs_[a-z_]+) ", text.decode(), flags=re.M)}
    dashboard = (Path(__file__).resolve().parents[3] / "deploy" / "grafana" / "mmjobs.json").read_text()
    used = {re.sub(r"_(total|bucket|count|sum)$", "", name) for name in re.findall(r"mmjobs_[a-z_]+", dashboard)}
    assert used and used <= declared, used - declared
    scrape_config = (Path(__file__).resolve().parents[3] / "deploy" / "prometheus.yml").read_text()
    assert "worker:9808" in scrape_config and "flower:5555" in scrape_config


def test_stats_work_on_sqlite_too(ops_env, tmp_path):  # noqa: ANN001
    from models import JobStatus
    from tasks.jobs import lifecycle

    url = f"sqlite:///{tmp_path / 'embedded.sqlite3'}"
    env = {**ops_env, "MMJOBS_DATABASE_URL": url}
    assert mmjobs(env, "migrate").returncode == 0
    engine = get_engine(url)
    for i, (status, decision) in enumerate([("succeeded", "approve"), ("succeeded", "reject"),
                                            ("needs_review", "review")]):
        job_id = f"job-{i}"
        lifecycle.record_queued(engine, job_id=job_id, kind="listing_qc", payload={"image": "s3://b/k.jpg"})
        claim = lifecycle.claim(engine, job_id=job_id, kind="listing_qc", payload={}, worker="w:1", lease_s=60,
                                max_attempts=3)
        row = ListingQCResult(job_id=job_id, decision=decision, approved=decision == "approve", confidence=0.9,
                              reasons=["blurry"] if decision != "approve" else [], model_id="m", model_trusted=True,
                              policy_name="default", policy_version="1")
        with session_scope(engine) as session:
            lifecycle.finish(session, job_id=job_id, attempt=claim.attempt, status=JobStatus(status), result=row)
    done = mmjobs(env, "stats", "--since", "1h", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["kinds"]["listing_qc"]["by_status"] == {"succeeded": 2, "needs_review": 1}
    assert data["kinds"]["listing_qc"]["review_reasons"] == {"blurry": 1}
    assert abs(data["approval_rate"] - 1 / 3) < 1e-9
    assert data["kinds"]["listing_qc"]["latency_p95_s"] is not None
