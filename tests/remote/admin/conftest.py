"""Fixtures: a FlyteAdmin stand-in on 127.0.0.1 (see server.py), and clients of it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from flyte_lite.remote import Remote
from flyte_lite.remote.admin import Config, Retry, Timeout, TokenCache
from tests.conftest import TASK_FIXTURES, reference_class
from tests.remote.admin.server import FakeAdmin

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "http_proxy", "https_proxy",
                   "no_proxy", "ALL_PROXY", "all_proxy")
#: Retries without waiting, so that fault tests take no time.
FAST_RETRY = Retry(total=3, backoff_factor=0)


def spec_of(name: str) -> Any:
    """A fixture task spec as a flyteidl (upb) message."""
    path = next(p for p in TASK_FIXTURES if p.stem == name)
    return reference_class("flyteidl.admin.TaskSpec").FromString(path.read_bytes())


@pytest.fixture(autouse=True)
def _no_proxies_from_the_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def admin() -> Iterator[FakeAdmin]:
    server = FakeAdmin()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def token_cache(tmp_path: Path) -> TokenCache:
    return TokenCache(tmp_path / "cache" / "tokens.json")


def make_remote(admin: FakeAdmin, token_cache: TokenCache, **options: Any) -> Remote:
    settings = {k: options.pop(k) for k in list(options) if k in Config.__annotations__}
    config = Config.for_endpoint(admin.endpoint, insecure=True, **settings)
    options.setdefault("retry", FAST_RETRY)
    options.setdefault("timeout", Timeout(connect=5, read=5))
    return Remote(config, default_project="flytesnacks", default_domain="development",
                  token_cache=token_cache, **options)


@pytest.fixture
def remote(admin: FakeAdmin, token_cache: TokenCache) -> Iterator[Remote]:
    with make_remote(admin, token_cache) as r:
        yield r
