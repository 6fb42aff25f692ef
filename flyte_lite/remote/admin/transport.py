"""HTTP/1.1 to one server over one kept-alive connection, on the standard library alone.

:class:`Timeout` and :class:`Retry` are small values passed in, as urllib3 has them.
:class:`Transport` sends requests on a single ``http.client`` connection, reconnecting
when the server drops it; TLS is verified by default (a CA file may be given), and a
proxy from ``HTTPS_PROXY``/``HTTP_PROXY`` (``NO_PROXY`` honoured) or given explicitly
is used through ``CONNECT``. Connection failures, resets, timeouts, responses cut short
and the statuses :attr:`Retry.statuses` are retried with exponential backoff, a bounded
number of times; then :class:`~.errors.TransportError` says what happened.
"""

from __future__ import annotations

import base64
import email.utils
import http.client
import socket
import ssl
import time
import urllib.request
from collections.abc import Mapping
from typing import Callable, NamedTuple, Optional
from urllib.parse import unquote, urlsplit

import attrs

from flyte_lite.remote.admin.errors import ConfigError, TransportError

__all__ = [
    "DEFAULT_RETRY",
    "DEFAULT_TIMEOUT",
    "Response",
    "Retry",
    "Timeout",
    "Transport",
    "split_url",
]


@attrs.frozen
class Timeout:
    """Seconds to wait: for a connection (``connect``), and for each read of an answer
    (``read``)."""

    connect: float = 10.0
    read: float = 60.0


@attrs.frozen
class Retry:
    """How to retry a request that got no answer or a passing error.

    At most ``total`` retries after the first attempt; the n-th waits
    ``backoff_factor * 2 ** (n - 1)`` seconds, at most ``backoff_max``, or what the
    server's ``Retry-After`` asks for (up to ``backoff_max``) when
    ``respect_retry_after``. Statuses in ``statuses`` are retried; the last answer is
    returned as it is.
    """

    total: int = 3
    backoff_factor: float = 0.5
    backoff_max: float = 20.0
    statuses: frozenset[int] = frozenset({429, 502, 503, 504})
    respect_retry_after: bool = True

    def delay(self, retry_number: int, retry_after: Optional[str] = None) -> float:
        """Seconds to wait before retry ``retry_number`` (1 for the first)."""
        wait = self.backoff_factor * 2.0 ** (retry_number - 1)
        if self.respect_retry_after and retry_after:
            wait = max(wait, _retry_after_seconds(retry_after))
        return max(0.0, min(wait, self.backoff_max))


def _retry_after_seconds(value: str) -> float:
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return 0.0
    return float(when.timestamp() - time.time())


DEFAULT_TIMEOUT = Timeout()
DEFAULT_RETRY = Retry()


class Response(NamedTuple):
    """An answer: status, headers (names lower-cased) and the whole body."""

    status: int
    headers: Mapping[str, str]
    body: bytes

    @property
    def content_type(self) -> str:
        """The media type, without parameters, lower-cased."""
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


def split_url(url: str) -> tuple[str, str, int]:
    """``(scheme, host, port)`` of an ``http://`` or ``https://`` URL."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"not an http(s) URL: {url!r}")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise ConfigError(f"bad port in URL {url!r}") from None
    return parts.scheme, parts.hostname, port


# What a dropped, refused, reset or timed-out connection raises in http.client and socket
# (IncompleteRead, a body cut short, is an HTTPException).
_NETWORK_ERRORS = (OSError, http.client.HTTPException)


class Transport:
    """One server's connection. Not thread-safe: use one per thread.

    ``url`` is the server's base (``https://flyte.example.com``, ``http://localhost:30080``).
    ``ca_file`` adds trusted certificates; ``verify=False`` skips verification (for test
    deployments only). ``proxy`` is a proxy URL; ``None`` reads the environment, ``""``
    means none.
    """

    def __init__(
        self, url: str, *, timeout: Timeout = DEFAULT_TIMEOUT, retry: Retry = DEFAULT_RETRY,
        ca_file: Optional[str] = None, verify: bool = True, proxy: Optional[str] = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.scheme, self.host, self.port = split_url(url)
        self.base = f"{self.scheme}://{self.host}:{self.port}"
        self.timeout = timeout
        self.retry = retry
        self._sleep = sleep
        self._ssl = _ssl_context(ca_file, verify) if self.scheme == "https" else None
        self.proxy = self._proxy_for(proxy)
        self._conn: Optional[http.client.HTTPConnection] = None
        #: Connections opened so far (the first, then one per reconnection).
        self.connections_opened = 0

    def _proxy_for(self, proxy: Optional[str]) -> Optional[str]:
        if proxy is None:
            found = urllib.request.getproxies_environment()
            if _bypassed(self.host, self.port, found.get("no", "")):
                return None
            proxy = found.get(self.scheme)
        if proxy and "://" not in proxy:
            proxy = "http://" + proxy  # "proxy:3128", as curl takes it
        return proxy or None

    def close(self) -> None:
        """Close the connection (the next request opens a new one)."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def request(
        self, method: str, target: str, headers: Mapping[str, str], body: bytes = b""
    ) -> Response:
        """Send one request (``target`` is the path and query) and read the whole answer,
        retrying as :attr:`retry` says."""
        retries = 0
        reconnected = False
        while True:
            reused = self._conn is not None
            try:
                response = self._send(method, target, headers, body)
            except ssl.SSLCertVerificationError as exc:
                self.close()
                raise TransportError(
                    f"{method} {self.base}{target}: TLS certificate not trusted: "
                    f"{exc.verify_message} (give the CA file, caCertFilePath)"
                ) from None
            except _NETWORK_ERRORS as exc:
                self.close()
                stale = isinstance(exc, (ConnectionError, http.client.RemoteDisconnected))
                if reused and stale and not reconnected:
                    reconnected = True  # the server closed the kept-alive connection: once,
                    continue  # reconnect at once without counting a retry
                if retries >= self.retry.total:
                    raise TransportError(
                        f"{method} {self.base}{target}: {_describe(exc)}"
                        f" (after {retries + 1} attempt{'s' if retries else ''})"
                    ) from None
                retries += 1
                self._sleep(self.retry.delay(retries))
                continue
            wait = self._maybe_retry(response, retries)
            if wait is None:
                return response
            retries += 1
            self._sleep(wait)

    def _maybe_retry(self, response: Response, retries: int) -> Optional[float]:
        """The wait before retrying ``response``, or ``None`` to return it."""
        if response.status not in self.retry.statuses or retries >= self.retry.total:
            return None
        return self.retry.delay(retries + 1, response.headers.get("retry-after"))

    def _send(self, method: str, target: str, headers: Mapping[str, str], body: bytes) -> Response:
        conn = self._conn or self._connect()
        conn.request(method, target, body=body or None, headers=dict(headers))
        answer = conn.getresponse()
        data = answer.read()
        response = Response(answer.status, {k.lower(): v for k, v in answer.getheaders()}, data)
        if answer.will_close:
            self.close()
        return response

    def _connect(self) -> http.client.HTTPConnection:
        conn: http.client.HTTPConnection
        host, port = self.host, self.port
        tunnel_headers: dict[str, str] = {}
        if self.proxy:
            scheme, host, port = split_url(self.proxy)
            if scheme != "http":
                raise ConfigError(f"proxy {self.proxy!r}: only http:// proxies are supported")
            user = urlsplit(self.proxy)
            if user.username is not None:
                secret = f"{unquote(user.username)}:{unquote(user.password or '')}"
                tunnel_headers["Proxy-Authorization"] = (
                    "Basic " + base64.b64encode(secret.encode()).decode()
                )
        if self._ssl is not None:
            conn = http.client.HTTPSConnection(
                host, port, timeout=self.timeout.connect, context=self._ssl
            )
        else:
            conn = http.client.HTTPConnection(host, port, timeout=self.timeout.connect)
        if self.proxy:
            conn.set_tunnel(self.host, self.port, headers=tunnel_headers)
        conn.connect()
        if conn.sock is not None:
            conn.sock.settimeout(self.timeout.read)
        self._conn = conn
        self.connections_opened += 1
        return conn


def _bypassed(host: str, port: int, no_proxy: str) -> bool:
    """Whether ``NO_PROXY`` (comma-separated hosts, domains, ``host:port``, or ``*``)
    covers ``host``."""
    for entry in (e.strip().lower() for e in no_proxy.split(",")):
        if entry == "*":
            return True
        name, _, entry_port = entry.partition(":")
        name = name.lstrip(".")
        if name and (host == name or host.endswith("." + name)) and (
            not entry_port or entry_port == str(port)
        ):
            return True
    return False


def _ssl_context(ca_file: Optional[str], verify: bool) -> ssl.SSLContext:
    try:
        context = ssl.create_default_context(cafile=ca_file)
    except (OSError, ssl.SSLError) as exc:
        raise ConfigError(f"CA file {ca_file!r}: {exc}") from None
    if not verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def _describe(exc: BaseException) -> str:
    if isinstance(exc, http.client.IncompleteRead):
        return f"answer cut short ({len(exc.partial)} bytes read, {exc.expected} more expected)"
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return "timed out"
    if isinstance(exc, http.client.RemoteDisconnected):
        return "the server closed the connection without answering"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, ConnectionResetError):
        return "connection reset by the server"
    if isinstance(exc, socket.gaierror):
        return f"cannot resolve the host name ({exc.strerror})"
    text = str(exc) or type(exc).__name__
    return f"{type(exc).__name__}: {text}" if not isinstance(exc, OSError) else text
