"""Image inputs: S3 and HTTP fetching against real loopback servers, the SSRF guard, and safe decoding."""

from __future__ import annotations

import socket
import sys
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from tests.fixtures.images import BadImages, ImageServer, gradient, image_bytes, jpeg_with_orientation
from tests.fixtures.s3 import S3Service
from tests.fixtures.services import free_port
from workers.errors import (
    ForbiddenAddress,
    ForbiddenSource,
    ImageNotFound,
    ImageTooLarge,
    NotAnImage,
    SourceUnavailable,
)
from workers.images import (DecodeTarget, decode_image, fetch_image_bytes, load_image, original_size,
                            reset_s3_client)
from workers.settings import Settings

# Every outgoing socket.connect in this process, recorded through Python's audit hooks: tests use it to
# show that a refused URL was refused *before* any connection, without patching any of our code.
_CONNECTED_TO: list[Any] = []


def _record_connects(event: str, args: tuple[Any, ...]) -> None:
    if event == "socket.connect":
        _CONNECTED_TO.append(args[1])


sys.addaudithook(_record_connects)


@pytest.fixture
def connections() -> list[Any]:
    """The addresses this process connects to during the test."""
    _CONNECTED_TO.clear()
    return _CONNECTED_TO


class RecordingResolver:
    """A resolver with fixed answers for some names (others go to the real one), recording every lookup."""

    def __init__(self, answers: dict[str, list[str]] | None = None) -> None:
        self.answers = answers or {}
        self.lookups: list[str] = []

    def __call__(self, host: str, port: int, *args: Any, **kwargs: Any) -> list[tuple[Any, ...]]:
        self.lookups.append(host)
        if host not in self.answers:
            return socket.getaddrinfo(host, port, *args, **kwargs)
        return [
            (socket.AF_INET6, socket.SOCK_STREAM, 6, "", (ip, port, 0, 0))
            if ":" in ip
            else (socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port))
            for ip in self.answers[host]
        ]


def allowing(server: ImageServer, **overrides: Any) -> Settings:
    return Settings(fetch_allow_hosts=[server.host_port], **overrides)


# --- S3 -----------------------------------------------------------------------------------------


def test_s3_image_loads_as_rgb(s3: S3Service) -> None:
    ref = s3.put("listings/1.png", image_bytes(gradient(40, 30).convert("RGBA"), "PNG"))
    image = load_image(ref, Settings())
    assert (image.mode, image.size) == ("RGB", (40, 30))


def test_s3_missing_key_is_permanent_not_found(s3: S3Service) -> None:
    ref = f"s3://{s3.bucket}/listings/never-uploaded.jpg"
    with pytest.raises(ImageNotFound, match=r"never-uploaded\.jpg") as caught:
        fetch_image_bytes(ref, Settings())
    assert not caught.value.retriable


def test_s3_missing_bucket_is_not_found(s3: S3Service) -> None:
    with pytest.raises(ImageNotFound, match="bucket"):
        fetch_image_bytes("s3://no-such-bucket-mmjobs/a.jpg", Settings())


def test_s3_empty_object_is_not_an_image(s3: S3Service) -> None:
    ref = s3.put("receipts/empty.jpg", b"")
    with pytest.raises(NotAnImage, match="empty"):
        load_image(ref, Settings())


def test_s3_object_above_byte_cap_is_refused(s3: S3Service) -> None:
    ref = s3.put("listings/big.jpg", b"\xff\xd8\xff" + b"\x00" * 5000)
    with pytest.raises(ImageTooLarge, match="4096 bytes"):
        fetch_image_bytes(ref, Settings(max_image_bytes=4096))


def test_s3_endpoint_down_is_retriable(s3: S3Service, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ENDPOINT_URL", f"http://127.0.0.1:{free_port()}")
    reset_s3_client()
    try:
        with pytest.raises(SourceUnavailable) as caught:
            fetch_image_bytes(f"s3://{s3.bucket}/a.jpg", Settings(fetch_connect_timeout_s=1))
        assert caught.value.retriable
    finally:
        reset_s3_client()


@pytest.mark.parametrize(
    ("status", "s3_code", "expected"),
    [
        (403, "AccessDenied", ForbiddenSource),
        (503, "SlowDown", SourceUnavailable),
        (500, "InternalError", SourceUnavailable),
    ],
)
def test_s3_error_answers_are_classified(
    s3: S3Service,
    http_image_server: ImageServer,
    monkeypatch: pytest.MonkeyPatch,
    status: int,
    s3_code: str,
    expected: type[Exception],
) -> None:
    # An S3 endpoint that answers every GET with an S3 error document.
    error = f"<?xml version='1.0'?><Error><Code>{s3_code}</Code><Message>test</Message></Error>"
    http_image_server.serve("/photos/a.jpg", error.encode(), content_type="application/xml", status=status)
    monkeypatch.setenv("AWS_ENDPOINT_URL", http_image_server.url(""))
    reset_s3_client()
    try:
        with pytest.raises(expected) as caught:
            fetch_image_bytes("s3://photos/a.jpg", Settings())
    finally:
        reset_s3_client()
    assert caught.value.retriable == (expected is SourceUnavailable)
    assert any(seen.path.startswith("/photos/a.jpg") for seen in http_image_server.requests)


# --- HTTP: happy paths --------------------------------------------------------------------------


def test_http_allowlisted_server_serves_an_image(http_image_server: ImageServer) -> None:
    url = http_image_server.serve("/a.jpg", image_bytes(gradient(64, 48), "JPEG"))
    image = load_image(url, allowing(http_image_server))
    assert (image.mode, image.size) == ("RGB", (64, 48))


def test_exif_orientation_is_applied(http_image_server: ImageServer) -> None:
    url = http_image_server.serve("/rotated.jpg", jpeg_with_orientation(64, 48, orientation=6))
    image = load_image(url, allowing(http_image_server))
    assert image.size == (48, 64)


def test_transparent_png_becomes_rgb_on_white(http_image_server: ImageServer) -> None:
    rgba = Image.new("RGBA", (8, 8), (255, 0, 0, 255))
    rgba.putpixel((0, 0), (0, 0, 0, 0))  # fully transparent black must show as white
    url = http_image_server.serve("/logo.png", image_bytes(rgba, "PNG"), content_type="image/png")
    image = load_image(url, allowing(http_image_server))
    assert image.mode == "RGB"
    assert image.getpixel((0, 0)) == (255, 255, 255)
    assert image.getpixel((5, 5)) == (255, 0, 0)


def test_palette_png_with_transparency_becomes_rgb_on_white() -> None:
    palette = Image.new("RGBA", (8, 8), (0, 0, 255, 255))
    palette.putpixel((1, 1), (0, 0, 0, 0))
    data = image_bytes(palette.convert("P"), "PNG", transparency=0)
    image = decode_image(data, Settings())
    assert image.mode == "RGB"


def test_webp_and_sixteen_bit_png_decode() -> None:
    assert decode_image(image_bytes(gradient(20, 10), "WEBP"), Settings()).size == (20, 10)
    grey16 = Image.new("I;16", (4, 4), 32768)
    assert decode_image(image_bytes(grey16, "PNG"), Settings()).getpixel((0, 0)) == (127, 127, 127)


def test_connection_goes_to_the_resolved_address(http_image_server: ImageServer) -> None:
    # "images.test" exists only in the injected resolver: the fetch works only if it connects to that answer.
    resolver = RecordingResolver({"images.test": ["127.0.0.1"]})
    http_image_server.serve("/a.jpg", image_bytes(gradient(), "JPEG"))
    host = f"images.test:{http_image_server.port}"
    data = fetch_image_bytes(f"http://{host}/a.jpg", Settings(fetch_allow_hosts=[host]), resolver=resolver)
    assert data.startswith(b"\xff\xd8\xff")
    assert resolver.lookups == ["images.test"]
    assert http_image_server.requests[-1].host_header == host


def test_redirect_on_the_same_allowed_host_is_followed(http_image_server: ImageServer) -> None:
    http_image_server.serve("/final.jpg", image_bytes(gradient(), "JPEG"))
    url = http_image_server.redirect("/old.jpg", "/final.jpg", status=301)
    assert load_image(url, allowing(http_image_server)).size == (64, 48)


# --- HTTP: the SSRF guard -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "http://127.0.0.1:6379/",
        "https://localhost/",
        "https://2130706433/",  # 127.0.0.1 as one decimal number
        "http://0x7f.1/",  # 127.0.0.1 in hex, short form
        "https://017700000001/",  # 127.0.0.1 in octal
        "http://[::ffff:127.0.0.1]/",  # IPv4-mapped IPv6
        "https://[::1]/",
        "https://[fd00:ec2::254]/",  # AWS metadata over IPv6
        "https://10.0.0.1/",
        "https://192.168.1.1/",
        "https://100.64.0.1/",  # carrier-grade NAT
        "https://0.0.0.0/",
        "https://224.0.0.1/",
    ],
)
def test_internal_addresses_are_refused_before_connecting(url: str, connections: list[Any]) -> None:
    with pytest.raises(ForbiddenAddress) as caught:
        fetch_image_bytes(url, Settings())
    assert not caught.value.retriable
    assert connections == []


def test_metadata_refusal_says_so(connections: list[Any]) -> None:
    with pytest.raises(ForbiddenAddress, match="metadata"):
        fetch_image_bytes("http://169.254.169.254/", Settings())


def test_allowlist_matches_the_name_not_the_address(
    http_image_server: ImageServer, connections: list
) -> None:
    # 127.0.0.1:port is allowed, but the same address spelled in hex is not the allowed name.
    with pytest.raises(ForbiddenAddress):
        fetch_image_bytes(f"http://0x7f.1:{http_image_server.port}/a.jpg", allowing(http_image_server))
    assert connections == []


@pytest.mark.parametrize(
    "answers",
    [["10.1.2.3"], ["93.184.215.14", "192.168.0.7"], ["::ffff:169.254.169.254"], ["2002:7f00:1::1"]],
    ids=["private", "one-of-many-private", "mapped-metadata", "6to4-loopback"],
)
def test_public_looking_name_resolving_inside_is_refused(answers: list[str], connections: list) -> None:
    resolver = RecordingResolver({"cdn.images-example.com": answers})
    with pytest.raises(ForbiddenAddress, match=r"cdn\.images-example\.com"):
        fetch_image_bytes("https://cdn.images-example.com/p.jpg", Settings(), resolver=resolver)
    assert connections == []


def test_redirect_to_internal_address_is_refused_before_connecting(
    http_image_server: ImageServer, connections: list[Any]
) -> None:
    url = http_image_server.redirect("/go.jpg", "http://10.0.0.1/secret.jpg")
    resolver = RecordingResolver()
    with pytest.raises(ForbiddenAddress, match=r"10\.0\.0\.1"):
        fetch_image_bytes(url, allowing(http_image_server), resolver=resolver)
    assert resolver.lookups == ["127.0.0.1", "10.0.0.1"]  # the redirect target went through the check
    assert all(address[0] != "10.0.0.1" for address in connections)
    assert [address[:2] for address in connections] == [("127.0.0.1", http_image_server.port)]


def test_redirect_loop_stops_at_the_limit(http_image_server: ImageServer) -> None:
    url = http_image_server.redirect("/loop.jpg", "/loop.jpg")
    with pytest.raises(ForbiddenSource, match="redirects") as caught:
        fetch_image_bytes(url, allowing(http_image_server, fetch_max_redirects=2))
    assert caught.value.code == "too_many_redirects"
    assert len(http_image_server.requests) == 3


def test_plain_http_needs_the_allowlist(connections: list[Any]) -> None:
    resolver = RecordingResolver({"images.example.com": ["93.184.215.14"]})
    with pytest.raises(ForbiddenSource, match="https://"):
        fetch_image_bytes("http://images.example.com/a.jpg", Settings(), resolver=resolver)
    assert connections == []


def test_credentials_in_url_are_refused_and_not_echoed() -> None:
    with pytest.raises(ForbiddenSource, match="credentials") as caught:
        fetch_image_bytes("https://alice:hunter2@images.example.com/a.jpg", Settings())
    assert "hunter2" not in caught.value.message


@pytest.mark.parametrize(
    "ref",
    ["ftp://example.com/a.jpg", "gopher://example.com/", "data:image/png;base64,iVBORw0KGgo=", "dict://x/"],
)
def test_other_schemes_are_refused(ref: str) -> None:
    with pytest.raises(ForbiddenSource):
        fetch_image_bytes(ref, Settings(allow_local_paths=True))


def test_https_certificates_are_verified(https_self_signed_server: ImageServer) -> None:
    url = https_self_signed_server.serve("/a.jpg", image_bytes(gradient(), "JPEG"))
    with pytest.raises(ForbiddenSource, match="certificate") as caught:
        fetch_image_bytes(url, allowing(https_self_signed_server))
    assert caught.value.code == "tls_verification_failed"


# --- HTTP: limits and error classes -------------------------------------------------------------


def test_content_length_above_cap_is_refused_from_the_header(http_image_server: ImageServer) -> None:
    url = http_image_server.huge_content_length("/huge.jpg")
    with pytest.raises(ImageTooLarge, match=str(10**12)):
        fetch_image_bytes(url, allowing(http_image_server))


def test_endless_stream_is_cut_at_the_cap(http_image_server: ImageServer) -> None:
    url = http_image_server.endless("/stream.jpg")
    with pytest.raises(ImageTooLarge, match="262144 bytes"):
        fetch_image_bytes(url, allowing(http_image_server, max_image_bytes=256 * 1024))


def test_stalled_server_is_retriable(http_image_server: ImageServer) -> None:
    url = http_image_server.stall("/slow.jpg")
    with pytest.raises(SourceUnavailable) as caught:
        fetch_image_bytes(url, allowing(http_image_server, fetch_read_timeout_s=0.2))
    assert caught.value.retriable


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (404, ImageNotFound),
        (410, ImageNotFound),
        (403, ForbiddenSource),
        (400, ForbiddenSource),
        (429, SourceUnavailable),
        (500, SourceUnavailable),
        (503, SourceUnavailable),
    ],
)
def test_http_status_classification(http_image_server: ImageServer, status: int, expected: type) -> None:
    url = http_image_server.serve("/x.jpg", b"nope", status=status)
    with pytest.raises(expected) as caught:
        fetch_image_bytes(url, allowing(http_image_server))
    assert caught.value.retriable == (expected is SourceUnavailable)
    assert str(status) in caught.value.message


def test_refused_connection_is_retriable() -> None:
    port = free_port()
    with pytest.raises(SourceUnavailable):
        fetch_image_bytes(f"http://127.0.0.1:{port}/a.jpg", Settings(fetch_allow_hosts=[f"127.0.0.1:{port}"]))


# --- local paths --------------------------------------------------------------------------------


@pytest.mark.parametrize("ref", ["file:///etc/passwd", "/etc/passwd", "images/a.jpg"])
def test_local_paths_are_refused_when_disabled(ref: str) -> None:
    with pytest.raises(ForbiddenSource, match="MMJOBS_ALLOW_LOCAL_PATHS"):
        fetch_image_bytes(ref, Settings())


def test_local_paths_work_when_enabled(tmp_path: Path) -> None:
    path = tmp_path / "photo 1.png"
    path.write_bytes(image_bytes(gradient(10, 12), "PNG"))
    settings = Settings(allow_local_paths=True)
    assert load_image(str(path), settings).size == (10, 12)
    assert load_image(path.as_uri(), settings).size == (10, 12)
    with pytest.raises(ImageNotFound):
        fetch_image_bytes(str(tmp_path / "missing.jpg"), settings)
    with pytest.raises(NotAnImage, match="text"):
        load_image("file:///etc/passwd", settings)


# --- decoding -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("case", "expected", "message"),
    [
        ("empty", NotAnImage, "empty file"),
        ("text_named_jpg", NotAnImage, "text"),
        ("truncated_jpeg", NotAnImage, "truncated"),
        ("pdf_named_jpg", NotAnImage, "PDF"),
        ("tiff_named_jpg", NotAnImage, "TIFF"),
        ("gif_named_jpg", NotAnImage, "GIF"),
        ("giant_png", ImageTooLarge, "pixels"),
    ],
)
def test_bad_images_are_refused(bad_images: BadImages, case: str, expected: type, message: str) -> None:
    with pytest.raises(expected, match=message) as caught:
        decode_image(getattr(bad_images, case), Settings())
    assert not caught.value.retriable


def test_pixel_cap_is_checked_before_decoding(bad_images: BadImages) -> None:
    with pytest.raises(ImageTooLarge, match="100x100"):
        decode_image(bad_images.above_small_pixel_cap, Settings(max_image_pixels=bad_images.small_pixel_cap))
    assert decode_image(bad_images.above_small_pixel_cap, Settings()).size == (100, 100)


def test_giant_png_is_refused_from_its_header(bad_images: BadImages) -> None:
    assert len(bad_images.giant_png) < 1024
    # Refused from the header (decoding it would need 2.5 GB), even when our own cap is set absurdly high.
    for cap in (Settings().max_image_pixels, 10**12):
        with pytest.raises(ImageTooLarge, match="2500000000 pixels"):
            decode_image(bad_images.giant_png, Settings(max_image_pixels=cap))


def test_bad_image_over_http_is_permanent(http_image_server: ImageServer, bad_images: BadImages) -> None:
    url = http_image_server.serve("/receipt.jpg", bad_images.pdf_named_jpg)
    with pytest.raises(NotAnImage, match="PDF"):
        load_image(url, allowing(http_image_server))


# --- decoding only what a job needs (JPEG DCT scaling) -----------------------------------------

NEED = DecodeTarget(longest=512, shortest=224)  # listing QC's pixel checks and CLIP ViT-B/32


@pytest.mark.parametrize(("side", "decoded"), [(1200, 1200), (1600, 800), (2400, 1200), (4000, 1000)])
def test_a_big_jpeg_is_decoded_only_as_large_as_needed(side: int, decoded: int) -> None:
    data = image_bytes(gradient(side, side * 3 // 4), "JPEG")
    image = decode_image(data, Settings(), target=NEED)
    # The largest DCT scale (1/2, 1/4, 1/8) that keeps 1.5x the need: never below what the checks measure.
    assert image.size == (decoded, decoded * 3 // 4)
    assert original_size(image) == (side, side * 3 // 4)
    assert image.mode == "RGB"


def test_scaled_decode_reports_the_oriented_upload_size() -> None:
    data = jpeg_with_orientation(1600, 1000, 6)  # stored landscape, shown portrait
    image = decode_image(data, Settings(), target=NEED)
    assert image.size == (500, 800)
    assert original_size(image) == (1000, 1600) == decode_image(data, Settings()).size


def test_without_a_target_or_for_other_formats_the_whole_picture_is_decoded() -> None:
    jpeg = image_bytes(gradient(1600, 1200), "JPEG")
    assert decode_image(jpeg, Settings()).size == (1600, 1200)
    for fmt in ("PNG", "WEBP"):
        image = decode_image(image_bytes(gradient(1600, 1200), fmt), Settings(), target=NEED)
        assert image.size == original_size(image) == (1600, 1200)


def test_size_limits_still_judge_the_header_size_before_a_scaled_decode() -> None:
    data = image_bytes(gradient(1600, 1200), "JPEG")
    with pytest.raises(ImageTooLarge, match="1600x1200"):
        decode_image(data, Settings(max_image_pixels=1600 * 1200 - 1), target=NEED)
