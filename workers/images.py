"""Image inputs for every job: fetch bytes from S3, HTTP(S) or a local file, then decode safely.

A reference is ``s3://bucket/key``, ``https://…``, ``http://…`` (allow-listed hosts only) or a local
path (development only, ``allow_local_paths``). Every failure is one of the typed errors in
:mod:`workers.errors`, so the task layer can tell "retry later" from "this input will never work".

HTTP fetching is guarded against server-side request forgery: the host is resolved once, every
resolved address must be public, and the connection goes to that checked address (no second DNS
lookup an attacker could answer differently). Redirects are re-checked from scratch.
"""

from __future__ import annotations

import http.client
import io
import ipaddress
import math
import os
import socket
import ssl
import threading
import time
import urllib.parse
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PIL import Image, ImageOps

from workers.errors import (
    ForbiddenAddress,
    ForbiddenSource,
    ImageNotFound,
    ImageTooLarge,
    InvalidPayload,
    NotAnImage,
    SourceUnavailable,
)
from workers.settings import Settings

if TYPE_CHECKING:
    from botocore.client import BaseClient

__all__ = ["DecodeTarget", "Resolver", "decode_image", "fetch_image_bytes", "load_image", "original_size",
           "reset_s3_client"]

# socket.getaddrinfo's signature; tests inject a fake one to simulate hostile DNS answers.
Resolver = Callable[..., Sequence[tuple[Any, ...]]]

ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP")
_CHUNK = 64 * 1024
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# 4xx answers that mean "not now" rather than "never": the caller retries them.
_TRANSIENT_CLIENT_STATUSES = frozenset({408, 425, 429})
_USER_AGENT = "mmjobs-image-fetch/1"

_CGNAT = ipaddress.ip_network("100.64.0.0/10")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_METADATA_ADDRESSES = frozenset(
    {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}
)


# Where a decoded image keeps the size of the upload it came from (EXIF orientation applied), when it was
# decoded smaller than that (``DecodeTarget``); ``original_size`` reads it.
ORIGINAL_SIZE_KEY = "mmjobs_original_size"
# DCT scaling decodes at least this many times what a target needs: the last resize then stays a real
# downscale, and a photo's measurements stay within a few percent of a full decode's (edge width within 5 %,
# shares within 0.03; tests/tasks/listing_qc/test_photo_cost.py); at 1.0 they drifted up to 19 %.
DCT_HEADROOM = 1.5


@dataclass(frozen=True)
class DecodeTarget:
    """The least a job's checks and model need of a photo: its longest side and its shortest side, in px.

    A JPEG is then decoded with DCT scaling (``Image.draft``) at the smallest of 1/8, 1/4, 1/2 or full
    scale that still meets both with ``DCT_HEADROOM`` to spare, which skips most of the decoding work of
    a big upload; other formats have no such shortcut and decode at full size. The upload's own size
    stays known: ``original_size``.
    """

    longest: int = 0
    shortest: int = 0

    def scale_for(self, size: tuple[int, int]) -> float:
        """The share of ``size`` this target needs (1.0 or more: the whole picture)."""
        return max(self.longest / max(size), self.shortest / min(size))


def load_image(ref: str, settings: Settings, *, resolver: Resolver = socket.getaddrinfo,
               target: DecodeTarget | None = None) -> Image.Image:
    """Fetch and decode the image at ``ref``; RGB, with EXIF orientation applied (see ``decode_image``)."""
    return decode_image(fetch_image_bytes(ref, settings, resolver=resolver), settings, target=target)


def original_size(image: Image.Image) -> tuple[int, int]:
    """The width and height of the upload ``image`` was decoded from (its own size if it was decoded whole)."""
    size = image.info.get(ORIGINAL_SIZE_KEY)
    return (int(size[0]), int(size[1])) if size else image.size


def fetch_image_bytes(ref: str, settings: Settings, *, resolver: Resolver = socket.getaddrinfo) -> bytes:
    """Return the raw bytes behind ``ref``, dispatching on its scheme."""
    if not isinstance(ref, str) or not ref.strip():
        raise InvalidPayload("The image reference is empty; send an s3://, https:// or allowed path.")
    ref = ref.strip()
    try:
        parts = urllib.parse.urlsplit(ref)
    except ValueError as exc:
        raise InvalidPayload(f"The image reference {ref!r} is not a valid URL: {exc}.") from exc
    scheme = parts.scheme.lower()
    if scheme == "s3":
        return _fetch_s3(ref, settings)
    if scheme in ("http", "https"):
        return _fetch_http(ref, settings, resolver)
    if scheme == "file":
        return _fetch_local(_file_url_path(parts, ref), ref, settings)
    if scheme == "":
        return _fetch_local(Path(ref), ref, settings)
    raise ForbiddenSource(
        f"The image reference {_redact(ref)!r} uses the scheme {scheme!r}; "
        "only s3://, https:// (and http:// for allow-listed hosts) are accepted."
    )


def decode_image(data: bytes, settings: Settings, *, target: DecodeTarget | None = None) -> Image.Image:
    """Decode JPEG, PNG or WEBP bytes into an RGB image, refusing oversized or malformed input.

    With a ``target``, a JPEG is decoded only as large as the target needs (never smaller); the size
    checks still judge the upload's header size, and ``original_size`` of the result reports it.
    """
    if not data:
        raise NotAnImage("The image is an empty file (0 bytes); upload the image again.")
    if len(data) > settings.max_image_bytes:
        raise ImageTooLarge(
            f"The image is {len(data)} bytes, above the limit of {settings.max_image_bytes} bytes "
            "(MMJOBS_MAX_IMAGE_BYTES); send a smaller image."
        )
    detected = _sniff_format(data)
    if detected not in ACCEPTED_FORMATS:
        raise NotAnImage(
            f"The file is {detected}, not an image we accept ({', '.join(ACCEPTED_FORMATS)}); "
            "convert it to JPEG or PNG and send it again."
        )
    try:
        # Image.open only parses the header: the pixel count is known before any pixel is decoded.
        image = Image.open(io.BytesIO(data), formats=list(ACCEPTED_FORMATS))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        # Pillow's own bomb guard fired first (its limit can be below ours); its message has the size.
        raise ImageTooLarge(
            f"The image has too many pixels to decode safely ({exc}); the limit is "
            f"{settings.max_image_pixels} pixels (MMJOBS_MAX_IMAGE_PIXELS). Resize it and send it again."
        ) from exc
    except Exception as exc:  # Pillow's header parsers raise many types on malformed input.
        raise NotAnImage(f"The {detected} file cannot be read: {exc}; upload a valid image.") from exc

    width, height = image.size
    if width * height > settings.max_image_pixels:
        image.close()
        raise _too_many_pixels((width, height), settings)
    if width == 0 or height == 0:
        raise NotAnImage(f"The {detected} image has no pixels ({width}x{height}).")
    try:
        scale = target.scale_for((width, height)) * DCT_HEADROOM if target is not None else 1.0
        if image.format == "JPEG" and scale < 1:
            image.draft("RGB", (math.ceil(width * scale), math.ceil(height * scale)))
        image.load()
        oriented = ImageOps.exif_transpose(image)
        rgb = _to_rgb(oriented)
        if image.size != (width, height):  # decoded smaller: keep the upload's size, as oriented
            swapped = oriented.size != image.size  # EXIF turned it by a quarter turn
            rgb.info[ORIGINAL_SIZE_KEY] = (height, width) if swapped else (width, height)
        return rgb
    except (Image.DecompressionBombError, Image.DecompressionBombWarning, MemoryError) as exc:
        raise _too_many_pixels((width, height), settings) from exc
    except Exception as exc:  # Truncated or corrupt pixel data surfaces as OSError, SyntaxError, ValueError…
        raise NotAnImage(
            f"The {detected} image ({width}x{height}) is truncated or corrupt: {exc}; upload it again."
        ) from exc
    finally:
        image.close()


# --- decoding helpers -----------------------------------------------------------------------


def _sniff_format(data: bytes) -> str:
    """Name the file type from its magic bytes, so refusals say what the file really is."""
    head = data[:64]
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    if head.startswith(b"%PDF"):
        return "PDF"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "TIFF"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    if head[:2] == b"BM":
        return "BMP"
    if head[4:8] == b"ftyp":
        return "HEIC/AVIF (ISO media)"
    if head.startswith(b"PK\x03\x04"):
        return "a ZIP archive"
    if head[:4] == b"\x00\x00\x01\x00":
        return "ICO"
    if head[:4] == b"8BPS":
        return "PSD"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith((b"<svg", b"<?xml")):
        return "SVG/XML"
    if stripped.startswith((b"<!doctype html", b"<html")):
        return "HTML"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # The 64-byte window may cut a multi-byte character in half; that is still text.
        if exc.reason != "unexpected end of data":
            return "an unknown binary format"
    return "text"


def _too_many_pixels(size: tuple[int, int], settings: Settings) -> ImageTooLarge:
    return ImageTooLarge(
        f"The image is {size[0]}x{size[1]} = {size[0] * size[1]} pixels, above the limit of "
        f"{settings.max_image_pixels} pixels (MMJOBS_MAX_IMAGE_PIXELS); resize it and send it again."
    )


def _to_rgb(image: Image.Image) -> Image.Image:
    """Convert any PNG/JPEG/WEBP mode to RGB; transparent areas become white, not black."""
    if image.mode == "RGB":
        return image
    if image.mode.startswith("I"):
        # 16/32-bit greyscale: scale to 8 bits first, or convert() would clip almost everything to white.
        scale = 1 / 257 if image.mode.startswith("I;16") or image.getextrema()[1] > 255 else 1
        image = image.convert("I").point(lambda value: value * scale).convert("L")
    has_alpha = image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (
        image.mode in ("P", "L", "RGB", "1") and "transparency" in image.info
    )
    if has_alpha:
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


# --- local files ----------------------------------------------------------------------------


def _file_url_path(parts: urllib.parse.SplitResult, ref: str) -> Path:
    if parts.netloc not in ("", "localhost"):
        raise ForbiddenSource(
            f"The file URL {ref!r} names the remote host {parts.netloc!r}; only local files are allowed."
        )
    return Path(urllib.parse.unquote(parts.path))


def _fetch_local(path: Path, ref: str, settings: Settings) -> bytes:
    if not settings.allow_local_paths:
        raise ForbiddenSource(
            f"The image reference {ref!r} is a local path, and local paths are disabled in this deployment "
            "(MMJOBS_ALLOW_LOCAL_PATHS); upload the image to S3 and send its s3:// URL."
        )
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > settings.max_image_bytes:
                raise _too_many_bytes(ref, size, settings)
            # Read one byte past the cap: a file that grew after fstat is still refused.
            data = handle.read(settings.max_image_bytes + 1)
    except FileNotFoundError as exc:
        raise ImageNotFound(f"The local file {str(path)!r} does not exist; check the path.") from exc
    except IsADirectoryError as exc:
        raise NotAnImage(f"The local path {str(path)!r} is a directory, not an image file.") from exc
    except PermissionError as exc:
        raise ForbiddenSource(
            f"The worker may not read {str(path)!r} (permission denied); fix the file's permissions."
        ) from exc
    except OSError as exc:
        raise SourceUnavailable(f"Reading the local file {str(path)!r} failed: {exc}.") from exc
    if len(data) > settings.max_image_bytes:
        raise _too_many_bytes(ref, None, settings)
    return data


def _too_many_bytes(ref: str, size: int | None, settings: Settings) -> ImageTooLarge:
    what = f"{size} bytes" if size is not None else "more bytes than allowed"
    return ImageTooLarge(
        f"The image at {_redact(ref)!r} is {what}; the limit is {settings.max_image_bytes} bytes "
        "(MMJOBS_MAX_IMAGE_BYTES). Send a smaller image."
    )


# --- S3 -------------------------------------------------------------------------------------

_s3_lock = threading.Lock()
_s3_clients: dict[tuple[int, float, float], BaseClient] = {}


def reset_s3_client() -> None:
    """Forget the cached S3 client, so the next fetch reads boto3's environment variables again."""
    with _s3_lock:
        _s3_clients.clear()


def _s3_client(settings: Settings) -> BaseClient:
    """Return this process's S3 client, creating it on first use."""
    # The pid is part of the key: a client's connection pool must not be shared across a fork.
    key = (os.getpid(), settings.fetch_connect_timeout_s, settings.fetch_read_timeout_s)
    client = _s3_clients.get(key)
    if client is not None:
        return client
    with _s3_lock:
        client = _s3_clients.get(key)
        if client is None:
            import boto3  # Imported here so producers importing this package never pay for boto3.
            from botocore.config import Config

            config = Config(
                connect_timeout=settings.fetch_connect_timeout_s,
                read_timeout=settings.fetch_read_timeout_s,
                # One quick retry inside boto3; the job itself is retried with backoff by the task layer.
                retries={"total_max_attempts": 2, "mode": "standard"},
            )
            # A new Session per client: boto3's default session is not safe to use from many threads.
            client = boto3.session.Session().client("s3", config=config)
            _s3_clients[key] = client
    return client


def _fetch_s3(ref: str, settings: Settings) -> bytes:
    from botocore.exceptions import BotoCoreError, ClientError, NoCredentialsError, ParamValidationError

    # Split by hand, like the AWS CLI: S3 keys may contain "?", "#" and "%", which are not URL syntax here.
    bucket, _, key = ref[len("s3://") :].partition("/")
    if not bucket or not key:
        raise InvalidPayload(f"The S3 reference {ref!r} must look like s3://bucket/key.")
    client = _s3_client(settings)
    try:
        response = client.get_object(Bucket=bucket, Key=key)
    except ClientError as exc:
        raise _s3_client_error(exc, ref) from exc
    except NoCredentialsError as exc:
        raise ForbiddenSource(
            f"The worker has no AWS credentials to read {ref!r}; set AWS_ACCESS_KEY_ID and "
            "AWS_SECRET_ACCESS_KEY (or an instance role).",
            code="s3_no_credentials",
        ) from exc
    except ParamValidationError as exc:
        raise InvalidPayload(f"The S3 reference {ref!r} is not valid: {exc}.") from exc
    except BotoCoreError as exc:  # Endpoint down, connect/read timeouts, dropped connections.
        raise SourceUnavailable(f"S3 did not answer for {ref!r}: {exc}; the job will be retried.") from exc

    body = response["Body"]
    try:
        length = response.get("ContentLength")
        if length is not None and length > settings.max_image_bytes:
            raise _too_many_bytes(ref, length, settings)
        data = _read_capped(body.read, ref, settings)
    except ImageTooLarge:
        raise
    except Exception as exc:  # botocore/urllib3 stream errors do not share one base class.
        raise SourceUnavailable(
            f"Reading {ref!r} from S3 failed part-way: {exc}; the job will be retried."
        ) from exc
    finally:
        body.close()
    return data


def _s3_client_error(exc: Any, ref: str) -> Exception:
    """Map an S3 error answer to our typed errors: missing → not found, denied → permanent, 5xx → retry."""
    error = exc.response.get("Error", {})
    code = str(error.get("Code", ""))
    status = int(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode") or 0)
    if code in ("NoSuchKey", "NotFound", "404") or (status == 404 and code != "NoSuchBucket"):
        return ImageNotFound(f"The S3 object {ref!r} does not exist; check the key or upload it first.")
    if code == "NoSuchBucket":
        return ImageNotFound(f"The S3 bucket in {ref!r} does not exist; check the bucket name.")
    if code in ("SlowDown", "Throttling", "ThrottlingException", "RequestTimeout", "RequestTimeTooSkewed"):
        return SourceUnavailable(f"S3 asked us to slow down for {ref!r} ({code}); the job will be retried.")
    if status >= 500 or status in _TRANSIENT_CLIENT_STATUSES:
        return SourceUnavailable(f"S3 failed for {ref!r} ({status} {code}); the job will be retried.")
    if status in (401, 403) or code in ("AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch"):
        return ForbiddenSource(
            f"S3 denied access to {ref!r} ({code or status}); grant the worker's credentials s3:GetObject "
            "on this bucket.",
            code="s3_access_denied",
        )
    return ForbiddenSource(f"S3 refused the request for {ref!r} ({status} {code}).", code="s3_rejected")


def _read_capped(read: Callable[[int], bytes], ref: str, settings: Settings) -> bytes:
    """Read a stream in chunks, refusing it as soon as it passes ``max_image_bytes``."""
    buffer = bytearray()
    while chunk := read(_CHUNK):
        buffer += chunk
        if len(buffer) > settings.max_image_bytes:
            raise _too_many_bytes(ref, None, settings)
    return bytes(buffer)


# --- HTTP(S) --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Target:
    """A URL that passed every check, with the addresses we are allowed to connect to."""

    url: str
    scheme: str
    host: str
    port: int
    request_path: str
    addresses: tuple[tuple[int, tuple[Any, ...]], ...]  # (family, sockaddr) pairs, all checked


def _total_timeout_s(settings: Settings) -> float:
    """Bound one whole fetch, redirects included, so a slow drip cannot hold a worker thread."""
    return settings.fetch_connect_timeout_s + 2 * settings.fetch_read_timeout_s


def _fetch_http(url: str, settings: Settings, resolver: Resolver) -> bytes:
    deadline = time.monotonic() + _total_timeout_s(settings)
    original = url
    for _hop in range(settings.fetch_max_redirects + 1):
        target = _check_url(url, settings, resolver)
        outcome = _request(target, settings, deadline)
        if isinstance(outcome, bytes):
            return outcome
        url = outcome  # A redirect: the next URL is checked from scratch, scheme and address included.
    raise ForbiddenSource(
        f"Fetching {_redact(original)!r} followed more than {settings.fetch_max_redirects} redirects "
        "(MMJOBS_FETCH_MAX_REDIRECTS); send the final image URL instead.",
        code="too_many_redirects",
    )


def _check_url(url: str, settings: Settings, resolver: Resolver) -> _Target:
    """Validate a URL and resolve its host once; raise before any connection if it is not allowed."""
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise InvalidPayload(f"The image URL {_redact(url)!r} is not valid: {exc}.") from exc
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise ForbiddenSource(
            f"The URL {_redact(url)!r} uses the scheme {scheme or '(none)'!r}; "
            "only https:// (and http:// for allow-listed hosts) can be fetched."
        )
    if parts.username is not None or parts.password is not None:
        raise ForbiddenSource(
            f"The URL {_redact(url)!r} carries credentials; send a URL without user:password@ "
            "(for private images use S3 or a pre-signed URL)."
        )
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise InvalidPayload(f"The image URL {_redact(url)!r} has no host.")
    port = port if port is not None else (443 if scheme == "https" else 80)
    allowed = _host_allowed(host, port, settings.fetch_allow_hosts)

    addresses = _resolve(host, port, url, resolver)
    if not allowed:
        for _family, sockaddr in addresses:
            reason = _forbidden_reason(sockaddr[0])
            if reason is not None:
                raise ForbiddenAddress(
                    f"The URL {_redact(url)!r} resolves to {sockaddr[0]}, {reason}; images must come from "
                    "public hosts. If this host is an internal image store, add it to "
                    "MMJOBS_FETCH_ALLOW_HOSTS."
                )
        if scheme == "http":
            raise ForbiddenSource(
                f"The URL {_redact(url)!r} uses plain http://, which is only allowed for the hosts in "
                "MMJOBS_FETCH_ALLOW_HOSTS; use https://.",
                code="insecure_scheme",
            )
    request_path = parts.path or "/"
    if parts.query:
        request_path += "?" + parts.query
    # http.client refuses non-ASCII request targets; percent-encode them, keep what is already encoded.
    request_path = urllib.parse.quote(request_path, safe="/?&=%:@!$'()*+,;~-._[]")
    return _Target(url, scheme, host, port, request_path, addresses)


def _host_allowed(host: str, port: int, allow: Sequence[str]) -> bool:
    """Match ``host`` or ``host:port`` entries of the allowlist, case-insensitively."""
    for entry in allow:
        try:
            parsed = urllib.parse.urlsplit("//" + entry.strip())
            entry_host, entry_port = (parsed.hostname or "").rstrip("."), parsed.port
        except ValueError:
            continue  # A malformed entry allows nothing.
        if entry_host == host.lower() and entry_port in (None, port):
            return True
    return False


def _resolve(host: str, port: int, url: str, resolver: Resolver) -> tuple[tuple[int, tuple[Any, ...]], ...]:
    try:
        infos = resolver(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        if exc.errno in (socket.EAI_AGAIN, getattr(socket, "EAI_SYSTEM", None)):
            raise SourceUnavailable(
                f"DNS lookup for {host!r} failed temporarily ({exc}); the job will be retried."
            ) from exc
        raise ImageNotFound(f"The host {host!r} in {_redact(url)!r} does not exist ({exc}).") from exc
    except UnicodeError as exc:
        raise InvalidPayload(f"The host {host!r} in {_redact(url)!r} is not a valid name.") from exc
    addresses = tuple(
        (family, sockaddr)
        for family, _type, _proto, _canon, sockaddr in infos
        if family in (socket.AF_INET, socket.AF_INET6)
    )
    if not addresses:
        raise ImageNotFound(f"The host {host!r} in {_redact(url)!r} has no IPv4 or IPv6 address.")
    return addresses


def _forbidden_reason(address: str) -> str | None:
    """Say why an address must not be fetched from, or ``None`` if it is a public address."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return "not a valid IP address"
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.scope_id:
            ip = ipaddress.IPv6Address(address.split("%", 1)[0])
        if ip in _METADATA_ADDRESSES:
            return "a cloud metadata address"
        # IPv6 forms that carry an IPv4 address (mapped, 6to4, Teredo, NAT64) are judged by that address.
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is None and ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:
            reason = _forbidden_reason(str(embedded))
            return f"which embeds {embedded}, {reason}" if reason else None
    if ip in _METADATA_ADDRESSES:
        return "a cloud metadata address"
    checks = (
        (ip.is_loopback, "a loopback address"),
        (ip.is_unspecified, "the unspecified address"),
        (ip.is_link_local, "a link-local address"),
        (ip.is_multicast, "a multicast address"),
        (ip.version == 4 and ip in _CGNAT, "a carrier-grade NAT address (100.64.0.0/10)"),
        (ip.is_private, "a private network address"),
        (ip.is_reserved, "a reserved address"),
        (not ip.is_global, "not a public address"),
    )
    for hit, reason in checks:
        if hit:
            return reason
    return None


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """An HTTP connection to an address that was already resolved and checked (no second lookup)."""

    def __init__(self, target: _Target, timeout: float, connect_timeout: float) -> None:
        super().__init__(target.host, target.port, timeout=timeout)
        self._addresses = target.addresses
        self._connect_timeout = connect_timeout

    def connect(self) -> None:
        self.sock = _connect_pinned(self._addresses, self._connect_timeout, self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """An HTTPS connection to a checked address; TLS still verifies the certificate for the hostname."""

    def __init__(self, target: _Target, timeout: float, connect_timeout: float) -> None:
        super().__init__(target.host, target.port, timeout=timeout, context=ssl.create_default_context())
        self._addresses = target.addresses
        self._connect_timeout = connect_timeout

    def connect(self) -> None:
        raw = _connect_pinned(self._addresses, self._connect_timeout, self.timeout)
        try:
            # SNI and certificate checks use the hostname from the URL, not the pinned address.
            self.sock = self._context.wrap_socket(raw, server_hostname=self.host)
        except BaseException:
            raw.close()
            raise


def _connect_pinned(
    addresses: Sequence[tuple[int, tuple[Any, ...]]], connect_timeout: float, timeout: float
) -> socket.socket:
    """Connect to the first reachable checked address."""
    last_error: OSError | None = None
    for family, sockaddr in addresses:
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.settimeout(connect_timeout)
            sock.connect(sockaddr)
            sock.settimeout(timeout)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            return sock
        except OSError as exc:
            sock.close()
            last_error = exc
    assert last_error is not None  # _resolve never returns an empty tuple.
    raise last_error


def _remaining(deadline: float, target: _Target, settings: Settings) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise SourceUnavailable(
            f"Fetching {_redact(target.url)!r} took longer than {_total_timeout_s(settings):.0f} s in total; "
            "the job will be retried."
        )
    return left


def _request(target: _Target, settings: Settings, deadline: float) -> bytes | str:
    """GET one checked URL; return the body, or the next URL when the answer is a redirect."""
    connection_class = _PinnedHTTPSConnection if target.scheme == "https" else _PinnedHTTPConnection
    read_timeout = min(settings.fetch_read_timeout_s, _remaining(deadline, target, settings))
    connect_timeout = min(settings.fetch_connect_timeout_s, _remaining(deadline, target, settings))
    conn = connection_class(target, timeout=read_timeout, connect_timeout=connect_timeout)
    response: http.client.HTTPResponse | None = None
    url = _redact(target.url)
    try:
        conn.connect()
        # Keep our own reference: http.client drops conn.sock once the response owns the connection.
        sock = conn.sock
        conn.putrequest("GET", target.request_path, skip_accept_encoding=True)
        conn.putheader("User-Agent", _USER_AGENT)
        conn.putheader("Accept", "image/jpeg, image/png, image/webp")
        conn.putheader("Accept-Encoding", "identity")  # Never a compressed body: the byte cap is on the wire.
        conn.endheaders()
        response = conn.getresponse()
        status = response.status
        if status in _REDIRECT_STATUSES:
            location = response.getheader("Location")
            if not location:
                raise ForbiddenSource(
                    f"{url!r} answered {status} without a Location header.", code="bad_redirect"
                )
            return urllib.parse.urljoin(target.url, location.strip())
        _raise_for_status(status, response.reason, url)
        if response.length is not None and response.length > settings.max_image_bytes:
            raise _too_many_bytes(target.url, response.length, settings)

        def read_chunk(size: int) -> bytes:
            sock.settimeout(min(settings.fetch_read_timeout_s, _remaining(deadline, target, settings)))
            return response.read1(size)  # read1: at most one socket read, so the deadline is checked often.

        return _read_capped(read_chunk, target.url, settings)
    except ssl.SSLCertVerificationError as exc:
        raise ForbiddenSource(
            f"The TLS certificate of {target.host!r} could not be verified ({exc.verify_message}); "
            "the image host must serve a valid certificate.",
            code="tls_verification_failed",
        ) from exc
    except TimeoutError as exc:
        raise SourceUnavailable(f"{url!r} timed out ({exc}); the job will be retried.") from exc
    except http.client.InvalidURL as exc:
        raise InvalidPayload(f"The image URL {url!r} is not valid: {exc}.") from exc
    except (OSError, http.client.HTTPException) as exc:  # Refused, reset, TLS errors, garbled responses.
        raise SourceUnavailable(f"Fetching {url!r} failed: {exc!r}; the job will be retried.") from exc
    finally:
        # The response owns the socket once the server says it will close; close both.
        if response is not None:
            response.close()
        conn.close()


def _raise_for_status(status: int, reason: str, url: str) -> None:
    """Turn a non-success HTTP status into a typed error that says whether a retry can help."""
    if 200 <= status < 300:
        return
    if status in (404, 410):
        raise ImageNotFound(f"{url!r} answered {status} {reason}: the image is not there; check the URL.")
    if status >= 500 or status in _TRANSIENT_CLIENT_STATUSES:
        raise SourceUnavailable(f"{url!r} answered {status} {reason}; the job will be retried.")
    if status in (401, 403):
        raise ForbiddenSource(
            f"{url!r} answered {status} {reason}: the image host refuses access; make the image public or "
            "use a pre-signed URL.",
            code="source_access_denied",
        )
    raise ForbiddenSource(f"{url!r} answered {status} {reason}; fix the URL.", code="source_rejected")


def _redact(ref: str) -> str:
    """Drop user:password@ and query strings from a reference before it goes into an error message."""
    try:
        parts = urllib.parse.urlsplit(ref)
    except ValueError:
        return ref
    if not parts.netloc:
        return ref
    netloc = parts.netloc.rsplit("@", 1)[-1]
    query = "…" if parts.query else ""  # Pre-signed URLs carry secrets in the query string.
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, query, ""))
