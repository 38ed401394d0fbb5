"""The worker's heartbeat through a broker outage: it gives up and lets the consumer's loop go on."""

from __future__ import annotations

import threading

from celery.worker import heartbeat
from kombu.asynchronous.timer import Timer

from tests.fixtures.services import RedisServer
from workers.app import _HeartbeatEvents, app


def test_a_heartbeat_with_the_broker_gone_returns(redis_server: RedisServer) -> None:
    """Celery's own heartbeat would retry until the broker came back, holding the consumer's event loop."""
    with app.connection_for_write(redis_server.url) as connection:
        dispatcher = app.events.Dispatcher(connection, hostname="heartbeat-test", enabled=True)
        timer = Timer()
        heart = heartbeat.Heart(timer, _HeartbeatEvents(dispatcher), interval=2)
        heart._send("worker-heartbeat")  # the broker is up: sent
        redis_server.stop()
        sent = threading.Thread(target=heart._send, args=("worker-heartbeat",), daemon=True)
        sent.start()
        # A liveness bound, not a timing target: the unbounded retry does not return while the broker is away.
        sent.join(timeout=60)
        assert not sent.is_alive(), "the heartbeat kept retrying with the broker gone"
        timer.stop()


def test_every_consumer_start_wraps_the_heartbeat() -> None:
    """The step is on the app's consumer blueprint, after Celery's heartbeat step."""
    steps = app.steps["consumer"]
    assert any(step.__name__ == "HeartbeatGivesUp" for step in steps)
