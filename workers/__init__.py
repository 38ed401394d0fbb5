"""Everything that runs inside a worker process: Celery app, settings, image loading, engines, batching."""
