"""The ``flyte-lite`` command on the golden fixtures: in this process through ``main()``,
and in a real process for the entry point, a broken pipe and (tests/test_cli_outputs.py,
tests/remote/admin/test_cli.py) a few smoke tests.

Inputs in every JSON dialect are made here from the fixtures with flyteidl's
``json_format``: ``MessageToJson`` with default options is what ``flytectl -o json``
writes; ``preserving_proto_field_name`` + ``always_print_fields_with_no_presence`` is
FlyteAdmin's ``Accept: application/json``; ``always_print_fields_with_no_presence`` alone
its gateway default.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any, Optional

import pytest
from google.protobuf import json_format

import flyte_lite
from flyte_lite import DecodeError
from flyte_lite import json_format as flyte_json
from flyte_lite.cli import main
from flyte_lite.cli.describe import duration_text, ls_line
from flyte_lite.cli.example import example_task
from flyte_lite.cli.sources import decode_message, json_kind, looks_like_json
from flyte_lite.models.admin.task import TaskSpec
from flyte_lite.models.core.types import (
    BlobType,
    EnumType,
    LiteralType,
    SimpleType,
    StructuredDatasetType,
    UnionType,
)
from flyte_lite.remote import FlyteTask
from flyte_lite.views.changes import field_changes
from flyte_lite.views.pretty import type_summary
from flyte_lite.wkt import Duration
from tests.cli_run import ROOT, assert_error, err, out, run
from tests.conftest import FIXTURES, TASK_FIXTURES, reference_class

PACKAGE = "tests/fixtures/package.tgz"
SERIALIZED = "tests/fixtures/serialized"
HEAVY = "tests/fixtures/tasks/heavy.pb"
HEAVY_BYTES = (FIXTURES / "tasks" / "heavy.pb").read_bytes()

RefTaskSpec = reference_class("flyteidl.admin.TaskSpec")
RefTask = reference_class("flyteidl.admin.Task")
#: flyteidl's class of each kind of pyflyte entry, by the k of `{index}_{name}_{k}.pb`.
REF_BY_K = {
    "1": RefTaskSpec,
    "2": reference_class("flyteidl.admin.WorkflowSpec"),
    "3": reference_class("flyteidl.admin.LaunchPlan"),
}

with tarfile.open(FIXTURES / "package.tgz") as _archive:
    _MEMBERS = [m.name for m in _archive.getmembers() if m.isfile()]
#: How many tasks (k=1 members) package.tgz holds.
PACKAGE_TASKS = sum(member.endswith("_1.pb") for member in _MEMBERS)

#: `ls` lines of tasks in the package, written out by hand from the fixture README.
LS_LINES = {
    "workflows.typed.heavy": (
        "workflows.typed.heavy python-task image=ghcr.io/example/custom-image:1.2.3 "
        "cpu=1/2 mem=1Gi/4Gi gpu=1/1 ephemeral_storage=2Gi/8Gi retries=3 timeout=30m cache=- "
        "accelerator=nvidia-tesla-t4 interruptible=true secrets=db/password,aws/token "
        "(x: int, y: float) -> (o0: float)"
    ),
    "workflows.typed.collections": (
        "workflows.typed.collections python-task image=ghcr.io/example/default:0.1 "
        "cpu=-/- mem=-/- gpu=-/- retries=0 timeout=- cache=- "
        "(color: Enum[red, green, blue], d: Dict[str, float], ld: List[Dict[str, int]], "
        "li: List[int], os: Optional[str], u: Union[int, str]) -> (o0: List[str])"
    ),
    "workflows.typed.structured": (
        "workflows.typed.structured python-task image=ghcr.io/example/default:0.1 "
        "cpu=-/- mem=-/- gpu=-/- retries=0 timeout=- cache=- "
        "(fd: FlyteDirectory, ff: FlyteFile, maybe_p: Optional[Point], p: Point) -> (o0: Point)"
    ),
    "workflows.typed.cached": (
        "workflows.typed.cached python-task image=ghcr.io/example/default:0.1 "
        "cpu=-/- mem=-/- gpu=-/- retries=0 timeout=- cache=1.0 "
        "accelerator=nvidia-tesla-a100:1g.5gb cache_serializable=true pod_template=my-pod-template "
        'deprecated="Use heavy instead" (seed: int, x: int) -> (o0: int)'
    ),
    "workflows.typed.ranged_resources": (
        "workflows.typed.ranged_resources python-task image=ghcr.io/example/default:0.1 "
        "cpu=500m/1 mem=256Mi/512Mi gpu=-/- retries=0 timeout=- cache=- (x: int) -> (o0: int)"
    ),
    "workflows.pod.with_pod": (
        "workflows.pod.with_pod python-task image=ghcr.io/example/default:0.1 "
        "cpu=1/- mem=2Gi/- gpu=-/- retries=0 timeout=- cache=- "
        "(names: List[str], x: int) -> (o0: Dict[str, int])"
    ),
    "raw_container": (
        "raw_container raw-container image=ghcr.io/example/calc:1.0 "
        "cpu=500m/- mem=128Mi/- gpu=-/- retries=0 timeout=- cache=- "
        "(a: int, b: float, msg: str) -> (out: float)"
    ),
    "sqlite_query": (
        "sqlite_query sqlite image=cr.flyte.org/flyteorg/flytekit:py3.11-1.15.4 "
        "cpu=-/- mem=-/- gpu=-/- retries=0 timeout=- cache=- "
        "(genre: str, limit: int) -> (results: FlyteSchema)"
    ),
    "workflows.special.eager_sum-cleanup": (
        "workflows.special.eager_sum-cleanup eager_failure_handler_task "
        "image=ghcr.io/example/default:0.1 cpu=-/- mem=-/- gpu=-/- retries=0 timeout=- "
        "cache=- (n: int) -> ()"
    ),
}


#: heavy's `ls` line as FlyteAdmin holds it (see admin_task()): with its project, domain, version.
REGISTERED_HEAVY = LS_LINES["workflows.typed.heavy"].replace(
    " (x: int", " project=flytesnacks domain=development version=v1 (x: int"
)


def ref_spec(data: bytes = HEAVY_BYTES) -> Any:
    return RefTaskSpec.FromString(data)


def package_members() -> list[tuple[str, bytes]]:
    """(name, bytes) of every member of package.tgz, in pyflyte's numbering order."""
    with tarfile.open(FIXTURES / "package.tgz") as archive:
        members = [
            (m.name, archive.extractfile(m).read())  # type: ignore[union-attr]
            for m in archive.getmembers()
            if m.isfile()
        ]
    return sorted(members, key=lambda member: int(member[0].split("_", 1)[0]))


def entry_dict(name: str, data: bytes) -> Any:
    """flyteidl's JSON of a pyflyte entry, read as the class its name's k says."""
    k = re.fullmatch(r"\d+_.+_([123])\.pb", name.rsplit("/", 1)[-1])
    assert k is not None
    return json_format.MessageToDict(REF_BY_K[k[1]].FromString(data))


def package_tasks() -> list[FlyteTask]:
    return [
        FlyteTask.from_bytes(data) for name, data in package_members() if name.endswith("_1.pb")
    ]


def write_tgz(path: Path, members: list[tuple[str, bytes]]) -> None:
    with tarfile.open(path, "w:gz") as archive:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))


def dialects(message: Any) -> dict[str, str]:
    """``message`` as JSON in the three dialects Flyte's tools write."""
    return {
        "flytectl": json_format.MessageToJson(message),
        "admin": json_format.MessageToJson(
            message, preserving_proto_field_name=True, always_print_fields_with_no_presence=True
        ),
        "gateway": json_format.MessageToJson(message, always_print_fields_with_no_presence=True),
    }


def admin_task(spec: Any) -> Any:
    """An admin ``Task`` as FlyteAdmin returns it, wrapping ``spec``'s template."""
    task = RefTask()
    task.id.CopyFrom(spec.template.id)
    task.id.project, task.id.domain, task.id.version = "flytesnacks", "development", "v1"
    task.closure.compiled_task.template.CopyFrom(spec.template)
    task.closure.compiled_task.template.id.CopyFrom(task.id)
    task.closure.created_at.seconds = 1_700_000_000
    task.short_description = spec.description.short_description
    return task


def changed_heavy() -> bytes:
    """heavy.pb with a limit, an env var, an arg, an input type and the retries changed."""
    spec = ref_spec()
    container = spec.template.container
    for entry in container.resources.limits:
        if entry.name == 1:  # CPU
            entry.value = "4"
    container.env.add(key="MODE", value="fast")
    container.args[3] = "--output"
    spec.template.interface.inputs.variables["x"].type.simple = 2  # FLOAT
    spec.template.metadata.retries.retries = 5
    spec.template.metadata.ClearField("timeout")
    return spec.SerializeToString()  # type: ignore[no-any-return]


# --- --version, --help, the entry point -----------------------------------------------------


def test_version() -> None:
    result = run("--version")
    assert (result.returncode, out(result)) == (0, f"flyte-lite {flyte_lite.__version__}\n")


def test_installed_entry_point() -> None:
    script = shutil.which("flyte-lite", path=str(Path(sys.executable).parent))
    assert script is not None, "flyte-lite is not installed next to the interpreter"
    result = run("ls", "-q", HEAVY, exe=[script])
    assert (result.returncode, out(result), err(result)) == (
        0,
        LS_LINES["workflows.typed.heavy"] + "\n",
        "",
    )


def test_no_command_prints_help_and_fails() -> None:
    result = run()
    assert result.returncode == 2
    assert out(result).startswith("usage: flyte-lite [-h] [--version] COMMAND ...\n")


@pytest.mark.parametrize(
    ("command", "example"),
    [
        (None, "flyte-lite ls package.tgz                one line per task"),
        ("show", "flyte-lite show package.tgz --format summary"),
        ("ls", "flyte-lite ls serialized/ | grep gpu=1"),
        ("convert", "flyte-lite convert task.pb sorted.pb --deterministic"),
        ("diff", "flyte-lite diff old/package.tgz new/package.tgz --ignore id.version"),
    ],
)
def test_help_has_examples(command: Optional[str], example: str) -> None:
    result = run(*([command] if command else []), "--help")
    text = out(result)
    assert result.returncode == 0
    assert text.startswith(f"usage: flyte-lite {command + ' ' if command else ''}")
    assert "\nexamples:\n" in text
    assert f"\n  {example}\n" in text


# --- show -------------------------------------------------------------------------------------


def test_show_without_path_shows_the_example() -> None:
    result = run("show", "-v")
    assert result.returncode == 0
    assert out(result) == example_task().verbose_string() + "\n"
    assert "      name: example.greet\n" in out(result)
    assert err(result) == (
        "flyte-lite: showing a built-in example task; give a file, package or folder\n"
    )


def test_show_pb_is_the_verbose_string_and_names_the_detected_type() -> None:
    result = run("show", "-v", HEAVY)
    assert result.returncode == 0
    assert out(result) == FlyteTask.from_bytes(HEAVY_BYTES).verbose_string() + "\n"
    assert (
        err(result) == f"flyte-lite: {HEAVY}: read as admin TaskSpec (detected; --type to choose)\n"
    )


def test_show_detects_template_and_admin_task_bytes(tmp_path: Path) -> None:
    spec = ref_spec()
    (tmp_path / "t.pb").write_bytes(spec.template.SerializeToString())
    (tmp_path / "a.pb").write_bytes(admin_task(spec).SerializeToString())
    result = run("ls", "-v", str(tmp_path / "t.pb"), str(tmp_path / "a.pb"))
    assert result.returncode == 0
    assert out(result) == f"{LS_LINES['workflows.typed.heavy']}\n{REGISTERED_HEAVY}\n"
    assert err(result) == (
        f"flyte-lite: {tmp_path / 't.pb'}: read as TaskTemplate (detected; --type to choose)\n"
        f"flyte-lite: {tmp_path / 'a.pb'}: read as admin Task (detected; --type to choose)\n"
    )


def test_show_type_option_is_obeyed(tmp_path: Path) -> None:
    template = tmp_path / "t.pb"
    template.write_bytes(ref_spec().template.SerializeToString())
    given = run("show", "--type", "template", str(template))
    assert (given.returncode, err(given)) == (0, "")
    assert (
        out(given)
        == FlyteTask.from_bytes(template.read_bytes(), kind="template").verbose_string() + "\n"
    )
    wrong = run("show", "--type", "spec", str(template))
    assert_error(
        wrong,
        f"{template}: flyteidl.admin.TaskSpec.template.interface: invalid wire type 7 (at byte 6)"
        "; the bytes read as TaskTemplate (--type template)",
    )


def test_show_package_streams_every_task_with_kind_task() -> None:
    result = run("show", "-v", "--kind", "task", PACKAGE)
    assert (result.returncode, err(result)) == (0, "")
    assert out(result) == "\n".join(t.verbose_string() + "\n" for t in package_tasks())


def test_show_serialize_folder_in_name_order() -> None:
    result = run("show", "-v", "--format", "jsonl", SERIALIZED)
    assert result.returncode == 0
    files = sorted((FIXTURES / "serialized").iterdir())
    expected = [entry_dict(f.name, f.read_bytes()) for f in files]  # tasks, workflows, plans
    lines = out(result).splitlines()
    assert [json.loads(line) for line in lines] == expected
    assert len(lines) == len(_MEMBERS) and err(result) == ""


def test_show_json_equals_json_format_with_each_option() -> None:
    plain = run("show", "-q", "--format", "json", HEAVY)
    options = run(
        "show", "-q", "--format", "json", "--snake-case", "--all-fields", "--enum-numbers", HEAVY
    )
    assert plain.returncode == options.returncode == 0
    assert json.loads(out(plain)) == json_format.MessageToDict(ref_spec())
    assert out(plain).startswith('{\n  "template": {\n    "id": {\n')  # indent 2, like json_format
    assert json.loads(out(options)) == json_format.MessageToDict(
        ref_spec(),
        preserving_proto_field_name=True,
        always_print_fields_with_no_presence=True,
        use_integers_for_enums=True,
    )


def test_show_summary_of_heavy() -> None:
    result = run("show", "-q", "--format", "summary", HEAVY)
    assert (result.returncode, err(result)) == (0, "")
    assert out(result) == (
        "task:          workflows.typed.heavy\n"
        "project:       -\n"
        "domain:        -\n"
        "version:       -\n"
        "type:          python-task\n"
        "image:         ghcr.io/example/custom-image:1.2.3\n"
        "resources:     cpu 1/2, mem 1Gi/4Gi, gpu 1/1, ephemeral_storage 2Gi/8Gi (request/limit)\n"
        "accelerator:   nvidia-tesla-t4\n"
        "retries:       3\n"
        "timeout:       30m\n"
        "cache:         -\n"
        "interruptible: yes\n"
        "secrets:       db/password, aws/token\n"
        "inputs:        x: int, y: float\n"
        "outputs:       o0: float\n"
        "description:   Resource-heavy task with most knobs set.\n"
    )


def test_show_yaml_like_is_the_tree_as_documents() -> None:
    result = run("show", "-q", "--format", "yaml-like", HEAVY, HEAVY)
    tree = FlyteTask.from_bytes(HEAVY_BYTES).verbose_string().splitlines()[1:]
    document = [f"--- # {HEAVY}", *(line[2:] for line in tree)]
    assert out(result).splitlines() == document * 2
    assert out(result).splitlines()[1:4] == ["template:", "  id:", "    resource_type: TASK"]


# --- each JSON dialect, and admin Task / TaskTemplate JSON --------------------------------


def test_every_json_dialect_of_every_kind(tmp_path: Path) -> None:
    spec = ref_spec()
    kinds = {"spec": spec, "template": spec.template, "task": admin_task(spec)}
    titles = {"spec": "admin TaskSpec", "template": "TaskTemplate", "task": "admin Task"}
    paths, notes = [], []
    for kind, message in kinds.items():
        for dialect, text in dialects(message).items():
            path = tmp_path / f"{kind}_{dialect}.json"
            path.write_text(text)
            paths.append(str(path))
            notes.append(
                f"flyte-lite: {path}: read as {titles[kind]} JSON (detected; --type to choose)\n"
            )
    result = run("ls", "-v", *paths)
    assert result.returncode == 0
    heavy = LS_LINES["workflows.typed.heavy"]
    assert out(result).splitlines() == [heavy] * 6 + [REGISTERED_HEAVY] * 3
    assert err(result) == "".join(notes)


def test_admin_task_json_keeps_the_registered_id(tmp_path: Path) -> None:
    path = tmp_path / "from_admin.json"
    path.write_text(dialects(admin_task(ref_spec()))["admin"])
    result = run("show", "-q", "--format", "json", "--compact", str(path))
    shown = json.loads(out(result))
    assert shown["template"]["id"] == {
        "resourceType": "TASK",
        "project": "flytesnacks",
        "domain": "development",
        "name": "workflows.typed.heavy",
        "version": "v1",
    }
    # the admin Task's short_description is kept as the description (issue 12)
    assert shown["description"] == {"shortDescription": ref_spec().description.short_description}


# --- standard input -------------------------------------------------------------------------


def test_stdin_binary_json_and_package() -> None:
    admin_json = dialects(ref_spec())["admin"]
    binary = run("show", "-v", "-", stdin=HEAVY_BYTES)
    text = run("show", "-v", "-", stdin=admin_json.encode())
    package = run("ls", "-q", "--kind", "task", "-", stdin=(FIXTURES / "package.tgz").read_bytes())
    tree = FlyteTask.from_bytes(HEAVY_BYTES).verbose_string() + "\n"
    # upb writes JSON map entries in its own order, and the tree keeps the order read
    from_json = FlyteTask.from_flyte_idl(flyte_json.from_json(TaskSpec, admin_json))
    assert (binary.returncode, out(binary)) == (0, tree)
    assert (text.returncode, out(text)) == (0, from_json.verbose_string() + "\n")
    assert from_json == FlyteTask.from_bytes(HEAVY_BYTES)
    assert (
        err(binary) == "flyte-lite: <stdin>: read as admin TaskSpec (detected; --type to choose)\n"
    )
    assert err(text) == (
        "flyte-lite: <stdin>: read as admin TaskSpec JSON (detected; --type to choose)\n"
    )
    assert out(package).splitlines() == [ls_line(t) for t in package_tasks()]


def brace_spec() -> bytes:
    """TaskSpec bytes that start ``0a 7b``: newline and ``{``, as if they were JSON."""
    template = ref_spec().template
    for size in range(1, 124):
        small = type(template)(type="python-task")
        small.id.resource_type, small.id.name = 1, "t" * size
        data = small.SerializeToString()
        if len(data) == 123:
            return b"\n{" + data  # type: ignore[no-any-return]
    raise AssertionError("no size gives a 123-byte template")


def test_stdin_that_looks_like_json_but_is_binary() -> None:
    data = brace_spec()
    assert not looks_like_json(data) and decode_message(data, None)[1] == "spec"
    result = run("ls", "-v", "-", stdin=data)
    assert (result.returncode, out(result)) == (
        0,
        f"{'t' * 104} python-task image=- cpu=-/- mem=-/- gpu=-/- retries=0 timeout=- "
        "cache=- () -> ()\n",
    )
    assert (
        err(result) == "flyte-lite: <stdin>: read as admin TaskSpec (detected; --type to choose)\n"
    )


def test_stdin_json_with_byte_order_mark() -> None:
    text = "\ufeff" + dialects(ref_spec())["flytectl"]
    result = run("ls", "-q", "-", stdin=text.encode("utf-8"))
    assert (result.returncode, out(result)) == (0, LS_LINES["workflows.typed.heavy"] + "\n")


def test_stdin_empty() -> None:
    assert_error(run("show", "-"), "<stdin>: empty: no message to read")


# --- ls ---------------------------------------------------------------------------------------


def test_ls_package_lines() -> None:
    result = run("ls", "-q", "--kind", "task", PACKAGE)
    assert (result.returncode, err(result)) == (0, "")
    lines = out(result).splitlines()
    assert len(lines) == PACKAGE_TASKS
    everything = run("ls", "-q", PACKAGE)
    assert len(out(everything).splitlines()) == len(_MEMBERS)
    by_name = {line.split(" ", 1)[0]: line for line in lines}
    for name, line in LS_LINES.items():
        assert by_name[name] == line
    assert lines == [ls_line(t) for t in package_tasks()]  # archive order, streamed


def test_ls_streams_a_package_of_thousands(tmp_path: Path) -> None:
    spec = TaskSpec.from_bytes((FIXTURES / "tasks" / "add_one.pb").read_bytes())
    assert spec.template is not None and spec.template.id is not None
    members = []
    for i in range(2000):
        task = FlyteTask.from_flyte_idl(spec).replace(
            id=_renamed(spec.template.id, f"big.t{i:04d}")
        )
        members.append((f"{i:04d}_big.t{i:04d}_1.pb", task.serialize_to_string()))
    write_tgz(tmp_path / "big.tgz", members)
    result = run("ls", "-q", str(tmp_path / "big.tgz"))
    lines = out(result).splitlines()
    assert (result.returncode, len(lines)) == (0, 2000)
    assert lines[1999] == (
        "big.t1999 python-task image=ghcr.io/example/default:0.1 cpu=-/- mem=-/- gpu=-/- "
        "retries=0 timeout=- cache=- (x: int) -> (o0: int)"
    )


def _renamed(identifier: Any, name: str) -> Any:
    import attrs

    return attrs.evolve(identifier, name=name)


# --- errors -----------------------------------------------------------------------------------


def test_missing_file() -> None:
    assert_error(run("show", "no/such/task.pb"), "no/such/task.pb: No such file or directory")
    assert_error(run("ls", "no/such.tgz"), "no/such.tgz: No such file or directory")


def test_corrupt_string(tmp_path: Path) -> None:
    at = HEAVY_BYTES.index(b"task-module")
    path = tmp_path / "corrupt.pb"
    path.write_bytes(HEAVY_BYTES[:at] + b"\xff" + HEAVY_BYTES[at + 1 :])
    assert_error(
        run("show", str(path)),
        f"{path}: not a Flyte task, workflow or launch plan: "
        "flyteidl.admin.TaskSpec.template.container.args[14]: "
        f"invalid UTF-8 in string (at byte {at})",
    )


def test_truncated_file(tmp_path: Path) -> None:
    path = tmp_path / "cut.pb"
    path.write_bytes(HEAVY_BYTES[:300])
    tag, low, high = HEAVY_BYTES[:3]  # field 1 (template), then its length in 2 varint bytes
    length = (low & 0x7F) | (high << 7)
    assert (tag, low >> 7, high >> 7) == (0x0A, 1, 0)
    assert_error(
        run("ls", str(path)),
        f"{path}: not a Flyte task, workflow or launch plan: "
        f"flyteidl.admin.TaskSpec.template: length {length} runs past the end "
        "of the data (297 bytes left) (at byte 1)",  # the offset of the length prefix
    )


def test_truncated_file_with_type(tmp_path: Path) -> None:
    template = ref_spec().template.SerializeToString()
    path = tmp_path / "cut_template.pb"
    path.write_bytes(template[: template.index(b"pyflyte-execute") + 3])
    result = run("show", "--type", "template", str(path))
    assert result.returncode == 2
    assert err(result).startswith(
        f"flyte-lite: error: {path}: flyteidl.core.TaskTemplate.container"
    )
    assert err(result).endswith(")\n") and "(at byte " in err(result)
    assert err(result).count("\n") == 1


def test_bad_and_cut_archives(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.tgz"
    garbage.write_bytes(b"\x1f\x8b\x08\x00" + b"not gzip at all" * 10)
    cut = tmp_path / "cut.tgz"
    cut.write_bytes((FIXTURES / "package.tgz").read_bytes()[:3000])
    notpkg = tmp_path / "other.tgz"
    write_tgz(notpkg, [("README.md", b"hello")])
    assert_error(run("ls", str(garbage)), f"{garbage}: unreadable archive: invalid compressed data")
    # read whole before the first line (for pyflyte's order): a cut archive lists nothing
    assert_error(run("ls", str(cut)), f"{cut}: unreadable archive: unexpected end of data")
    assert_error(
        run("ls", str(notpkg)),
        f"{notpkg}: not a pyflyte package: no {{index}}_{{name}}_{{k}}.pb members",
    )


def test_corrupt_package_member(tmp_path: Path) -> None:
    at = HEAVY_BYTES.index(b"task-module")
    bad = HEAVY_BYTES[:at] + b"\xff" + HEAVY_BYTES[at + 1 :]
    path = tmp_path / "pkg.tgz"
    write_tgz(path, [("0_workflows.typed.heavy_1.pb", HEAVY_BYTES), ("1_bad_1.pb", bad)])
    result = run("ls", str(path))
    assert result.returncode == 2
    assert out(result) == LS_LINES["workflows.typed.heavy"] + "\n"  # streamed before the error
    assert err(result) == (
        f"flyte-lite: error: {path}:1_bad_1.pb: flyteidl.admin.TaskSpec.template.container"
        f".args[14]: invalid UTF-8 in string (at byte {at})\n"
    )


def test_not_a_task(tmp_path: Path) -> None:
    path = tmp_path / "no_template.json"
    path.write_text('{"description": {"shortDescription": "x"}}')
    assert_error(
        run("show", "-q", str(path)),
        f"{path}: the admin TaskSpec has no template, so it is not a task",
    )


def test_malformed_json(tmp_path: Path) -> None:
    syntax = tmp_path / "syntax.json"
    syntax.write_text('{"template": ')
    wrong = tmp_path / "wrong.json"
    wrong.write_text('{"template": {"metadata": {"timeout": "soon"}}}')
    unknown = tmp_path / "unknown.json"
    unknown.write_text('{"template": {"container": {"imag": "x"}}}')
    result = run("show", "-q", str(syntax))
    assert (result.returncode, out(result)) == (2, "")
    assert err(result).startswith(f"flyte-lite: error: {syntax}: ")
    assert err(result).endswith(": invalid JSON: Expecting value: line 1 column 14 (char 13)\n")
    assert err(result).count("\n") == 1
    result = run("show", "-q", str(wrong))
    assert result.returncode == 2
    assert err(result).startswith(
        f"flyte-lite: error: {wrong}: flyteidl.admin.TaskSpec: template.metadata.timeout: "
    )
    assert err(result).count("\n") == 1
    result = run("show", "-q", str(unknown))
    assert result.returncode == 2
    assert err(result).startswith(
        f"flyte-lite: error: {unknown}: flyteidl.admin.TaskSpec: template.container"
    )
    assert "imag" in err(result) and err(result).count("\n") == 1


def test_broken_pipe_is_quiet() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "flyte_lite", "show", "-q", PACKAGE],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    )
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()  # like `| head -1`; the output is far larger than a pipe buffer
    stderr = process.stderr.read()
    process.stderr.close()
    assert process.wait(timeout=60) == 141
    assert (first, stderr) == (b"Flyte Serialized object (FlyteTask):\n", b"")


def test_keyboard_interrupt(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Interrupted:
        def read(self, size: int = -1) -> bytes:
            raise KeyboardInterrupt

    class Stdin:
        buffer = Interrupted()

    monkeypatch.setattr(sys, "stdin", Stdin())
    assert main(["show", "-"]) == 130
    assert capsys.readouterr().err == "flyte-lite: error: interrupted\n"


# --- convert ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["heavy", "with_pod", "large"])
def test_convert_round_trip_is_byte_exact(name: str, tmp_path: Path) -> None:
    original = FIXTURES / "tasks" / f"{name}.pb"
    as_json, back = tmp_path / f"{name}.json", tmp_path / f"{name}.pb"
    to_json = run("convert", "-q", str(original), str(as_json))
    to_binary = run("convert", "-q", str(as_json), str(back))
    assert (to_json.returncode, to_binary.returncode) == (0, 0)
    assert json.loads(as_json.read_text()) == json_format.MessageToDict(
        ref_spec(original.read_bytes())
    )
    assert back.read_bytes() == original.read_bytes()


def test_convert_deterministic_equals_flyteidl(tmp_path: Path) -> None:
    original = (FIXTURES / "tasks" / "with_pod.pb").read_bytes()
    result = run(
        "convert",
        "-q",
        "--deterministic",
        "tests/fixtures/tasks/with_pod.pb",
        "-",
        "--to",
        "binary",
    )
    assert result.returncode == 0
    expected = ref_spec(original).SerializeToString(deterministic=True)
    assert result.stdout == expected
    assert expected != original  # with_pod's maps were not written in key order


def test_convert_json_options_and_stdio(tmp_path: Path) -> None:
    admin = run("convert", "-q", HEAVY, "-", "--snake-case", "--all-fields", "--compact")
    assert admin.returncode == 0
    assert out(admin).count("\n") == 1
    assert json.loads(out(admin)) == json_format.MessageToDict(
        ref_spec(), preserving_proto_field_name=True, always_print_fields_with_no_presence=True
    )
    back = run("convert", "-v", "-", "-", stdin=admin.stdout)  # JSON in, so binary out
    assert (back.returncode, back.stdout) == (0, HEAVY_BYTES)
    assert (
        err(back)
        == "flyte-lite: <stdin>: read as admin TaskSpec JSON (detected; --type to choose)\n"
    )


def test_convert_keeps_the_message_kind(tmp_path: Path) -> None:
    task = admin_task(ref_spec())
    path = tmp_path / "task.pb"
    path.write_bytes(task.SerializeToString())
    result = run("convert", "-q", str(path), "-", "--indent", "4")
    assert json.loads(out(result)) == json_format.MessageToDict(task)
    assert out(result).startswith('{\n    "id": {\n        "resourceType": "TASK",\n')
    assert json.loads(out(result))["closure"]["createdAt"] == "2023-11-14T22:13:20Z"


def test_convert_warns_about_unknown_fields(tmp_path: Path) -> None:
    path = tmp_path / "newer.pb"
    path.write_bytes(HEAVY_BYTES + b"\x98\x06\x01")  # field 99 = 1: from a newer flyteidl
    result = run("convert", str(path), str(tmp_path / "newer.json"), "--type", "spec")
    assert result.returncode == 0
    assert err(result) == (
        f"flyte-lite: {path}: warning: 3 bytes of fields unknown to flyte-lite have no JSON "
        "form and are left out\n"
    )
    assert json.loads((tmp_path / "newer.json").read_text()) == json_format.MessageToDict(
        ref_spec()
    )


def test_convert_package_to_json_array_and_back(tmp_path: Path) -> None:
    as_json = run("convert", PACKAGE, str(tmp_path / "tasks.json"))
    assert (as_json.returncode, out(as_json), err(as_json)) == (0, "", "")
    documents = json.loads((tmp_path / "tasks.json").read_text())
    members = package_members()
    assert documents == [entry_dict(name, data) for name, data in members]
    # the array reads back, and into a package of binary entries, byte for byte
    back = run("convert", str(tmp_path / "tasks.json"), str(tmp_path / "again.tgz"))
    assert back.returncode == 0
    with tarfile.open(tmp_path / "again.tgz") as archive:
        again = [(m.name, archive.extractfile(m).read()) for m in archive]  # type: ignore[union-attr]
    assert again == [
        (re.sub(r"\A\d+_", f"{i:02d}_", name), data) for i, (name, data) in enumerate(members)
    ]


def test_convert_package_to_json_package_and_folder(tmp_path: Path) -> None:
    result = run("convert", PACKAGE, str(tmp_path / "json.tgz"), "--to", "json")
    folder = run("convert", str(tmp_path / "json.tgz"), str(tmp_path / "out") + "/")
    assert (result.returncode, folder.returncode) == (0, 0)
    members = package_members()
    with tarfile.open(tmp_path / "json.tgz") as archive:
        names = [m.name for m in archive]
    assert names == [
        re.sub(r"\A\d+_(.*)\.pb\Z", rf"{i:02d}_\1.json", name)
        for i, (name, _) in enumerate(members)
    ]
    written = sorted((tmp_path / "out").iterdir())
    assert [f.read_bytes() for f in written] == [data for _, data in members]
    listed = run("ls", "--kind", "task", str(tmp_path / "json.tgz"))
    assert out(listed).splitlines() == [ls_line(t) for t in package_tasks()]


def test_convert_several_messages_to_one_binary_file_is_refused(tmp_path: Path) -> None:
    assert_error(
        run("convert", PACKAGE, str(tmp_path / "x.pb")),
        f"{tmp_path / 'x.pb'}: several messages cannot go in one binary file; write .json, "
        "a .tgz or a folder",
    )


# --- diff -------------------------------------------------------------------------------------


def test_diff_equal_different_and_error(tmp_path: Path) -> None:
    changed = tmp_path / "changed.pb"
    changed.write_bytes(changed_heavy())
    as_json = tmp_path / "heavy.json"
    as_json.write_text(dialects(ref_spec())["gateway"])
    same = run("diff", "-q", HEAVY, str(as_json))
    different = run("diff", "-q", HEAVY, str(changed))
    missing = run("diff", "-q", HEAVY, "nope.pb")
    assert (same.returncode, out(same), err(same)) == (0, "", "")
    assert (different.returncode, err(different)) == (1, "")
    assert out(different) == (
        "template.metadata.timeout: 1800s -> (unset)\n"
        "template.metadata.retries.retries: 3 -> 5\n"
        "template.interface.inputs.variables[x].type: int -> float\n"
        'template.container.args[3]: "--output-prefix" -> "--output"\n'
        'template.container.resources.limits[cpu]: "2" -> "4"\n'
        'template.container.env[MODE]: (unset) -> "fast"\n'
    )
    assert_error(missing, "nope.pb: No such file or directory")


def test_diff_packages_by_task_name(tmp_path: Path) -> None:
    members = package_members()
    changed = []
    for name, data in members:
        if name.endswith("_workflows.typed.heavy_1.pb"):
            data = changed_heavy()
        if not name.endswith("_raw_container_1.pb"):
            changed.append((name, data))
    new = tmp_path / "new.tgz"
    write_tgz(new, changed)
    result = run("diff", "-q", "--kind", "task", PACKAGE, str(new))
    assert result.returncode == 1
    lines = out(result).splitlines()
    assert lines == [
        "workflows.typed.heavy: template.metadata.timeout: 1800s -> (unset)",
        "workflows.typed.heavy: template.metadata.retries.retries: 3 -> 5",
        "workflows.typed.heavy: template.interface.inputs.variables[x].type: int -> float",
        'workflows.typed.heavy: template.container.args[3]: "--output-prefix" -> "--output"',
        'workflows.typed.heavy: template.container.resources.limits[cpu]: "2" -> "4"',
        'workflows.typed.heavy: template.container.env[MODE]: (unset) -> "fast"',
        "raw_container: only in tests/fixtures/package.tgz",
    ]
    # fan_out/eager_sum differ in one env var, rich_wf in the order of two upstream ids
    folder = run("diff", "-q", PACKAGE, SERIALIZED)
    assert folder.returncode == 1
    assert [line.split(": ")[:2] for line in out(folder).splitlines()] == [
        ["workflows.special.fan_out", "template.container.env[_F_SS_C]"],
        ["workflows.special.eager_sum", "template.container.env[_F_SS_C]"],
        ["workflow workflows.wf.rich_wf", "template.nodes[n2].upstream_node_ids[0]"],
        ["workflow workflows.wf.rich_wf", "template.nodes[n2].upstream_node_ids[1]"],
    ]


# --- the helpers, in process ----------------------------------------------------------------


@pytest.mark.parametrize("path", TASK_FIXTURES, ids=lambda p: p.stem)
def test_type_detection_on_every_fixture(path: Path) -> None:
    spec = ref_spec(path.read_bytes())
    for kind, message in [
        ("spec", spec),
        ("template", spec.template),
        ("task", admin_task(spec)),
    ]:
        data = message.SerializeToString()
        assert decode_message(data, None)[1] == kind
        for text in dialects(message).values():
            assert json_kind(text.encode()) == kind


def test_detection_raises_the_error_that_read_furthest() -> None:
    at = HEAVY_BYTES.index(b"task-module")
    with pytest.raises(DecodeError) as caught:
        decode_message(HEAVY_BYTES[:at] + b"\xff" + HEAVY_BYTES[at + 1 :], None)
    assert (caught.value.message, caught.value.path, caught.value.offset) == (
        "flyteidl.admin.TaskSpec",
        "template.container.args[14]",
        at,
    )


@pytest.mark.parametrize(
    ("literal_type", "name"),
    [
        (LiteralType(simple=SimpleType.INTEGER), "int"),
        (
            LiteralType(
                collection_type=LiteralType(map_value_type=LiteralType(simple=SimpleType.FLOAT))
            ),
            "List[Dict[str, float]]",
        ),
        (
            LiteralType(
                union_type=UnionType(
                    variants=[
                        LiteralType(simple=SimpleType.STRING),
                        LiteralType(simple=SimpleType.NONE),
                    ]
                )
            ),
            "Optional[str]",
        ),
        (
            LiteralType(
                union_type=UnionType(
                    variants=[
                        LiteralType(simple=SimpleType.NONE),
                        LiteralType(simple=SimpleType.INTEGER),
                        LiteralType(simple=SimpleType.STRING),
                    ]
                )
            ),
            "Optional[Union[int, str]]",
        ),
        (
            LiteralType(
                union_type=UnionType(
                    variants=[
                        LiteralType(simple=SimpleType.INTEGER),
                        LiteralType(simple=SimpleType.STRING),
                    ]
                )
            ),
            "Union[int, str]",
        ),
        (LiteralType(enum_type=EnumType(values=["a", "b"])), "Enum[a, b]"),
        (LiteralType(blob=BlobType(format="csv")), "FlyteFile[csv]"),
        (
            LiteralType(blob=BlobType(dimensionality=BlobType.BlobDimensionality.MULTIPART)),
            "FlyteDirectory",
        ),
        (LiteralType(simple=SimpleType.STRUCT), "dict"),
        (LiteralType(simple=SimpleType.STRUCT, metadata={"title": "Point"}), "Point"),
        (
            LiteralType(structured_dataset_type=StructuredDatasetType(format="parquet")),
            "StructuredDataset[parquet]",
        ),
        (LiteralType(simple=SimpleType.DURATION), "timedelta"),
        (LiteralType(), "?"),
    ],
)
def test_type_names(literal_type: LiteralType, name: str) -> None:
    assert type_summary(literal_type) == name


@pytest.mark.parametrize(
    ("duration", "text"),
    [
        (None, "-"),
        (Duration(), "0s"),
        (Duration(seconds=1800), "30m"),
        (Duration(seconds=5400), "1h30m"),
        (Duration(seconds=3601, nanos=500_000_000), "1h1.5s"),
        (Duration(seconds=-90), "-1m30s"),
    ],
)
def test_duration_text(duration: Optional[Duration], text: str) -> None:
    assert duration_text(duration) == text


def test_diff_reports_keyed_list_order_and_struct_paths() -> None:
    spec = TaskSpec.from_bytes((FIXTURES / "tasks" / "with_pod.pb").read_bytes())
    task = FlyteTask.from_flyte_idl(spec)
    pod = task.k8s_pod
    assert pod is not None and pod.pod_spec is not None
    containers = pod.pod_spec["containers"]
    sidecar = {**containers[1], "image": "busybox:1.37"}
    import attrs

    new_pod = attrs.evolve(pod, pod_spec={**pod.pod_spec, "containers": [sidecar, containers[0]]})
    changes = field_changes(spec, task.replace(k8s_pod=new_pod).to_flyte_idl())
    assert [str(c) for c in changes] == [
        'template.k8s_pod.pod_spec[containers][sidecar][image]: "busybox:1.36" -> "busybox:1.37"',
        "template.k8s_pod.pod_spec[containers] (order): [primary, sidecar] -> [sidecar, primary]",
    ]
    assert field_changes(spec, spec) == []
