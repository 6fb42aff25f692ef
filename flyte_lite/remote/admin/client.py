"""FlyteAdmin's HTTP gateway as typed calls: a request message in, a response message out.

:class:`AdminClient` sends each RPC of :data:`~.routes.ROUTES` as the gateway expects it,
asking for binary protobuf (``application/octet-stream``), on one kept-alive connection;
signs in when the server answers 401 (or at once with a static token) and retries once;
and turns error answers into the :mod:`~.errors` class named by their gRPC code.
"""

from __future__ import annotations

import platform
from collections.abc import Iterator, Mapping
from typing import Any, Optional, TypeVar
from urllib.parse import urlencode, urlsplit

import attrs
import orjson

from flyte_lite._version import __version__
from flyte_lite.message import Message, lookup
from flyte_lite.remote.admin.auth import (
    Authenticator,
    ExternalCommand,
    Flow,
    ServerAuth,
    TokenCache,
    flow_for,
)
from flyte_lite.remote.admin.config import Config
from flyte_lite.remote.admin.errors import (
    AdminError,
    ResponseError,
    code_for_http_status,
    error_for_code,
)
from flyte_lite.remote.admin.routes import ROUTES, request_target
from flyte_lite.remote.admin.transport import (
    DEFAULT_RETRY,
    DEFAULT_TIMEOUT,
    Response,
    Retry,
    Timeout,
    Transport,
)
from flyte_lite.wire import DecodeError

__all__ = ["AdminClient"]

PROTOBUF = "application/octet-stream"
JSON = "application/json"
FORM = "application/x-www-form-urlencoded"
USER_AGENT = f"flyte-lite/{__version__} (Python {platform.python_version()})"
#: Pages a listing may take before it is taken for a server repeating itself.
MAX_PAGES = 1_000_000

M = TypeVar("M", bound=Message)


class AdminClient:
    """One FlyteAdmin, reached as ``config`` says. Use as a context manager, or ``close()``.

    ``flow`` overrides the sign-in flow the config names; ``flow_options`` go to the
    interactive flows (``notify``, ``open_browser``...); ``token_cache`` keeps their tokens
    (default ``~/.cache/flyte_lite/tokens.json``).
    """

    def __init__(
        self, config: Config, *, timeout: Timeout = DEFAULT_TIMEOUT, retry: Retry = DEFAULT_RETRY,
        flow: Optional[Flow] = None, token_cache: Optional[TokenCache] = None,
        **flow_options: Any,
    ) -> None:
        self.config = config
        self.timeout = timeout
        self.retry = retry
        self.transport = self._transport(config.url)
        self._elsewhere: dict[str, Transport] = {}  # other origins: an external OAuth2 server
        server = ServerAuth(self)
        self.auth = Authenticator(
            flow or flow_for(config, **flow_options), server,
            cache=token_cache or TokenCache(), cache_key=f"{config.url} {config.client_id or ''}",
        )
        #: flytekit's proxyCommand: a token for a proxy in front of Flyte, sent from the start.
        self.proxy_auth = Authenticator(
            ExternalCommand(config.proxy_command), server,
            header_name="proxy-authorization", eager=True,
        ) if config.proxy_command else None

    def _transport(self, url: str) -> Transport:
        return Transport(
            url, timeout=self.timeout, retry=self.retry, ca_file=self.config.ca_cert_file_path,
            verify=not self.config.insecure_skip_verify, proxy=self.config.http_proxy_url,
        )

    def __enter__(self) -> AdminClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close every connection."""
        self.transport.close()
        for transport in self._elsewhere.values():
            transport.close()

    # --- FlyteAdmin's RPCs -------------------------------------------------------------------

    def call(self, rpc: str, request: Message) -> Message:
        """Send ``request`` as RPC ``rpc`` and decode the answer (its route's response type)."""
        route = ROUTES[rpc]
        if request.full_name != route.request:
            raise TypeError(f"{rpc} takes a {route.request}, not a {request.full_name}")
        target, body = request_target(route, request)
        response = self._authorized(route.method, target, body)
        where = f"{route.method} {target}"
        if response.content_type != PROTOBUF:
            raise ResponseError(
                f"{where}: expected {PROTOBUF}, got {response.content_type or 'no content type'}"
                f" (HTTP {response.status}): {_snippet(response.body)}"
            )
        try:
            return lookup(route.response).from_bytes(response.body)
        except DecodeError as exc:
            raise ResponseError(f"{where}: undecodable {route.response}: {exc}") from None

    def pages(self, rpc: str, request: Message, items: str) -> Iterator[Any]:
        """Every item (field ``items`` of each page) of a listing, following page tokens."""
        token, seen = "", set()
        for _ in range(MAX_PAGES):
            page = self.call(rpc, attrs.evolve(request, token=token))  # type: ignore[call-arg]
            yield from getattr(page, items)
            token = page.token  # type: ignore[attr-defined]
            if not token:
                return
            if token in seen:
                raise ResponseError(f"{rpc}: the server sent page token {token!r} twice")
            seen.add(token)
        raise ResponseError(f"{rpc}: more than {MAX_PAGES} pages")

    def _authorized(self, method: str, target: str, body: bytes) -> Response:
        headers = {"Accept": PROTOBUF, "User-Agent": USER_AGENT}
        if body:
            headers["Content-Type"] = PROTOBUF
        renewed: set[int] = set()
        while True:
            sent = dict(headers)
            for auth in (self.proxy_auth, self.auth):
                token = auth.header() if auth is not None else None
                if token is not None:
                    sent[token[0]] = token[1]
            response = self.transport.request(method, target, sent, body)
            # a missing or expired token (407: the proxy's): sign in (again), once each
            auth = self.proxy_auth if response.status == 407 else self.auth
            if response.status in (401, 407) and auth is not None and (
                response.status not in renewed and auth.renew()
            ):
                renewed.add(response.status)
                continue
            if response.status != 200:
                raise _error(method, target, response)
            return response

    # --- JSON and forms, for signing in (OAuthHTTP) ---------------------------------------

    def _for(self, url: str) -> tuple[Transport, str]:
        """The transport for ``url`` and the target on it (a path means FlyteAdmin)."""
        parts = urlsplit(url)
        if not parts.scheme:
            return self.transport, url
        origin = f"{parts.scheme}://{parts.netloc}"
        transport = self.transport
        if origin != self.config.url and origin != transport.base:
            transport = self._elsewhere.get(origin) or self._transport(origin)
            self._elsewhere[origin] = transport
        return transport, (parts.path or "/") + (f"?{parts.query}" if parts.query else "")

    def _proxy_header(self, transport: Transport) -> dict[str, str]:
        """The proxy's token, for requests to FlyteAdmin's host (which the proxy fronts)."""
        if self.proxy_auth is None or transport is not self.transport:
            return {}
        name, value = self.proxy_auth.header() or ("", "")
        return {name: value} if name else {}

    def get_json(self, url: str) -> dict[str, Any]:
        transport, target = self._for(url)
        response = transport.request("GET", target, {"Accept": JSON, "User-Agent": USER_AGENT,
                                                     **self._proxy_header(transport)})
        if response.status != 200:
            raise _error("GET", target, response)
        return _json_object("GET", target, response)

    def post_form(
        self, url: str, form: Mapping[str, str], headers: Mapping[str, str]
    ) -> tuple[int, dict[str, Any]]:
        transport, target = self._for(url)
        sent = {"Accept": JSON, "Content-Type": FORM, "User-Agent": USER_AGENT, **headers,
                **self._proxy_header(transport)}
        response = transport.request("POST", target, sent, urlencode(form).encode())
        if response.status != 200 and response.content_type != JSON:
            return response.status, {"error": f"HTTP {response.status}",
                                     "error_description": _snippet(response.body)}
        return response.status, _json_object("POST", target, response)


def _json_object(method: str, target: str, response: Response) -> dict[str, Any]:
    try:
        tree = orjson.loads(response.body)
    except orjson.JSONDecodeError:
        tree = None
    if not isinstance(tree, dict):
        raise ResponseError(f"{method} {target}: expected a JSON object, got "
                            f"{response.content_type or 'no content type'}: "
                            f"{_snippet(response.body)}")
    return tree


def _error(method: str, target: str, response: Response) -> AdminError:
    """The exception for an error answer: the code and message the gateway's body holds
    (binary ``google.rpc.Status`` or JSON), else the HTTP status's code and the body."""
    from flyte_lite.models.rpc.status import Status

    code, message = 0, ""
    if response.content_type == PROTOBUF:
        try:
            status = Status.from_bytes(response.body)
            code, message = status.code, status.message
        except DecodeError:
            pass
    elif response.content_type == JSON:
        try:
            tree = orjson.loads(response.body)
        except orjson.JSONDecodeError:
            tree = None
        if isinstance(tree, dict):
            found = tree.get("code")
            code = found if isinstance(found, int) and not isinstance(found, bool) else 0
            text = tree.get("message") or tree.get("error")
            message = text if isinstance(text, str) else ""
    if not code:
        code = code_for_http_status(response.status)
    if not message:
        message = _snippet(response.body) or f"HTTP {response.status} with no body"
    return error_for_code(code)(message, http_status=response.status, method=method,
                                path=target, code=code)


def _snippet(body: bytes, limit: int = 200) -> str:
    """The start of a body as one line of text, for error messages."""
    text = " ".join(body[: limit * 2].decode("utf-8", errors="replace").split())
    return text if len(text) <= limit else text[: limit - 3] + "..."
