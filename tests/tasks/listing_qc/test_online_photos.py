"""The online path's photos in photo processes: what threads give, and a dead process costs only the photos in it."""

from __future__ import annotations

import threading

import pytest

from tasks.listing_qc.check import decode_target, working_copy
from tasks.listing_qc.photo_work import online_photo_processes, photo_in_process
from tasks.listing_qc.pixel_checks import measure_pixels
from tests.fixtures.services import wait_until
from tests.tasks.listing_qc.test_bulk_photos import kill, photos
from workers import photo_processes
from workers.errors import JobError, TransientJobError
from workers.images import load_image
from workers.settings import Settings


def in_thread(ref: str, settings: Settings) -> tuple[object, object]:
    """What the online path does without photo processes (the pixel checks then run in check_listing)."""
    image = working_copy(load_image(ref, settings, target=decode_target(224)), 224)
    return image, measure_pixels(image, detect_overlay_text=True, tesseract_cmd=settings.tesseract_cmd)


def test_a_photo_from_a_photo_process_is_the_one_a_thread_gets(tmp_path) -> None:  # noqa: ANN001
    settings = Settings(allow_local_paths=True, photo_processes=2)
    codes = []
    for ref in photos(tmp_path):
        try:
            expected = in_thread(ref, settings)
        except JobError as error:
            with pytest.raises(type(error)) as raised:
                photo_in_process(ref, settings, detect_overlay_text=True, model_side=224)
            assert (raised.value.code, raised.value.message) == (error.code, error.message)
            codes.append(error.code)
            continue
        image, metrics = photo_in_process(ref, settings, detect_overlay_text=True, model_side=224)
        assert (image.mode, image.size, image.tobytes()) == (expected[0].mode, expected[0].size, expected[0].tobytes())
        assert metrics == expected[1]
        codes.append(None)
    assert codes == [None, None, "not_an_image", "image_not_found"]


def test_a_photo_process_that_dies_fails_only_its_photo_and_the_next_job_goes_on(tmp_path, http_image_server) -> None:  # noqa: ANN001
    settings = Settings(allow_local_paths=True, photo_processes=2, fetch_allow_hosts=[http_image_server.host_port],
                        fetch_read_timeout_s=30)
    stalled = http_image_server.stall("/stalls-online.jpg")
    pool = photo_processes.photo_pool(settings)
    outcome: list[BaseException | None] = []

    def job() -> None:
        try:
            photo_in_process(stalled, settings, detect_overlay_text=False, model_side=224)
            outcome.append(None)
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            outcome.append(exc)

    running = threading.Thread(target=job)
    running.start()
    assert wait_until(lambda: any(seen.path == "/stalls-online.jpg" for seen in http_image_server.requests), timeout=60)
    kill(pool)  # a decoder crash or the OOM killer, with this job's photo in the process
    running.join(timeout=60)
    assert not running.is_alive()
    [error] = outcome
    assert isinstance(error, TransientJobError) and error.code == "photo_process_died"  # retried, max_attempts bound it
    image, metrics = photo_in_process(photos(tmp_path)[0], settings, detect_overlay_text=False, model_side=224)
    assert photo_processes.photo_pool(settings) is not pool  # fresh processes took the next job
    assert image.size == (512, 384) and metrics.width == 640


def test_only_a_threads_pool_with_photo_processes_sends_online_photos_to_them() -> None:
    assert online_photo_processes(Settings(worker_pool="threads", photo_processes=2))
    assert not online_photo_processes(Settings(worker_pool="threads", photo_processes=0))
    assert not online_photo_processes(Settings(worker_pool="prefork", photo_processes=2))
