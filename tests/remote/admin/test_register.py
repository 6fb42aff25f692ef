"""Registering packages and tasks: identifiers set, existing entities compared, packages
with workflows or launch plans refused before anything is sent."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path
from typing import Any

import attrs
import pytest

from flyte_lite import FlyteTask
from flyte_lite.models.admin.task import TaskSpec
from flyte_lite.remote import Remote
from flyte_lite.remote.admin import InvalidArgument, RegistrationError
from flyte_lite.remote.remote import Registered, first_difference
from tests.conftest import FIXTURES, reference_class
from tests.remote.admin.server import FakeAdmin

PACKAGE = FIXTURES / "package.tgz"


def task_entries() -> list[tuple[str, bytes]]:
    with tarfile.open(PACKAGE) as archive:
        return [(m.name, archive.extractfile(m).read())  # type: ignore[union-attr]
                for m in archive if m.isfile() and m.name.endswith("_1.pb")]


def write_package(path: Path, entries: list[tuple[str, bytes]]) -> Path:
    with tarfile.open(path, "w:gz") as archive:
        for name, data in entries:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


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


def test_a_package_with_workflows_is_refused_before_anything_is_sent(
    admin: FakeAdmin, remote: Remote
) -> None:
    with pytest.raises(RegistrationError) as info:
        remote.register(PACKAGE, version="v1")
    message = str(info.value)
    assert message.startswith(f"{PACKAGE}: holds workflow workflows.special.eager_sum, ")
    for entity in ("workflow workflows.wf.simple_wf", "launch plan workflows.wf.rich_wf",
                   "launch plan simple_lp"):
        assert entity in message
    assert message.endswith("registering workflows and launch plans is not supported yet "
                            "(flyte_lite registers tasks); nothing was registered")
    assert "workflows.typed.add_one" not in message
    assert admin.requests == []


def test_register_tasks(admin: FakeAdmin, remote: Remote) -> None:
    data = next(d for n, d in task_entries() if "add_one" in n)
    task = FlyteTask.from_bytes(data)
    (done,) = remote.register(task, version="v2")
    assert done.id.version == "v2" and done.outcome == "created"
    assert remote.register([task], version="v2")[0].outcome == "existed"
    with pytest.raises(TypeError, match="register\\(\\) takes a package path or FlyteTasks"):
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
    with pytest.raises(RegistrationError, match="not a pyflyte package"):
        remote.register(tmp_path / "empty", version="v1")
    (tmp_path / "junk.tgz").write_bytes(b"junk")
    with pytest.raises(RegistrationError, match="cannot read the package"):
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
