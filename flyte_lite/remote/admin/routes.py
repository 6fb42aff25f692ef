"""FlyteAdmin's HTTP routes: the ``google.api.http`` options of flyteidl's
``service/admin.proto`` and ``service/auth.proto``, written down as data.

Each :class:`Route` names its RPC, HTTP method, path templates (the first, then the
additional bindings), body rule and message types; ``tests/remote/admin/test_routes.py``
checks the table against the options read from flyteidl's descriptors. Turning a request
message into a path and a query string follows grpc-gateway's rules: ``{a.b}`` in a path
is a (nested) field of the request; with no body, every other set field goes in the query
string under its dotted proto name (enums by name, repeated fields repeated); with body
``*`` the whole message is the body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, NamedTuple
from urllib.parse import quote, urlencode

from flyte_lite.message import Message
from flyte_lite.wire import specs_of
from flyte_lite.wire.fields import EnumKind, MapKind, MessageKind

__all__ = ["AUTH_ROUTES", "ROUTES", "Route", "request_target"]


class Route(NamedTuple):
    """One RPC as the gateway serves it."""

    rpc: str
    method: str
    patterns: tuple[str, ...]
    body: str
    request: str
    response: str


def _routes(*routes: Route) -> dict[str, Route]:
    return {r.rpc: r for r in routes}


_A = "flyteidl.admin."

#: The AdminService RPCs flyte_lite calls, by RPC name. Entity kinds (``kinds.py``) name
#: theirs ``Get{X}``, ``List{X}s``, ``List{X}Ids``, ``Create{X}``.
ROUTES = _routes(
    Route("CreateTask", "POST", ("/api/v1/tasks",), "*",
          _A + "TaskCreateRequest", _A + "TaskCreateResponse"),
    Route("GetTask", "GET",
          ("/api/v1/tasks/{id.project}/{id.domain}/{id.name}/{id.version}",), "",
          _A + "ObjectGetRequest", _A + "Task"),
    Route("ListTaskIds", "GET", ("/api/v1/task_ids/{project}/{domain}",), "",
          _A + "NamedEntityIdentifierListRequest", _A + "NamedEntityIdentifierList"),
    Route("ListTasks", "GET",
          ("/api/v1/tasks/{id.project}/{id.domain}/{id.name}",
           "/api/v1/tasks/{id.project}/{id.domain}"), "",
          _A + "ResourceListRequest", _A + "TaskList"),
    Route("CreateWorkflow", "POST", ("/api/v1/workflows",), "*",
          _A + "WorkflowCreateRequest", _A + "WorkflowCreateResponse"),
    Route("GetWorkflow", "GET",
          ("/api/v1/workflows/{id.project}/{id.domain}/{id.name}/{id.version}",), "",
          _A + "ObjectGetRequest", _A + "Workflow"),
    Route("ListWorkflowIds", "GET", ("/api/v1/workflow_ids/{project}/{domain}",), "",
          _A + "NamedEntityIdentifierListRequest", _A + "NamedEntityIdentifierList"),
    Route("ListWorkflows", "GET",
          ("/api/v1/workflows/{id.project}/{id.domain}/{id.name}",
           "/api/v1/workflows/{id.project}/{id.domain}"), "",
          _A + "ResourceListRequest", _A + "WorkflowList"),
    Route("CreateLaunchPlan", "POST", ("/api/v1/launch_plans",), "*",
          _A + "LaunchPlanCreateRequest", _A + "LaunchPlanCreateResponse"),
    Route("GetLaunchPlan", "GET",
          ("/api/v1/launch_plans/{id.project}/{id.domain}/{id.name}/{id.version}",), "",
          _A + "ObjectGetRequest", _A + "LaunchPlan"),
    Route("ListLaunchPlanIds", "GET", ("/api/v1/launch_plan_ids/{project}/{domain}",), "",
          _A + "NamedEntityIdentifierListRequest", _A + "NamedEntityIdentifierList"),
    Route("ListLaunchPlans", "GET",
          ("/api/v1/launch_plans/{id.project}/{id.domain}/{id.name}",
           "/api/v1/launch_plans/{id.project}/{id.domain}"), "",
          _A + "ResourceListRequest", _A + "LaunchPlanList"),
    Route("UpdateLaunchPlan", "PUT",
          ("/api/v1/launch_plans/{id.project}/{id.domain}/{id.name}/{id.version}",), "*",
          _A + "LaunchPlanUpdateRequest", _A + "LaunchPlanUpdateResponse"),
    Route("ListProjects", "GET", ("/api/v1/projects",), "",
          _A + "ProjectListRequest", _A + "Projects"),
)

#: The AuthMetadataService RPCs (answered in JSON, as OAuth2 servers do).
AUTH_ROUTES = _routes(
    Route("GetOAuth2Metadata", "GET", ("/.well-known/oauth-authorization-server",), "",
          "flyteidl.service.OAuth2MetadataRequest", "flyteidl.service.OAuth2MetadataResponse"),
    Route("GetPublicClientConfig", "GET", ("/config/v1/flyte_client",), "",
          "flyteidl.service.PublicClientAuthConfigRequest",
          "flyteidl.service.PublicClientAuthConfigResponse"),
)

_VARIABLE = re.compile(r"\{([^}]+)\}")


def request_target(route: Route, request: Message) -> tuple[str, bytes]:
    """The path with query string, and the body, that send ``request`` on ``route``.

    The first path template whose variables are all set is used; a request that fills
    none raises ``ValueError`` naming the fields it lacks.
    """
    for pattern in route.patterns:
        names = _VARIABLE.findall(pattern)
        values = {n: _get(request, n) for n in names}
        if all(v not in ("", None) for v in values.values()):
            break
    else:
        missing = [n for n in _VARIABLE.findall(route.patterns[-1]) if not _get(request, n)]
        raise ValueError(f"{route.rpc}: the request needs {', '.join(missing)}")
    path = _VARIABLE.sub(lambda m: quote(str(values[m[1]]), safe=""), pattern)
    if route.body == "*":
        return path, request.to_bytes()
    query = urlencode(list(_query(request, "", set(names))))
    return (f"{path}?{query}" if query else path), b""


def _get(message: Any, dotted: str) -> Any:
    for name in dotted.split("."):
        message = getattr(message, name, None) if message is not None else None
    return message


def _query(message: Message, prefix: str, in_path: set[str]) -> Iterator[tuple[str, str]]:
    """The set fields of ``message`` not in the path, as (dotted name, text) pairs."""
    for spec in specs_of(type(message)):
        name = prefix + spec.name
        value = getattr(message, spec.name)
        if name in in_path or isinstance(spec.kind, MapKind) or not spec.is_set(value):
            continue
        for item in value if spec.repeated else [value]:
            if isinstance(spec.kind, MessageKind):
                yield from _query(item, name + ".", in_path)
            else:
                yield name, _text(spec.kind, item)


def _text(kind: Any, value: Any) -> str:
    if isinstance(kind, EnumKind):
        try:
            return kind.enum_type(value).name
        except ValueError:  # a number the schema does not know: the gateway takes numbers
            return str(int(value))
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
