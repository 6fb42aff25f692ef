"""flyte_lite.package: reading pyflyte packages and folders, the identifiers inside their
entities (checked against a walk over flyteidl's messages), and the linked Package with its
problems."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path
from typing import Any

import attrs
import pytest

from flyte_lite.models.core.identifier import Identifier
from flyte_lite.package import (
    EntryTooLarge,
    NotAnArchive,
    Package,
    PackageError,
    map_identifiers,
    read_entries,
    references,
)
from tests.conftest import FIXTURES, reference_class

GRAPHS = FIXTURES / "graphs_out"
PACKAGE = GRAPHS / "package.tgz"
KIND_CLASSES = {"1": "flyteidl.admin.TaskSpec", "2": "flyteidl.admin.WorkflowSpec",
                "3": "flyteidl.admin.LaunchPlan"}


def members() -> list[tuple[str, bytes]]:
    with tarfile.open(PACKAGE) as archive:
        return [(m.name, archive.extractfile(m).read())  # type: ignore[union-attr]
                for m in archive if m.isfile()]


def write_package(path: Path, entries: list[tuple[str, bytes]]) -> Path:
    with tarfile.open(path, "w:gz") as archive:
        for name, data in entries:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


def test_reads_every_entry_in_pyflytes_order() -> None:
    entries = read_entries(PACKAGE)
    assert len(entries) == 43
    assert [e.entry.position for e in entries] == sorted(e.entry.position for e in entries)
    data = dict(members())
    for entry in entries:
        member = entry.origin.split(":", 1)[1]
        assert entry.data == data[member]
        assert entry.entry.kind == {"1": "task", "2": "workflow", "3": "launch plan"}[
            member[-4]]


def test_a_folder_reads_as_the_archive() -> None:
    folder = Package.read(GRAPHS / "serialized")
    archive = Package.read(PACKAGE)
    assert list(folder.tasks) == list(archive.tasks)
    assert list(folder.workflows) == list(archive.workflows)
    assert list(folder.launch_plans) == list(archive.launch_plans)
    assert folder.problems == archive.problems == ()


def test_entries_over_the_limit_are_refused_unread(tmp_path: Path) -> None:
    biggest = max(len(d) for _, d in members())
    with pytest.raises(EntryTooLarge) as info:
        read_entries(PACKAGE, max_size=biggest - 1)
    assert info.value.size == biggest and info.value.limit == biggest - 1
    assert str(info.value).endswith(f"{biggest} bytes, over the {biggest - 1}-byte limit; "
                                    "not read")
    assert len(read_entries(PACKAGE, max_size=biggest)) == 43


def test_what_is_not_a_package(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(PackageError, match="no pyflyte entries"):
        read_entries(tmp_path / "empty")
    import gzip

    (tmp_path / "text.gz").write_bytes(gzip.compress(b"hello"))
    with pytest.raises(NotAnArchive, match="compressed data that is not a tar archive"):
        read_entries(tmp_path / "text.gz")
    other = write_package(tmp_path / "other.tgz", [("README", b"hi")])
    with pytest.raises(PackageError, match=r"no \{index\}_\{name\}_\{k\}\.pb members"):
        read_entries(other)


def test_an_entry_that_does_not_decode_is_named(tmp_path: Path) -> None:
    bad = write_package(tmp_path / "bad.tgz", [("00_x_2.pb", b"\x0a\x05ab")])
    with pytest.raises(PackageError) as info:
        Package.read(bad)
    assert info.value.origin == f"{bad}:00_x_2.pb"
    assert "not an admin WorkflowSpec" in str(info.value)


def test_json_entries(tmp_path: Path) -> None:
    name, data = next(m for m in members() if m[0].endswith("_3.pb"))
    lp = reference_class(KIND_CLASSES["3"]).FromString(data)
    from google.protobuf import json_format

    text = json_format.MessageToJson(lp).encode()
    package = Package.read(write_package(tmp_path / "j.tgz", [(name[:-2] + "json", text)]))
    (only,) = package.launch_plans.values()
    assert only.to_bytes(deterministic=True) == lp.SerializeToString(deterministic=True)


# --- the identifiers inside, against a walk over flyteidl's messages ----------------------


def upb_identifiers(message: Any) -> list[Any]:
    """Every flyteidl.core.Identifier set anywhere inside ``message`` (upb)."""
    found = []
    for field, value in message.ListFields():
        if field.message_type is None:
            continue
        if field.message_type.GetOptions().map_entry:
            values = list(value.values()) if field.message_type.fields_by_name[
                "value"].message_type else []
        elif field.is_repeated:
            values = list(value)
        else:
            values = [value]
        for item in values:
            if item.DESCRIPTOR.full_name == "flyteidl.core.Identifier":
                found.append(item)
            else:
                found.extend(upb_identifiers(item))
    return found


@pytest.mark.parametrize(("name", "data"), members(), ids=[m[0] for m in members()])
def test_rewriting_sets_every_identifier(name: str, data: bytes) -> None:
    from flyte_lite.package.linked import ENTRY_CLASSES

    kind = {"1": "task", "2": "workflow", "3": "launch plan"}[name[-4]]
    ours = ENTRY_CLASSES[kind].from_bytes(data)
    rewritten = map_identifiers(ours, lambda use: attrs.evolve(
        use.id, project="p", domain="d", version=f"v-{use.kind}"))
    theirs = reference_class(KIND_CLASSES[name[-4]]).FromString(data)
    ids = upb_identifiers(theirs)
    assert ids, name
    type_kinds = {1: "task", 2: "workflow", 3: "launch plan"}
    for id in ids:
        id.project, id.domain, id.version = "p", "d", f"v-{type_kinds[id.resource_type]}"
    assert rewritten.to_bytes(deterministic=True) == theirs.SerializeToString(deterministic=True)
    # nothing to change: the very same object back
    assert map_identifiers(ours, lambda use: use.id) is ours


# --- the linked package ---------------------------------------------------------------------


def oracle_workflows() -> dict[str, Any]:
    return json.loads((GRAPHS / "oracle" / "workflows.json").read_text())["workflows"]  # type: ignore[no-any-return]


def test_the_package_links_what_flytekit_links() -> None:
    package = Package.read(PACKAGE)
    assert (len(package.tasks), len(package.workflows), len(package.launch_plans)) == (9, 14, 20)
    assert package.problems == ()
    for short, oracle in oracle_workflows().items():
        promoted = oracle["promote_from_model"]
        tasks = package.tasks_of(promoted["name"])
        # flytekit's flyte_tasks: first-reference order, nodes depth-first, then the
        # failure node, then the sub-workflows
        assert list(tasks) == [t["name"] for t in promoted["flyte_tasks"]], short
        for name, spec in tasks.items():
            assert spec is package.tasks[name]


def test_links_of_a_nested_workflow() -> None:
    package = Package.read(PACKAGE)
    outer = "graphs.nested.outer_wf"
    assert list(package.sub_workflows_of(outer)) == ["graphs.nested.mid_wf",
                                                     "graphs.nested.inner_wf"]
    spec = package.workflows[outer]
    mid = next(t for t in spec.sub_workflows if t.id.name == "graphs.nested.mid_wf")
    assert package.sub_workflows_of(outer)["graphs.nested.mid_wf"] is mid
    assert list(package.launch_plans_of(outer)) == ["inner_lp", "graphs.nested.inner_wf"]
    lp = package.workflow_of("lp_cron")
    assert lp is package.workflows["graphs.lps.lp_target"]
    for name in package.launch_plans:
        workflow = package.workflow_of(name)
        assert workflow is not None
        assert workflow.template.id.name == package.launch_plans[name].spec.workflow_id.name


def test_missing_references_are_problems_not_crashes(tmp_path: Path) -> None:
    kept = [m for m in members()
            if not m[0].endswith(("graphs.tasks.square_1.pb", "inner_lp_3.pb",
                                  "graphs.lps.lp_target_2.pb"))]
    path = write_package(tmp_path / "holes.tgz", kept)
    package = Package.read(path)
    problems = "\n".join(package.problems)
    assert "square" not in package.tasks_of("graphs.arrays.square_wf")
    assert package.workflow_of("lp_cron") is None
    assert (f"{path}:07_graphs.arrays.square_wf_2.pb: workflow graphs.arrays.square_wf: "
            "template.nodes[0].task_node.reference_id refers to task graphs.tasks.square, "
            "not in the package") in package.problems
    assert (f"{path}:30_lp_cron_3.pb: launch plan lp_cron: spec.workflow_id refers to "
            "workflow graphs.lps.lp_target, not in the package") in package.problems
    assert "launchplan_ref refers to launch plan inner_lp, not in the package" in problems
    # every reference to the missing three, and nothing else
    missing = {"graphs.tasks.square", "inner_lp", "graphs.lps.lp_target"}
    full = Package.read(PACKAGE)
    expected = sum(1 for table in (full.workflows, full.launch_plans)
                   for entity in table.values() for use in references(entity)
                   if use.id.name in missing)
    assert len(package.problems) == expected


def test_references_must_match_a_set_version(tmp_path: Path) -> None:
    package = Package.read(PACKAGE)
    lp = package.launch_plans["lp_cron"]
    elsewhere = attrs.evolve(lp, spec=attrs.evolve(lp.spec, workflow_id=attrs.evolve(
        lp.spec.workflow_id, version="v7")))
    target = package.workflows["graphs.lps.lp_target"]
    tasks = [(name, package.tasks[name]) for name in package.tasks_of(target.template.id.name)]
    linked = Package.from_messages([*tasks, ("a", target), ("b", elsewhere)])
    assert linked.problems == ("b: launch plan lp_cron: spec.workflow_id refers to workflow "
                               "graphs.lps.lp_target@v7, not in the package",)
    placeholder = attrs.evolve(lp, spec=attrs.evolve(lp.spec, workflow_id=attrs.evolve(
        lp.spec.workflow_id, version="{{ registration.version }}")))
    assert Package.from_messages([*tasks, ("a", target), ("b", placeholder)]).problems == ()


def test_duplicates(tmp_path: Path) -> None:
    package = Package.read(PACKAGE)
    task = package.tasks["graphs.tasks.add"]
    other = attrs.evolve(task, template=attrs.evolve(task.template, type="other"))
    linked = Package.from_messages([("a", task), ("b", task), ("c", other)])
    assert list(linked.tasks) == ["graphs.tasks.add"] and linked.tasks["graphs.tasks.add"] is task
    assert linked.problems == ("c: task graphs.tasks.add is also in a with different content",)
    nameless = attrs.evolve(task, template=attrs.evolve(task.template, id=Identifier()))
    assert Package.from_messages([("d", nameless)]).problems == (
        "d: the task has no identifier",)


def test_the_package_reader_serves_remote_and_cli() -> None:
    """Its place below them is tests/test_layers.py's table; here: both read through it."""
    from tests.remote.admin.test_layers import PACKAGE as LIBRARY
    from tests.remote.admin.test_layers import flyte_imports

    for user in ("cli/sources.py", "remote/remote.py"):
        assert any(m.startswith("flyte_lite.package") for m in flyte_imports(LIBRARY / user)), user


def test_every_name_is_exported_lazily() -> None:
    import flyte_lite.package as package
    from flyte_lite.package import _WHERE

    assert sorted(package.__all__) == sorted(_WHERE)
    for name in package.__all__:
        assert getattr(package, name) is getattr(
            __import__(f"flyte_lite.package.{_WHERE[name]}", fromlist=[name]), name)
    with pytest.raises(AttributeError, match="has no attribute 'nope'"):
        package.nope  # noqa: B018


def test_is_archive_reads_the_first_header_block() -> None:
    from flyte_lite.package import tarstream

    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.USTAR_FORMAT) as archive:
        info = tarfile.TarInfo("1_t_1.pb")
        archive.addfile(info, io.BytesIO(b""))
    plain = buffer.getvalue()[: tarstream.HEAD_SIZE]
    assert tarstream.HEAD_SIZE == 512 and len(plain) == 512
    assert tarstream.is_archive(plain)
    for compressed in (b"\x1f\x8b\x08", b"\xfd7zXZ\x00", b"BZh9"):
        assert tarstream.is_archive(compressed)
    # a task spec, a JSON document, a GNU tar header without "ustar": not told by the head
    assert not tarstream.is_archive(b"\n\x02\x08\x01" + bytes(508))
    assert not tarstream.is_archive(b'{"template": {}}')
    assert not tarstream.is_archive(plain[:257] + b"xxxxx" + plain[262:])
