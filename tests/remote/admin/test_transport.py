"""Faults, retries, timeouts, TLS and proxies, against the FlyteAdmin stand-in."""

from __future__ import annotations

import select
import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from flyte_lite.remote import Remote
from flyte_lite.remote.admin import (
    Config,
    ConfigError,
    Retry,
    Timeout,
    TokenCache,
    TransportError,
    Unavailable,
)
from flyte_lite.remote.admin.transport import Transport
from tests.conftest import FIXTURES
from tests.remote.admin.conftest import make_remote, spec_of
from tests.remote.admin.server import FakeAdmin
from tests.strategies import input_size

NAME = "workflows.typed.add_one"


@pytest.fixture
def stored(admin: FakeAdmin) -> Any:
    return admin.add_task(spec_of("add_one"))


def api_requests(admin: FakeAdmin) -> int:
    return sum(1 for _, path, _ in admin.requests if path.startswith("/api/v1/"))


@pytest.mark.parametrize("fault", ["503", "429", "reset", "truncate"])
def test_a_passing_fault_is_retried(admin: FakeAdmin, remote: Remote, stored: Any,
                                    fault: str) -> None:
    admin.faults.extend([fault, fault])
    task = remote.fetch_task(name=NAME, version="v1")
    assert task.template.to_bytes() == stored.closure.compiled_task.template.SerializeToString()
    assert api_requests(admin) == 3


def test_retries_are_bounded_and_the_last_answer_stands(admin: FakeAdmin, remote: Remote,
                                                        stored: Any) -> None:
    admin.faults.extend(["503"] * 10)
    with pytest.raises(Unavailable, match="injected 503"):
        remote.fetch_task(name=NAME, version="v1")
    assert api_requests(admin) == 4  # the first attempt and 3 retries
    assert len(admin.faults) == 6


def test_resets_past_the_retries_are_a_transport_error(admin: FakeAdmin, remote: Remote,
                                                       stored: Any) -> None:
    remote.fetch_task(name=NAME, version="v1")  # a kept-alive connection to reuse
    admin.faults.extend(["reset"] * 6)
    with pytest.raises(TransportError, match=r"GET http://127\.0\.0\.1:\d+/api/v1/tasks/.*: "
                                             r".*\(after 4 attempts\)"):
        remote.fetch_task(name=NAME, version="v1")
    # one free reconnection for the stale kept-alive connection, then 1 + 3 attempts
    assert len(admin.faults) == 1


def test_truncated_answers_say_so(admin: FakeAdmin, token_cache: TokenCache,
                                  stored: Any) -> None:
    admin.faults.extend(["truncate"] * 2)
    with make_remote(admin, token_cache, retry=Retry(total=1, backoff_factor=0)) as r, \
            pytest.raises(TransportError, match=r"answer cut short \(2 bytes read, 998 more "
                                                r"expected\) \(after 2 attempts\)"):
        r.fetch_task(name=NAME, version="v1")


def test_slow_answers_time_out_and_are_retried(admin: FakeAdmin, token_cache: TokenCache,
                                               stored: Any) -> None:
    admin.slow_seconds = 0.5
    admin.faults.extend(["slow", "slow"])
    quick = Timeout(connect=2, read=0.2)
    with make_remote(admin, token_cache, timeout=quick,
                     retry=Retry(total=1, backoff_factor=0)) as r:
        with pytest.raises(TransportError, match=r"timed out \(after 2 attempts\)"):
            r.fetch_task(name=NAME, version="v1")
        admin.slow_seconds = 0.05
        admin.faults.append("slow")
        assert r.fetch_task(name=NAME, version="v1").name == NAME


def test_backoff_waits_grow_and_respect_retry_after() -> None:
    retry = Retry(total=5, backoff_factor=0.5, backoff_max=3)
    assert [retry.delay(n) for n in range(1, 6)] == [0.5, 1.0, 2.0, 3.0, 3.0]
    assert retry.delay(1, "2") == 2.0
    assert retry.delay(1, "99") == 3.0
    assert Retry(respect_retry_after=False).delay(1, "2") == 0.5


def test_waits_happen_between_retries(admin: FakeAdmin, stored: Any) -> None:
    waits: list[float] = []
    transport = Transport(admin.base, retry=Retry(total=3, backoff_factor=0.25),
                          sleep=waits.append)
    # the first reset meets a kept-alive connection: it is reopened at once, uncounted
    admin.faults.extend(["503", "503", "reset", "reset"])
    answer = transport.request("GET", "/api/v1/tasks/flytesnacks/development/"
                               f"{NAME}/v1", {"Accept": "application/octet-stream"})
    assert answer.status == 200
    assert waits == [0.25, 0.5, 1.0]  # Retry-After: 0 does not shorten the backoff


def test_connection_refused(token_cache: TokenCache) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once closed
    config = Config.for_endpoint(f"127.0.0.1:{port}", insecure=True)
    with Remote(config, retry=Retry(total=1, backoff_factor=0), token_cache=token_cache,
                default_project="p", default_domain="d") as r, \
            pytest.raises(TransportError, match=r"connection refused \(after 2 attempts\)"):
        r.fetch_task(name="x", version="v")


def test_many_tasks_in_pages_over_one_connection(admin: FakeAdmin, remote: Remote) -> None:
    count = input_size(10_000, 1_000)  # in 100 pages either way
    spec = spec_of("add_one")
    for i in range(count):
        admin.add_task(spec, version=f"v{i:05d}")
    versions = [t.id.version for t in remote.list_tasks(name=NAME, page_size=count // 100)]
    assert versions == [f"v{i:05d}" for i in range(count)]
    assert api_requests(admin) == 100
    assert admin.connections == 1


# --- TLS -------------------------------------------------------------------------------

TLS = FIXTURES / "tls"


@pytest.fixture
def tls_admin() -> Iterator[FakeAdmin]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(TLS / "cert.pem", TLS / "key.pem")
    server = FakeAdmin()
    server.start(context)
    try:
        yield server
    finally:
        server.stop()


def test_tls_is_verified_against_the_ca_file(tls_admin: FakeAdmin,
                                             token_cache: TokenCache) -> None:
    tls_admin.add_task(spec_of("add_one"))
    config = Config.for_endpoint(tls_admin.endpoint, ca_cert_file_path=str(TLS / "cert.pem"))
    assert config.url.startswith("https://")
    with Remote(config, token_cache=token_cache, default_project="flytesnacks",
                default_domain="development") as r:
        assert r.fetch_task(name=NAME, version="v1").name == NAME


def test_an_untrusted_certificate_is_refused(tls_admin: FakeAdmin,
                                             token_cache: TokenCache) -> None:
    config = Config.for_endpoint(tls_admin.endpoint)
    with Remote(config, token_cache=token_cache, default_project="flytesnacks",
                default_domain="development") as r, \
            pytest.raises(TransportError, match=r"TLS certificate not trusted: self.signed"):
        r.fetch_task(name=NAME, version="v1")
    assert not any(p.startswith("/api/") for _, p, _ in tls_admin.requests)


def test_verification_can_be_skipped(tls_admin: FakeAdmin, token_cache: TokenCache) -> None:
    tls_admin.add_task(spec_of("add_one"))
    config = Config.for_endpoint(tls_admin.endpoint, insecure_skip_verify=True)
    with Remote(config, token_cache=token_cache, default_project="flytesnacks",
                default_domain="development") as r:
        assert r.fetch_task(name=NAME, version="v1").name == NAME


def test_a_bad_ca_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="CA file"):
        Transport("https://127.0.0.1:1", ca_file=str(tmp_path / "missing.pem"))


# --- proxies ----------------------------------------------------------------------------


class ConnectProxy:
    """An HTTP CONNECT proxy on 127.0.0.1 that tunnels to 127.0.0.1 only."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.requests: list[str] = []
        self.running = True
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        self.listener.settimeout(0.1)
        while self.running:
            try:
                client, _ = self.listener.accept()
            except OSError:
                continue
            threading.Thread(target=self._tunnel, args=(client,), daemon=True).start()

    def _tunnel(self, client: socket.socket) -> None:
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = client.recv(4096)
            if not chunk:
                return client.close()
            head += chunk
        self.requests.append(head.decode())
        target = head.split()[1].decode()
        host, port = target.rsplit(":", 1)
        assert head.startswith(b"CONNECT ") and host == "127.0.0.1"
        upstream = socket.create_connection((host, int(port)))
        client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        sockets = [client, upstream]
        while self.running:
            ready, _, _ = select.select(sockets, [], [], 0.1)
            for s in ready:
                data = s.recv(65536)
                if not data:
                    client.close()
                    upstream.close()
                    return
                (upstream if s is client else client).sendall(data)
        client.close()
        upstream.close()

    def stop(self) -> None:
        self.running = False
        self.listener.close()


@pytest.fixture
def proxy() -> Iterator[ConnectProxy]:
    p = ConnectProxy()
    yield p
    p.stop()


def test_proxy_from_the_environment(admin: FakeAdmin, token_cache: TokenCache, stored: Any,
                                    proxy: ConnectProxy, monkeypatch: pytest.MonkeyPatch) -> None:
    user_proxy = proxy.url.replace("http://", "http://me:p%40ss@")
    monkeypatch.setenv("HTTP_PROXY", user_proxy)
    with make_remote(admin, token_cache) as r:
        for _ in range(3):
            assert r.fetch_task(name=NAME, version="v1").name == NAME
    assert len(proxy.requests) == 1  # one tunnel, kept alive
    assert proxy.requests[0].startswith(f"CONNECT 127.0.0.1:{admin.base.rsplit(':', 1)[1]} ")
    assert "Proxy-Authorization: Basic bWU6cEBzcw==" in proxy.requests[0]  # me:p@ss


@pytest.mark.parametrize("no_proxy", ["127.0.0.1", "*", "localhost,127.0.0.1", ".0.0.1"])
def test_no_proxy_bypasses_it(admin: FakeAdmin, token_cache: TokenCache, stored: Any,
                              proxy: ConnectProxy, monkeypatch: pytest.MonkeyPatch,
                              no_proxy: str) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", no_proxy)
    with make_remote(admin, token_cache) as r:
        assert r.fetch_task(name=NAME, version="v1").name == NAME
    assert proxy.requests == []


def test_proxy_from_the_config(admin: FakeAdmin, token_cache: TokenCache, stored: Any,
                               proxy: ConnectProxy) -> None:
    with make_remote(admin, token_cache, http_proxy_url=proxy.url) as r:
        assert r.fetch_task(name=NAME, version="v1").name == NAME
    assert len(proxy.requests) == 1


def test_a_proxy_without_a_scheme(admin: FakeAdmin, token_cache: TokenCache, stored: Any,
                                  proxy: ConnectProxy, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("http_proxy", proxy.url.removeprefix("http://"))
    with make_remote(admin, token_cache) as r:
        assert r.fetch_task(name=NAME, version="v1").name == NAME
    assert len(proxy.requests) == 1
