"""The command over workflows and launch plans: ls, show, convert, diff, check, graph.

Expected values come from flyteidl (upb) reading the same bytes, and from flytekit
1.15.4's view of the goldens (tests/fixtures/graphs_out/oracle/); broken packages are
made by editing the golden package's messages with flyteidl.
"""

from __future__ import annotations

import json
import re
import stat
import sys
import tarfile
from pathlib import Path
from typing import Any

import pytest
from google.protobuf import json_format

from tests.cli_run import assert_error, err, out, run
from tests.conftest import FIXTURES, reference_class
from tests.test_cli import write_tgz

GRAPHS = FIXTURES / "graphs_out"
PACKAGE = str(GRAPHS / "package.tgz")
SPECS = GRAPHS / "workflow_specs"
PLANS = GRAPHS / "launch_plans"
ORACLE_WORKFLOWS = json.loads((GRAPHS / "oracle" / "workflows.json").read_text())["workflows"]
ORACLE_PLANS = json.loads((GRAPHS / "oracle" / "launch_plans.json").read_text())["launch_plans"]

RefTaskSpec = reference_class("flyteidl.admin.TaskSpec")
RefWorkflowSpec = reference_class("flyteidl.admin.WorkflowSpec")
RefLaunchPlan = reference_class("flyteidl.admin.LaunchPlan")
RefWorkflow = reference_class("flyteidl.admin.Workflow")
RefClosure = reference_class("flyteidl.core.CompiledWorkflowClosure")
REF_BY_K = {"1": RefTaskSpec, "2": RefWorkflowSpec, "3": RefLaunchPlan}
ENTRY = re.compile(r"(\d+)_(.+)_([123])\.pb\Z")


def members() -> list[tuple[str, bytes]]:
    """(name, bytes) of the golden package's entries, in pyflyte's numbering order."""
    with tarfile.open(PACKAGE) as archive:
        found = [
            (m.name, archive.extractfile(m).read())  # type: ignore[union-attr]
            for m in archive.getmembers()
            if m.isfile() and ENTRY.match(m.name.rsplit("/", 1)[-1])
        ]
    return sorted(found, key=lambda pair: int(ENTRY.match(pair[0].rsplit("/", 1)[-1])[1]))  # type: ignore[index]


def messages() -> list[tuple[str, Any]]:
    """The golden package's entries read by flyteidl: (member name, message)."""
    return [
        (name, REF_BY_K[ENTRY.match(name.rsplit("/", 1)[-1])[3]].FromString(data))  # type: ignore[index]
        for name, data in members()
    ]


def entity_name(message: Any) -> str:
    return str(message.template.id.name if hasattr(message, "template") else message.id.name)


# --- ls and show --------------------------------------------------------------------------


def test_ls_lists_every_entity_of_the_package_with_its_kind() -> None:
    result = run("ls", "--format", "json", PACKAGE)
    assert (result.returncode, err(result)) == (0, "")
    records = json.loads(out(result))
    kinds = {"1": "task", "2": "workflow", "3": "launchplan"}
    expected = [
        (kinds[ENTRY.match(name.rsplit("/", 1)[-1])[3]], entity_name(message))  # type: ignore[index]
        for name, message in messages()
    ]
    assert [(r["kind"], r["name"]) for r in records] == expected
    text = run("ls", PACKAGE)
    assert len(out(text).splitlines()) == len(expected)


def test_ls_workflow_records_agree_with_flytekit() -> None:
    records = json.loads(out(run("ls", "--format", "json", "--kind", "workflow", PACKAGE)))
    by_name = {r["name"]: r for r in records}
    assert len(by_name) == len(ORACLE_WORKFLOWS)
    for facts in ORACLE_WORKFLOWS.values():
        oracle = facts["promote_from_model"]
        record = by_name[oracle["name"]]
        assert list(record["inputs"]) == sorted(v["name"] for v in oracle["interface"]["inputs"])
        assert list(record["outputs"]) == sorted(v["name"] for v in oracle["interface"]["outputs"])
        assert record["nodes"] == len(oracle["nodes"]), oracle["name"]
        assert set(record["tasks"]) == {t["name"] for t in oracle["flyte_tasks"]}, oracle["name"]
        # flytekit drops the failure node (a quirk); the template has it
        assert record["failure_node"] == (oracle["template_failure_node_in_bytes"] is not None)


def test_ls_launch_plan_records_agree_with_flytekit() -> None:
    records = json.loads(out(run("ls", "--format", "json", "--kind", "launchplan", PACKAGE)))
    by_name = {r["name"]: r for r in records}
    assert len(by_name) == len(ORACLE_PLANS)
    for oracle in ORACLE_PLANS.values():
        record = by_name[oracle["name"]]
        assert record["workflow"] == oracle["workflow_id"]["name"]
        assert set(record["fixed_inputs"]) == set(oracle["fixed_inputs"])
        assert set(record["default_inputs"]) == set(oracle["default_inputs"])
        schedule = oracle["schedule"]
        if schedule is None:
            assert record["schedule"] is None
        elif "cronSchedule" in schedule:
            assert record["schedule"].startswith(f"cron({schedule['cronSchedule']['schedule']}")
        else:
            rate = schedule["rate"]
            unit = rate.get("unit", "MINUTE")  # the enum's zero value is left out of JSON
            assert record["schedule"].startswith(f"rate({rate['value']} {unit})")
        kickoff = schedule.get("kickoffTimeInputArg") if schedule else None
        assert (f" kickoff={kickoff}" in (record["schedule"] or "")) == bool(kickoff)


def test_ls_lines_of_a_workflow_and_a_launch_plan() -> None:
    result = run("ls", str(SPECS / "outer_wf.pb"), str(PLANS / "lp_cron.pb"))
    assert out(result).splitlines() == [
        "graphs.nested.outer_wf workflow nodes=4 "
        "tasks=graphs.tasks.double,graphs.tasks.square,graphs.tasks.add "
        "subworkflows=graphs.nested.mid_wf,graphs.nested.inner_wf "
        "launchplans=inner_lp,graphs.nested.inner_wf (x: int) -> (o0: int, o1: int)",
        'lp_cron launchplan workflow=graphs.lps.lp_target schedule="cron(0 */6 * * *) '
        'kickoff=kickoff" fixed=(y=10) '
        'defaults="(kickoff: datetime = 2024-01-01T00:00:00Z, x: int = 1)"',
    ]


def test_ls_tsv_has_a_row_per_entity_and_the_kind_column() -> None:
    result = run("ls", "--format", "tsv", PACKAGE)
    rows = [line.split("\t") for line in out(result).splitlines()]
    header, body = rows[0], rows[1:]
    assert all(len(row) == len(header) for row in body)
    kinds = [row[header.index("kind")] for row in body]
    assert kinds.count("workflow") == len(ORACLE_WORKFLOWS)
    assert kinds.count("launchplan") == len(ORACLE_PLANS)
    cron = next(row for row in body if row[0] == "lp_cron")
    assert cron[header.index("fixed_inputs")] == "y = 10"


def test_show_json_of_workflows_and_launch_plans_is_flyteidls() -> None:
    result = run("show", "--format", "jsonl", "--kind", "workflow", "--kind", "launchplan",
                 PACKAGE)
    documents = [json.loads(line) for line in out(result).splitlines()]
    assert documents == [
        json_format.MessageToDict(message)
        for name, message in messages()
        if not name.endswith("_1.pb")
    ]


def test_show_summary_and_tree_of_a_workflow() -> None:
    summary = run("show", "--format", "summary", str(SPECS / "gate_wf.pb"))
    assert out(summary).splitlines() == [
        "workflow: graphs.gates.gate_wf",
        "project:  -",
        "domain:   -",
        "version:  -",
        "nodes:    6",
        "tasks:    graphs.tasks.double, graphs.tasks.add, graphs.tasks.square",
        "inputs:   x: int",
        "outputs:  o0: int",
    ]
    tree = out(run("show", str(SPECS / "gate_wf.pb"))).splitlines()
    assert tree[0] == "Flyte Serialized object (FlyteWorkflow):"
    assert "      name: graphs.gates.gate_wf" in tree


def test_a_package_entry_named_as_a_workflow_is_read_as_one() -> None:
    renamed = run("ls", "-", stdin=(SPECS / "gate_wf.pb").read_bytes())  # detected on stdin
    assert out(renamed).startswith("graphs.gates.gate_wf workflow nodes=6 ")


# --- FlyteAdmin's and flytectl's JSON -------------------------------------------------------


def admin_workflow(name: str) -> Any:
    """An admin Workflow as FlyteAdmin serves it: the golden closure, with an id."""
    closure = RefClosure.FromString((GRAPHS / "closures" / f"{name}.pb").read_bytes())
    workflow = RefWorkflow()
    workflow.id.CopyFrom(closure.primary.template.id)
    workflow.closure.compiled_workflow.CopyFrom(closure)
    return workflow


def test_flyteadmin_lists_and_flytectl_arrays_of_workflows_and_launch_plans(
    tmp_path: Path,
) -> None:
    workflows = [admin_workflow(n) for n in ("gate_wf", "outer_wf")]
    plans = [
        RefLaunchPlan.FromString((PLANS / f"{n}.pb").read_bytes()) for n in ("lp_cron", "inner_lp")
    ]
    admin = tmp_path / "workflows.json"
    admin.write_text(json.dumps({
        "workflows": [
            json_format.MessageToDict(w, preserving_proto_field_name=True) for w in workflows
        ],
        "token": "",
    }))
    flytectl = tmp_path / "plans.json"
    flytectl.write_text(json.dumps([json_format.MessageToDict(p) for p in plans]))
    page = tmp_path / "lp_page.json"
    page.write_text(json.dumps({"launchPlans": [json_format.MessageToDict(plans[1])]}))
    result = run("ls", "--format", "json", str(admin), str(flytectl), str(page))
    assert result.returncode == 0, err(result)
    assert [(r["kind"], r["name"]) for r in json.loads(out(result))] == [
        ("workflow", "graphs.gates.gate_wf"),
        ("workflow", "graphs.nested.outer_wf"),
        ("launchplan", "lp_cron"),
        ("launchplan", "inner_lp"),
        ("launchplan", "inner_lp"),
    ]
    # the admin Workflow's compiled templates are the package's spec: diff says so
    single = tmp_path / "gate_wf.json"
    single.write_text(json_format.MessageToJson(workflows[0]))
    same = run("diff", "--template-only", str(SPECS / "gate_wf.pb"), str(single))
    assert (same.returncode, out(same), err(same)) == (0, "", "")


def test_json_of_a_workflow_spec_and_launch_plan_round_trips(tmp_path: Path) -> None:
    for path in (SPECS / "cond_wf.pb", PLANS / "lp_daily.pb"):
        as_json = tmp_path / (path.stem + ".json")
        back = tmp_path / (path.stem + ".pb")
        assert run("convert", str(path), str(as_json)).returncode == 0
        ref = (RefWorkflowSpec if path.parent == SPECS else RefLaunchPlan).FromString(
            path.read_bytes()
        )
        assert json.loads(as_json.read_text()) == json_format.MessageToDict(ref)
        assert run("convert", str(as_json), str(back)).returncode == 0
        assert back.read_bytes() == path.read_bytes()


# --- diff ---------------------------------------------------------------------------------


def test_diff_matches_entities_by_kind_and_name(tmp_path: Path) -> None:
    changed = []
    for name, data in members():
        if name.endswith("_lp_cron_3.pb"):
            plan = RefLaunchPlan.FromString(data)
            plan.spec.fixed_inputs.literals["y"].scalar.primitive.integer = 11
            data = plan.SerializeToString()
        if name.endswith("graphs.gates.gate_wf_2.pb"):
            continue
        changed.append((name, data))
    new = tmp_path / "new.tgz"
    write_tgz(new, changed)
    result = run("diff", PACKAGE, str(new))
    assert (result.returncode, err(result)) == (1, "")
    assert out(result).splitlines() == [  # in the old side's order
        f"workflow graphs.gates.gate_wf: only in {PACKAGE}",
        "launch plan lp_cron: spec.fixed_inputs.literals[y].scalar.primitive.integer: 10 -> 11",
    ]
    records = json.loads(out(run("diff", "--format", "json", PACKAGE, str(new))))
    assert {"task": None, "kind": "launchplan", "name": "lp_cron",
            "path": "spec.fixed_inputs.literals[y].scalar.primitive.integer",
            "old": "10", "new": "11"} in records


def test_diff_of_a_workflow_and_a_launch_plan_says_the_kinds_differ() -> None:
    result = run("diff", str(SPECS / "square_wf.pb"), str(PLANS / "square_lp.pb"))
    assert (result.returncode, out(result)) == (1, "(kind): workflow -> launch plan\n")


# --- check --------------------------------------------------------------------------------


def test_check_passes_the_golden_packages() -> None:
    for path in (PACKAGE, str(FIXTURES / "package.tgz"), str(GRAPHS / "serialized")):
        result = run("check", path)
        assert (result.returncode, out(result), err(result)) == (0, "", ""), path
    verbose = run("check", "-v", PACKAGE)
    assert err(verbose) == (
        f"flyte-lite: checked {sum(n.endswith('_1.pb') for n, _ in members())} tasks, "
        f"{len(ORACLE_WORKFLOWS)} workflows, {len(ORACLE_PLANS)} launch plans: 0 problems\n"
    )


def broken(tmp_path: Path, edit: Any) -> str:
    """The golden package with ``edit(name, message)`` applied to each entry (flyteidl
    messages); an entry for which it returns ``None`` is left out."""
    entries = []
    for name, message in messages():
        result = edit(name.rsplit("/", 1)[-1], message)
        if result is not None:
            entries.append((name, result.SerializeToString()))
    path = tmp_path / "broken.tgz"
    write_tgz(path, entries)
    return str(path)


def check_lines(path: str) -> list[str]:
    result = run("check", path)
    assert (result.returncode, err(result)) == (1, "")
    prefix = f"{path}:"
    lines = out(result).splitlines()
    assert all(line.startswith(prefix) for line in lines)
    return [line[len(prefix):] for line in lines]


def test_check_reports_a_missing_task_and_launch_plan(tmp_path: Path) -> None:
    def drop(name: str, message: Any) -> Any:
        return None if name.endswith(("graphs.tasks.add_1.pb", "_inner_lp_3.pb")) else message

    add = "refers to task graphs.tasks.add, not in the package"
    inner_lp = "refers to launch plan inner_lp, not in the package"
    assert check_lines(broken(tmp_path, drop)) == [
        f"15_graphs.cond.cond_wf_2.pb: workflow graphs.cond.cond_wf: node n1: {add}",
        f"26_graphs.gates.gate_wf_2.pb: workflow graphs.gates.gate_wf: node n3: {add}",
        f"28_graphs.lps.lp_target_2.pb: workflow graphs.lps.lp_target: node n0: {add}",
        f"36_graphs.nested.mid_wf_2.pb: workflow graphs.nested.mid_wf: node n1: {add}",
        f"39_graphs.nested.outer_wf_2.pb: workflow graphs.nested.outer_wf: node n1: {inner_lp}",
        "39_graphs.nested.outer_wf_2.pb: workflow graphs.nested.outer_wf: "
        f"sub-workflow graphs.nested.mid_wf: node n1: {add}",
        # a node inside the branch of cond_sub_wf
        "41_graphs.nested.cond_sub_wf_2.pb: workflow graphs.nested.cond_sub_wf: "
        f"node n1: {inner_lp}",
    ]


def test_check_reports_a_binding_of_the_wrong_type(tmp_path: Path) -> None:
    def retype(name: str, message: Any) -> Any:
        if name.endswith("graphs.tasks.add_1.pb"):
            message.template.interface.inputs.variables["b"].type.simple = 3  # STRING
        return message

    wrong = "input b: gets int, task graphs.tasks.add takes str"
    assert check_lines(broken(tmp_path, retype)) == [
        f"15_graphs.cond.cond_wf_2.pb: workflow graphs.cond.cond_wf: node n1: {wrong}",
        f"28_graphs.lps.lp_target_2.pb: workflow graphs.lps.lp_target: node n0: {wrong}",
        f"36_graphs.nested.mid_wf_2.pb: workflow graphs.nested.mid_wf: node n1: {wrong}",
        "39_graphs.nested.outer_wf_2.pb: workflow graphs.nested.outer_wf: "
        f"sub-workflow graphs.nested.mid_wf: node n1: {wrong}",
    ]


def test_check_reports_unknown_inputs_missing_nodes_and_unbound_inputs(tmp_path: Path) -> None:
    def damage(name: str, message: Any) -> Any:
        if name.endswith("graphs.lps.lp_target_2.pb"):
            node = message.template.nodes[1]
            node.inputs[0].var = "nope"  # binds an input the task does not have
            node.upstream_node_ids.append("ghost")
        if name.endswith("_lp_cron_3.pb"):
            message.spec.fixed_inputs.literals["zz"].scalar.primitive.integer = 1
        return message

    lines = check_lines(broken(tmp_path, damage))
    target = "28_graphs.lps.lp_target_2.pb: workflow graphs.lps.lp_target: node n1: "
    assert lines == [
        target + "upstream node 'ghost' is not in the workflow",
        target + "input nope: task graphs.tasks.to_str has no input or output named 'nope'",
        target + "input x: task graphs.tasks.to_str needs it and nothing is bound to it",
        "30_lp_cron_3.pb: launch plan lp_cron: fixed input zz: the workflow has no input "
        "named 'zz'",
    ]


def test_check_reports_inconsistent_ids_and_duplicates(tmp_path: Path) -> None:
    def version(name: str, message: Any) -> Any:
        if name.endswith("graphs.tasks.double_1.pb"):
            message.template.id.version = "v2"
        return message

    lines = check_lines(broken(tmp_path, version))
    assert lines[0] == (
        "00_graphs.tasks.double_1.pb: task graphs.tasks.double: version 'v2' differs from "
        "the package's ''"
    )
    assert lines[1] == (
        "15_graphs.cond.cond_wf_2.pb: workflow graphs.cond.cond_wf: node n0: refers to task "
        "graphs.tasks.double, not in the package; the package has graphs.tasks.double@v2"
    )
    assert len(lines) == 11 and all("the package has graphs.tasks.double@v2" in line
                                    for line in lines[1:])
    # the same identifier twice: fine with the same bytes, a problem with others
    entries = members()
    square = next(data for name, data in entries if name.endswith("graphs.tasks.square_1.pb"))
    again = tmp_path / "again.tgz"
    write_tgz(again, [*entries, ("99_graphs.tasks.square_1.pb", square)])
    assert run("check", str(again)).returncode == 0
    other = RefTaskSpec.FromString(square)
    other.template.metadata.retries.retries = 4
    write_tgz(again, [*entries, ("99_graphs.tasks.square_1.pb", other.SerializeToString())])
    assert check_lines(str(again)) == [
        "99_graphs.tasks.square_1.pb: task graphs.tasks.square: identifier "
        f"graphs.tasks.square also in {again}:01_graphs.tasks.square_1.pb with different content"
    ]


def test_check_reports_wrong_resource_types(tmp_path: Path) -> None:
    def wrong(name: str, message: Any) -> Any:
        if name.endswith("_square_lp_3.pb"):
            message.spec.workflow_id.resource_type = 1  # TASK
        return message

    assert check_lines(broken(tmp_path, wrong)) == [
        "09_square_lp_3.pb: launch plan square_lp: refers to workflow graphs.arrays.square_wf "
        "with resource type TASK, not WORKFLOW"
    ]


def test_check_of_unreadable_input_is_an_error(tmp_path: Path) -> None:
    assert_error(run("check", "no/such.tgz"), "no/such.tgz: No such file or directory")


# --- graph --------------------------------------------------------------------------------


def expected_edges(spec: Any) -> set[tuple[str, str]]:
    """(source, target) of every binding of ``spec``'s top-level nodes and outputs, read
    with flyteidl: what the graph must draw."""
    def promises(data: Any) -> list[Any]:
        kind = data.WhichOneof("value")
        if kind == "promise":
            return [data.promise]
        if kind == "collection":
            return [p for item in data.collection.bindings for p in promises(item)]
        if kind == "map":
            return [p for item in data.map.bindings.values() for p in promises(item)]
        return []

    edges = set()
    for node in spec.template.nodes:
        for binding in node.inputs:
            edges |= {(p.node_id or "start", node.id) for p in promises(binding.binding)}
    for binding in spec.template.outputs:
        edges |= {(p.node_id or "start", "end") for p in promises(binding.binding)}
    return edges


SHAPES = {"task_node": "box", "workflow_node": ("box3d", "component"), "branch_node": "diamond",
          "gate_node": "octagon", "array_node": "box, peripheries=2"}


@pytest.mark.parametrize("path", sorted(SPECS.glob("*.pb")), ids=lambda p: p.stem)
def test_graph_dot_draws_every_node_and_binding(path: Path) -> None:
    spec = RefWorkflowSpec.FromString(path.read_bytes())
    result = run("graph", str(path))
    assert (result.returncode, err(result)) == (0, "")
    text = out(result)
    assert text.startswith(f'digraph "{spec.template.id.name}" {{\n') and text.endswith("}\n")
    nodes = dict(re.findall(r'^  "([^"]+)" \[label="[^"]*", shape=([^\]]+)\];$', text, re.M))
    for node in spec.template.nodes:
        kind = node.WhichOneof("target")
        shape = SHAPES[kind]
        if kind == "workflow_node":
            shape = shape[1] if node.workflow_node.HasField("launchplan_ref") else shape[0]
        assert nodes[node.id] == shape, (node.id, nodes)
    edges = set(re.findall(r'^  "([^"]+)" -> "([^"]+)"', text, re.M))
    assert expected_edges(spec) <= edges
    for node in spec.template.nodes:
        for upstream in node.upstream_node_ids:
            assert (upstream, node.id) in edges


@pytest.mark.parametrize("path", sorted(SPECS.glob("*.pb")), ids=lambda p: p.stem)
def test_graph_mermaid_draws_every_node_and_binding(path: Path) -> None:
    spec = RefWorkflowSpec.FromString(path.read_bytes())
    result = run("graph", "--format", "mermaid", str(path))
    text = out(result)
    lines = text.splitlines()
    assert lines[0] == "flowchart TD"
    ids = {}
    for line in lines[1:]:
        declared = re.match(r'  (n\d+)[\[\(\{/]+"([^"]*)"', line)
        if declared:
            ids[declared[1]] = declared[2].split("<br>")[0].split(" ")[0]
    edges = {
        (ids[a], ids[b])
        for a, b in re.findall(r"^  (n\d+) -[-.]+>(?:\|\"[^\"]*\"\|)? (n\d+)$", text, re.M)
    }
    assert expected_edges(spec) <= edges
    assert len(edges) == len(re.findall(r"^  n\d+ -[-.]+>", text, re.M))  # every edge parsed


def test_graph_of_a_branch_hangs_its_cases_below_it() -> None:
    text = out(run("graph", str(SPECS / "cond_wf.pb")))
    assert '  "n1" -> "n1/if" [label="if"];' in text
    assert '  "n1" -> "n1/elif 1" [label="elif 1"];' in text
    assert '  "n1/else" [label="fail\\nx is out of range", shape=box, style=dashed];' in text


def test_graph_picks_a_workflow_by_name_and_refuses_to_guess() -> None:
    assert_error(
        run("graph", str(FIXTURES / "package.tgz")),
        f"{FIXTURES / 'package.tgz'}: holds 3 workflows (workflows.special.eager_sum, "
        "workflows.wf.simple_wf, workflows.wf.rich_wf); pick one with --name",
    )
    one = run("graph", str(FIXTURES / "package.tgz"), "--name", "workflows.wf.simple_wf")
    assert out(one).startswith('digraph "workflows.wf.simple_wf" {')
    assert_error(
        run("graph", str(PLANS / "lp_cron.pb")),
        f"{PLANS / 'lp_cron.pb'}: holds no workflow to draw",
    )


def fake_dot(folder: Path) -> Path:
    """A ``dot`` that writes what it was given (arguments, then the text) to its -o file;
    it needs nothing on PATH."""
    folder.mkdir()
    script = folder / "dot"
    script.write_text(
        f"#!{sys.executable}\n"
        "import sys\n"
        "args = sys.argv[1:]\n"
        "with open(args[args.index('-o') + 1], 'w') as file:\n"
        "    file.write(' '.join(args) + '\\n' + sys.stdin.read())\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return folder


def with_path(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setenv("PATH", str(folder))


def test_graph_renders_svg_and_png_with_dot_on_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_path(monkeypatch, fake_dot(tmp_path / "bin"))
    svg, png = tmp_path / "g.svg", tmp_path / "g.png"
    result = run("graph", str(SPECS / "gate_wf.pb"), "--svg", str(svg), "--png", str(png))
    assert (result.returncode, out(result), err(result)) == (0, "", "")
    dot_text = out(run("graph", str(SPECS / "gate_wf.pb")))
    assert svg.read_text() == f"-Tsvg -o {svg}\n{dot_text}"
    assert png.read_text() == f"-Tpng -o {png}\n{dot_text}"


def test_graph_without_dot_says_so_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "empty").mkdir()
    with_path(monkeypatch, tmp_path / "empty")
    assert_error(
        run("graph", str(SPECS / "gate_wf.pb"), "--svg", str(tmp_path / "g.svg")),
        "--svg needs Graphviz's dot program on PATH, and there is none; install Graphviz "
        "(e.g. apt-get install graphviz) or print --format dot",
    )
    assert not (tmp_path / "g.svg").exists()
    assert_error(
        run("graph", str(SPECS / "gate_wf.pb"), "--format", "mermaid", "--png", "x.png"),
        "--png renders the dot graph; it does not apply to --format mermaid",
    )


def test_graph_reports_dot_failing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "bin"
    folder.mkdir()
    (folder / "dot").write_text(
        f"#!{sys.executable}\nimport sys\n"
        "sys.stderr.write('Error: syntax error in line 1\\n')\nsys.exit(1)\n"
    )
    (folder / "dot").chmod(0o755)
    with_path(monkeypatch, folder)
    target = tmp_path / "g.svg"
    assert_error(
        run("graph", str(SPECS / "gate_wf.pb"), "--svg", str(target)),
        f"{target}: dot failed (exit status 1): Error: syntax error in line 1",
    )


def test_graph_escapes_names_in_both_formats(tmp_path: Path) -> None:
    spec = RefWorkflowSpec.FromString((SPECS / "square_wf.pb").read_bytes())
    spec.template.id.name = 'evil"\x1b[2J<b>'
    spec.template.nodes[0].metadata.name = 'say "hi"\n#1'
    path = tmp_path / "0_evil_2.pb"  # named as pyflyte names a workflow: read as one
    path.write_bytes(spec.SerializeToString())
    dot = out(run("graph", str(path)))
    mermaid = out(run("graph", "--format", "mermaid", str(path)))
    assert "\x1b" not in dot + mermaid
    assert dot.startswith('digraph "evil\\"\\\\x1b[2J<b>" {')
    assert 'label="n0 (say \\"hi\\"\\\\n#1)\\n' in dot
    assert '["n0 (say #quot;hi#quot;\\n#35;1)<br>' in mermaid


def test_a_task_spec_with_a_workflow_identifier_is_not_read_as_a_workflow(tmp_path: Path) -> None:
    """Nothing that reads it is plausible: it is refused, not drawn or listed as a workflow."""
    spec = RefTaskSpec.FromString((FIXTURES / "tasks" / "heavy.pb").read_bytes())
    spec.template.id.resource_type = 2  # WORKFLOW
    path = tmp_path / "odd.pb"
    path.write_bytes(spec.SerializeToString())
    assert_error(
        run("ls", str(path)),
        f"{path}: not a Flyte task, workflow or launch plan: no reading of the bytes has an "
        "identifier of resource type TASK, WORKFLOW or LAUNCH_PLAN and no unknown fields at the "
        "top; --type reads them as one kind regardless",
    )


@pytest.mark.parametrize("name", ["gate_wf", "mid_wf"])
def test_flyteadmins_start_and_end_nodes_are_left_out(name: str, tmp_path: Path) -> None:
    """FlyteAdmin's compiled templates add a start-node and an end-node: ls, check and
    graph see the same workflow as in the package's spec."""
    closure = RefClosure.FromString((GRAPHS / "closures" / f"{name}.admin_shaped.pb").read_bytes())
    assert {"start-node", "end-node"} <= {n.id for n in closure.primary.template.nodes}
    workflow = RefWorkflow()
    workflow.id.CopyFrom(closure.primary.template.id)
    workflow.closure.compiled_workflow.CopyFrom(closure)
    admin = tmp_path / f"{name}.json"
    admin.write_text(json_format.MessageToJson(workflow))
    spec = SPECS / f"{name}.pb"
    for command in (["ls"], ["graph"], ["graph", "--format", "mermaid"]):
        assert out(run(*command, str(admin))) == out(run(*command, str(spec)))
    tasks = tmp_path / "tasks"
    tasks.mkdir()
    for member, data in members():
        if member.endswith("_1.pb"):
            (tasks / member.rsplit("/", 1)[-1]).write_bytes(data)
    plans = [str(p) for p in PLANS.glob("*.pb")]
    result = run("check", str(tasks), str(admin), *plans, *(
        str(p) for p in SPECS.glob("*.pb") if p.stem != name
    ))
    assert (result.returncode, out(result)) == (0, "")
