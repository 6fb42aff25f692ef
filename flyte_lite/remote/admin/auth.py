"""Signing in to FlyteAdmin as Flyte deployments have it.

The server says how: ``/.well-known/oauth-authorization-server`` (OAuth2 metadata: the
token, authorization and device endpoints) and ``/config/v1/flyte_client`` (the public
client id, redirect URI, scopes, audience, and the header that carries the token,
``authorization`` unless it names another). A :class:`Flow` gets a token:
:class:`StaticToken`, :class:`ClientSecret` (OAuth2 client credentials),
:class:`ExternalCommand` (a command that prints one), :class:`DeviceFlow` (RFC 8628:
shows a URL and a code, then polls) and :class:`Pkce` (authorization code with PKCE in a
browser). :class:`Authenticator` keeps the token, renews it when it expires or the
server answers 401, and caches what the interactive flows got in a file only its owner
can read. Tokens and secrets are never printed, logged or shown in a ``repr``.
"""

from __future__ import annotations

import base64
import hashlib
import http.server
import json
import os
import secrets
import subprocess
import sys
import threading
import time
import webbrowser
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Callable, Optional, Protocol
from urllib.parse import parse_qs, quote, urlencode, urlsplit

import attrs

from flyte_lite.remote.admin.config import Config
from flyte_lite.remote.admin.errors import AuthError, ConfigError, NotFound

__all__ = [
    "Authenticator",
    "ClientSecret",
    "Credentials",
    "DeviceFlow",
    "ExternalCommand",
    "Flow",
    "OAuthHTTP",
    "Pkce",
    "ServerAuth",
    "StaticToken",
    "TokenCache",
    "flow_for",
]

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
#: A token is renewed this long before it expires (or half its lifetime, if shorter).
EXPIRY_MARGIN = 30.0


class OAuthHTTP(Protocol):
    """The two kinds of HTTP call signing in makes (URLs may be on another host)."""

    def get_json(self, url: str) -> dict[str, Any]:
        """GET ``url`` (a path on FlyteAdmin, or an absolute URL) and read a JSON object."""

    def post_form(
        self, url: str, form: Mapping[str, str], headers: Mapping[str, str]
    ) -> tuple[int, dict[str, Any]]:
        """POST a form to ``url``; the status and the JSON object answered."""


@attrs.frozen
class Credentials:
    """A token, the refresh token if one came with it, and when to renew it (epoch
    seconds, a little before it expires; ``None``: when the server refuses it)."""

    access_token: str = attrs.field(repr=False)
    refresh_token: Optional[str] = attrs.field(default=None, repr=False)
    renew_at: Optional[float] = None

    def expired(self, now: float) -> bool:
        return self.renew_at is not None and now >= self.renew_at

    @classmethod
    def from_token_response(cls, answer: Mapping[str, Any], now: float) -> Credentials:
        token = answer.get("access_token")
        if not isinstance(token, str) or not token:
            raise AuthError("the token endpoint answered without an access_token")
        expires_in = answer.get("expires_in")
        refresh = answer.get("refresh_token")
        return cls(
            access_token=token,
            refresh_token=refresh if isinstance(refresh, str) and refresh else None,
            renew_at=(now + expires_in - min(EXPIRY_MARGIN, expires_in / 2)
                      if isinstance(expires_in, (int, float)) else None),
        )


def _pick(tree: Mapping[str, Any], snake: str) -> Any:
    """A field of a gateway JSON answer, under its proto name or its lowerCamelCase one."""
    if snake in tree:
        return tree[snake]
    head, *rest = snake.split("_")
    return tree.get(head + "".join(w.capitalize() for w in rest))


class ServerAuth:
    """What the server says about signing in, fetched once when first needed."""

    def __init__(self, http: OAuthHTTP) -> None:
        self.http = http
        self._metadata: Optional[dict[str, Any]] = None
        self._client: Optional[dict[str, Any]] = None

    def metadata(self, name: str) -> str:
        """A field of the OAuth2 metadata (``token_endpoint``...); AuthError if absent."""
        if self._metadata is None:
            self._metadata = self.http.get_json("/.well-known/oauth-authorization-server")
        value = _pick(self._metadata, name)
        if not isinstance(value, str) or not value:
            raise AuthError(f"the server's OAuth2 metadata has no {name}")
        return value

    def client(self, name: str) -> Any:
        """A field of the public client config (``client_id``...), ``None`` if absent."""
        if self._client is None:
            try:
                self._client = self.http.get_json("/config/v1/flyte_client")
            except NotFound:
                self._client = {}
        return _pick(self._client, name)

    @property
    def header_name(self) -> str:
        """The request header that carries the token."""
        return self.client("authorization_metadata_key") or "authorization"

    def scope_and_audience(self, scopes: Sequence[str], audience: Optional[str]) -> dict[
        str, str
    ]:
        """The ``scope`` and ``audience`` parameters: those given, else the client config's."""
        out = {}
        chosen = list(scopes) or list(self.client("scopes") or [])
        if chosen:
            out["scope"] = " ".join(chosen)
        audience = audience or self.client("audience")
        if audience:
            out["audience"] = str(audience)
        return out

    def token_request(self, form: Mapping[str, str], headers: Mapping[str, str]) -> tuple[
        int, dict[str, Any]
    ]:
        return self.http.post_form(self.metadata("token_endpoint"), form, headers)

    def tokens(self, form: Mapping[str, str], headers: Mapping[str, str], what: str,
               now: float) -> Credentials:
        """Ask the token endpoint; AuthError with the server's reason if it says no."""
        status, answer = self.token_request(form, headers)
        if status != 200:
            raise AuthError(f"{what}: the token endpoint refused (HTTP {status}): "
                            f"{_oauth_error(answer)}")
        return Credentials.from_token_response(answer, now)


def _oauth_error(answer: Mapping[str, Any]) -> str:
    error = answer.get("error") or "no reason given"
    description = answer.get("error_description")
    return f"{error}: {description}" if description else str(error)


class Flow:
    """A way to get a token. ``cacheable`` flows keep theirs in the token cache."""

    name = ""
    cacheable = False
    #: Whether a 401 may be answered by getting a new token.
    renewable = True
    #: The OAuth2 client id, scopes and audience given (else the server's client config's).
    given_client_id: Optional[str] = None
    scopes: tuple[str, ...] = ()
    audience: Optional[str] = None

    def fetch(self, server: ServerAuth, now: Callable[[], float]) -> Credentials:
        raise NotImplementedError

    def refresh(self, server: ServerAuth, credentials: Credentials,
                now: Callable[[], float]) -> Optional[Credentials]:
        """New credentials from a refresh token, or ``None`` to fetch anew."""
        if credentials.refresh_token is None:
            return None
        status, answer = server.token_request(
            {"grant_type": "refresh_token", "refresh_token": credentials.refresh_token,
             "client_id": self.client_id(server)}, {},
        )
        if status != 200:
            return None  # an expired or revoked refresh token: sign in again
        return Credentials.from_token_response(answer, now())

    def client_id(self, server: ServerAuth) -> str:
        found = self.given_client_id or server.client("client_id")
        if not found:
            raise AuthError(f"{self.name}: no client id (set admin.clientId)")
        return str(found)


class StaticToken(Flow):
    """A token given as it is (``Config.token``); it is sent from the first request."""

    name = "Token"
    renewable = False

    def __init__(self, token: str) -> None:
        self._token = token

    def __repr__(self) -> str:
        return "StaticToken(<hidden>)"

    def fetch(self, server: ServerAuth, now: Callable[[], float]) -> Credentials:
        return Credentials(access_token=self._token)


class ClientSecret(Flow):
    """OAuth2 client credentials: the client id and secret, scopes and audience from the
    config or else the server's client config."""

    name = "ClientSecret"

    def __init__(self, client_id: str, secret: str, scopes: Sequence[str] = (),
                 audience: Optional[str] = None) -> None:
        self.given_client_id = client_id
        self._secret = secret
        self.scopes = tuple(scopes)
        self.audience = audience

    def __repr__(self) -> str:
        return f"ClientSecret(client_id={self.given_client_id!r}, secret=<hidden>)"

    def fetch(self, server: ServerAuth, now: Callable[[], float]) -> Credentials:
        client_id = self.client_id(server)
        pair = f"{quote(client_id, safe='')}:{quote(self._secret, safe='')}"
        headers = {"Authorization": "Basic " + base64.b64encode(pair.encode()).decode()}
        form = {"grant_type": "client_credentials",
                **server.scope_and_audience(self.scopes, self.audience)}
        return server.tokens(form, headers, f"ClientSecret ({client_id})", now())

    def refresh(self, server: ServerAuth, credentials: Credentials,
                now: Callable[[], float]) -> Optional[Credentials]:
        return None  # the secret gets a new token directly


class ExternalCommand(Flow):
    """A command that prints a token on standard output (``admin.command``)."""

    name = "ExternalCommand"

    def __init__(self, command: Sequence[str], timeout: float = 60.0) -> None:
        if not command:
            raise ConfigError("ExternalCommand: no command (set admin.command)")
        self.command = tuple(command)
        self.timeout = timeout

    def fetch(self, server: ServerAuth, now: Callable[[], float]) -> Credentials:
        shown = " ".join(self.command)
        try:
            done = subprocess.run(self.command, capture_output=True, timeout=self.timeout,
                                  check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise AuthError(f"ExternalCommand {shown!r}: {exc}") from None
        if done.returncode != 0:
            # stderr may say why; stdout is where a token would be, so it is never shown
            why = done.stderr.decode(errors="replace").strip().splitlines()
            raise AuthError(f"ExternalCommand {shown!r} exited with status {done.returncode}"
                            + (f": {why[-1]}" if why else ""))
        token = done.stdout.decode(errors="replace").strip()
        if not token:
            raise AuthError(f"ExternalCommand {shown!r} printed no token")
        return Credentials(access_token=token)


class DeviceFlow(Flow):
    """RFC 8628: show a URL and a code, then poll the token endpoint until the user has
    signed in (``authorization_pending`` waits, ``slow_down`` waits 5 s longer)."""

    name = "DeviceFlow"
    cacheable = True

    def __init__(self, client_id: Optional[str] = None, scopes: Sequence[str] = (),
                 audience: Optional[str] = None, *,
                 notify: Callable[[str], None] = lambda text: print(text, file=sys.stderr),
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.given_client_id = client_id
        self.scopes = tuple(scopes)
        self.audience = audience
        self.notify = notify
        self.sleep = sleep

    def fetch(self, server: ServerAuth, now: Callable[[], float]) -> Credentials:
        client_id = self.client_id(server)
        form = {"client_id": client_id, **server.scope_and_audience(self.scopes, self.audience)}
        status, start = server.http.post_form(
            server.metadata("device_authorization_endpoint"), form, {}
        )
        if status != 200 or not isinstance(start.get("device_code"), str):
            raise AuthError(f"DeviceFlow: the device endpoint refused (HTTP {status}): "
                            f"{_oauth_error(start)}")
        uri = start.get("verification_uri_complete") or start.get("verification_uri")
        self.notify(f"To sign in, open {uri} and enter the code {start.get('user_code')}")
        interval = float(start.get("interval") or 5)
        deadline = now() + float(start.get("expires_in") or 600)
        poll = {"grant_type": DEVICE_GRANT, "device_code": start["device_code"],
                "client_id": client_id}
        while now() < deadline:
            self.sleep(interval)
            status, answer = server.token_request(poll, {})
            if status == 200:
                return Credentials.from_token_response(answer, now())
            error = answer.get("error")
            if error == "authorization_pending":
                continue
            if error == "slow_down":
                interval += 5
                continue
            raise AuthError(f"DeviceFlow: {_oauth_error(answer)}")
        raise AuthError("DeviceFlow: the code expired before sign-in finished")


class Pkce(Flow):
    """The authorization code flow with PKCE (S256): opens the sign-in page in a browser
    and takes the code at the redirect URI, on a local listener."""

    name = "Pkce"
    cacheable = True

    def __init__(self, client_id: Optional[str] = None, scopes: Sequence[str] = (),
                 audience: Optional[str] = None, *, redirect_uri: Optional[str] = None,
                 open_browser: Callable[[str], bool] = webbrowser.open,
                 timeout: float = 300.0) -> None:
        self.given_client_id = client_id
        self.scopes = tuple(scopes)
        self.audience = audience
        self.redirect_uri = redirect_uri
        self.open_browser = open_browser
        self.timeout = timeout

    def fetch(self, server: ServerAuth, now: Callable[[], float]) -> Credentials:
        client_id = self.client_id(server)
        redirect = self.redirect_uri or server.client("redirect_uri") or (
            "http://localhost:53593/callback"
        )
        verifier = secrets.token_urlsafe(64)
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
        state = secrets.token_urlsafe(24)
        query = {
            "response_type": "code", "client_id": client_id, "redirect_uri": redirect,
            "code_challenge": challenge.decode().rstrip("="), "code_challenge_method": "S256",
            "state": state, **server.scope_and_audience(self.scopes, self.audience),
        }
        url = f"{server.metadata('authorization_endpoint')}?{urlencode(query)}"
        with _Callback(redirect) as callback:
            if not self.open_browser(url):
                raise AuthError("Pkce: no browser to sign in with; use DeviceFlow or "
                                "ClientSecret (admin.authType) on machines without one")
            params = callback.wait(self.timeout)
        if params.get("state") != state:
            raise AuthError("Pkce: the sign-in answer's state does not match this request")
        if "code" not in params:
            raise AuthError(f"Pkce: sign-in failed: {_oauth_error(params)}")
        form = {"grant_type": "authorization_code", "code": params["code"],
                "redirect_uri": redirect, "client_id": client_id, "code_verifier": verifier}
        return server.tokens(form, {}, "Pkce", now())


class _Callback:
    """A one-shot HTTP listener at the redirect URI that takes the sign-in answer."""

    def __init__(self, redirect_uri: str) -> None:
        parts = urlsplit(redirect_uri)
        if parts.scheme != "http" or parts.hostname not in ("localhost", "127.0.0.1", "::1"):
            raise AuthError(f"Pkce: the redirect URI {redirect_uri!r} is not a local http URL")
        self.path = parts.path or "/"
        self.params: Optional[dict[str, str]] = None
        self.done = threading.Event()
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                target = urlsplit(self.path)
                if target.path != outer.path:
                    self.send_error(404)
                    return
                outer.params = {k: v[0] for k, v in parse_qs(target.query).items()}
                body = b"Signed in to Flyte. You may close this window."
                self.send_response(200)
                self.send_header("Content-Type", "text/plain; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                outer.done.set()

            def log_message(self, format: str, *args: Any) -> None:
                pass  # the query holds the code: keep it out of logs

        host = parts.hostname or "localhost"
        try:
            self.server = http.server.HTTPServer((host, parts.port or 80), Handler)
        except OSError as exc:
            raise AuthError(f"Pkce: cannot listen at {redirect_uri}: {exc}") from None
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.1,),
                                       daemon=True)

    def __enter__(self) -> _Callback:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()

    def wait(self, timeout: float) -> dict[str, str]:
        if not self.done.wait(timeout) or self.params is None:
            raise AuthError(f"Pkce: no sign-in answer within {timeout:g} s")
        return self.params


class TokenCache:
    """Tokens kept between runs, in one JSON file readable and writable by its owner only
    (mode 0600 in a 0700 folder); a file others can read is ignored."""

    def __init__(self, path: Optional[Path] = None) -> None:
        if path is None:
            base = os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache")
            path = Path(base) / "flyte_lite" / "tokens.json"
        self.path = Path(path)

    def _entries(self) -> dict[str, Any]:
        try:
            if self.path.stat().st_mode & 0o077:
                return {}
            tree = json.loads(self.path.read_text())
        except (OSError, ValueError):
            return {}
        return tree if isinstance(tree, dict) else {}

    def load(self, key: str) -> Optional[Credentials]:
        entry = self._entries().get(key)
        if not isinstance(entry, dict) or not isinstance(entry.get("access_token"), str):
            return None
        return Credentials(access_token=entry["access_token"],
                           refresh_token=entry.get("refresh_token"),
                           renew_at=entry.get("renew_at"))

    def save(self, key: str, credentials: Optional[Credentials]) -> None:
        entries = self._entries()
        if credentials is None:
            entries.pop(key, None)
        else:
            entries[key] = attrs.asdict(credentials)
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        temp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.fchmod(fd, 0o600)
            os.write(fd, json.dumps(entries).encode())
        finally:
            os.close(fd)
        os.replace(temp, self.path)


class Authenticator:
    """Keeps a flow's token and renews it: before use when it has expired, and once when
    the server answers 401 (see :meth:`renew`).

    The token goes in the header the server's client config names, or in
    ``header_name`` when given (``proxy-authorization`` for a proxy in front of Flyte);
    an ``eager`` authenticator gets its token before the first request instead of after
    a 401.
    """

    def __init__(self, flow: Flow, server: ServerAuth, *, cache: Optional[TokenCache] = None,
                 cache_key: str = "", clock: Callable[[], float] = time.time,
                 header_name: Optional[str] = None, eager: bool = False) -> None:
        self.flow = flow
        self.server = server
        self.cache = cache if flow.cacheable else None
        self.cache_key = f"{cache_key} {flow.name}"
        self.clock = clock
        self.header_name = header_name
        self.eager = eager or isinstance(flow, StaticToken)
        self._credentials: Optional[Credentials] = None
        if self.cache is not None:
            self._credentials = self.cache.load(self.cache_key)

    def header(self) -> Optional[tuple[str, str]]:
        """The header to send, or ``None`` while no token is needed yet."""
        if self._credentials is None:
            if not self.eager:
                return None
            self._credentials = self.flow.fetch(self.server, self.clock)
        elif self._credentials.expired(self.clock()):
            self.renew()
        assert self._credentials is not None
        name = self.header_name or self.server.header_name
        return name, f"Bearer {self._credentials.access_token}"

    def renew(self) -> bool:
        """Get a new token (refreshing when possible); ``False`` if the flow cannot."""
        if not self.flow.renewable:
            return False
        old = self._credentials
        fresh = self.flow.refresh(self.server, old, self.clock) if old is not None else None
        self._credentials = fresh or self.flow.fetch(self.server, self.clock)
        if self.cache is not None:
            self.cache.save(self.cache_key, self._credentials)
        return True


def flow_for(config: Config, **options: Any) -> Flow:
    """The flow ``config.auth_type`` names, from the config's settings. ``options`` go to
    the interactive flows: ``notify`` and ``sleep`` to DeviceFlow, ``open_browser``,
    ``redirect_uri`` and ``timeout`` to Pkce (each flow takes its own and leaves the
    others, so a caller may give both sets)."""
    unknown = set(options) - {"notify", "sleep", "open_browser", "redirect_uri", "timeout"}
    if unknown:
        raise TypeError(f"unknown sign-in options: {', '.join(sorted(unknown))}")
    kind = config.auth_type
    if kind == "Token":
        if not config.token:
            raise ConfigError("auth type Token needs a token")
        return StaticToken(config.token)
    if kind == "ClientSecret":
        if not config.client_id:
            raise ConfigError("auth type ClientSecret needs a client id (admin.clientId, "
                              "FLYTE_CREDENTIALS_CLIENT_ID)")
        if not config.client_secret:
            where = (f" (nothing readable at {config.client_secret_location})"
                     if config.client_secret_location else "")
            raise ConfigError("auth type ClientSecret needs a secret: admin.clientSecretLocation,"
                              " admin.clientSecretEnvVar or FLYTE_CREDENTIALS_CLIENT_SECRET"
                              + where)
        return ClientSecret(config.client_id, config.client_secret, config.scopes,
                            config.audience)
    if kind == "ExternalCommand":
        return ExternalCommand(config.command)
    interactive = {k: v for k, v in options.items()
                   if k in ({"notify", "sleep"} if kind == "DeviceFlow"
                            else {"open_browser", "redirect_uri", "timeout"})}
    if kind == "DeviceFlow":
        return DeviceFlow(config.client_id, config.scopes, config.audience, **interactive)
    return Pkce(config.client_id, config.scopes, config.audience, **interactive)
