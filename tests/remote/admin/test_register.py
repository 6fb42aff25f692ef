"""Registering packages and tasks: identifiers set (the entities' own and every reference),
dependencies first, existing entities compared, launch plans activated, packages with
unresolved references refused before anything is sent."""

from __future__ import annotations

import tarfile
from pathlib import Path
from typing import Any

import attrs
import pytest

from flyte_lite import FlyteTask
from flyte_lite.models.admin.task import TaskSpec
from flyte_lite.package import Package
from flyte_lite.remote import Remote
from flyte_lite.remote.admin import InvalidArgument, RegistrationError
from flyte_lite.remote.remote import Registered, first_difference
from tests.conftest import FIXTURES, reference_class
from tests.remote.admin.server import FakeAdmin
from tests.test_package import upb_identifiers, write_package

PACKAGE = FIXTURES / "package.tgz"


def task_entries() -> list[tuple[str, bytes]]:
    with tarfile.open(PACKAGE) as archive:
        return [(m.name, archive.extractfile(m).read())  # type: ignore[union-attr]
                for m in archive if m.isfile() and m.name.endswith("_1.pb")]


@pytest.fixture
def tasks_package(tmp_path: Path) -> Path:
    return write_package(tmp_path / "tasks.tgz", task_entries())


def test_register_a_package_of_tasks(admin: FakeAdmin, remote: Remote,
                                     tasks_package: Path) -> None:
    seen: list[Registered] = []
    done = remote.register(tasks_package, version="v9", progress=seen.append)
    assert seen == done and len(done) == len(task_entries()) == 21
    assert {r.outcome for r in done} == {"created"}
    RefSpec = reference_class("flyteidl.admin.TaskSpec")
    for name, data in task_entries():
        spec = RefSpec.FromString(data)
        key = ("flytesnacks", "development", spec.template.id.name, "v9")
        stored = admin.tasks[key].closure.compiled_task.template
        # what was sent is the package's spec with project, domain and version filled in
        spec.template.id.project, spec.template.id.domain = key[:2]
        spec.template.id.version = "v9"
        assert stored == spec.template, name
    creates = [(v, p) for v, p, _ in admin.requests if v == "POST"]
    assert creates == [("POST", "/api/v1/tasks")] * 21


def test_registering_again_finds_them_registered(admin: FakeAdmin, remote: Remote,
                                                 tasks_package: Path) -> None:
    remote.register(tasks_package, version="v1")
    again = remote.register(tasks_package, version="v1")
    assert {r.outcome for r in again} == {"existed"}
    assert len(admin.tasks) == 21


def test_different_content_at_the_same_version_is_an_error(
    admin: FakeAdmin, remote: Remote, tmp_path: Path
) -> None:
    entries = task_entries()
    remote.register(write_package(tmp_path / "a.tgz", entries), version="v1")
    name, data = next(e for e in entries if "heavy" in e[0])
    spec = TaskSpec.from_bytes(data)
    container = attrs.evolve(spec.template.container, image="ghcr.io/example/other:2")
    changed = attrs.evolve(spec, template=attrs.evolve(spec.template, container=container))
    with pytest.raises(RegistrationError) as info:
        remote.register(write_package(tmp_path / "b.tgz", [(name, changed.to_bytes())]),
                        version="v1")
    assert str(info.value) == (
        f"{tmp_path / 'b.tgz'}:{name}: task flytesnacks/development/workflows.typed.heavy@v1 "
        "exists with different content; first difference at template.container.image: "
        "'ghcr.io/example/other:2' -> 'ghcr.io/example/custom-image:1.2.3'")


GRAPHS = FIXTURES / "graphs_out" / "package.tgz"
UPB = {"1": "flyteidl.admin.TaskSpec", "2": "flyteidl.admin.WorkflowSpec",
       "3": "flyteidl.admin.LaunchPlan"}


def graph_entries() -> list[tuple[str, bytes]]:
    with tarfile.open(GRAPHS) as archive:
        return [(m.name, archive.extractfile(m).read())  # type: ignore[union-attr]
                for m in archive if m.isfile()]


def hydrated(name: str, data: bytes, version: str) -> Any:
    """The entry as flyteidl reads it, with every identifier inside set as registering it
    at flytesnacks/development/``version`` must set it."""
    message = reference_class(UPB[name[-4]]).FromString(data)
    for id in upb_identifiers(message):
        id.project, id.domain, id.version = "flytesnacks", "development", version
    return message


def test_register_a_whole_package(admin: FakeAdmin, remote: Remote) -> None:
    seen: list[Registered] = []
    done = remote.register(GRAPHS, version="v1", activate=True, progress=seen.append)
    assert seen == done
    outcomes = [(r.kind, r.outcome) for r in done]
    assert sorted(set(outcomes)) == [("launch plan", "activated"), ("launch plan", "created"),
                                     ("task", "created"), ("workflow", "created")]
    assert [r.outcome for r in done].count("created") == 43
    # tasks first; a workflow after every launch plan it calls; a launch plan after its
    # workflow; activations last
    position = {(r.kind, r.id.name): i for i, r in enumerate(done) if r.outcome == "created"}
    assert max(i for (k, _), i in position.items() if k == "task") == 8
    for name, data in graph_entries():
        message = hydrated(name, data, "v1")
        key = ("flytesnacks", "development")
        if name.endswith("_1.pb"):
            stored = admin.tasks[(*key, message.template.id.name, "v1")]
            assert stored.closure.compiled_task.template == message.template, name
        elif name.endswith("_2.pb"):
            wf_key = (*key, message.template.id.name, "v1")
            assert admin.workflow_specs[wf_key] == message.SerializeToString(
                deterministic=True), name
            stored = admin.workflows[wf_key].closure.compiled_workflow
            assert stored.primary.template == message.template
            here = position[("workflow", message.template.id.name)]
            for lp_id in [i for i in upb_identifiers(message) if i.resource_type == 3]:
                assert position[("launch plan", lp_id.name)] < here, (name, lp_id.name)
        else:
            stored = admin.launch_plans[(*key, message.id.name, "v1")]
            assert stored.spec == message.spec, name
            assert stored.closure.state == 1  # ACTIVE
            assert position[("workflow", message.spec.workflow_id.name)] < position[
                ("launch plan", message.id.name)]
    activations = [p for v, p, _ in admin.requests if v == "PUT"]
    assert len(activations) == 20
    assert all(p.startswith("/api/v1/launch_plans/flytesnacks/development/")
               for p in activations)
    assert done[-20:] == [r._replace(outcome="activated") for r in done if
                          r.kind == "launch plan" and r.outcome == "created"]


def test_registering_a_package_again_is_a_no_op(admin: FakeAdmin, remote: Remote) -> None:
    remote.register(GRAPHS, version="v1")
    creates = len([v for v, _, _ in admin.requests if v == "POST"])
    again = remote.register(GRAPHS, version="v1")
    assert [r.outcome for r in again] == ["existed"] * 43
    assert (len(admin.tasks), len(admin.workflows), len(admin.launch_plans)) == (9, 14, 20)
    assert len([v for v, _, _ in admin.requests if v == "POST"]) == 2 * creates
    assert all(lp.closure.state == 0 for lp in admin.launch_plans.values())  # not activated


def test_a_changed_workflow_or_launch_plan_fails(admin: FakeAdmin, remote: Remote,
                                                 tmp_path: Path) -> None:
    from flyte_lite.models.admin.launch_plan import LaunchPlan
    from flyte_lite.models.admin.workflow import WorkflowSpec

    remote.register(GRAPHS, version="v1")
    entries = graph_entries()
    i = next(i for i, (n, _) in enumerate(entries) if n.endswith("gate_wf_2.pb"))
    spec = WorkflowSpec.from_bytes(entries[i][1])
    node = spec.template.nodes[0]
    changed_node = attrs.evolve(node, metadata=attrs.evolve(node.metadata, name="renamed"))
    changed = attrs.evolve(spec, template=attrs.evolve(
        spec.template, nodes=[changed_node, *spec.template.nodes[1:]]))
    package = write_package(tmp_path / "wf.tgz", [
        *entries[:i], (entries[i][0], changed.to_bytes()), *entries[i + 1:]])
    with pytest.raises(RegistrationError) as info:
        remote.register(package, version="v1")
    assert str(info.value) == (
        f"{package}:{entries[i][0]}: workflow flytesnacks/development/graphs.gates.gate_wf@v1 "
        "exists with different content; first difference at template.nodes[0].metadata.name: "
        f"'renamed' -> {node.metadata.name!r}")
    j = next(j for j, (n, _) in enumerate(entries) if n.endswith("lp_daily_3.pb"))
    lp = LaunchPlan.from_bytes(entries[j][1])
    other = attrs.evolve(lp, spec=attrs.evolve(lp.spec, max_parallelism=3))
    package = write_package(tmp_path / "lp.tgz", [
        *entries[:j], (entries[j][0], other.to_bytes()), *entries[j + 1:]])
    with pytest.raises(RegistrationError, match=r"launch plan flytesnacks/development/lp_daily@v1 "
                       r"exists with different content; first difference at "
                       r"spec.max_parallelism: 3 -> 0"):
        remote.register(package, version="v1")


def test_a_package_with_holes_is_refused_before_anything_is_sent(
    admin: FakeAdmin, remote: Remote, tmp_path: Path
) -> None:
    kept = [e for e in graph_entries() if not e[0].endswith("graphs.tasks.square_1.pb")]
    package = write_package(tmp_path / "holes.tgz", kept)
    with pytest.raises(RegistrationError) as info:
        remote.register(package, version="v1")
    lines = str(info.value).splitlines()
    assert lines[0] == "the package has problems; nothing was registered:"
    assert all("refers to task graphs.tasks.square, not in the package" in line
               for line in lines[1:]) and len(lines) > 1
    assert admin.requests == []


def test_the_old_workflows_package(admin: FakeAdmin, remote: Remote) -> None:
    done = remote.register(PACKAGE, version="v2")
    assert {r.outcome for r in done} == {"created"}
    assert {r.kind for r in done} == {"task", "workflow", "launch plan"}


def test_references_to_other_projects_are_left_alone(admin: FakeAdmin, remote: Remote,
                                                     tmp_path: Path) -> None:
    from flyte_lite.models.admin.launch_plan import LaunchPlan

    remote.register(GRAPHS, version="v1")
    _, data = next(e for e in graph_entries() if e[0].endswith("lp_daily_3.pb"))
    lp = LaunchPlan.from_bytes(data)
    pinned = attrs.evolve(lp.spec.workflow_id, project="flytesnacks",
                          domain="development", version="v1")
    moved = attrs.evolve(lp, spec=attrs.evolve(lp.spec, workflow_id=pinned))
    (done,) = remote.register(Package.from_messages([("lp", moved)]), version="v2")
    stored = admin.launch_plans[("flytesnacks", "development", "lp_daily", "v2")]
    assert done.outcome == "created" and stored.spec.workflow_id.version == "v1"


def test_register_tasks(admin: FakeAdmin, remote: Remote) -> None:
    data = next(d for n, d in task_entries() if "add_one" in n)
    task = FlyteTask.from_bytes(data)
    (done,) = remote.register(task, version="v2")
    assert done.id.version == "v2" and done.outcome == "created"
    assert remote.register([task], version="v2")[0].outcome == "existed"
    with pytest.raises(TypeError, match="register\\(\\) takes a package, FlyteTasks, "
                                        "FlyteWorkflows or FlyteLaunchPlans, not TaskTemplate"):
        remote.register([task.template], version="v3")


def test_identifier_parts_already_set(admin: FakeAdmin, remote: Remote) -> None:
    data = next(d for n, d in task_entries() if "add_one" in n)
    task = FlyteTask.from_bytes(data)
    placeholders = attrs.evolve(task.id, project="{{ registration.project }}",
                                domain="{{ registration.domain }}", version="")
    (done,) = remote.register(task.replace(id=placeholders), version="v3")
    assert (done.id.project, done.id.domain, done.id.version) == (
        "flytesnacks", "development", "v3")
    elsewhere = task.replace(id=attrs.evolve(task.id, project="other"))
    with pytest.raises(RegistrationError, match=r"workflows.typed.add_one has project 'other', "
                                                "not 'flytesnacks' as asked"):
        remote.register(elsewhere, version="v3")


def test_a_server_refusal_stands(admin: FakeAdmin, remote: Remote, tasks_package: Path) -> None:
    with pytest.raises(InvalidArgument, match=r"project \[nowhere\] does not exist"):
        remote.register(tasks_package, project="nowhere", version="v1")


def test_register_needs_a_version(remote: Remote, tasks_package: Path) -> None:
    with pytest.raises(ValueError, match="needs a version"):
        remote.register(tasks_package)


def test_not_a_package(remote: Remote, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(RegistrationError, match="no pyflyte entries"):
        remote.register(tmp_path / "empty", version="v1")
    (tmp_path / "junk.tgz").write_bytes(b"junk")
    with pytest.raises(RegistrationError, match="unreadable archive: unexpected end of data"):
        remote.register(tmp_path / "junk.tgz", version="v1")


def test_a_serialize_folder(admin: FakeAdmin, remote: Remote, tmp_path: Path) -> None:
    folder = tmp_path / "serialized"
    folder.mkdir()
    for name, data in task_entries()[:3]:
        (folder / name).write_bytes(data)
    assert len(remote.register(folder, version="v1")) == 3


@pytest.mark.parametrize(
    ("ours", "theirs", "where"),
    [
        ({"a": 1}, {"a": 2}, "[\'a\']: 1 -> 2"),
        ([1, 2], [1], ": 2 items -> 1"),
        (None, 5, ": (unset) -> 5"),
    ],
)
def test_first_difference(ours: Any, theirs: Any, where: str) -> None:
    assert first_difference(ours, theirs) == where
    assert first_difference(ours, ours) is None


def test_already_exists_is_taken_at_its_word(admin: FakeAdmin, remote: Remote) -> None:
    # FlyteAdmin keeps a workflow compiled (its template need not equal the one sent) and
    # answers AlreadyExists only for the same spec: no comparison is made then
    remote.register(GRAPHS, version="v1")
    for workflow in admin.workflows.values():
        workflow.closure.compiled_workflow.primary.template.metadata_defaults.interruptible ^= True
    again = remote.register(GRAPHS, version="v1")
    assert {r.outcome for r in again} == {"existed"}
    assert not [p for v, p, _ in admin.requests[-43:] if v == "GET"]


def test_a_refusal_of_the_same_content_stands(admin: FakeAdmin, remote: Remote,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.remote.admin.server import GatewayError

    remote.register(GRAPHS, version="v1")

    def refuse(request: Any) -> Any:
        raise GatewayError(3, "quota exceeded")

    monkeypatch.setattr(admin, "CreateTask", refuse)
    with pytest.raises(InvalidArgument, match="quota exceeded"):
        remote.register(GRAPHS, version="v1")


def test_register_workflow_and_launch_plan_objects(admin: FakeAdmin, remote: Remote) -> None:
    from flyte_lite.remote.launch_plan import FlyteLaunchPlan
    from flyte_lite.remote.workflow import FlyteWorkflow

    package = Package.read(GRAPHS)
    target = package.workflows["graphs.lps.lp_target"]
    tasks = [FlyteTask.from_bytes(package.tasks[name].to_bytes())
             for name in package.tasks_of("graphs.lps.lp_target")]
    workflow = FlyteWorkflow.promote_from_model(target.template)
    lp = package.launch_plans["lp_cron"]
    launch_plan = FlyteLaunchPlan.promote_from_model(lp.id, lp.spec)
    done = remote.register([launch_plan, workflow, *tasks], version="v4")
    assert [(r.kind, r.id.name) for r in done] == [
        *[("task", t.name) for t in tasks], ("workflow", "graphs.lps.lp_target"),
        ("launch plan", "lp_cron")]
    stored = admin.launch_plans[("flytesnacks", "development", "lp_cron", "v4")]
    assert stored.spec.workflow_id.version == "v4"
    assert remote.register(workflow, version="v4")[0].outcome == "existed"
