"""Terminal writes grouped per batch: many jobs' results and states in one transaction.

``ResultWriter`` runs ``lifecycle.finish_many`` behind the ordinary ``Batcher``: each task thread
submits its job's write and blocks until the transaction holding it has committed, so a
task still returns (and is acked) only after its result is durable. The writer takes what
is queued and never waits for company (``max_wait_ms = 0``): at low load a write goes out
alone at once; under load the writes queued during one commit share the next.
The bulk path (``tasks/listing_qc/bulk.py``) calls ``finish_many`` directly, once per chunk.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, OperationalError

from tasks.jobs.lifecycle import FinishItem, finish_many
from workers.engines.base import result_or_raise
from workers.runtime import register_engine

log = logging.getLogger(__name__)


class ResultWriter:
    """The engine contract over the database: ``forward`` is one transaction for a batch of writes."""

    name = "results"
    max_wait_ms = 0.0  # never hold a finished job back waiting for company

    def __init__(self, db: Engine) -> None:
        self.db = db

    def preprocess(self, item: FinishItem) -> FinishItem:
        return item

    def forward(self, batch: Sequence[FinishItem]) -> list[bool | BaseException]:
        try:
            with self.db.begin() as conn:  # Core: no ORM session to build per batch
                return list(finish_many(conn, batch))
        except OperationalError:
            raise  # the database is away: every writer in the batch waits and retries (pipeline)
        except DBAPIError as exc:
            if len(batch) == 1:
                return [exc]
            # One bad row must not fail its neighbours: write each alone and hand each its own outcome.
            log.warning("grouped result write failed (%s); writing %d jobs one by one", type(exc).__name__, len(batch))
            return [self._write_alone(item) for item in batch]

    def postprocess(self, output: bool | BaseException) -> bool:
        return result_or_raise(output)

    def _write_alone(self, item: FinishItem) -> bool | BaseException:
        try:
            with self.db.begin() as conn:
                return finish_many(conn, [item])[0]
        except DBAPIError as exc:
            return exc


register_engine("results", lambda runtime: ResultWriter(runtime.db))
