"""Fetching and listing against the FlyteAdmin stand-in: answers built by flyteidl (upb)
decode to what flyteidl reads, and errors carry the server's code and message."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from google.protobuf import json_format
from google.rpc import status_pb2

from flyte_lite import FlyteTask
from flyte_lite.models.admin.common import Sort
from flyte_lite.remote import Remote
from flyte_lite.remote.admin import (
    AdminError,
    AlreadyExists,
    InvalidArgument,
    NotFound,
    PermissionDenied,
    ResponseError,
    Unauthenticated,
    Unavailable,
    Unknown,
)
from flyte_lite.remote.admin.client import _error
from flyte_lite.remote.admin.transport import Response
from tests.conftest import TASK_FIXTURES
from tests.remote.admin.conftest import spec_of
from tests.remote.admin.server import FakeAdmin


def test_fetch_task_by_version(admin: FakeAdmin, remote: Remote) -> None:
    stored = admin.add_task(spec_of("realistic"), version="v7")
    task = remote.fetch_task(name=stored.id.name, version="v7")
    assert isinstance(task, FlyteTask)
    assert task.template.to_bytes() == stored.closure.compiled_task.template.SerializeToString()
    assert (task.id.project, task.id.domain, task.id.version) == (
        "flytesnacks", "development", "v7")
    verb, path, headers = admin.requests[-1]
    assert (verb, path) == ("GET", f"/api/v1/tasks/flytesnacks/development/{task.name}/v7"
                                   "?id.resource_type=TASK")
    assert headers["accept"] == "application/octet-stream"


@pytest.mark.parametrize("path", TASK_FIXTURES, ids=[p.stem for p in TASK_FIXTURES])
def test_every_fixture_comes_back_byte_exact(admin: FakeAdmin, remote: Remote, path: Any) -> None:
    stored = admin.add_task(spec_of(path.stem))
    task = remote.fetch_task(name=stored.id.name, version="v1")
    assert task.template.to_bytes() == stored.closure.compiled_task.template.SerializeToString()


def test_fetch_latest_is_the_newest_by_creation(admin: FakeAdmin, remote: Remote) -> None:
    spec = spec_of("add_one")
    for version in ("b", "c", "a"):
        admin.add_task(spec, version=version)
    assert remote.fetch_task(name=spec.template.id.name).id.version == "a"
    path = admin.requests[-1][1]
    assert "sort_by.key=created_at" in path and "limit=1" in path


def test_fetch_missing_task_is_not_found_with_the_servers_message(remote: Remote) -> None:
    with pytest.raises(NotFound) as info:
        remote.fetch_task(name="nope", version="v1")
    assert info.value.code == 5 and info.value.http_status == 404
    assert "missing entity of type TASK" in info.value.message
    assert str(info.value).startswith(
        "GET /api/v1/tasks/flytesnacks/development/nope/v1?id.resource_type=TASK: NOT_FOUND "
        "(HTTP 404): missing entity of type TASK")
    with pytest.raises(NotFound, match="no task flytesnacks/development/nope"):
        remote.fetch_task(name="nope")


def test_list_tasks_follows_page_tokens(admin: FakeAdmin, remote: Remote) -> None:
    spec = spec_of("add_one")
    for i in range(7):
        admin.add_task(spec, version=f"v{i}")
    versions = [t.id.version for t in remote.list_tasks(name=spec.template.id.name,
                                                        page_size=3)]
    assert versions == [f"v{i}" for i in range(7)]
    pages = [p for _, p, _ in admin.requests if p.startswith("/api/v1/tasks/")]
    assert len(pages) == 3 and "token=3" in pages[1] and "token=6" in pages[2]


def test_list_tasks_filters_sort_and_limit(admin: FakeAdmin, remote: Remote) -> None:
    for name, version in itertools.product(("add_one", "scalars"), ("v1", "v2", "v3")):
        admin.add_task(spec_of(name), version=version)
    newest = [(t.name[16:], t.id.version)
              for t in remote.list_tasks(sort_by="created_at", limit=4, page_size=3)]
    assert newest == [("scalars", "v3"), ("scalars", "v2"), ("scalars", "v1"),
                      ("add_one", "v3")]
    oldest = remote.list_tasks(sort_by=Sort(key="created_at",
                                            direction=Sort.Direction.ASCENDING), limit=1)
    assert [t.id.version for t in oldest] == ["v1"]
    only = list(remote.list_tasks(filters=["eq(version,v2)"]))
    assert sorted(t.id.name for t in only) == ["workflows.typed.add_one",
                                                "workflows.typed.scalars"]
    with pytest.raises(InvalidArgument, match="unsupported filter"):
        list(remote.list_tasks(filters="gt(x,1)"))


def test_list_task_names_and_projects(admin: FakeAdmin, remote: Remote) -> None:
    for name in ("add_one", "scalars", "heavy"):
        admin.add_task(spec_of(name))
        admin.add_task(spec_of(name), version="v2")
    assert list(remote.list_task_names(page_size=2)) == [
        "workflows.typed.add_one", "workflows.typed.heavy", "workflows.typed.scalars"]
    assert list(remote.list_task_names(limit=1)) == ["workflows.typed.add_one"]
    projects = list(remote.list_projects(page_size=1))
    assert [p.id for p in projects] == ["flytesnacks", "other"]
    assert projects[1].labels.values == {"team": "x"}
    assert projects[0].domains[0].name == "development"


def test_project_and_domain_are_needed(admin: FakeAdmin, token_cache: Any) -> None:
    from flyte_lite.remote.admin import Config

    with Remote(Config.for_endpoint(admin.endpoint, insecure=True),
                token_cache=token_cache) as bare, pytest.raises(
        ValueError, match="give a project and a domain"
    ):
        bare.fetch_task(name="x", version="v")


def test_one_connection_for_many_calls(admin: FakeAdmin, remote: Remote) -> None:
    admin.add_task(spec_of("add_one"))
    for _ in range(5):
        remote.fetch_task(name="workflows.typed.add_one", version="v1")
    assert admin.connections == 1
    assert remote.client.transport.connections_opened == 1


# --- error bodies, built by flyteidl in each of the gateway's encodings -------------------


def status_answer(http: int, code: int, message: str, encoding: str) -> Response:
    status = status_pb2.Status(code=code, message=message)
    if encoding == "binary":
        return Response(http, {"content-type": "application/octet-stream"},
                        status.SerializeToString())
    text = json_format.MessageToJson(status, preserving_proto_field_name=encoding == "json",
                                     always_print_fields_with_no_presence=True)
    return Response(http, {"content-type": "application/json"}, text.encode())


@pytest.mark.parametrize("encoding", ["binary", "json", "camel"])
@pytest.mark.parametrize(
    ("http", "code", "cls"),
    [(404, 5, NotFound), (409, 6, AlreadyExists), (403, 7, PermissionDenied),
     (400, 3, InvalidArgument), (401, 16, Unauthenticated), (503, 14, Unavailable)],
)
def test_error_bodies_name_the_code(http: int, code: int, cls: type, encoding: str) -> None:
    error = _error("GET", "/api/v1/x", status_answer(http, code, "the server's words", encoding))
    assert type(error) is cls and error.code == code and error.message == "the server's words"
    assert error.http_status == http


def test_error_without_a_status_body_goes_by_http_status() -> None:
    error = _error("GET", "/x", Response(403, {"content-type": "text/html"},
                                         b"<html>\n  <b>Forbidden</b></html>"))
    assert type(error) is PermissionDenied
    assert error.message == "<html> <b>Forbidden</b></html>"
    odd = _error("GET", "/x", Response(418, {}, b""))
    assert type(odd) is Unknown and odd.code == 2 and odd.message == "HTTP 418 with no body"
    unknown_code = _error("GET", "/x", status_answer(500, 42, "m", "binary"))
    assert type(unknown_code) is AdminError and unknown_code.code == 42
    assert "CODE_42" in str(unknown_code)


def test_an_answer_that_is_not_protobuf_is_a_response_error(admin: FakeAdmin,
                                                           remote: Remote) -> None:
    admin.faults.append("html")
    with pytest.raises(ResponseError, match=r"expected application/octet-stream, got text/html "
                                            r"\(HTTP 200\): <html><body>Sign in"):
        remote.fetch_task(name="x", version="v")


def test_an_undecodable_answer_is_a_response_error(admin: FakeAdmin, remote: Remote) -> None:
    from flyte_lite.remote.admin.routes import ROUTES
    from flyte_lite.remote.admin.transport import Transport

    class Garbled(Transport):
        def request(self, *args: Any, **kwargs: Any) -> Response:
            return Response(200, {"content-type": "application/octet-stream"}, b"\x0a\xff")

    remote.client.transport = Garbled(admin.base)
    with pytest.raises(ResponseError, match=r"undecodable flyteidl\.admin\.Task: .*truncated"):
        remote.fetch_task(name="x", version="v")
    assert ROUTES["GetTask"].response == "flyteidl.admin.Task"


@pytest.mark.parametrize("accept", ["application/json", None])
def test_the_gateways_json_dialects_read_as_the_same_task(admin: FakeAdmin, remote: Remote,
                                                          accept: Any) -> None:
    """The stand-in's JSON answers (json_format on upb, in FlyteAdmin's two dialects)
    read to the task the binary answer gives."""
    import urllib.request

    stored = admin.add_task(spec_of("with_pod"))
    path = f"/api/v1/tasks/flytesnacks/development/{stored.id.name}/v1"
    request = urllib.request.Request(admin.base + path, headers={"Accept": accept} if accept
                                     else {})
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(request, timeout=5) as answer:
        text = answer.read()
    assert ('"short_description"' in text.decode()) == (accept == "application/json")
    from_json = FlyteTask.from_json(text, kind="task")
    assert from_json == remote.fetch_task(name=stored.id.name, version="v1")
