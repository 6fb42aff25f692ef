"""Signing in: every flow against the stand-in's OAuth2 endpoints, renewal on 401 and
expiry, the token cache, and secrets kept out of sight."""

from __future__ import annotations

import logging
import os
import stat
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from flyte_lite.remote import Remote
from flyte_lite.remote.admin import (
    AdminError,
    AuthError,
    ClientSecret,
    ConfigError,
    DeviceFlow,
    ExternalCommand,
    Pkce,
    StaticToken,
    TokenCache,
    Unauthenticated,
)
from tests.remote.admin.conftest import make_remote, spec_of
from tests.remote.admin.server import FakeAdmin

NAME = "workflows.typed.add_one"


@pytest.fixture
def secured(admin: FakeAdmin) -> FakeAdmin:
    admin.require_auth = True
    admin.add_task(spec_of("add_one"))
    return admin


def api_headers(admin: FakeAdmin) -> list[dict[str, str]]:
    return [h for _, p, h in admin.requests if p.startswith("/api/v1/")]


def fetch(remote: Remote) -> None:
    assert remote.fetch_task(name=NAME, version="v1").name == NAME


def test_without_sign_in_a_secured_server_says_unauthenticated(
    secured: FakeAdmin, token_cache: TokenCache
) -> None:
    with make_remote(secured, token_cache, flow=ExternalCommand(
            [sys.executable, "-c", "print('not-a-valid-token')"])) as r, \
            pytest.raises(Unauthenticated, match=r"HTTP 401.*invalid token"):
        fetch(r)
    assert len(api_headers(secured)) == 2  # tried without a token, then once with one


def test_static_token_in_the_servers_header(secured: FakeAdmin, token_cache: TokenCache) -> None:
    secured.header_name = "flyte-authorization"
    token = secured.issue_token()["access_token"]
    with Remote.for_endpoint(secured.endpoint, insecure=True, token=token,
                             token_cache=token_cache, default_project="flytesnacks",
                             default_domain="development") as r:
        fetch(r)
        assert token not in repr(r.config) and token not in repr(r.client.auth.flow)
    headers = api_headers(secured)
    assert len(headers) == 1 and headers[0]["flyte-authorization"] == f"Bearer {token}"
    assert "authorization" not in headers[0]


def test_a_refused_static_token_is_not_retried(secured: FakeAdmin,
                                               token_cache: TokenCache) -> None:
    with make_remote(secured, token_cache, flow=StaticToken("wrong")) as r, \
            pytest.raises(Unauthenticated):
        fetch(r)
    assert len(api_headers(secured)) == 1


def test_client_secret(secured: FakeAdmin, token_cache: TokenCache) -> None:
    secured.audience = "https://flyte.example"
    with make_remote(secured, token_cache, auth_type="ClientSecret", client_id="flytectl",
                     client_secret=secured.client_secret) as r:
        fetch(r)
        fetch(r)
    (form,) = secured.token_requests
    assert form == {"grant_type": "client_credentials", "scope": "all",
                    "audience": "https://flyte.example"}
    assert len(api_headers(secured)) == 3  # 401, then signed in, then the token again


def test_client_secret_scopes_from_the_config_win(secured: FakeAdmin,
                                                  token_cache: TokenCache) -> None:
    with make_remote(secured, token_cache, flow=ClientSecret(
            "flytectl", secured.client_secret, scopes=["a", "b"])) as r:
        fetch(r)
    assert secured.token_requests[0]["scope"] == "a b"


def test_a_wrong_secret_is_an_auth_error_that_hides_it(secured: FakeAdmin,
                                                       token_cache: TokenCache) -> None:
    with make_remote(secured, token_cache, auth_type="ClientSecret", client_id="flytectl",
                     client_secret="hunter2") as r, pytest.raises(AuthError) as info:
        fetch(r)
    assert str(info.value) == ("ClientSecret (flytectl): the token endpoint refused (HTTP 401): "
                               "invalid_client: bad credentials")
    assert "hunter2" not in repr(r.config) + repr(r.client.auth.flow)


def test_client_secret_needs_a_secret(admin: FakeAdmin, token_cache: TokenCache) -> None:
    with pytest.raises(ConfigError, match="ClientSecret needs a secret"):
        make_remote(admin, token_cache, auth_type="ClientSecret", client_id="x")


def test_external_command(secured: FakeAdmin, token_cache: TokenCache) -> None:
    token = secured.issue_token()["access_token"]
    with make_remote(secured, token_cache, auth_type="ExternalCommand",
                     command=(sys.executable, "-c", f"print({token!r})")) as r:
        fetch(r)
    assert api_headers(secured)[-1]["authorization"] == f"Bearer {token}"


def test_external_command_failures_never_show_its_output(secured: FakeAdmin,
                                                         token_cache: TokenCache) -> None:
    script = "import sys; print('tok-' + 'x' * 5); sys.stderr.write('no session\\n'); sys.exit(3)"
    with make_remote(secured, token_cache,
                     flow=ExternalCommand([sys.executable, "-c", script])) as r, \
            pytest.raises(AuthError) as info:
        fetch(r)
    assert "exited with status 3: no session" in str(info.value)
    assert "tok-xxxxx" not in str(info.value)


def test_device_flow(secured: FakeAdmin, token_cache: TokenCache) -> None:
    shown: list[str] = []
    waits: list[float] = []
    flow = DeviceFlow(notify=shown.append, sleep=waits.append)
    with make_remote(secured, token_cache, flow=flow) as r:
        fetch(r)
    assert shown == [f"To sign in, open {secured.base}/device and enter the code ABCD-EFGH"]
    assert waits == [1.0, 6.0, 6.0]  # interval 1; slow_down adds 5; then pending; then a token
    grants = [f["grant_type"] for f in secured.token_requests]
    assert grants == ["urn:ietf:params:oauth:grant-type:device_code"] * 3
    # the token is cached for the next run, in a file only its owner can read
    assert stat.S_IMODE(os.stat(token_cache.path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(token_cache.path.parent).st_mode) == 0o700
    with make_remote(secured, token_cache, flow=DeviceFlow(notify=shown.append)) as again:
        fetch(again)
    assert len(shown) == 1 and len(secured.token_requests) == 3


def test_device_flow_denied(secured: FakeAdmin, token_cache: TokenCache) -> None:
    secured.device_polls_pending = 10**6
    secured.device_slow_down = False
    clock = iter(range(0, 10**6, 100))
    flow = DeviceFlow(sleep=lambda s: None, notify=lambda s: None)
    with make_remote(secured, token_cache, flow=flow) as r:
        r.client.auth.clock = lambda: float(next(clock))
        with pytest.raises(AuthError, match="the code expired before sign-in finished"):
            fetch(r)


def browser(admin: FakeAdmin) -> Any:
    """A browser that signs in at once: follows the authorization URL's redirect to the
    local callback."""
    opened: list[str] = []

    def open_url(url: str) -> bool:
        opened.append(url)
        with urllib.request.urlopen(url, timeout=5) as answer:  # 127.0.0.1 only
            assert answer.read() == b"Signed in to Flyte. You may close this window."
        return True

    open_url.opened = opened  # type: ignore[attr-defined]
    return open_url


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_pkce_in_a_browser(secured: FakeAdmin, token_cache: TokenCache) -> None:
    secured.redirect_uri = f"http://127.0.0.1:{free_port()}/callback"
    open_url = browser(secured)
    with make_remote(secured, token_cache, open_browser=open_url) as r:
        fetch(r)
    (url,) = open_url.opened
    assert url.startswith(f"{secured.base}/oauth2/authorize?response_type=code&client_id=flytectl")
    assert "code_challenge_method=S256" in url and "scope=all" in url
    (form,) = secured.token_requests
    assert form["grant_type"] == "authorization_code" and len(form["code_verifier"]) >= 43


def test_pkce_without_a_browser(secured: FakeAdmin, token_cache: TokenCache) -> None:
    secured.redirect_uri = f"http://127.0.0.1:{free_port()}/callback"
    with make_remote(secured, token_cache, flow=Pkce(open_browser=lambda url: False)) as r, \
            pytest.raises(AuthError, match="no browser to sign in with; use DeviceFlow"):
        fetch(r)


def test_an_expired_token_is_refreshed_once(secured: FakeAdmin, token_cache: TokenCache) -> None:
    secured.redirect_uri = f"http://127.0.0.1:{free_port()}/callback"
    with make_remote(secured, token_cache, open_browser=browser(secured)) as r:
        fetch(r)
        secured.faults.append("expire")
        fetch(r)
    grants = [f["grant_type"] for f in secured.token_requests]
    assert grants == ["authorization_code", "refresh_token"]
    statuses = [h.get("authorization", "")[:11] for h in api_headers(secured)]
    assert statuses == ["", "Bearer tok-", "Bearer tok-", "Bearer tok-"]


def test_a_token_near_its_expiry_is_renewed_before_use(secured: FakeAdmin,
                                                       token_cache: TokenCache) -> None:
    secured.token_lifetime = 100  # renewed 30 s before it expires
    with make_remote(secured, token_cache, auth_type="ClientSecret", client_id="flytectl",
                     client_secret=secured.client_secret) as r:
        fetch(r)
        fetch(r)
        start = time.time()
        r.client.auth.clock = lambda: start + 71
        fetch(r)
    assert len(secured.token_requests) == 2
    assert len(api_headers(secured)) == 4  # one 401 at first, none after


def test_a_short_lived_token_is_used_for_half_its_life(secured: FakeAdmin,
                                                      token_cache: TokenCache) -> None:
    secured.token_lifetime = 10
    with make_remote(secured, token_cache, auth_type="ClientSecret", client_id="flytectl",
                     client_secret=secured.client_secret) as r:
        fetch(r)
        fetch(r)
    assert len(secured.token_requests) == 1


def test_secrets_never_reach_logs_or_output(secured: FakeAdmin, token_cache: TokenCache,
                                            capsys: pytest.CaptureFixture[str],
                                            caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with make_remote(secured, token_cache, auth_type="ClientSecret", client_id="flytectl",
                     client_secret=secured.client_secret) as r:
        fetch(r)
    tokens = list(secured.tokens)
    seen = capsys.readouterr()
    text = seen.out + seen.err + caplog.text
    for secret in [secured.client_secret, *tokens]:
        assert secret not in text


def test_the_token_cache_ignores_a_file_others_can_read(tmp_path: Path) -> None:
    from flyte_lite.remote.admin.auth import Credentials

    cache = TokenCache(tmp_path / "t.json")
    cache.save("k", Credentials(access_token="a", refresh_token="r", renew_at=5.0))
    assert cache.load("k") == Credentials(access_token="a", refresh_token="r", renew_at=5.0)
    os.chmod(cache.path, 0o644)
    assert cache.load("k") is None
    cache.save("k2", Credentials(access_token="b"))
    assert stat.S_IMODE(os.stat(cache.path).st_mode) == 0o600
    assert "secret-value" not in repr(Credentials(access_token="secret-value"))


def test_unknown_sign_in_options_are_refused(admin: FakeAdmin, token_cache: TokenCache) -> None:
    with pytest.raises(TypeError, match="unknown sign-in options: open_browsr"):
        make_remote(admin, token_cache, open_browsr=lambda url: True)


def test_proxy_command_token_goes_to_every_request(secured: FakeAdmin,
                                                   token_cache: TokenCache) -> None:
    secured.proxy_token = "proxy-tok"
    with make_remote(secured, token_cache, auth_type="ClientSecret", client_id="flytectl",
                     client_secret=secured.client_secret,
                     proxy_command=(sys.executable, "-c", "print('proxy-tok')")) as r:
        fetch(r)
    assert all(h["proxy-authorization"] == "Bearer proxy-tok" for _, _, h in secured.requests)
    assert len(secured.token_requests) == 1  # the token endpoint was reached through it


def test_a_refused_proxy_token_is_renewed_once(secured: FakeAdmin,
                                               token_cache: TokenCache) -> None:
    secured.require_auth = False
    secured.proxy_token = "right"
    script = "import pathlib, sys; p = pathlib.Path(sys.argv[1]); print(p.read_text())"
    state = token_cache.path.parent.parent / "proxy-token"
    state.write_text("stale")
    command = (sys.executable, "-c", script, str(state))
    with make_remote(secured, token_cache, proxy_command=command) as r:
        with pytest.raises(AdminError, match="HTTP 407"):
            fetch(r)  # the command keeps printing a stale token: refused after one renewal
        state.write_text("right")
        fetch(r)
    statuses = [h["proxy-authorization"] for _, _, h in secured.requests]
    # refused, renewed, refused; then the kept stale token, refused, renewed, accepted
    assert statuses == ["Bearer stale", "Bearer stale", "Bearer stale", "Bearer right"]
