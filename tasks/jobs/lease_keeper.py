"""The worker's keeper rules: renew the leases of jobs in flight, hand back dead workers' jobs.

The runtime (``workers/runtime.py``) runs the registered step every ``lease_s / 4`` on its keeper
thread; the rules themselves are job machinery, so they live here and register at import.
"""

from __future__ import annotations

from tasks.jobs.lifecycle import renew_leases
from tasks.jobs.recovery import reclaim_expired, resend_stale_queued
from workers.runtime import WorkerRuntime, register_keeper_step


def keep_leases(runtime: WorkerRuntime) -> None:
    """Renew this worker's leases, re-send jobs whose lease ran out and jobs whose message was lost."""
    settings = runtime.settings
    renew_leases(runtime.db, worker=runtime.name, job_ids=runtime.in_flight(), lease_s=settings.lease_s)
    reclaim_expired(runtime.db)
    if settings.resend_queued_after_s > 0:
        resend_stale_queued(runtime.db, older_than_s=settings.resend_queued_after_s)


register_keeper_step("lease-keeper", keep_leases)
