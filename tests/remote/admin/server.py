"""A FlyteAdmin stand-in: FlyteAdmin's HTTP gateway and auth endpoints, on 127.0.0.1.

No FlyteAdmin runs on these machines, so this follows its published contract instead:

- routes: every ``google.api.http`` option of flyteidl's ``AdminService`` is read from
  the installed descriptors and matched as the gateway matches it (path variables into
  the request's nested fields, other fields from the query string, or the whole request
  from the body for ``body: "*"``); the RPCs flyte_lite uses are answered, the others
  are UNIMPLEMENTED, unknown paths NOT_FOUND;
- bodies: every message is built and encoded with flyteidl (upb), the oracle. The answer's
  encoding is grpc-gateway's choice: the Accept header when it names a known type, else
  the request's Content-Type; ``application/octet-stream`` is binary protobuf,
  ``application/json`` FlyteAdmin's snake_case JSON with unpopulated fields, anything
  else its lowerCamelCase JSON with unpopulated fields;
- errors: the HTTP status grpc-gateway gives each gRPC code, with a ``google.rpc.Status``
  body in the answer's encoding; FlyteAdmin's rules: ``limit`` is required for listings,
  a second create is ALREADY_EXISTS (same content) or INVALID_ARGUMENT (different);
- sign-in: ``/.well-known/oauth-authorization-server``, ``/config/v1/flyte_client``, a
  token endpoint (client credentials, device code, authorization code with PKCE, refresh
  token), a device authorization endpoint and an authorization endpoint; when
  ``require_auth`` is set, API calls without a valid, unexpired token get 401;
- faults, queued in ``faults`` and taken one per API request: ``"503"``, ``"429"``,
  ``"reset"`` (the connection is closed without an answer), ``"truncate"`` (half the
  body, then close), ``"slow"`` (waits ``slow_seconds`` before answering), ``"html"``
  (a 200 login page), ``"expire"`` (every token issued so far expires).

Everything is bounded: the server runs on an ephemeral port, handler threads are daemons,
and ``stop()`` shuts it down.
"""

from __future__ import annotations

import base64
import collections
import hashlib
import http.server
import json
import re
import secrets
import socket
import ssl
import struct
import threading
import time
from typing import Any, Callable, Optional
from urllib.parse import parse_qs, unquote, urlencode, urlsplit

from flyteidl.admin import common_pb2, launch_plan_pb2, project_pb2, task_pb2, workflow_pb2
from flyteidl.core import compiler_pb2, identifier_pb2
from flyteidl.service import admin_pb2, auth_pb2
from google.api import annotations_pb2
from google.protobuf import descriptor as _d
from google.protobuf import json_format, message_factory
from google.rpc import status_pb2

PROTOBUF = "application/octet-stream"
JSON = "application/json"
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"

# grpc-gateway's HTTP status for each gRPC code
HTTP_STATUS = {0: 200, 1: 499, 2: 500, 3: 400, 4: 504, 5: 404, 6: 409, 7: 403, 8: 429, 9: 400,
               10: 409, 11: 400, 12: 501, 13: 500, 14: 503, 15: 500, 16: 401}


class GatewayError(Exception):
    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class GatewayRoute:
    """One path template of an RPC, as a regular expression."""

    def __init__(self, method: Any, verb: str, pattern: str, body: str) -> None:
        self.rpc = method.name
        self.verb = verb.upper()
        self.pattern = pattern
        self.body = body
        self.request_class = message_factory.GetMessageClass(method.input_type)
        self.response_class = message_factory.GetMessageClass(method.output_type)
        self.variables = re.findall(r"\{([^}=]+)\}", pattern)
        regex = re.sub(r"\\\{[^}]+\\\}", "([^/]+)", re.escape(pattern))
        self.regex = re.compile(regex + r"\Z")


def gateway_routes(service: Any) -> list[GatewayRoute]:
    """Every binding of every RPC of ``service`` (a ServiceDescriptor)."""
    routes = []
    for method in service.methods:
        rule = method.GetOptions().Extensions[annotations_pb2.http]
        for binding in [rule, *rule.additional_bindings]:
            verb = binding.WhichOneof("pattern")
            if verb is None or verb == "custom":
                continue
            routes.append(GatewayRoute(method, verb, getattr(binding, verb), binding.body))
    # the gateway prefers the more specific template: more literal segments first
    routes.sort(key=lambda r: -r.pattern.count("/"))
    return routes


ADMIN_ROUTES = gateway_routes(admin_pb2.DESCRIPTOR.services_by_name["AdminService"])
AUTH_ROUTES = gateway_routes(auth_pb2.DESCRIPTOR.services_by_name["AuthMetadataService"])


def set_field(message: Any, dotted: str, text: str) -> None:
    """Set a (nested) scalar field from text, as the gateway reads path and query values."""
    *parents, last = dotted.split(".")
    for name in parents:
        if name not in message.DESCRIPTOR.fields_by_name:
            raise GatewayError(3, f'no field "{dotted}" in {message.DESCRIPTOR.full_name}')
        message = getattr(message, name)
    field = message.DESCRIPTOR.fields_by_name.get(last)
    if field is None or field.type == _d.FieldDescriptor.TYPE_MESSAGE:
        raise GatewayError(3, f'no scalar field "{dotted}" in {message.DESCRIPTOR.full_name}')
    try:
        if field.type == _d.FieldDescriptor.TYPE_ENUM:
            value: Any = (int(text) if text.lstrip("-").isdigit()
                          else field.enum_type.values_by_name[text].number)
        elif field.type == _d.FieldDescriptor.TYPE_BOOL:
            value = {"true": True, "false": False}[text]
        elif field.type == _d.FieldDescriptor.TYPE_STRING:
            value = text
        else:
            value = int(text)
    except (KeyError, ValueError):
        raise GatewayError(3, f"bad value {text!r} for {dotted}") from None
    if field.is_repeated:
        getattr(message, last).append(value)
    else:
        setattr(message, last, value)


def key_of(id: Any) -> tuple[str, str, str, str]:
    return (id.project, id.domain, id.name, id.version)


def all_nodes(template: Any) -> Any:
    """Every node of a workflow template: into branches, array nodes, the failure node."""
    stack = [*template.nodes]
    if template.HasField("failure_node"):
        stack.append(template.failure_node)
    while stack:
        node = stack.pop()
        yield node
        target = node.WhichOneof("target")
        if target == "branch_node":
            block = node.branch_node.if_else
            stack.extend(b.then_node for b in [block.case, *block.other])
            if block.HasField("else_node"):
                stack.append(block.else_node)
        elif target == "array_node":
            stack.append(node.array_node.node)


class FakeAdmin:
    """The server's state, its settings, and what it saw."""

    def __init__(self) -> None:
        self.tasks: dict[tuple[str, str, str, str], Any] = {}  # key -> admin Task (upb)
        self.versions: dict[tuple[str, str, str], list[Any]] = {}  # (p, d, name) -> keys
        self.workflows: dict[tuple[str, str, str, str], Any] = {}  # key -> admin Workflow
        self.launch_plans: dict[tuple[str, str, str, str], Any] = {}  # key -> admin LaunchPlan
        self.workflow_specs: dict[tuple[str, str, str, str], bytes] = {}  # key -> spec sent
        self.projects = [
            project_pb2.Project(id="flytesnacks", name="flytesnacks",
                                domains=[project_pb2.Domain(id="development", name="development")]),
            project_pb2.Project(id="other", name="Other", description="the other one",
                                labels=common_pb2.Labels(values={"team": "x"})),
        ]
        self.faults: collections.deque[str] = collections.deque()
        self.slow_seconds = 1.0
        self.require_auth = False
        #: When set, every request must carry ``proxy-authorization: Bearer <it>`` (a proxy
        #: in front of Flyte, as flytekit's proxyCommand expects), else 407.
        self.proxy_token: Optional[str] = None
        self.header_name = "authorization"
        self.client_id = "flytectl"
        self.client_secret = "s3cret/with:odd chars"
        self.scopes = ["all"]
        self.audience = ""
        self.token_lifetime = 3600
        self.tokens: dict[str, float] = {}  # token -> expiry (epoch seconds)
        self.refresh_tokens: set[str] = set()
        self.device_polls_pending = 2  # authorization_pending answers before the token
        self.device_slow_down = True  # one slow_down among them
        self.device_polls = 0
        self.pkce: dict[str, tuple[str, str]] = {}  # code -> (challenge, redirect_uri)
        self.redirect_uri = "http://localhost:53593/callback"
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self.token_requests: list[dict[str, str]] = []
        self.connections = 0
        self.lock = threading.Lock()
        self._clock = 0
        self.httpd: Optional[http.server.ThreadingHTTPServer] = None
        self.base = ""

    # --- control -------------------------------------------------------------------

    def start(self, ssl_context: Any = None) -> str:
        admin = self

        class Handler(_Handler):
            server_state = admin

        self.httpd = _Server(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        if ssl_context is not None:
            self.httpd.socket = ssl_context.wrap_socket(self.httpd.socket, server_side=True)
        scheme = "https" if ssl_context is not None else "http"
        self.base = f"{scheme}://127.0.0.1:{self.httpd.server_address[1]}"
        # shutdown() waits for the loop to look again: every 10 ms
        threading.Thread(target=self.httpd.serve_forever, args=(0.01,), daemon=True).start()
        return self.base

    def stop(self) -> None:
        if self.httpd is not None:
            self.httpd.shutdown()
            self.httpd.server_close()

    @property
    def endpoint(self) -> str:
        return self.base.split("://", 1)[1]

    def add_task(self, spec: Any, project: str = "flytesnacks", domain: str = "development",
                 version: str = "v1", name: Optional[str] = None) -> Any:
        """Store ``spec`` (a flyteidl admin TaskSpec) as registered at ``version``."""
        id = identifier_pb2.Identifier(
            resource_type=identifier_pb2.TASK, project=project, domain=domain,
            name=name or spec.template.id.name, version=version)
        template = type(spec.template)()
        template.CopyFrom(spec.template)
        template.id.CopyFrom(id)
        with self.lock:
            self._clock += 1
            task = task_pb2.Task(id=id, short_description=spec.description.short_description)
            task.closure.compiled_task.CopyFrom(compiler_pb2.CompiledTask(template=template))
            task.closure.created_at.FromSeconds(1_700_000_000 + self._clock)
            if key_of(id) not in self.tasks:
                self.versions.setdefault(key_of(id)[:3], []).append(key_of(id))
            self.tasks[key_of(id)] = task
        return task

    def issue_token(self) -> dict[str, Any]:
        token = "tok-" + secrets.token_hex(8)
        refresh = "ref-" + secrets.token_hex(8)
        self.tokens[token] = time.time() + self.token_lifetime
        self.refresh_tokens.add(refresh)
        return {"access_token": token, "token_type": "bearer",
                "expires_in": self.token_lifetime, "refresh_token": refresh}

    # --- the gateway's RPCs ----------------------------------------------------------

    def GetTask(self, request: Any) -> Any:
        task = self.tasks.get(key_of(request.id))
        if task is None:
            raise GatewayError(5, "missing entity of type TASK with identifier "
                                  + json_format.MessageToJson(request.id, indent=None))
        return task

    def ListTasks(self, request: Any) -> Any:
        id = request.id
        if id.name:
            found = [self.tasks[k] for k in self.versions.get((id.project, id.domain, id.name), [])]
        else:
            found = [t for k, t in self.tasks.items() if k[:2] == (id.project, id.domain)]
        found = self._filtered(found, request.filters)
        if request.HasField("sort_by"):
            if request.sort_by.key != "created_at":
                raise GatewayError(3, f"invalid sort key {request.sort_by.key!r}")
            found.sort(key=lambda t: t.closure.created_at.ToNanoseconds(),
                       reverse=request.sort_by.direction == common_pb2.Sort.DESCENDING)
        page, token = self._page(found, request.limit, request.token)
        return task_pb2.TaskList(tasks=page, token=token)

    def ListTaskIds(self, request: Any) -> Any:
        return self._ids(self.tasks, request)

    def CreateTask(self, request: Any) -> Any:
        for part in ("project", "domain", "name", "version"):
            if not getattr(request.id, part):
                raise GatewayError(3, f"missing {part}")
        if request.id.project not in {p.id for p in self.projects}:
            raise GatewayError(3, f"project [{request.id.project}] does not exist")
        if not request.spec.HasField("template"):
            raise GatewayError(3, "missing template")
        existing = self.tasks.get(key_of(request.id))
        if existing is not None:
            mine = request.spec.template.SerializeToString(deterministic=True)
            theirs = existing.closure.compiled_task.template.SerializeToString(deterministic=True)
            if mine == theirs:
                raise GatewayError(6, "task with identical structure already exists")
            raise GatewayError(3, f"{request.id.name} task with different structure already "
                                  "exists. (Please register a new version of the task)")
        self.add_task(request.spec, request.id.project, request.id.domain, request.id.version,
                      request.id.name)
        return task_pb2.TaskCreateResponse()

    # workflows and launch plans: FlyteAdmin compiles a workflow against the tasks and
    # launch plans it calls (they must exist), and checks a launch plan's workflow exists

    def GetWorkflow(self, request: Any) -> Any:
        return self._get(self.workflows, "WORKFLOW", request.id)

    def ListWorkflows(self, request: Any) -> Any:
        page, token = self._list_of(self.workflows, request)
        return workflow_pb2.WorkflowList(workflows=page, token=token)

    def ListWorkflowIds(self, request: Any) -> Any:
        return self._ids(self.workflows, request)

    def CreateWorkflow(self, request: Any) -> Any:
        self._check_create(request.id, request.spec.HasField("template"))
        spec = request.spec
        subs = {key_of(t.id): t for t in spec.sub_workflows}
        tasks: dict[Any, Any] = {}
        for template in [spec.template, *spec.sub_workflows]:
            for node in all_nodes(template):
                target = node.WhichOneof("target")
                if target == "task_node":
                    ref = node.task_node.reference_id
                    task = self.tasks.get(key_of(ref))
                    if task is None:
                        raise GatewayError(3, f"failed to compile workflow: task {key_of(ref)} "
                                              "not found")
                    tasks[key_of(ref)] = task.closure.compiled_task
                elif target == "workflow_node":
                    wf = node.workflow_node
                    if wf.HasField("launchplan_ref"):
                        if key_of(wf.launchplan_ref) not in self.launch_plans:
                            raise GatewayError(3, "failed to compile workflow: launch plan "
                                                  f"{key_of(wf.launchplan_ref)} not found")
                    elif key_of(wf.sub_workflow_ref) not in subs:
                        raise GatewayError(3, "failed to compile workflow: sub-workflow "
                                              f"{key_of(wf.sub_workflow_ref)} not found")
        mine = spec.SerializeToString(deterministic=True)
        existing = self.workflows.get(key_of(request.id))
        if existing is not None:
            theirs = self.workflow_specs[key_of(request.id)]
            if mine == theirs:
                raise GatewayError(6, "workflow with identical structure already exists")
            raise GatewayError(3, f"{request.id.name} workflow with different structure already "
                                  "exists. (Please register a new version of the workflow)")
        primary = compiler_pb2.CompiledWorkflow()
        primary.template.CopyFrom(spec.template)
        primary.template.id.CopyFrom(request.id)
        workflow = workflow_pb2.Workflow(id=request.id, short_description=(
            spec.description.short_description))
        compiled = workflow.closure.compiled_workflow
        compiled.primary.CopyFrom(primary)
        compiled.sub_workflows.extend(compiler_pb2.CompiledWorkflow(template=t)
                                      for t in spec.sub_workflows)
        compiled.tasks.extend(tasks.values())
        with self.lock:
            self._clock += 1
            workflow.closure.created_at.FromSeconds(1_700_000_000 + self._clock)
            self.workflows[key_of(request.id)] = workflow
            self.workflow_specs[key_of(request.id)] = mine
        return workflow_pb2.WorkflowCreateResponse()

    def GetLaunchPlan(self, request: Any) -> Any:
        return self._get(self.launch_plans, "LAUNCH_PLAN", request.id)

    def ListLaunchPlans(self, request: Any) -> Any:
        page, token = self._list_of(self.launch_plans, request)
        return launch_plan_pb2.LaunchPlanList(launch_plans=page, token=token)

    def ListLaunchPlanIds(self, request: Any) -> Any:
        return self._ids(self.launch_plans, request)

    def CreateLaunchPlan(self, request: Any) -> Any:
        self._check_create(request.id, request.spec.HasField("workflow_id"))
        if key_of(request.spec.workflow_id) not in self.workflows:
            raise GatewayError(5, f"missing entity of type WORKFLOW with identifier "
                                  f"{key_of(request.spec.workflow_id)}")
        existing = self.launch_plans.get(key_of(request.id))
        if existing is not None:
            if existing.spec.SerializeToString(deterministic=True) == (
                request.spec.SerializeToString(deterministic=True)
            ):
                raise GatewayError(6, "launch plan with identical structure already exists")
            raise GatewayError(3, f"{request.id.name} launch plan with different structure "
                                  "already exists. (Please register a new version)")
        lp = launch_plan_pb2.LaunchPlan(id=request.id, spec=request.spec)
        with self.lock:
            self._clock += 1
            lp.closure.created_at.FromSeconds(1_700_000_000 + self._clock)
            lp.closure.state = launch_plan_pb2.INACTIVE
            self.launch_plans[key_of(request.id)] = lp
        return launch_plan_pb2.LaunchPlanCreateResponse()

    def UpdateLaunchPlan(self, request: Any) -> Any:
        lp = self._get(self.launch_plans, "LAUNCH_PLAN", request.id)
        if request.state == launch_plan_pb2.ACTIVE:  # one active version per name
            for key, other in self.launch_plans.items():
                if key[:3] == key_of(request.id)[:3]:
                    other.closure.state = launch_plan_pb2.INACTIVE
        lp.closure.state = request.state
        return launch_plan_pb2.LaunchPlanUpdateResponse()

    def _check_create(self, id: Any, has_content: bool) -> None:
        for part in ("project", "domain", "name", "version"):
            if not getattr(id, part):
                raise GatewayError(3, f"missing {part}")
        if id.project not in {p.id for p in self.projects}:
            raise GatewayError(3, f"project [{id.project}] does not exist")
        if not has_content:
            raise GatewayError(3, "missing spec")

    @staticmethod
    def _get(store: dict[Any, Any], kind: str, id: Any) -> Any:
        found = store.get(key_of(id))
        if found is None:
            raise GatewayError(5, f"missing entity of type {kind} with identifier "
                                  + json_format.MessageToJson(id, indent=None))
        return found

    def _list_of(self, store: dict[Any, Any], request: Any) -> tuple[list[Any], str]:
        id = request.id
        found = [e for k, e in store.items() if k[:2] == (id.project, id.domain)
                 and (not id.name or k[2] == id.name)]
        found = self._filtered(found, request.filters)
        if request.HasField("sort_by"):
            if request.sort_by.key != "created_at":
                raise GatewayError(3, f"invalid sort key {request.sort_by.key!r}")
            found.sort(key=lambda e: e.closure.created_at.ToNanoseconds(),
                       reverse=request.sort_by.direction == common_pb2.Sort.DESCENDING)
        return self._page(found, request.limit, request.token)

    def _ids(self, store: dict[Any, Any], request: Any) -> Any:
        names = sorted({k[2] for k in store if k[:2] == (request.project, request.domain)})
        page, token = self._page(names, request.limit, request.token)
        return common_pb2.NamedEntityIdentifierList(
            entities=[common_pb2.NamedEntityIdentifier(project=request.project,
                                                       domain=request.domain, name=n)
                      for n in page], token=token)

    def ListProjects(self, request: Any) -> Any:
        page, token = self._page(list(self.projects), request.limit or 100, request.token)
        return project_pb2.Projects(projects=page, token=token)

    def _filtered(self, found: list[Any], filters: str) -> list[Any]:
        for term in filter(None, filters.split("+")):
            match = re.fullmatch(r"eq\((\w+),(.*)\)", term)
            if match is None or match[1] not in ("name", "version"):
                raise GatewayError(3, f"unsupported filter {term!r}")
            found = [t for t in found if getattr(t.id, match[1]) == match[2]]
        return found

    @staticmethod
    def _page(items: list[Any], limit: int, token: str) -> tuple[list[Any], str]:
        if limit == 0:
            raise GatewayError(3, "invalid value for limit")
        try:
            start = int(token) if token else 0
        except ValueError:
            raise GatewayError(3, f"invalid pagination token {token}") from None
        end = start + limit
        return items[start:end], (str(end) if end < len(items) else "")

    # --- auth endpoints ------------------------------------------------------------

    def oauth2_metadata(self) -> Any:
        return auth_pb2.OAuth2MetadataResponse(
            issuer=self.base, authorization_endpoint=f"{self.base}/oauth2/authorize",
            token_endpoint=f"{self.base}/oauth2/token",
            device_authorization_endpoint=f"{self.base}/oauth2/device/authorize",
            grant_types_supported=["client_credentials", "refresh_token", "authorization_code",
                                   DEVICE_GRANT],
            code_challenge_methods_supported=["S256"])

    def client_config(self) -> Any:
        return auth_pb2.PublicClientAuthConfigResponse(
            client_id=self.client_id, redirect_uri=self.redirect_uri, scopes=self.scopes,
            authorization_metadata_key=self.header_name, audience=self.audience)

    def token(self, form: dict[str, str], headers: dict[str, str]) -> tuple[int, dict[str, Any]]:
        self.token_requests.append(form)
        grant = form.get("grant_type")
        if grant == "client_credentials":
            basic = headers.get("authorization", "")
            try:
                pair = base64.b64decode(basic.removeprefix("Basic ")).decode()
            except ValueError:
                pair = ""
            user, _, password = pair.partition(":")
            if (unquote(user), unquote(password)) != (self.client_id, self.client_secret):
                return 401, {"error": "invalid_client", "error_description": "bad credentials"}
            return 200, self.issue_token()
        if grant == DEVICE_GRANT:
            if form.get("device_code") != "dev-code-1":
                return 400, {"error": "invalid_grant"}
            self.device_polls += 1
            if self.device_polls <= self.device_polls_pending:
                if self.device_slow_down and self.device_polls == 1:
                    return 400, {"error": "slow_down"}
                return 400, {"error": "authorization_pending"}
            return 200, self.issue_token()
        if grant == "refresh_token":
            if form.get("refresh_token") not in self.refresh_tokens:
                return 400, {"error": "invalid_grant", "error_description": "unknown refresh"}
            self.refresh_tokens.discard(form["refresh_token"])
            return 200, self.issue_token()
        if grant == "authorization_code":
            challenge, redirect = self.pkce.pop(form.get("code", ""), ("", ""))
            verifier = form.get("code_verifier", "")
            computed = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
            if not challenge or computed.decode().rstrip("=") != challenge or (
                form.get("redirect_uri") != redirect
            ):
                return 400, {"error": "invalid_grant", "error_description": "PKCE check failed"}
            return 200, self.issue_token()
        return 400, {"error": "unsupported_grant_type"}

    def device_authorize(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        if form.get("client_id") != self.client_id:
            return 400, {"error": "invalid_client"}
        return 200, {"device_code": "dev-code-1", "user_code": "ABCD-EFGH",
                     "verification_uri": f"{self.base}/device", "expires_in": 600,
                     "interval": 1}

    def authorize(self, query: dict[str, str]) -> str:
        """The redirect target after the (automatic) sign-in."""
        assert query["client_id"] == self.client_id and query["response_type"] == "code"
        assert query["code_challenge_method"] == "S256"
        code = "code-" + secrets.token_hex(4)
        self.pkce[code] = (query["code_challenge"], query["redirect_uri"])
        return f"{query['redirect_uri']}?{urlencode({'code': code, 'state': query['state']})}"

    def authorized(self, headers: dict[str, str]) -> bool:
        value = headers.get(self.header_name.lower(), "")
        token = value.removeprefix("Bearer ")
        expiry = self.tokens.get(token)
        return value.startswith("Bearer ") and expiry is not None and expiry > time.time()


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys

        if not isinstance(sys.exc_info()[1], (ConnectionError, ssl.SSLError, TimeoutError)):
            super().handle_error(request, client_address)  # a client gone is not news


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as FlyteAdmin's server does
    server_state: FakeAdmin

    def setup(self) -> None:
        super().setup()
        # Go's servers (FlyteAdmin) write without Nagle's delay; so does this one, or each
        # answer written as headers then body waits for the client's delayed ACK (~40 ms)
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self.server_state.lock:
            self.server_state.connections += 1

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_PUT(self) -> None:
        self._handle("PUT")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    # --- dispatch ------------------------------------------------------------------

    def _handle(self, verb: str) -> None:
        admin = self.server_state
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        url = urlsplit(self.path)
        admin.requests.append((verb, self.path, headers))
        proxy_token = headers.get("proxy-authorization", "").removeprefix("Bearer ")
        if admin.proxy_token and proxy_token != admin.proxy_token:
            self._send(407, "text/plain", b"proxy authentication required")
            return
        if url.path.startswith("/oauth2/"):
            self._oauth(verb, url, body, headers)
            return
        outbound = self._outbound(headers)
        try:
            if url.path.startswith("/api/v1/") and self._fault(outbound):
                return
            if url.path.startswith("/api/v1/") and admin.require_auth and not (
                admin.authorized(headers)
            ):
                raise GatewayError(16, "token parse error or expired: invalid token")
            route, values = self._match(verb, url.path)
            request = route.request_class()
            if route.body == "*":
                inbound = headers.get("content-type", "").split(";")[0]
                if inbound == PROTOBUF:
                    request.ParseFromString(body)
                else:
                    json_format.Parse(body or b"{}", request)
            else:
                for key, items in parse_qs(url.query, keep_blank_values=True).items():
                    for item in items:
                        set_field(request, key, item)
            for name, value in zip(route.variables, values):
                set_field(request, name, unquote(value))
            if route in AUTH_ROUTES:
                answer = (admin.oauth2_metadata() if route.rpc == "GetOAuth2Metadata"
                          else admin.client_config())
                self._send(200, JSON, json.dumps(json_format.MessageToDict(
                    answer, preserving_proto_field_name=True)).encode())
                return
            handler: Optional[Callable[[Any], Any]] = getattr(admin, route.rpc, None)
            if handler is None:
                raise GatewayError(12, f"{route.rpc} is not implemented here")
            response = handler(request)
            assert isinstance(response, route.response_class)
            self._send(200, *self._encode(response, outbound))
        except GatewayError as exc:
            status = status_pb2.Status(code=exc.code, message=exc.message)
            self._send(HTTP_STATUS[exc.code], *self._encode(status, outbound))
        except json_format.ParseError as exc:
            status = status_pb2.Status(code=3, message=str(exc))
            self._send(400, *self._encode(status, outbound))

    def _match(self, verb: str, path: str) -> tuple[GatewayRoute, tuple[str, ...]]:
        for route in [*AUTH_ROUTES, *ADMIN_ROUTES]:
            match = route.regex.match(path)
            if match and route.verb == verb:
                return route, match.groups()
        raise GatewayError(5, "Not Found")

    def _outbound(self, headers: dict[str, str]) -> str:
        for value in (headers.get("accept", ""), headers.get("content-type", "").split(";")[0]):
            if value in (PROTOBUF, JSON):
                return value
        return "*"

    @staticmethod
    def _encode(message: Any, outbound: str) -> tuple[str, bytes]:
        if outbound == PROTOBUF:
            return PROTOBUF, message.SerializeToString()
        text = json_format.MessageToJson(message, preserving_proto_field_name=outbound == JSON,
                                         always_print_fields_with_no_presence=True)
        return JSON, text.encode()

    def _send(self, status: int, content_type: str, body: bytes,
              extra: Optional[dict[str, str]] = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _fault(self, outbound: str) -> bool:
        """Apply the next queued fault; whether it answered the request."""
        admin = self.server_state
        try:
            fault = admin.faults.popleft()
        except IndexError:
            return False
        if fault in ("503", "429"):
            code = 14 if fault == "503" else 8
            status = status_pb2.Status(code=code, message=f"injected {fault}")
            self._send(int(fault), *self._encode(status, outbound), extra={"Retry-After": "0"})
            return True
        if fault == "reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                       struct.pack("ii", 1, 0))
            self.close_connection = True
            return True
        if fault == "truncate":
            self.send_response(200)
            self.send_header("Content-Type", PROTOBUF)
            self.send_header("Content-Length", "1000")
            self.end_headers()
            self.wfile.write(b"\x0a\x05")
            self.close_connection = True
            return True
        if fault == "html":
            self._send(200, "text/html; charset=utf-8", b"<html><body>Sign in</body></html>")
            return True
        if fault == "slow":
            time.sleep(admin.slow_seconds)
            return False
        if fault == "expire":
            for token in admin.tokens:
                admin.tokens[token] = 0.0
            return False
        raise AssertionError(f"unknown fault {fault!r}")

    def _oauth(self, verb: str, url: Any, body: bytes, headers: dict[str, str]) -> None:
        admin = self.server_state
        form = {k: v[0] for k, v in parse_qs(body.decode()).items()}
        if verb == "POST" and url.path == "/oauth2/token":
            status, answer = admin.token(form, headers)
        elif verb == "POST" and url.path == "/oauth2/device/authorize":
            status, answer = admin.device_authorize(form)
        elif verb == "GET" and url.path == "/oauth2/authorize":
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            self._send(302, "text/plain", b"", extra={"Location": admin.authorize(query)})
            return
        else:
            status, answer = 404, {"error": "not_found"}
        self._send(status, JSON, json.dumps(answer).encode())
