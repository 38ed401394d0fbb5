"""Settings for producers and workers, read once from ``MMJOBS_*`` environment variables.

The defaults are the embedded deployment (SQLite for results, a SQLite-backed broker);
production sets ``MMJOBS_DATABASE_URL`` (Postgres) and ``MMJOBS_BROKER_URL`` (Redis).
S3 credentials, region and endpoint are boto3's own variables (``AWS_ACCESS_KEY_ID``,
``AWS_SECRET_ACCESS_KEY``, ``AWS_DEFAULT_REGION``, ``AWS_ENDPOINT_URL``), so MinIO works
without settings of ours. Secrets are never defaults.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from pydantic import field_validator
from typing import Annotated

PACKAGED_POLICY_DIR = Path(__file__).resolve().parent.parent / "tasks" / "policies"


class Settings(BaseSettings):
    """Everything a deployment can change; frozen so no code mutates it mid-flight."""

    model_config = SettingsConfigDict(env_prefix="MMJOBS_", frozen=True, extra="ignore")

    # Where jobs and results live.
    database_url: str = "sqlite:///mmjobs.sqlite3"
    database_pool_size: int = 5
    database_max_overflow: int = 5
    broker_url: str = "sqla+sqlite:///mmjobs-broker.sqlite3"

    # Celery delivery: late acks, visibility timeout and our own attempt limit.
    visibility_timeout_s: int = 3600
    max_attempts: int = Field(default=3, ge=1)
    retry_backoff_s: float = 2.0
    retry_backoff_max_s: float = 300.0
    lease_s: int = 120
    # A job still ``queued`` this long after its last change lost its message (e.g. Redis restarted
    # without its append-only file); a live worker sends it again (0 disables). Longer than any backlog.
    resend_queued_after_s: int = 3600
    task_time_limit_s: int = 600

    # Worker process.
    worker_pool: Literal["threads", "solo", "prefork"] = "threads"
    worker_concurrency: int = 16
    prefetch_multiplier: int = 1
    queues: Annotated[list[str], NoDecode] = ["listing_qc", "receipts"]

    # Models.
    clip_model: str = "openai/clip-vit-base-patch32"
    clip_revision: str | None = None
    vlm_model: str = "llava-hf/llava-v1.6-mistral-7b-hf"
    vlm_revision: str | None = None
    vlm_max_new_tokens: int = 256
    receipt_extractor: Literal["vlm", "ocr", "hybrid"] = "hybrid"
    device: str = "auto"
    dtype: Literal["auto", "float32", "float16", "bfloat16"] = "auto"
    # torch's intra-op threads per worker process, set once when the worker loads its first engine. Unset:
    # 1 when the model runs on CUDA (the CPU only preprocesses photos, in every task thread at once, and each
    # thread's torch would start a pool of one thread per core: oversubscribed, spin-waiting), torch's own
    # default (one per core) on the CPU, where the forward pass uses them; 0: torch's default everywhere.
    # BENCHMARKS.md "torch threads" has the numbers.
    torch_threads: int | None = Field(default=None, ge=0)
    max_batch_size: int = Field(default=32, ge=1)
    max_wait_ms: float = Field(default=10.0, ge=0)
    # Bulk path: processes that fetch, decode and measure photos (workers/photo_processes.py);
    # unset: one per CPU core; 0: in the shard's threads.
    photo_processes: int | None = Field(default=None, ge=0)
    # Bulk path: jobs a shard claims, judges and commits together (the model still sees batches of
    # max_batch_size); a shard killed midway redoes at most this many.
    shard_chunk_size: int = Field(default=64, ge=1)
    allow_random_models: bool = False

    # Policies.
    policy_dir: Path = PACKAGED_POLICY_DIR
    default_policy: str = "default"

    # Image inputs.
    max_image_bytes: int = 20 * 1024 * 1024
    max_image_pixels: int = 40_000_000
    allow_local_paths: bool = False
    fetch_allow_hosts: Annotated[list[str], NoDecode] = []
    fetch_connect_timeout_s: float = 3.0
    fetch_read_timeout_s: float = 10.0
    fetch_max_redirects: int = 3

    # OCR.
    tesseract_cmd: str = "tesseract"
    # Who reads overlay text (watermarks) on listing photos that pass the sharpness gate: PP-OCRv4's
    # detector finds lines and its recogniser reads them ("detector"; Tesseract where rapidocr-onnxruntime
    # is missing), or Tesseract reads the whole photo ("tesseract", the default: the detector also reads text
    # printed on a product, such as a brand on a mug, and the watermark rule sends text on the product to
    # review). BENCHMARKS.md "Third round" has the numbers.
    overlay_text_reader: Literal["detector", "tesseract"] = "tesseract"
    ocr_languages: str = "eng"
    # Which OCR engine reads receipts: Tesseract, PP-OCRv4 (rapidocr-onnxruntime), or both (agreement is
    # evidence, a disagreement sends the field to review). BENCHMARKS.md "Receipts on unseen layouts" has the numbers.
    ocr_engine: Literal["tesseract", "rapidocr", "both"] = "both"
    # PP-OCR's onnxruntime threads per worker process, and whether it runs on onnxruntime-gpu's CUDA provider.
    rapidocr_threads: int = Field(default=1, ge=1)
    rapidocr_use_cuda: bool = False

    # Operations: Prometheus metrics per worker (0 disables) and Flower's basic auth ("user:password",
    # comma-separated for several users; a secret, so no default).
    metrics_port: int = Field(default=9808, ge=0, le=65535)
    metrics_addr: str = "0.0.0.0"
    log_format: Literal["auto", "json", "text"] = "auto"
    flower_basic_auth: SecretStr | None = None

    # Retention: `mmjobs prune` on a schedule (Celery beat sends mmjobs.prune to the maintenance queue
    # every retention_every_s). 0 days: off. Empty kinds/statuses: all kinds, every finished state.
    retention_days: float = Field(default=0, ge=0)
    retention_kinds: Annotated[list[str], NoDecode] = []
    retention_statuses: Annotated[list[str], NoDecode] = []
    retention_export_url: str | None = None  # s3://bucket/prefix/: export before deleting
    retention_include_unreviewed: bool = False
    retention_batch_size: int = Field(default=5000, ge=1)
    # While other sessions are at work, rest 4× as long as each batch took (workers first); alone: flat out.
    retention_pause_ratio: float = Field(default=4.0, ge=0)
    retention_every_s: float = Field(default=3600, gt=0)
    # Hourly rollups for `mmjobs stats`: Celery beat sends mmjobs.rollup to the maintenance queue every
    # rollup_every_s (0: never; stats then computes every hour from the jobs). An hour is rolled up once it
    # ended rollup_grace_s ago (jobs stamped by hosts whose clocks lag) and all its jobs have finished.
    rollup_every_s: float = Field(default=600, ge=0)
    rollup_grace_s: float = Field(default=600, ge=0)

    @field_validator("queues", "fetch_allow_hosts", "retention_kinds", "retention_statuses", mode="before")
    @classmethod
    def _split_commas(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Read the environment once per process."""
    return Settings()
