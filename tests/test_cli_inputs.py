"""``flyte-lite`` on what is not a task, on every shape flytectl and FlyteAdmin hand out,
and on hostile archives (sizes, many members, repeated names, control characters)."""

from __future__ import annotations

import gzip
import io
import json
import random
import shutil
import sys
import tarfile
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
import yaml
from google.protobuf import json_format

from flyte_lite.cli.common import Loaded
from flyte_lite.cli.diff import _by_name
from flyte_lite.cli.entities import entity_of
from flyte_lite.cli.sources import Reader, iter_tasks
from flyte_lite.remote import FlyteTask
from tests.cli_run import assert_error, err, out, run
from tests.conftest import FIXTURES
from tests.strategies import examples, input_size
from tests.test_cli import (
    HEAVY,
    LS_LINES,
    PACKAGE,
    REGISTERED_HEAVY,
    admin_task,
    package_members,
    package_tasks,
    ref_spec,
    write_tgz,
)

WORKFLOW = FIXTURES / "workflow_specs" / "simple_wf.pb"
LAUNCH_PLAN = FIXTURES / "launch_plans" / "simple_lp.pb"
NOT_FLYTE = "not a Flyte task, workflow or launch plan"
ADD_ONE = FIXTURES / "tasks" / "add_one.pb"


# --- 1. never a wrong answer with exit 0 --------------------------------------------------


def test_workflow_specs_and_launch_plans_are_told_apart_by_identifier_and_name(
    tmp_path: Path,
) -> None:
    """Read by their identifier's resource type, or by pyflyte's _2/_3 name."""
    renamed = tmp_path / "15_myproj.wf.wf_2.pb"
    shutil.copy(WORKFLOW, renamed)
    lp_named = tmp_path / "16_myproj.lp_3.pb"
    shutil.copy(LAUNCH_PLAN, lp_named)
    for path, title in [
        (WORKFLOW, "admin WorkflowSpec"),
        (LAUNCH_PLAN, "admin LaunchPlan"),
        (renamed, "admin WorkflowSpec"),
        (lp_named, "admin LaunchPlan"),
    ]:
        result = run("ls", "-v", str(path))
        assert result.returncode == 0
        assert out(result).split(" ")[1] == ("workflow" if "Workflow" in title else "launchplan")
        if path in (WORKFLOW, LAUNCH_PLAN):  # detected; a _2/_3 name says what it is
            note = f"flyte-lite: {path}: read as {title} (detected; --type to choose)\n"
            assert err(result) == note


def test_a_workflow_read_as_a_task_is_refused(tmp_path: Path) -> None:
    assert_error(
        run("show", "--type", "spec", str(WORKFLOW)),
        f"{WORKFLOW}: flyteidl.admin.TaskSpec.template.interface.inputs: invalid wire type 6 "
        "(at byte 73); the bytes read as admin WorkflowSpec (--type workflow)",
    )


def test_workflow_json_without_its_compiled_templates_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "wf.json"
    path.write_text(json.dumps({"id": {"resourceType": "WORKFLOW", "name": "wf"}, "closure": {}}))
    assert_error(
        run("ls", str(path)), f"{path}: the admin Workflow has no closure.compiled_workflow"
    )


def test_data_that_is_not_flyte_says_so_first(tmp_path: Path) -> None:
    png = tmp_path / "image.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10")
    noise = tmp_path / "noise.bin"
    noise.write_bytes(random.Random(11).randbytes(400))
    zipped = tmp_path / "task.pb.gz"
    zipped.write_bytes(gzip.compress(ADD_ONE.read_bytes()))
    for path in (png, noise):
        result = run("show", str(path))
        assert (result.returncode, out(result)) == (2, "")
        assert err(result).startswith(f"flyte-lite: error: {path}: {NOT_FLYTE}: ")
        assert err(result).count("\n") == 1
    nor_package = f"{NOT_FLYTE}, nor a pyflyte package: compressed data that is not a tar archive"
    assert_error(run("ls", str(zipped)), f"{zipped}: {nor_package}")
    assert_error(run("ls", "-", stdin=zipped.read_bytes()), f"<stdin>: {nor_package}")


def test_random_bytes_never_print_a_task(tmp_path: Path) -> None:
    rng = random.Random(1234)
    for size in (1, 7, 64, 300, 2000):
        for _ in range(examples(80)):  # 20 under the default profile
            data = rng.randbytes(size)
            result = run("ls", "-", stdin=data)
            assert (result.returncode, out(result)) == (2, ""), data
            assert err(result).count("\n") == 1


# --- 2. every shape flytectl and FlyteAdmin hand out --------------------------------------


def admin_json(name: str, **options: Any) -> dict[str, Any]:
    """The admin Task of fixture ``name`` as JSON data (flytectl's dialect by default)."""
    spec = ref_spec((FIXTURES / "tasks" / f"{name}.pb").read_bytes())
    return json_format.MessageToDict(admin_task(spec), **options)  # type: ignore[no-any-return]


def test_flytectl_array_in_a_file_and_on_stdin(tmp_path: Path) -> None:
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps([admin_json("heavy"), admin_json("add_one")], indent=4))
    for result in (run("ls", str(path)), run("ls", "-", stdin=path.read_bytes())):
        assert (result.returncode, err(result)) == (0, "")
        lines = out(result).splitlines()
        assert lines[0] == REGISTERED_HEAVY
        assert lines[1].startswith("workflows.typed.add_one python-task ")
        assert lines[1].endswith(
            " project=flytesnacks domain=development version=v1 (x: int) -> (o0: int)"
        )
    noted = run("ls", "-v", str(path))
    assert err(noted) == (
        f"flyte-lite: {path}[0]: read as admin Task JSON (detected; --type to choose)\n"
        f"flyte-lite: {path}[1]: read as admin Task JSON (detected; --type to choose)\n"
    )


def test_flyteadmin_list_answer_and_its_token(tmp_path: Path) -> None:
    snake = {"preserving_proto_field_name": True, "always_print_fields_with_no_presence": True}
    page = {"tasks": [admin_json("heavy", **snake)], "token": ""}
    path = tmp_path / "list.json"
    path.write_text(json.dumps(page))
    result = run("ls", str(path))
    assert (result.returncode, out(result), err(result)) == (0, REGISTERED_HEAVY + "\n", "")
    page["token"] = "10"
    path.write_text(json.dumps(page))
    result = run("ls", str(path))
    assert (result.returncode, out(result)) == (0, REGISTERED_HEAVY + "\n")
    assert err(result) == (
        f"flyte-lite: {path}: warning: FlyteAdmin's list has more pages (token '10'); "
        "only this page is read\n"
    )
    other = tmp_path / "wfs.json"
    other.write_text(json.dumps({"workflows": [], "token": ""}))
    assert_error(run("ls", str(other)), f"{other}: FlyteAdmin's list holds no workflows")


def test_diff_a_package_against_flytectl_array(tmp_path: Path) -> None:
    """The same tasks from `pyflyte package` and from FlyteAdmin: equal but for the id."""
    names = ["heavy", "add_one"]
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps([admin_json(n) for n in names]))
    package = tmp_path / "two.tgz"
    members = [
        (f"{i}_{n}_1.pb", (FIXTURES / "tasks" / f"{n}.pb").read_bytes())
        for i, n in enumerate(names)
    ]
    write_tgz(package, members)
    gate = run("diff", "--template-only", "--ignore", "id.*", str(package), str(path))
    assert (gate.returncode, out(gate), err(gate)) == (0, "", "")
    full = run("diff", str(package), str(path))
    assert full.returncode == 1
    assert 'workflows.typed.heavy: template.id.version: "" -> "v1"' in out(full).splitlines()


def flytectl_yaml(data: Any) -> str:
    """YAML as flytectl's -o yaml writes it (JSON turned into YAML), timestamps unquoted."""
    text = yaml.safe_dump(data, sort_keys=False)
    return text.replace("'2023-11-14T22:13:20Z'", "2023-11-14T22:13:20Z")


def test_flytectl_yaml_one_task_a_list_and_stdin(tmp_path: Path) -> None:
    one = tmp_path / "task.yaml"
    one.write_text(flytectl_yaml(admin_json("heavy")))
    assert "createdAt: 2023-11-14T22:13:20Z\n" in one.read_text()
    many = tmp_path / "tasks.yml"
    many.write_text(flytectl_yaml([admin_json("heavy"), admin_json("heavy")]))
    for result, count in [
        (run("ls", str(one)), 1),
        (run("ls", str(many)), 2),
        (run("ls", "-", stdin=one.read_bytes()), 1),
        (run("ls", "-", stdin=many.read_bytes()), 2),
    ]:
        assert (result.returncode, err(result)) == (0, "")
        assert out(result).splitlines() == [REGISTERED_HEAVY] * count
    shown = run("show", "--format", "json", "--compact", str(one))
    assert json.loads(out(shown))["template"]["id"]["version"] == "v1"


def test_yaml_without_pyyaml_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "task.yaml"
    path.write_text(flytectl_yaml(admin_json("add_one")))
    monkeypatch.setitem(sys.modules, "yaml", None)  # import yaml raises ImportError
    assert_error(
        run("ls", str(path)), f"{path}: reading YAML needs PyYAML: pip install 'flyte-lite[yaml]'"
    )


def test_bad_yaml_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("id: [unclosed\n")
    result = run("ls", str(path))
    assert result.returncode == 2
    assert err(result).startswith(f"flyte-lite: error: {path}: invalid YAML: ")
    assert err(result).count("\n") == 1
    laughs = tmp_path / "laughs.yaml"  # nine levels of nine aliases: 387 million strings
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    laughs.write_text("\n".join(lines) + "\n")
    result = run("ls", str(laughs))
    assert result.returncode == 2
    assert err(result).startswith(f"flyte-lite: error: {laughs}: invalid YAML: ")
    assert "aliases are not JSON data" in err(result)


# --- 8. hostile archives ------------------------------------------------------------------


def claimed_member_tgz(path: Path, name: str, claimed: int) -> None:
    """A .tgz whose member header claims ``claimed`` bytes, with none of them present."""
    info = tarfile.TarInfo(name)
    info.size = claimed
    path.write_bytes(gzip.compress(info.tobuf(format=tarfile.GNU_FORMAT)))


def test_a_member_over_the_limit_is_refused_without_reading(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.tgz"
    claimed_member_tgz(bomb, "1_bomb_1.pb", 1 << 30)  # 1 GiB claimed, nothing behind it
    assert_error(
        run("ls", str(bomb)),
        f"{bomb}:1_bomb_1.pb: 1073741824 bytes, over the 67108864-byte limit; not read "
        "(--max-size to raise it)",
    )
    zeros = tmp_path / "zeros.tgz"
    write_tgz(zeros, [("1_zeros_1.pb", bytes(3 << 20))])
    assert_error(
        run("ls", "--max-size", "2M", str(zeros)),
        f"{zeros}:1_zeros_1.pb: 3145728 bytes, over the 2097152-byte limit; not read "
        "(--max-size to raise it)",
    )


def test_max_size_applies_to_files_and_stdin(tmp_path: Path) -> None:
    size = ADD_ONE.stat().st_size
    limit = str(size - 1)
    message = f"{size} bytes, over the {size - 1}-byte limit; not read (--max-size to raise it)"
    assert_error(run("ls", "--max-size", limit, str(ADD_ONE)), f"{ADD_ONE}: {message}")
    assert_error(
        run("ls", "--max-size", limit, "-", stdin=ADD_ONE.read_bytes()),
        f"<stdin>: {size} bytes, over the {size - 1}-byte limit; not read (--max-size to raise it)",
    )
    assert run("ls", "--max-size", str(size), str(ADD_ONE)).returncode == 0


def test_max_size_option_is_checked() -> None:
    result = run("ls", "--max-size", "lots", HEAVY)
    assert result.returncode == 2
    assert "not a size: 'lots' (e.g. 1000000, 64M)" in err(result)


def test_junk_members_are_skipped_with_flat_memory(tmp_path: Path) -> None:
    def junk_package(path: Path, count: int) -> None:
        with tarfile.open(path, "w:gz") as archive:
            for i in range(count):
                archive.addfile(tarfile.TarInfo(f"junk/{i:06d}.txt"), io.BytesIO(b""))
            info = tarfile.TarInfo("0_workflows.typed.add_one_1.pb")
            info.size = ADD_ONE.stat().st_size
            archive.addfile(info, io.BytesIO(ADD_ONE.read_bytes()))

    peaks = []
    counts = (input_size(2_000, 500), input_size(20_000, 5_000))
    for count in counts:
        path = tmp_path / f"junk{count}.tgz"
        junk_package(path, count)
        tracemalloc.start()
        try:
            tasks = [t.name for _, t in iter_tasks(str(path), Reader())]
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
        assert tasks == ["workflows.typed.add_one"]
    # tarfile keeps an index of every member it read (about 1 KB each) unless told not to;
    # flat is under 111 bytes a member more (2 MB for the 18,000 more of the ci profile)
    assert peaks[1] < peaks[0] + 111 * (counts[1] - counts[0]), peaks


def test_repeated_names_are_counted_in_one_pass() -> None:
    task = FlyteTask.from_bytes(ADD_ONE.read_bytes())
    other = task.replace(id=task.id.__class__(resource_type=task.id.resource_type, name="t#2"))
    named = task.replace(id=task.id.__class__(resource_type=task.id.resource_type, name="t"))
    entities = [entity_of(Loaded("x", t.to_flyte_idl(), "spec", False, False, t))
                for t in (named, other, named, named)]
    keys = list(_by_name(entities))
    assert keys == [("task", "t"), ("task", "t#2"), ("task", "t#3"), ("task", "t#4")]


def test_diff_of_a_package_with_repeated_names(tmp_path: Path) -> None:
    data = ADD_ONE.read_bytes()
    old = tmp_path / "old.tgz"
    new = tmp_path / "new.tgz"
    write_tgz(old, [(f"{i}_t_1.pb", data) for i in range(300)])
    write_tgz(new, [(f"{i}_t_1.pb", data) for i in range(301)])
    result = run("diff", str(old), str(new))
    assert (result.returncode, out(result)) == (1, f"workflows.typed.add_one#301: only in {new}\n")


EVIL = "evil\x1b[2J\nforged.task\u202e"


def evil_package(tmp_path: Path) -> Path:
    task = FlyteTask.from_bytes(ADD_ONE.read_bytes())
    evil = task.replace(id=task.id.__class__(resource_type=task.id.resource_type, name=EVIL))
    path = tmp_path / "evil.tgz"
    member = "0_evil\x1b[31m_2.pb"  # a member name with an escape, read as a workflow
    write_tgz(path, [("1_evil_1.pb", evil.serialize_to_string()), (member, WORKFLOW.read_bytes())])
    return path


@pytest.mark.parametrize(
    "args",
    [
        ["ls"],
        ["ls", "--format", "tsv"],
        ["show"],
        ["show", "--format", "summary"],
        ["show", "--format", "yaml-like"],
        ["show", "-v"],
        ["diff", str(FIXTURES / "tasks" / "heavy.pb")],
    ],
)
def test_control_characters_are_escaped_in_human_output(args: list[str], tmp_path: Path) -> None:
    path = evil_package(tmp_path)
    command, *rest = args
    result = run(command, *rest[:1] if rest[:1] == ["-v"] else [], str(path), *(
        r for r in rest if r != "-v"
    ))
    text = out(result) + err(result)
    assert "\x1b" not in text and "\u202e" not in text
    assert "forged.task" in text
    assert not any(line.startswith("forged.task") for line in text.splitlines())


def test_control_characters_in_errors_and_member_names(tmp_path: Path) -> None:
    bad = tmp_path / "evil.tgz"
    write_tgz(bad, [("1_\x1b[2Jx_1.pb", b"\xff\xff")])
    result = run("ls", str(bad))
    assert result.returncode == 2
    assert "\x1b" not in err(result) and "\\x1b[2Jx_1.pb" in err(result)
    assert err(result).count("\n") == 1


def test_package_members_are_read_in_numbering_order(tmp_path: Path) -> None:
    members = package_members()
    shuffled = tmp_path / "shuffled.tgz"
    write_tgz(shuffled, list(reversed(members)))
    listed = out(run("ls", "--kind", "task", str(shuffled)))
    assert [line.split(" ", 1)[0] for line in listed.splitlines()] == [
        t.name for t in package_tasks()
    ]
    assert [t.name for t in package_tasks()][:3] == [
        "workflows.pod.with_pod",
        "workflows.large.large",
        "workflows.typed.add_one",
    ]


def test_name_picks_tasks_out_of_a_package() -> None:
    one = run("ls", PACKAGE, "--name", "workflows.typed.heavy")
    assert (one.returncode, out(one)) == (0, LS_LINES["workflows.typed.heavy"] + "\n")
    globbed = run("ls", PACKAGE, "--name", "*.cached*", "--name", "raw_container", "--kind", "task")
    assert [line.split(" ", 1)[0] for line in out(globbed).splitlines()] == [
        "workflows.typed.cached",
        "workflows.typed.cached_obj",
        "raw_container",
    ]
    assert_error(
        run("show", PACKAGE, "--name", "nope"),
        f"{PACKAGE}: no task, workflow or launch plan named nope",
    )
    assert_error(
        run("show", PACKAGE, "--name", "nope", "--kind", "workflow"),
        f"{PACKAGE}: no workflow named nope",
    )


# --- the tar reader -----------------------------------------------------------------------


@pytest.mark.parametrize("compression", ["gz", "bz2", "xz", ""])
@pytest.mark.parametrize(
    "tar_format", [tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT]
)
def test_tar_formats_long_names_and_compressions(
    compression: str, tar_format: int, tmp_path: Path
) -> None:
    data = ADD_ONE.read_bytes()
    deep = "d" * 60 + "/" + "e" * 60  # a ustar name prefix, a GNU long name or a pax path
    long_name = "0_" + "x" * 120 + "_1.pb"  # longer than a ustar name can be
    path = tmp_path / f"p.tar{'.' + compression if compression else ''}"
    with tarfile.open(path, f"w:{compression}", format=tar_format) as archive:
        folder = tarfile.TarInfo("3_dir_1.pb")  # not a regular file: left out
        folder.type = tarfile.DIRTYPE
        archive.addfile(folder)
        link = tarfile.TarInfo("2_link_1.pb")
        link.type, link.linkname = tarfile.SYMTYPE, "elsewhere"
        archive.addfile(link)
        names = [f"{deep}/1_t_1.pb"]
        if tar_format != tarfile.USTAR_FORMAT:
            names.append(long_name)
        for name in names:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    tasks = list(iter_tasks(str(path), Reader()))
    expected = 1 if tar_format == tarfile.USTAR_FORMAT else 2
    assert [loaded.origin for loaded, _ in tasks][:1] == [
        f"{path}:{long_name}" if expected == 2 else f"{path}:{deep}/1_t_1.pb"
    ]
    assert len(tasks) == expected
    assert all(task.serialize_to_string() == data for _, task in tasks)


def test_tar_header_damage_is_one_line(tmp_path: Path) -> None:
    good = tmp_path / "good.tar"
    with tarfile.open(good, "w") as archive:
        info = tarfile.TarInfo("1_t_1.pb")
        info.size = ADD_ONE.stat().st_size
        archive.addfile(info, io.BytesIO(ADD_ONE.read_bytes()))
    raw = bytearray(good.read_bytes())
    raw[0] ^= 0x01  # the name changes, the stored checksum does not
    bad = tmp_path / "bad.tar"
    bad.write_bytes(bytes(raw))
    assert_error(
        run("ls", str(bad)), f"{bad}: unreadable archive: not a tar header (bad checksum at byte 0)"
    )
    cut = tmp_path / "cut.tar"
    cut.write_bytes(good.read_bytes()[:700])
    assert_error(run("ls", str(cut)), f"{cut}: unreadable archive: unexpected end of data")


def test_entries_with_the_same_bytes_are_read_once_when_shared() -> None:
    seen: dict[bytes, FlyteTask] = {}
    first = [task for _, task in iter_tasks(PACKAGE, Reader(seen=seen))]
    again = [task for _, task in iter_tasks(PACKAGE, Reader(seen=seen))]
    assert len(seen) == len(first) == len(again)
    assert all(a is b for a, b in zip(first, again))
    alone = [task for _, task in iter_tasks(PACKAGE, Reader())]
    assert alone == first and not any(a is b for a, b in zip(alone, first))


def test_every_type_choice_has_a_message_class_and_an_entity() -> None:
    from flyte_lite.cli.common import ENTITY_OF, KIND_TITLES
    from flyte_lite.cli.sources import KINDS

    assert list(KINDS) == list(KIND_TITLES) == list(ENTITY_OF)
