"""The one Celery app: every delivery, serialization and routing decision is made here, from settings.

Producers import this module too (to send messages), so it must stay light: no torch,
no model code, no database connection at import time.
"""

from __future__ import annotations

from celery import Celery, bootsteps
from celery.signals import worker_ready
from kombu import Exchange, Queue

from workers.settings import Settings, get_settings

LISTING_QC_TASK = "mmjobs.listing_qc"
RECEIPT_TASK = "mmjobs.receipt"
LISTING_QC_QUEUE = "listing_qc"
RECEIPTS_QUEUE = "receipts"
TASK_QUEUES = {LISTING_QC_TASK: LISTING_QC_QUEUE, RECEIPT_TASK: RECEIPTS_QUEUE}
# Retention runs on its own queue, so a worker with no models (`mmjobs worker -Q maintenance`) takes it.
PRUNE_TASK = "mmjobs.prune"
ROLLUP_TASK = "mmjobs.rollup"
MAINTENANCE_QUEUE = "maintenance"


def broker_transport_options(settings: Settings) -> dict[str, object]:
    """Redis: how long an unacked message waits before redelivery, and how fast a dead link is noticed."""
    if not settings.broker_url.startswith(("redis://", "rediss://")):
        return {}
    return {
        # Longer than any job may run (task_time_limit_s), or a slow job is delivered twice.
        "visibility_timeout": settings.visibility_timeout_s,
        # Kombu looks for messages past their visibility timeout only every interval × throttle seconds
        # (100 s by default); sweep every few seconds so a dead worker's messages come back on time.
        "unacked_restore_interval": max(1, min(10, settings.visibility_timeout_s // 4)),
        "unacked_restore_throttle": 1,
        "socket_timeout": 30,
        "socket_connect_timeout": 10,
        "socket_keepalive": True,
        "health_check_interval": 15,
        "retry_on_timeout": True,
    }


def beat_schedule(settings: Settings) -> dict[str, dict[str, object]]:
    """What `celery -A workers.app:app beat` sends: the hourly rollups, and the retention prune when it is on."""
    schedule: dict[str, dict[str, object]] = {}
    # Expire each message after one interval rather than let missed runs pile up while no maintenance
    # worker is listening (a prune that outlives the interval makes the next one refuse anyway).
    if settings.rollup_every_s:
        schedule["mmjobs-rollup"] = {"task": ROLLUP_TASK, "schedule": settings.rollup_every_s,
                                     "options": {"queue": MAINTENANCE_QUEUE, "expires": settings.rollup_every_s}}
    if settings.retention_days:
        schedule["mmjobs-retention"] = {"task": PRUNE_TASK, "schedule": settings.retention_every_s,
                                        "options": {"queue": MAINTENANCE_QUEUE, "expires": settings.retention_every_s}}
    return schedule


def configure(app: Celery, settings: Settings) -> None:
    """Apply settings to the app in one explicit ``conf.update``."""
    app.conf.update(
        broker_url=settings.broker_url,
        broker_transport_options=broker_transport_options(settings),
        broker_connection_retry=True,
        broker_connection_retry_on_startup=True,
        broker_connection_max_retries=None,
        # JSON only: a pickle message is refused before anything in it runs.
        task_serializer="json",
        result_serializer="json",
        accept_content=["json"],
        event_serializer="json",
        # Results live in our database, not in a Celery result backend.
        task_ignore_result=True,
        result_backend=None,
        # Ack after the result is committed; a worker that dies mid-job gets its messages redelivered.
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=settings.prefetch_multiplier,
        worker_cancel_long_running_tasks_on_connection_loss=True,
        # Our attempt counter in the database bounds retries (max_attempts); Celery's own default of 3
        # would drop a message for good after 3 retries, e.g. through a database outage longer than that.
        task_annotations={name: {"max_retries": None} for name in TASK_QUEUES},
        task_time_limit=settings.task_time_limit_s,
        task_soft_time_limit=max(1, settings.task_time_limit_s - 30),
        # Flower and metrics need task events.
        worker_send_task_events=True,
        task_send_sent_event=True,
        task_track_started=True,
        task_queues=[
            Queue(LISTING_QC_QUEUE, Exchange(LISTING_QC_QUEUE), routing_key=LISTING_QC_QUEUE),
            Queue(RECEIPTS_QUEUE, Exchange(RECEIPTS_QUEUE), routing_key=RECEIPTS_QUEUE),
            Queue(MAINTENANCE_QUEUE, Exchange(MAINTENANCE_QUEUE), routing_key=MAINTENANCE_QUEUE),
        ],
        task_routes={name: {"queue": queue, "routing_key": queue}
                     for name, queue in {**TASK_QUEUES, PRUNE_TASK: MAINTENANCE_QUEUE,
                                                     ROLLUP_TASK: MAINTENANCE_QUEUE}.items()},
        beat_schedule=beat_schedule(settings),
        task_default_queue=LISTING_QC_QUEUE,
        worker_hijack_root_logger=False,
        worker_redirect_stdouts=False,
        enable_utc=True,
    )


# Celery's heartbeat retries its publish until the broker answers, inside the consumer's event loop: through a
# broker outage the loop waits there, never reaches its own dead connection, and logs nothing. One retry, then
# the loop goes on, finds its connection gone and says so ("Connection to broker lost"), as it does when idle.
HEARTBEAT_RETRY_POLICY = {"max_retries": 1, "interval_start": 1, "interval_step": 1, "interval_max": 1}


class _HeartbeatEvents:
    """The consumer's event dispatcher as the heartbeat sees it: a publish gives up after one retry."""

    def __init__(self, dispatcher: object) -> None:
        self._dispatcher = dispatcher

    def send(self, type: str, **fields: object) -> object:  # noqa: A002 (Celery's own argument name)
        # Celery's dispatcher keeps an event it could not send (buffer_while_offline) and sends it later.
        return self._dispatcher.send(type, retry_policy=HEARTBEAT_RETRY_POLICY, **fields)  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> object:
        return getattr(self._dispatcher, name)


class HeartbeatGivesUp(bootsteps.StartStopStep):
    """After Celery's heartbeat step (every consumer start), hand its heartbeat the dispatcher above."""

    requires = ("celery.worker.consumer.heart:Heart",)

    def start(self, c: object) -> None:
        heart = getattr(c, "heart", None)
        if heart is not None and not isinstance(heart.eventer, _HeartbeatEvents):
            heart.eventer = _HeartbeatEvents(heart.eventer)


# No task module is named here: workers/ knows no job kind. `mmjobs worker` imports tasks.celery_tasks,
# which defines the tasks on this app.
app = Celery("mmjobs")
configure(app, get_settings())
app.steps["consumer"].add(HeartbeatGivesUp)


@worker_ready.connect
def _start_lease_keeper(**_: object) -> None:
    """A worker looks for jobs that dead workers left behind from the start, not only once it has work."""
    from workers.runtime import get_runtime  # worker-only import: producers never get here

    get_runtime().start_keeper()
