"""``flyte-lite`` output: valid JSON and TSV for scripts, what a Flyte user looks for,
``diff`` as a CI gate, quiet by default, progress, colour and shell completion."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from google.protobuf import json_format

from flyte_lite.cli import common
from flyte_lite.cli.common import Output, Progress, printable, use_color
from flyte_lite.cli.describe import TSV_COLUMNS
from flyte_lite.cli.diff import Ignore
from tests.cli_run import PROCESS, assert_error, err, out, run
from tests.conftest import FIXTURES
from tests.test_cli import (
    HEAVY,
    HEAVY_BYTES,
    LS_LINES,
    PACKAGE,
    admin_task,
    changed_heavy,
    dialects,
    package_tasks,
    ref_spec,
)

CACHED = "tests/fixtures/tasks/cached.pb"

# --- 3. machine-readable output that is valid ---------------------------------------------


def test_show_json_of_several_tasks_is_one_array() -> None:
    result = run("show", "--format", "json", HEAVY, CACHED)
    assert result.returncode == 0
    documents = json.loads(out(result))
    assert documents == [
        json_format.MessageToDict(ref_spec((FIXTURES / "tasks" / n).read_bytes()))
        for n in ("heavy.pb", "cached.pb")
    ]
    assert out(result).startswith('[\n  {\n    "template": {\n')
    package = run("show", "--format", "json", "--compact", "--kind", "task", PACKAGE)
    assert out(package).count("\n") == 1
    assert [d["template"]["id"]["name"] for d in json.loads(out(package))] == [
        t.name for t in package_tasks()
    ]
    single = run("show", "--format", "json", HEAVY)
    assert json.loads(out(single)) == json_format.MessageToDict(ref_spec())


def test_show_json_indent_of_an_array_is_json_dumps_layout() -> None:
    result = run("show", "--format", "json", "--indent", "4", HEAVY, HEAVY)
    documents = json.loads(out(result))
    assert documents == [json_format.MessageToDict(ref_spec())] * 2
    assert out(result) == json.dumps(documents, indent=4, ensure_ascii=False) + "\n"


def test_show_jsonl_is_one_compact_document_a_line() -> None:
    result = run("show", "--format", "jsonl", "--snake-case", "--kind", "task", PACKAGE)
    lines = out(result).splitlines()
    assert [json.loads(line) for line in lines] == [
        json_format.MessageToDict(
            ref_spec(t.serialize_to_string()), preserving_proto_field_name=True
        )
        for t in package_tasks()
    ]


TO_JSON = "applies to JSON output (json, jsonl)"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "summary", "--compact"], f"--compact {TO_JSON}, not summary"),
        (["--snake-case"], f"--snake-case {TO_JSON}, not tree"),
        (["--format", "yaml-like", "--indent", "4"], f"--indent {TO_JSON}, not yaml-like"),
        (
            ["--format", "jsonl", "--indent", "4"],
            "--indent does not apply to jsonl, which is one compact document a line",
        ),
    ],
)
def test_json_options_with_another_format_are_an_error(args: list[str], message: str) -> None:
    assert_error(run("show", *args, HEAVY), message)


def test_ls_json_records() -> None:
    result = run("ls", "--format", "json", HEAVY, CACHED)
    records = json.loads(out(result))
    assert records[0] == {
        "kind": "task",
        "name": "workflows.typed.heavy",
        "project": "",
        "domain": "",
        "version": "",
        "type": "python-task",
        "image": "ghcr.io/example/custom-image:1.2.3",
        "resources": {
            "cpu": {"request": "1", "limit": "2"},
            "mem": {"request": "1Gi", "limit": "4Gi"},
            "gpu": {"request": "1", "limit": "1"},
            "ephemeral_storage": {"request": "2Gi", "limit": "8Gi"},
        },
        "accelerator": "nvidia-tesla-t4",
        "retries": 3,
        "timeout": "30m",
        "cache": None,
        "cache_serializable": False,
        "interruptible": True,
        "pod_template": None,
        "secrets": ["db/password", "aws/token"],
        "deprecated": None,
        "inputs": {"x": "int", "y": "float"},
        "outputs": {"o0": "float"},
    }
    assert {k: records[1][k] for k in ("cache", "cache_serializable", "pod_template",
                                         "deprecated", "accelerator", "interruptible")} == {
        "cache": "1.0",
        "cache_serializable": True,
        "pod_template": "my-pod-template",
        "deprecated": "Use heavy instead",
        "accelerator": "nvidia-tesla-a100:1g.5gb",
        "interruptible": None,
    }


def test_ls_tsv_has_a_header_and_escapes_tabs(tmp_path: Path) -> None:
    result = run("ls", "--format", "tsv", HEAVY)
    header, row = out(result).splitlines()
    assert header.split("\t") == list(TSV_COLUMNS)
    values = dict(zip(TSV_COLUMNS, row.split("\t")))
    assert values["name"] == "workflows.typed.heavy"
    assert values["cpu_request"] == "1" and values["gpu_limit"] == "1"
    assert values["secrets"] == "db/password,aws/token"
    assert values["inputs"] == "x: int, y: float"
    assert values["cache"] == "" and values["interruptible"] == "true"
    spec = ref_spec()
    spec.template.container.image = "img\twith tab\\"
    path = tmp_path / "tab.pb"
    path.write_bytes(spec.SerializeToString())
    row = out(run("ls", "--format", "tsv", str(path))).splitlines()[1]
    assert len(row.split("\t")) == len(TSV_COLUMNS)
    assert dict(zip(TSV_COLUMNS, row.split("\t")))["image"] == "img\\twith tab\\\\"


# --- 4. what a Flyte user looks for -------------------------------------------------------


def test_summary_of_a_registered_cached_task(tmp_path: Path) -> None:
    spec = ref_spec((FIXTURES / "tasks" / "cached.pb").read_bytes())
    path = tmp_path / "cached.json"
    path.write_text(dialects(admin_task(spec))["flytectl"])
    result = run("show", "--format", "summary", str(path))
    assert (result.returncode, err(result)) == (0, "")
    assert out(result) == (
        "task:         workflows.typed.cached\n"
        "project:      flytesnacks\n"
        "domain:       development\n"
        "version:      v1\n"
        "type:         python-task\n"
        "image:        ghcr.io/example/default:0.1\n"
        "resources:    cpu -/-, mem -/-, gpu -/- (request/limit)\n"
        "accelerator:  nvidia-tesla-a100:1g.5gb\n"
        "retries:      0\n"
        "timeout:      -\n"
        "cache:        1.0 (serializable)\n"
        "pod template: my-pod-template\n"
        "deprecated:   Use heavy instead\n"
        "inputs:       seed: int, x: int\n"
        "outputs:      o0: int\n"
        "description:  Cached, deprecated task using a named pod template.\n"  # the Task's own
    )


def test_show_picks_one_task_of_a_package() -> None:
    result = run("show", PACKAGE, "--name", "workflows.typed.heavy")
    heavy = next(t for t in package_tasks() if t.name == "workflows.typed.heavy")
    assert (result.returncode, out(result)) == (0, heavy.verbose_string() + "\n")


# --- 5. diff as a CI gate -----------------------------------------------------------------


def changed_heavy_file(tmp_path: Path) -> str:
    path = tmp_path / "changed.pb"
    path.write_bytes(changed_heavy())
    return str(path)


def test_diff_ignore_globs(tmp_path: Path) -> None:
    changed = changed_heavy_file(tmp_path)
    result = run(
        "diff",
        HEAVY,
        changed,
        "--ignore", "template.metadata",
        "--ignore", "container.args",
        "--ignore", "env[*]",
        "--ignore", "inputs.variables[x].type",
    )
    assert (result.returncode, out(result)) == (
        1,
        'template.container.resources.limits[cpu]: "2" -> "4"\n',
    )
    everything = run("diff", HEAVY, changed, "--ignore", "template")
    assert (everything.returncode, out(everything)) == (0, "")


@pytest.mark.parametrize(
    ("pattern", "path", "ignored"),
    [
        ("id.version", "template.id.version", True),
        ("id.*", "template.id.project", True),
        ("id", "template.id.name", True),
        ("id.version", "template.id.versions", False),
        ("version", "template.id.version", True),
        ("template.container.args", "template.container.args[3]", True),
        ("container.args", "template.container.argsx", False),
        ("env[MODE]", "template.container.env[MODE]", True),
        ("env[MODE]", "template.container.env[MODEX]", False),
        ('env["a b"]', 'template.container.env["a b"]', True),
        ("limits[cpu]", "template.container.resources.limits[cpu]", True),
        ("metadata", "template.metadata.retries.retries", True),
        ("tadata", "template.metadata.retries", False),
    ],
)
def test_ignore_patterns(pattern: str, path: str, ignored: bool) -> None:
    assert Ignore([pattern])(path) is ignored


def test_diff_pb_against_admin_task_json_can_pass(tmp_path: Path) -> None:
    admin = tmp_path / "admin.json"
    admin.write_text(dialects(admin_task(ref_spec()))["flytectl"])
    plain = run("diff", HEAVY, str(admin))
    assert plain.returncode == 1
    assert out(plain).splitlines()[:3] == [
        'template.id.project: "" -> "flytesnacks"',
        'template.id.domain: "" -> "development"',
        'template.id.version: "" -> "v1"',
    ]
    assert out(plain).splitlines()[3:] == [  # FlyteAdmin keeps only the short description
        "description.long_description.format: DESCRIPTION_FORMAT_RST -> (unset)"
    ]
    gate = run("diff", "--template-only", "--ignore", "id.*", HEAVY, str(admin))
    assert (gate.returncode, out(gate), err(gate)) == (0, "", "")
    changed = changed_heavy_file(tmp_path)
    still = run("diff", "--template-only", "--ignore", "id.*", changed, str(admin))
    assert still.returncode == 1


def test_diff_json_format(tmp_path: Path) -> None:
    changed = changed_heavy_file(tmp_path)
    result = run("diff", "--format", "json", HEAVY, changed, "--ignore", "template.metadata")
    assert result.returncode == 1
    assert json.loads(out(result)) == [
        {
            "task": None,
            "path": "template.interface.inputs.variables[x].type",
            "old": "int",
            "new": "float",
        },
        {
            "task": None,
            "path": "template.container.args[3]",
            "old": '"--output-prefix"',
            "new": '"--output"',
        },
        {
            "task": None,
            "path": "template.container.resources.limits[cpu]",
            "old": '"2"',
            "new": '"4"',
        },
        {"task": None, "path": "template.container.env[MODE]", "old": "(unset)", "new": '"fast"'},
    ]
    same = run("diff", "--format", "json", HEAVY, HEAVY)
    assert (same.returncode, out(same)) == (0, "[]\n")
    only = run("diff", "--format", "json", PACKAGE, HEAVY)
    records = json.loads(out(only))
    assert {
        "task": "raw_container", "kind": "task", "name": "raw_container", "only_in": PACKAGE
    } in records


# --- 6. quiet by default --------------------------------------------------------------------


def test_quiet_by_default_and_notes_with_verbose() -> None:
    quiet = run("diff", PACKAGE, PACKAGE)
    assert (quiet.returncode, out(quiet), err(quiet)) == (0, "", "")
    verbose = run("diff", "-v", PACKAGE, PACKAGE)
    notes = err(verbose).splitlines()
    skipped = [n for n in notes if ": skipped " in n]
    assert len(skipped) == len(set(skipped)) * 2  # once for each side, never more
    assert all(n.startswith("flyte-lite: tests/fixtures/package.tgz:") for n in notes)


def test_an_error_is_one_line_without_notes(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pb"
    bad.write_bytes(HEAVY_BYTES[:50])
    result = run("show", str(bad))
    assert result.returncode == 2
    assert err(result).count("\n") == 1 and err(result).startswith("flyte-lite: error: ")


# --- 7. progress --------------------------------------------------------------------------


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal_after_a_second(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [100.0]
    monkeypatch.setattr(common.time, "monotonic", lambda: now[0])
    terminal = FakeTerminal()
    progress = Progress(terminal)
    for count in range(1, 65):
        progress.tick(count)
    assert terminal.getvalue() == ""  # under a second: nothing
    now[0] = 102.0
    progress.tick(80)
    assert terminal.getvalue() == "\rflyte-lite: 80 entities, 40/s\x1b[K"
    progress.done()
    assert terminal.getvalue().endswith("\r\x1b[K")
    piped = io.StringIO()
    quiet = Progress(piped)
    now[0] = 200.0
    quiet.tick(16)
    assert piped.getvalue() == ""


# --- 10. colour and completion ------------------------------------------------------------


def test_color_only_on_a_terminal_and_never_with_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TERM", raising=False)
    assert use_color(FakeTerminal(), "auto") is True
    assert use_color(io.StringIO(), "auto") is False
    assert use_color(io.StringIO(), "always") is True
    assert use_color(FakeTerminal(), "never") is False
    monkeypatch.setenv("NO_COLOR", "1")
    assert use_color(FakeTerminal(), "auto") is False


def test_diff_and_tree_in_colour(tmp_path: Path) -> None:
    changed = changed_heavy_file(tmp_path)
    result = run("diff", "--color", "always", HEAVY, changed, "--ignore", "template.metadata")
    first = out(result).splitlines()[0]
    assert first == (
        "template.interface.inputs.variables[x].type: \x1b[31mint\x1b[0m -> \x1b[32mfloat\x1b[0m"
    )
    plain = run("diff", HEAVY, changed)
    assert "\x1b" not in out(plain)
    tree = run("show", "--color", "always", HEAVY)
    assert "\n  \x1b[36mtemplate\x1b[0m:\n" in out(tree)


def test_output_escapes_before_colouring() -> None:
    stream = io.StringIO()
    Output(stream, color=True).line(("a\x1b[2Jb\n", "old"))
    assert stream.getvalue() == "\x1b[31ma\\x1b[2Jb\\n\x1b[0m\n"
    assert printable("tab\there \u202e") == "tab\\there \\u202e"


def test_completion_scripts() -> None:
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash here")
    script = out(run("completion", "bash"))
    check = subprocess.run(
        [bash, "-c", script + "\n"
         'COMP_WORDS=(flyte-lite s); COMP_CWORD=1; _flyte_lite; echo "${COMPREPLY[*]}"\n'
         'COMP_WORDS=(flyte-lite show --for); COMP_CWORD=2; _flyte_lite; echo "${COMPREPLY[*]}"\n'
         'COMP_WORDS=(flyte-lite show --format j); COMP_CWORD=3; _flyte_lite; '
         'echo "${COMPREPLY[*]}"\n'
         'COMP_WORDS=(flyte-lite completion f); COMP_CWORD=2; _flyte_lite; '
         'echo "${COMPREPLY[*]}"\n'],
        capture_output=True,
        text=True,
        check=True,
    )
    assert check.stdout.splitlines() == ["show", "--format", "json jsonl", "fish"]
    zsh = out(run("completion", "zsh"))
    assert zsh.startswith("#compdef flyte-lite\n") and "bashcompinit" in zsh
    fish = out(run("completion", "fish")).splitlines()
    assert (
        "complete -c flyte-lite -n '__fish_seen_subcommand_from diff' -l ignore -r "
        "-d 'leave out changes at PATH and below (* globs'"
    ) in fish
    assert (
        "complete -c flyte-lite -n '__fish_seen_subcommand_from ls' -l format -xa 'text json tsv' "
        "-d 'text lines (default), json or tsv'"
    ) in fish


def test_smoke_in_a_fresh_process() -> None:
    result = run("ls", PACKAGE, "--name", "workflows.typed.heavy", exe=PROCESS)
    assert (result.returncode, out(result), err(result)) == (
        0,
        LS_LINES["workflows.typed.heavy"] + "\n",
        "",
    )



def test_convert_refuses_empty_workflow_and_launch_plan_entries(tmp_path: Path) -> None:
    from tests.test_cli import write_tgz

    path = tmp_path / "flows.tgz"
    write_tgz(path, [("1_wf_2.pb", b""), ("2_lp_3.pb", b"")])
    assert_error(
        run("convert", str(path), str(tmp_path / "out.json")),
        f"{path}:1_wf_2.pb: the admin WorkflowSpec has no template",
    )
    write_tgz(path, [("2_lp_3.pb", b"")])
    assert_error(
        run("ls", str(path)), f"{path}:2_lp_3.pb: a launch plan without an identifier name"
    )
    assert not (tmp_path / "out.json").exists()


def test_convert_refuses_a_workflow_inside_a_package(tmp_path: Path) -> None:
    from tests.test_cli import write_tgz

    spec = ref_spec()
    spec.template.id.resource_type = 2  # WORKFLOW, in a file named as a task
    path = tmp_path / "mixed.tgz"
    write_tgz(path, [("1_t_1.pb", HEAVY_BYTES), ("2_w_1.pb", spec.SerializeToString())])
    assert_error(
        run("convert", str(path), str(tmp_path / "out.json")),
        f"{path}:2_w_1.pb: read as admin TaskSpec, but its identifier's resource type is "
        "WORKFLOW, not TASK",
    )
    assert not (tmp_path / "out.json").exists()


def test_diff_takes_immutable_sequences_and_mappings() -> None:
    """Repeated fields and maps may be tuples and read-only mappings: the same diff."""
    import types

    from flyte_lite.views.changes import field_changes

    old = {"a": [1, 2], "m": {"k": "v"}, "l": [{"name": "x", "v": 1}]}
    new = {"a": [1, 3], "m": {"k": "w"}, "l": [{"name": "x", "v": 2}]}
    frozen_old = types.MappingProxyType(
        {"a": (1, 2), "m": types.MappingProxyType({"k": "v"}), "l": ({"name": "x", "v": 1},)}
    )
    frozen_new = types.MappingProxyType(
        {"a": (1, 3), "m": types.MappingProxyType({"k": "w"}), "l": ({"name": "x", "v": 2},)}
    )
    from flyte_lite.models.core.tasks import K8sPod

    plain = field_changes(K8sPod(pod_spec=old), K8sPod(pod_spec=new))
    assert [str(c) for c in plain] == [
        "pod_spec[a][1]: 2 -> 3",
        'pod_spec[m][k]: "v" -> "w"',
        "pod_spec[l][x][v]: 1 -> 2",
    ]
    from flyte_lite.views.changes import _walk

    assert [str(c) for c in _walk("pod_spec", frozen_old, frozen_new, None)] == [
        str(c) for c in plain
    ]
