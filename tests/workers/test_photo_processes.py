"""The bulk path's photo processes: the same photos, metrics and errors as in threads; a dead one loses no job."""

from __future__ import annotations

import threading
import uuid
from pathlib import Path

from PIL import Image

from tasks import backfill
from tasks.celery_tasks import policy_store
from tasks.contracts import parse_payload
from tasks.pixel_checks import measure_pixels
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


def works(refs: list[str], settings: Settings) -> list[backfill._Work]:
    policy = policy_store(settings).get(None)  # the default policy: overlay-text OCR on, so Tesseract runs too
    out = []
    for ref in refs:
        payload = parse_payload("listing_qc", {"job_id": str(uuid.uuid4()), "image": ref, "title": "a mug"})
        work = backfill._Work(payload.job_id, {}, payload, None)  # type: ignore[arg-type]
        work.policy = policy
        out.append(work)
    return out


def test_photo_processes_give_what_threads_give(tmp_path) -> None:  # noqa: ANN001
    refs = photos(tmp_path)
    in_processes = works(refs, Settings(allow_local_paths=True, photo_processes=2))
    backfill.fetch_photos(in_processes, Settings(allow_local_paths=True, photo_processes=2))
    in_threads = works(refs, Settings(allow_local_paths=True, photo_processes=0))
    backfill.fetch_photos(in_threads, Settings(allow_local_paths=True, photo_processes=0))

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
    backfill.fetch_photos(first, settings)
    assert all(w.error is None and w.metrics is not None for w in first)

    pool = photo_pool(settings)
    kill(pool)
    after = works(refs, settings)
    backfill.fetch_photos(after, settings)  # the dead pool fails the try; fresh processes do the chunk
    assert photo_pool(settings) is not pool
    assert all(w.error is None and w.metrics is not None for w in after)


def test_photos_whose_processes_die_twice_go_back_one_job_each(tmp_path, http_image_server) -> None:  # noqa: ANN001
    settings = Settings(allow_local_paths=True, photo_processes=2, fetch_allow_hosts=[http_image_server.host_port],
                        fetch_read_timeout_s=30)
    local = photos(tmp_path)
    # Two messages, [photo, a download that stalls] and [packshot]; killed while the stalled one is in flight.
    # The retry splits the two lost photos in two messages again, and only the stalled one is in flight then.
    chunk = works([local[0], local[1], http_image_server.stall("/stalls.jpg")], settings)
    killed = [photo_processes._pool]  # an earlier test's pool, which these settings replace
    fetching = threading.Thread(target=backfill.fetch_photos, args=(chunk, settings))
    fetching.start()
    for _ in range(2):
        assert wait_until(lambda: photo_processes._pool is not None and photo_processes._pool not in killed
                          and len(photo_processes._pool._processes) == 2, timeout=30)
        pool = photo_processes._pool
        # Every message but the one with the stalled download has come back; that one keeps its process busy.
        assert wait_until(lambda: len(pool._pending_work_items) == 1, timeout=60)  # noqa: B023
        kill(pool)
        killed.append(pool)
    fetching.join(timeout=30)
    assert not fetching.is_alive()
    photo, packshot, stalled = chunk
    assert packshot.error is None and packshot.metrics is not None  # its message had come back: kept
    assert photo.error is None and photo.metrics is not None  # lost with the stalled one, done on the retry
    assert isinstance(stalled.error, TransientJobError) and stalled.error.code == "photo_process_died"
    assert stalled.image is None
