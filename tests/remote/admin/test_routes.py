"""The client's route table is flyteidl's, and requests map to paths as the gateway's do."""

from __future__ import annotations

from typing import Any

import pytest
from flyteidl.service import admin_pb2, auth_pb2
from google.api import annotations_pb2

from flyte_lite.models.admin.common import (
    NamedEntityIdentifier,
    NamedEntityIdentifierListRequest,
    ObjectGetRequest,
    ResourceListRequest,
    Sort,
)
from flyte_lite.models.admin.project import ProjectListRequest
from flyte_lite.models.admin.task import TaskCreateRequest, TaskSpec
from flyte_lite.models.core.identifier import Identifier, ResourceType
from flyte_lite.remote.admin.routes import AUTH_ROUTES, ROUTES, Route, request_target
from flyte_lite.remote.kinds import KINDS
from tests.conftest import reference_class


def descriptor_route(service: Any, rpc: str) -> Route:
    method = service.methods_by_name[rpc]
    rule = method.GetOptions().Extensions[annotations_pb2.http]
    bindings = [rule, *rule.additional_bindings]
    verbs = [b.WhichOneof("pattern") for b in bindings]
    assert len(set(verbs)) == 1, rpc
    return Route(
        rpc, verbs[0].upper(), tuple(getattr(b, verbs[0]) for b in bindings), rule.body,
        method.input_type.full_name, method.output_type.full_name,
    )


ADMIN = admin_pb2.DESCRIPTOR.services_by_name["AdminService"]
AUTH = auth_pb2.DESCRIPTOR.services_by_name["AuthMetadataService"]


@pytest.mark.parametrize("rpc", sorted(ROUTES))
def test_admin_route_is_flyteidls(rpc: str) -> None:
    assert ROUTES[rpc] == descriptor_route(ADMIN, rpc)


@pytest.mark.parametrize("rpc", sorted(AUTH_ROUTES))
def test_auth_route_is_flyteidls(rpc: str) -> None:
    assert AUTH_ROUTES[rpc] == descriptor_route(AUTH, rpc)


def test_every_kind_has_its_routes() -> None:
    for kind in KINDS.values():
        for rpc in (kind.get_rpc, kind.list_rpc, kind.ids_rpc, kind.create_rpc):
            assert rpc in ROUTES, rpc
        assert ROUTES[kind.get_rpc].response == kind.entity_class.full_name
        list_class = reference_class(ROUTES[kind.list_rpc].response)
        assert kind.list_field in list_class.DESCRIPTOR.fields_by_name


def test_request_and_response_types_are_modelled() -> None:
    import flyte_lite

    for route in ROUTES.values():
        assert flyte_lite.message_class(route.request).full_name == route.request
        assert flyte_lite.message_class(route.response).full_name == route.response


ID = Identifier(
    resource_type=ResourceType.TASK, project="p", domain="d", name="my.t", version="v 1/2"
)


@pytest.mark.parametrize(
    ("rpc", "request_", "target"),
    [
        ("GetTask", ObjectGetRequest(id=ID),
         "/api/v1/tasks/p/d/my.t/v%201%2F2?id.resource_type=TASK"),
        ("ListTasks", ResourceListRequest(id=NamedEntityIdentifier(project="p", domain="d"),
                                          limit=5),
         "/api/v1/tasks/p/d?limit=5"),
        ("ListTasks", ResourceListRequest(
            id=NamedEntityIdentifier(project="p", domain="d", name="n"), limit=2, token="t",
            filters="eq(version,a)", sort_by=Sort(key="created_at",
                                                  direction=Sort.Direction.ASCENDING)),
         "/api/v1/tasks/p/d/n?limit=2&token=t&filters=eq%28version%2Ca%29"
         "&sort_by.key=created_at&sort_by.direction=ASCENDING"),
        ("ListTasks", ResourceListRequest(id=NamedEntityIdentifier(project="p", domain="d"),
                                          sort_by=Sort(key="created_at")),
         "/api/v1/tasks/p/d?sort_by.key=created_at"),
        ("ListTaskIds", NamedEntityIdentifierListRequest(project="p", domain="d", limit=3,
                                                         org="o"),
         "/api/v1/task_ids/p/d?limit=3&org=o"),
        ("ListProjects", ProjectListRequest(limit=1), "/api/v1/projects?limit=1"),
    ],
)
def test_request_target(rpc: str, request_: Any, target: str) -> None:
    assert request_target(ROUTES[rpc], request_) == (target, b"")


def test_a_body_route_sends_the_whole_request() -> None:
    request = TaskCreateRequest(id=ID, spec=TaskSpec())
    path, body = request_target(ROUTES["CreateTask"], request)
    assert path == "/api/v1/tasks"
    assert reference_class(request.full_name).FromString(body).id.version == "v 1/2"
    assert body == request.to_bytes()


def test_a_request_missing_path_fields_is_refused() -> None:
    with pytest.raises(ValueError, match=r"ListTasks: the request needs id\.project, id\.domain"):
        request_target(ROUTES["ListTasks"], ResourceListRequest())


def test_the_stand_in_serves_every_route_the_client_uses() -> None:
    from tests.remote.admin.server import ADMIN_ROUTES, FakeAdmin
    from tests.remote.admin.server import AUTH_ROUTES as SERVED_AUTH

    served = {(r.rpc, r.verb, r.pattern) for r in [*ADMIN_ROUTES, *SERVED_AUTH]}
    for route in [*ROUTES.values(), *AUTH_ROUTES.values()]:
        for pattern in route.patterns:
            assert (route.rpc, route.method, pattern) in served
    for rpc in ROUTES:
        assert callable(getattr(FakeAdmin, rpc)), rpc
