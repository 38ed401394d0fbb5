"""The bulk path's photo processes: the same photos, metrics and errors as in threads; a dead one loses no job."""

from __future__ import annotations

import multiprocessing
import os
import threading
import uuid
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from PIL import Image

from tasks.listing_qc import bulk
from tasks.listing_qc.handler import policy_store
from tasks.jobs.contracts import parse_payload
from tasks.listing_qc.pixel_checks import measure_pixels
from tests.fixtures.images import gradient, jpeg
from tests.fixtures.services import wait_until
from workers import photo_processes
from workers.errors import TransientJobError
from workers.photo_processes import photo_pool
from workers.settings import Settings


def photos(folder: Path) -> list[str]:
    folder.mkdir(exist_ok=True)
    packshot = Image.new("RGB", (600, 450), (255, 255, 255))
    packshot.paste(gradient(300, 200), (150, 120))
    files = {"photo.jpg": jpeg(gradient(640, 480)), "packshot.jpg": jpeg(packshot), "corrupt.jpg": b"\xff\xd8 not a jpeg"}
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return [str(folder / name) for name in files] + [str(folder / "missing.jpg")]


def works(refs: list[str], settings: Settings) -> list[bulk._Work]:
    policy = policy_store(settings).get(None)  # the default policy: overlay-text OCR on, so Tesseract runs too
    out = []
    for ref in refs:
        payload = parse_payload("listing_qc", {"job_id": str(uuid.uuid4()), "image": ref, "title": "a mug"})
        work = bulk._Work(payload.job_id, {}, payload, None)  # type: ignore[arg-type]
        work.policy = policy
        out.append(work)
    return out


def test_photo_processes_give_what_threads_give(tmp_path) -> None:  # noqa: ANN001
    refs = photos(tmp_path)
    in_processes = works(refs, Settings(allow_local_paths=True, photo_processes=2))
    bulk.fetch_photos(in_processes, Settings(allow_local_paths=True, photo_processes=2))
    in_threads = works(refs, Settings(allow_local_paths=True, photo_processes=0))
    bulk.fetch_photos(in_threads, Settings(allow_local_paths=True, photo_processes=0))

    for a, b in zip(in_processes, in_threads, strict=True):
        if b.error is not None:
            assert a.image is None and a.metrics is None
            assert (type(a.error), a.error.code, a.error.message) == (type(b.error), b.error.code, b.error.message)
            continue
        assert a.error is None and b.metrics is None  # threads leave the measuring to check_listing
        assert (a.image.mode, a.image.size, a.image.tobytes()) == (b.image.mode, b.image.size, b.image.tobytes())
        assert a.metrics == measure_pixels(b.image, detect_overlay_text=True)
    assert [w.error.code if w.error else None for w in in_processes] == [None, None, "not_an_image", "image_not_found"]


def kill(pool) -> None:  # noqa: ANN001
    """What a decoder crash or the OOM killer does to a photo process (and so to its pool)."""
    for process in list(pool._processes.values()):
        process.kill()
        process.join()


def test_photo_processes_killed_between_chunks_cost_the_next_chunk_nothing(tmp_path) -> None:  # noqa: ANN001
    settings = Settings(allow_local_paths=True, photo_processes=2)
    refs = photos(tmp_path)[:2]
    first = works(refs, settings)
    bulk.fetch_photos(first, settings)
    assert all(w.error is None and w.metrics is not None for w in first)

    pool = photo_pool(settings)
    kill(pool)
    after = works(refs, settings)
    bulk.fetch_photos(after, settings)  # the dead pool fails the try; fresh processes do the chunk
    assert photo_pool(settings) is not pool
    assert all(w.error is None and w.metrics is not None for w in after)


def test_photos_whose_processes_die_twice_go_back_one_job_each(tmp_path, http_image_server) -> None:  # noqa: ANN001
    settings = Settings(allow_local_paths=True, photo_processes=2, fetch_allow_hosts=[http_image_server.host_port],
                        fetch_read_timeout_s=30)
    local = photos(tmp_path)
    chunk = works([local[0], local[1], http_image_server.stall("/stalls.jpg")], settings)
    photo, packshot, stalled = chunk
    killed = [photo_processes._pool]  # an earlier test's pool, which these settings replace
    fetching = threading.Thread(target=bulk.fetch_photos, args=(chunk, settings))
    fetching.start()

    def stall_asked(times: int) -> bool:
        return sum(seen.path == "/stalls.jpg" for seen in http_image_server.requests) >= times

    # Two messages, [photo, the stalled download] and [packshot]: killed once the packshot's has come back
    # and the stalled download is in flight (the photo waits in its message). The retry sends the two
    # lost photos as two messages, [photo] and [stalled]: killed once the photo's has come back.
    for tries, came_back in ((1, packshot), (2, photo)):
        assert wait_until(lambda: photo_processes._pool is not None and photo_processes._pool not in killed
                          and len(photo_processes._pool._processes) == 2, timeout=30)
        pool = photo_processes._pool
        assert wait_until(lambda: came_back.metrics is not None and stall_asked(tries),  # noqa: B023
                          timeout=60)
        kill(pool)
        killed.append(pool)
    fetching.join(timeout=30)
    assert not fetching.is_alive()
    assert packshot.error is None and packshot.metrics is not None  # its message had come back: kept
    assert photo.error is None and photo.metrics is not None  # lost with the stalled one, done on the retry
    assert isinstance(stalled.error, TransientJobError) and stalled.error.code == "photo_process_died"
    assert stalled.image is None


class ShutDownAfterOneMessage(ProcessPoolExecutor):
    """A pool shut down between two messages of a chunk, after the first came back: as another thread's
    restart with other settings, or the interpreter's exit, does it."""

    def submit(self, fn, /, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN201
        future = super().submit(fn, *args, **kwargs)
        future.result()
        self.shutdown(wait=False)
        return future


def test_a_message_that_came_back_is_kept_when_the_next_cannot_be_sent(tmp_path) -> None:  # noqa: ANN001
    settings = Settings(allow_local_paths=True, photo_processes=2)
    photo, packshot = works(photos(tmp_path)[:2], settings)  # two messages: [photo] and [packshot]
    pool = ShutDownAfterOneMessage(max_workers=2, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=photo_processes._start_child, initargs=(settings, os.getpid()))
    try:
        lost = bulk._fetch_in(pool, [photo, packshot], settings)
    finally:
        pool.shutdown(wait=True)
    assert lost == [packshot] and packshot.metrics is None  # never sent: tried again by fetch_photos
    assert photo.error is None and photo.metrics is not None  # came back: kept
