"""The issue-14 graph fixtures (tests/fixtures/graphs_out) against flyteidl on upb.

They were written by flytekit 1.15.4 (make_graph_goldens.sh); nothing here reads flyte_lite.
Checked: every .pb parses as its message type with no unknown fields and re-serializes to the
same bytes (same content where upb's map order may differ); the oracle JSON agrees with the
bytes it was made from; and every feature issue 14 lists is present, so the set cannot silently
lose coverage when it is regenerated.
"""

from __future__ import annotations

import json
import re
import tarfile
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from flyteidl.admin import launch_plan_pb2, task_pb2, workflow_pb2
from flyteidl.core import compiler_pb2, interface_pb2, literals_pb2
from flyteidl.core import workflow_pb2 as core_workflow_pb2
from google.protobuf import json_format
from google.protobuf.message import Message
from google.protobuf.unknown_fields import UnknownFieldSet

from tests.conftest import FIXTURES

OUT = FIXTURES / "graphs_out"
TaskSpec = task_pb2.TaskSpec
WorkflowSpec = workflow_pb2.WorkflowSpec
LaunchPlan = launch_plan_pb2.LaunchPlan
Node = core_workflow_pb2.Node
Closure = compiler_pb2.CompiledWorkflowClosure
Literal = literals_pb2.Literal
Parameter = interface_pb2.Parameter
Binding = literals_pb2.Binding
WorkflowMetadata = core_workflow_pb2.WorkflowMetadata
WorkflowMetadataDefaults = core_workflow_pb2.WorkflowMetadataDefaults
TypedInterface = interface_pb2.TypedInterface

KIND_TYPES = {"tasks": TaskSpec, "workflow_specs": WorkflowSpec, "launch_plans": LaunchPlan}
PACKAGE_KIND = {"1": TaskSpec, "2": WorkflowSpec, "3": LaunchPlan}
PACKAGE_FOLDER = {"1": "tasks", "2": "workflow_specs", "3": "launch_plans"}


def pb_files(folder: str) -> list[Path]:
    return sorted((OUT / folder).glob("*.pb"))


@cache
def load(path: Path) -> Any:
    folder = path.parent.name
    if folder in KIND_TYPES:
        return KIND_TYPES[folder].FromString(path.read_bytes())
    if folder == "serialized":
        return PACKAGE_KIND[path.stem[-1]].FromString(path.read_bytes())
    if folder == "closures":
        return Closure.FromString(path.read_bytes())
    if path.name.endswith(".spec.pb"):
        return WorkflowSpec.FromString(path.read_bytes())
    return Node.FromString(path.read_bytes())


def spec(short: str) -> Any:
    return load(OUT / "workflow_specs" / f"{short}.pb")


def lp(short: str) -> Any:
    return load(OUT / "launch_plans" / f"{short}.pb")


@cache
def oracle(name: str) -> Any:
    return json.loads((OUT / "oracle" / f"{name}.json").read_text())


@cache
def compile_cases() -> Any:
    return json.loads((OUT / "compile" / "cases.json").read_text())


def package_members() -> dict[str, bytes]:
    with tarfile.open(OUT / "package.tgz") as tar:
        out = {}
        for m in tar.getmembers():
            f = tar.extractfile(m)
            assert f is not None
            out[m.name] = f.read()
        return out


def is_repeated(fd: Any) -> bool:
    """protobuf 7 has FieldDescriptor.is_repeated; older runtimes (Python 3.9's 6.x) have .label."""
    if hasattr(fd, "is_repeated"):
        return bool(fd.is_repeated)
    return bool(fd.label == fd.LABEL_REPEATED)


def messages(msg: Message) -> Iterator[Message]:
    """msg and every message inside it (map values included)."""
    yield msg
    for fd, value in msg.ListFields():
        if fd.type != fd.TYPE_MESSAGE:
            continue
        if fd.message_type.GetOptions().map_entry:
            if fd.message_type.fields_by_name["value"].type == fd.TYPE_MESSAGE:
                for v in value.values():
                    yield from messages(v)
        elif is_repeated(fd):
            for v in value:
                yield from messages(v)
        else:
            yield from messages(value)


def has_multi_entry_map(msg: Message) -> bool:
    return any(
        fd.message_type is not None and fd.message_type.GetOptions().map_entry and len(v) > 1
        for m in messages(msg)
        for fd, v in m.ListFields()
    )


def all_nodes(template: Any) -> Iterator[Any]:
    """Every node of a WorkflowTemplate: top level, branch then/else nodes, array sub-nodes."""

    def walk(n: Any) -> Iterator[Any]:
        yield n
        kind = n.WhichOneof("target")
        if kind == "branch_node":
            ie = n.branch_node.if_else
            yield from walk(ie.case.then_node)
            for o in ie.other:
                yield from walk(o.then_node)
            if ie.HasField("else_node"):
                yield from walk(ie.else_node)
        elif kind == "array_node":
            yield from walk(n.array_node.node)

    for n in template.nodes:
        yield from walk(n)
    if template.HasField("failure_node"):
        yield from walk(template.failure_node)


ALL_PB = [
    *(p for d in ("tasks", "workflow_specs", "launch_plans", "serialized") for p in pb_files(d)),
]
CANONICAL_PB = [*pb_files("compile"), *pb_files("closures")]


# ------------------------------------------------------------------------------------------------
# bytes


def test_inventory() -> None:
    members = package_members()
    assert len(members) >= 40
    assert sorted(members) == sorted(p.name for p in pb_files("serialized"))
    assert {p.stem for p in pb_files("workflow_specs")} == set(oracle("workflows")["workflows"])
    assert {p.stem for p in pb_files("launch_plans")} == set(oracle("launch_plans")["launch_plans"])
    assert {p.stem for p in pb_files("closures") if "." not in p.stem} == {
        p.stem for p in pb_files("workflow_specs")
    }


@pytest.mark.parametrize("path", ALL_PB + CANONICAL_PB, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_parses_fully_known(path: Path) -> None:
    msg = load(path)
    assert msg.ByteSize() == path.stat().st_size
    for m in messages(msg):
        assert len(UnknownFieldSet(m)) == 0, f"unknown fields in {m.DESCRIPTOR.full_name}"


@pytest.mark.parametrize("path", ALL_PB, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_raw_round_trip(path: Path) -> None:
    """pyflyte's bytes: exact re-serialization unless a map with several entries is involved
    (upb writes those in hash order); then the same content and size."""
    data = path.read_bytes()
    msg = load(path)
    if has_multi_entry_map(msg):
        again = type(msg).FromString(msg.SerializeToString(deterministic=True))
        assert again == msg
        assert len(msg.SerializeToString(deterministic=True)) == len(data)
    else:
        assert msg.SerializeToString() == data


@pytest.mark.parametrize("path", CANONICAL_PB, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_canonical_round_trip(path: Path) -> None:
    """make_graph_goldens.py writes these with deterministic=True."""
    assert load(path).SerializeToString(deterministic=True) == path.read_bytes()


@pytest.mark.parametrize("path", ALL_PB, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_json_round_trip(path: Path) -> None:
    msg = load(path)
    text = json_format.MessageToJson(msg)
    assert json_format.Parse(text, type(msg)()) == msg


def test_copies_are_package_members() -> None:
    """tasks/, workflow_specs/, launch_plans/: byte-identical copies, named as the script does."""
    copies = {}
    for name, data in package_members().items():
        mo = re.fullmatch(r"\d+_(.+)_([123])\.pb", name)
        assert mo, name
        short = re.sub(r"_[0-9a-f]{32}-arraynode$", "", mo[1].split(".")[-1]).replace("-", "_")
        copies[f"{PACKAGE_FOLDER[mo[2]]}/{short}.pb"] = data
    on_disk = {f"{p.parent.name}/{p.name}": p.read_bytes() for d in KIND_TYPES for p in pb_files(d)}
    assert on_disk == copies


def sort_upstream(msg: Message) -> Message:
    """A copy of msg with every node's upstream_node_ids sorted (flytekit builds them from a set
    of nodes hashed by identity, so with several upstream nodes their order differs per run)."""
    out = type(msg)()
    out.CopyFrom(msg)
    nodes: list[Any] = [m for m in messages(out) if isinstance(m, Node)]
    for m in nodes:
        ids = sorted(m.upstream_node_ids)
        del m.upstream_node_ids[:]
        m.upstream_node_ids.extend(ids)
    return out


def test_serialize_matches_package() -> None:
    """`pyflyte serialize` wrote the same entities: only the dynamic task's env and the order of
    upstream_node_ids (when a node has several) may differ."""
    members = package_members()
    for n, data in sorted(members.items()):
        path = OUT / "serialized" / n
        if path.read_bytes() == data:
            continue
        msg_type = PACKAGE_KIND[n[-4]]
        pkg, ser = msg_type.FromString(data), msg_type.FromString(path.read_bytes())
        if n.endswith("dyn.dyn_fan_1.pb"):
            assert [e.key for e in pkg.template.container.env] == [
                e.key for e in ser.template.container.env
            ]
            pkg.template.container.ClearField("env")
            ser.template.container.ClearField("env")
            assert pkg == ser
        else:
            assert sort_upstream(pkg) == sort_upstream(ser), n


# ------------------------------------------------------------------------------------------------
# oracle JSON against the bytes


def wf_cases() -> list[tuple[str, str]]:
    return [
        (short, mode)
        for short, rec in oracle("workflows")["workflows"].items()
        for mode in rec
        if mode.startswith("promote_from")
    ]


@pytest.mark.parametrize("short,mode", wf_cases(), ids=lambda v: str(v))
def test_workflow_oracle_matches_bytes(short: str, mode: str) -> None:
    s = spec(short)
    t = s.template
    rec = oracle("workflows")["workflows"][short][mode]
    assert rec["python_type"] == "FlyteWorkflow"
    assert rec["id"]["name"] == rec["name"] == t.id.name
    assert rec["id"]["resource_type"] == "WORKFLOW"
    assert (rec["entity_type_text"], rec["resource_type_name"]) == ("Workflow", "WORKFLOW")
    assert rec["should_register"] is False
    # map order: the JSON lists follow flytekit's dicts, i.e. upb's iteration order; compare as sets
    assert {v["name"] for v in rec["interface"]["inputs"]} == set(t.interface.inputs.variables)
    assert {v["name"] for v in rec["interface"]["outputs"]} == set(t.interface.outputs.variables)
    for side in ("inputs", "outputs"):
        for v in rec["interface"][side]:
            var = getattr(t.interface, side).variables[v["name"]]
            assert json_format.MessageToDict(var.type) == v["type"]
            assert var.description == v["description"]
    iface = TypedInterface.FromString(bytes.fromhex(rec["interface"]["deterministic_hex"]))
    assert iface == t.interface
    assert rec["node_ids"] == rec["flyte_node_ids"] == [n.id for n in t.nodes]
    assert rec["get_non_system_nodes"] == [n.id for n in t.nodes]
    assert [o["var"] for o in rec["outputs"]] == [b.var for b in t.outputs]
    for o, b in zip(rec["outputs"], t.outputs):
        assert Binding.FromString(bytes.fromhex(o["deterministic_hex"])) == b
    assert WorkflowMetadata.FromString(bytes.fromhex(rec["metadata_hex"])) == t.metadata
    md = WorkflowMetadataDefaults.FromString(bytes.fromhex(rec["metadata_defaults_hex"]))
    assert md == t.metadata_defaults
    # flytekit 1.15.4 drops the failure node when promoting (see README)
    assert rec["failure_node"] is None
    assert rec["template_failure_node_in_bytes"] == (
        t.failure_node.id if t.HasField("failure_node") else None
    )
    sub_names = {w.id.name for w in s.sub_workflows}
    assert {w["name"] for w in rec["flyte_sub_workflows"]} <= sub_names
    task_names = {n.task_node.reference_id.name for n in all_nodes(t) if n.HasField("task_node")}
    for w in s.sub_workflows:
        task_names |= {
            n.task_node.reference_id.name for n in all_nodes(w) if n.HasField("task_node")
        }
    assert {x["name"] for x in rec["flyte_tasks"]} == task_names
    for n, nrec in zip(t.nodes, rec["nodes"]):
        check_node(n, nrec, top_level=True)


def check_node(n: Any, rec: dict[str, Any], top_level: bool) -> None:
    kind = n.WhichOneof("target")
    assert rec["id"] == n.id
    assert rec["python_type"] == "FlyteNode"
    assert rec["kind"] == kind
    assert rec["input_vars"] == [b.var for b in n.inputs]
    assert json_format.ParseDict(rec["metadata"], type(n.metadata)()) == n.metadata
    if top_level:
        assert rec["upstream_node_ids"] == sorted(n.upstream_node_ids)
        assert rec["upstream_nodes"] == list(n.upstream_node_ids)
    else:  # flytekit never links upstream nodes inside branches and array nodes
        assert rec["upstream_node_ids"] == rec["upstream_nodes"] == []
    promoted = Node.FromString(bytes.fromhex(rec["deterministic_hex"]))
    assert promoted.id == n.id and list(promoted.inputs) == list(n.inputs)
    entity = rec["flyte_entity"]
    if kind == "task_node":
        assert entity["python_type"] == "FlyteTask"
        assert (
            entity["id"]["name"]
            == rec["task_reference_id"]["name"]
            == n.task_node.reference_id.name
        )
    elif kind == "workflow_node":
        wn = n.workflow_node
        if wn.HasField("launchplan_ref"):
            assert entity["python_type"] == "FlyteLaunchPlan"
            assert entity["id"]["name"] == rec["launchplan_ref"]["name"] == wn.launchplan_ref.name
            assert rec["sub_workflow_ref"] is None
        else:
            assert entity["python_type"] == "FlyteWorkflow"
            assert (
                entity["id"]["name"] == rec["sub_workflow_ref"]["name"] == wn.sub_workflow_ref.name
            )
            assert rec["launchplan_ref"] is None
    elif kind == "branch_node":
        assert entity["python_type"] == "FlyteBranchNode"
        ie, b = n.branch_node.if_else, rec["branch"]
        check_node(ie.case.then_node, b["case_then_node"], top_level=False)
        assert len(b["other_then_nodes"]) == len(ie.other)
        for o, orec in zip(ie.other, b["other_then_nodes"]):
            check_node(o.then_node, orec, top_level=False)
        if ie.HasField("else_node"):
            check_node(ie.else_node, b["else_node"], top_level=False)
        else:
            assert b["else_node"] is None
        assert (b["error"] is not None) == ie.HasField("error")
    elif kind == "gate_node":
        assert entity["python_type"] == "FlyteGateNode"
        g = rec["gate"]
        assert [k for k in ("signal", "sleep", "approve") if g[k] is not None] == [
            n.gate_node.WhichOneof("condition")
        ]
    elif kind == "array_node":
        assert entity["python_type"] == "FlyteArrayNode"
        check_node(n.array_node.node, rec["array"]["flyte_node"], top_level=False)
    else:
        pytest.fail(f"unexpected node kind {kind}")


@pytest.mark.parametrize("short", sorted(oracle("workflows")["workflows"]))
def test_closures_hold_the_spec(short: str) -> None:
    s = spec(short)
    c = load(OUT / "closures" / f"{short}.pb")
    assert c.primary.template == s.template
    assert [w.template for w in c.sub_workflows] == list(s.sub_workflows)
    tasks = {t.template.id.name: t.template for t in map(load, pb_files("tasks"))}
    assert [t.template for t in c.tasks] == [tasks[t.template.id.name] for t in c.tasks]
    rec = oracle("workflows")["workflows"][short]
    assert [x["name"] for x in rec["promote_from_closure"]["flyte_tasks"]] == [
        t.template.id.name for t in c.tasks
    ]
    admin = OUT / "closures" / f"{short}.admin_shaped.pb"
    if admin.exists():
        a = load(admin)
        ids = [n.id for n in a.primary.template.nodes]
        assert ids[0] == "start-node" and ids[-1] == "end-node"
        assert rec["promote_from_closure_admin_shaped"]["get_non_system_nodes"] == ids[1:-1]
        assert (
            rec["promote_from_closure_admin_shaped"]["nodes"]
            == rec["promote_from_closure"]["nodes"]
        )


def test_admin_shaped_closures_exist() -> None:
    assert [p.name for p in pb_files("closures") if "admin_shaped" in p.name] == [
        "gate_wf.admin_shaped.pb",
        "mid_wf.admin_shaped.pb",
    ]
    binds = [
        b.binding.promise.node_id
        for n in load(OUT / "closures" / "mid_wf.admin_shaped.pb").primary.template.nodes
        for b in n.inputs
        if b.binding.HasField("promise")
    ]
    assert "start-node" in binds and "" not in binds


@pytest.mark.parametrize("short", sorted(oracle("launch_plans")["launch_plans"]))
def test_launch_plan_oracle_matches_bytes(short: str) -> None:
    m = lp(short)
    rec = oracle("launch_plans")["launch_plans"][short]
    assert rec["python_type"] == "FlyteLaunchPlan"
    assert rec["id"]["name"] == rec["name"] == m.id.name
    assert rec["id"]["resource_type"] == "LAUNCH_PLAN"
    assert rec["workflow_id"]["name"] == m.spec.workflow_id.name
    assert (rec["entity_type_text"], rec["resource_type_name"]) == ("Launch Plan", "LAUNCH_PLAN")
    assert rec["interface"] is None and rec["flyte_workflow"] is None
    scheduled = m.spec.entity_metadata.HasField("schedule")
    if scheduled:
        assert rec["is_scheduled"] == {"value": True}
    else:  # flytekit 1.15.4 reads .cron_expression of a None schedule
        assert rec["is_scheduled"]["error"]["type"] == "AttributeError"
    assert set(rec["fixed_inputs"]) == set(m.spec.fixed_inputs.literals)
    for k, h in rec["fixed_inputs"].items():
        assert Literal.FromString(bytes.fromhex(h)) == m.spec.fixed_inputs.literals[k]
    assert set(rec["default_inputs"]) == set(m.spec.default_inputs.parameters)
    for k, h in rec["default_inputs"].items():
        assert Parameter.FromString(bytes.fromhex(h)) == m.spec.default_inputs.parameters[k]
    assert rec["spec_fields_in_bytes"] == [f.name for f, _ in m.spec.ListFields()]
    assert rec["labels"] == dict(m.spec.labels.values)
    assert rec["annotations"] == dict(m.spec.annotations.values)
    assert len(rec["notifications"]) == len(m.spec.entity_metadata.notifications)
    expected_lost = ["overwrite_cache"] if m.spec.overwrite_cache else []
    assert rec["spec_fields_lost_by_promote"] == expected_lost
    assert rec["spec_fields_changed_by_promote"] == []


def test_signatures_recorded() -> None:
    classes = oracle("signatures")["classes"]
    assert set(classes) == {
        "FlyteWorkflow",
        "FlyteLaunchPlan",
        "FlyteNode",
        "FlyteTaskNode",
        "FlyteWorkflowNode",
        "FlyteBranchNode",
        "FlyteGateNode",
        "FlyteArrayNode",
    }

    def members(cls: str) -> set[str]:
        return {m["name"] for m in classes[cls]["members"]}

    assert members("FlyteWorkflow") >= {
        "promote_from_model", "promote_from_closure", "id", "name", "interface", "nodes",
        "flyte_nodes", "outputs", "failure_node", "metadata", "metadata_defaults",
        "flyte_sub_workflows", "flyte_tasks", "get_non_system_nodes", "entity_type_text",
        "resource_type", "should_register",
    }  # fmt: skip
    assert members("FlyteLaunchPlan") >= {
        "promote_from_model", "id", "name", "workflow_id", "flyte_workflow", "interface",
        "is_scheduled", "entity_type_text", "resource_type",
    }  # fmt: skip
    assert members("FlyteNode") >= {"upstream_nodes", "upstream_node_ids", "flyte_entity"}
    for cls in classes.values():
        assert cls["init_signature"].startswith("(self")


# ------------------------------------------------------------------------------------------------
# compile goldens


def compile_case_ids() -> list[str]:
    return [c["name"] for c in compile_cases()["cases"]]


@pytest.mark.parametrize("name", compile_case_ids())
def test_compile_case_files(name: str) -> None:
    doc = compile_cases()
    case = next(c for c in doc["cases"] if c["name"] == name)
    nodes = [load(OUT / "compile" / f) for f in case["node_files"]]
    assert [n.id for n in nodes] == case["expected_node_ids"]
    for n, call in zip(nodes, case["calls"]):
        ent = doc["entities"][call["entity"]]
        kind = n.WhichOneof("target")
        ref = {
            "TASK": ("task_node", lambda n: n.task_node.reference_id),
            "WORKFLOW": ("workflow_node", lambda n: n.workflow_node.sub_workflow_ref),
            "LAUNCH_PLAN": ("workflow_node", lambda n: n.workflow_node.launchplan_ref),
        }[ent["id"]["resource_type"]]
        assert kind == ref[0]
        got = ref[1](n)
        assert (got.project, got.domain, got.name, got.version) == (
            ent["id"]["project"], ent["id"]["domain"], ent["id"]["name"], ent["id"]["version"],
        )  # fmt: skip
        assert set(call["kwargs"]) == {b.var for b in n.inputs}


def test_compile_cases_cover_workflows_and_launch_plans() -> None:
    kinds = {
        compile_cases()["entities"][c["entity"]]["id"]["resource_type"]
        for case in compile_cases()["cases"]
        for c in case["calls"]
    }
    assert kinds == {"TASK", "WORKFLOW", "LAUNCH_PLAN"}
    errors = compile_cases()["errors"]
    assert errors["lp_fixed_given"]["type"] == "FlyteAssertion"
    assert errors["wf_missing_input"]["type"] == "FlyteAssertion"
    assert errors["lp_without_interface"]["type"] == "AttributeError"


def test_remote_entity_workflow_specs() -> None:
    specs = compile_cases()["workflow_specs"]
    assert [s["file"] for s in specs] == ["remote_tasks_wf.spec.pb", "remote_mixed_wf.spec.pb"]
    for s in specs:
        w = load(OUT / "compile" / s["file"])
        assert w.template.id.name == s["workflow_name"]
        assert [n.id for n in w.template.nodes] == s["node_ids"]
        assert set(w.template.interface.inputs.variables) == set(s["interface_inputs"])
        assert [x.id.name for x in w.sub_workflows] == [x["name"] for x in s["sub_workflow_ids"]]
    mixed = load(OUT / "compile" / "remote_mixed_wf.spec.pb")
    kinds = [n.WhichOneof("target") for n in mixed.template.nodes]
    assert kinds == ["task_node", "workflow_node", "workflow_node", "task_node"]
    # flytekit copies the remote workflow's template (and its subworkflows) into sub_workflows
    assert {x.id.name for x in mixed.sub_workflows} == {
        "graphs.nested.mid_wf",
        "graphs.nested.inner_wf",
    }


# ------------------------------------------------------------------------------------------------
# coverage of issue 14's list


def every_node() -> list[Any]:
    out = []
    for p in pb_files("workflow_specs"):
        s = load(p)
        for t in (s.template, *s.sub_workflows):
            out.extend(all_nodes(t))
    return out


def test_covers_conditionals() -> None:
    ies = [n.branch_node.if_else for n in every_node() if n.HasField("branch_node")]
    assert any(len(ie.other) >= 2 and ie.HasField("error") for ie in ies)  # if_/elif_/elif_/fail
    assert any(ie.HasField("else_node") for ie in ies)
    conds = [c.condition for ie in ies for c in (ie.case, *ie.other)]
    assert {c.WhichOneof("expr") for c in conds} == {"comparison", "conjunction"}
    then_kinds = {
        t.WhichOneof("target")
        for ie in ies
        for t in (ie.case.then_node, *(o.then_node for o in ie.other))
    }
    assert then_kinds == {"task_node", "workflow_node"}


def test_covers_subworkflows_and_launch_plan_nodes() -> None:
    wns = [n.workflow_node for n in every_node() if n.HasField("workflow_node")]
    assert any(w.HasField("sub_workflow_ref") for w in wns)
    assert any(w.HasField("launchplan_ref") for w in wns)
    assert len(spec("outer_wf").sub_workflows) >= 2  # nested two levels


def test_covers_gates() -> None:
    kinds = {n.gate_node.WhichOneof("condition") for n in every_node() if n.HasField("gate_node")}
    assert kinds == {"sleep", "approve", "signal"}


def test_covers_map_tasks_and_array_nodes() -> None:
    arrays = [n.array_node for n in every_node() if n.HasField("array_node")]
    assert {a.node.WhichOneof("target") for a in arrays} == {"task_node", "workflow_node"}
    assert {a.WhichOneof("success_criteria") for a in arrays} >= {
        "min_successes",
        "min_success_ratio",
    }
    assert any(a.WhichOneof("parallelism_option") for a in arrays)
    assert load(OUT / "tasks" / "map_square.pb").template.task_type_version == 1


def test_covers_dynamic() -> None:
    t = load(OUT / "tasks" / "dyn_fan.pb").template
    assert "_F_SS_C" in {e.key for e in t.container.env}
    assert any(
        n.task_node.reference_id.name == t.id.name for n in every_node() if n.HasField("task_node")
    )


def test_covers_failure_node_and_metadata() -> None:
    t = spec("failing_wf").template
    assert t.HasField("failure_node") and t.failure_node.HasField("task_node")
    assert t.metadata.on_failure == 1  # FAIL_AFTER_EXECUTABLE_NODES_COMPLETE
    assert t.metadata_defaults.interruptible
    md = [
        n.metadata for n in spec("outer_wf").template.nodes if n.metadata.name == "renamed-double"
    ]
    assert md and md[0].HasField("timeout") and md[0].retries.retries == 2 and md[0].interruptible


def test_covers_launch_plan_settings() -> None:
    lps = [load(p).spec for p in pb_files("launch_plans")]
    assert any(s.fixed_inputs.literals for s in lps)
    assert any(p.HasField("default") for s in lps for p in s.default_inputs.parameters.values())
    scheds = [s.entity_metadata.schedule for s in lps if s.entity_metadata.HasField("schedule")]
    assert {x.WhichOneof("ScheduleExpression") for x in scheds} == {"cron_schedule", "rate"}
    assert any(x.cron_schedule.offset for x in scheds)
    assert any(x.kickoff_time_input_arg for x in scheds)
    assert {x.rate.unit for x in scheds if x.HasField("rate")} == {0, 1}  # MINUTE, HOUR
    kinds = {n.WhichOneof("type") for s in lps for n in s.entity_metadata.notifications}
    assert kinds == {"email", "pager_duty", "slack"}
    assert any(s.labels.values for s in lps) and any(s.annotations.values for s in lps)
    assert any(len(s.labels.values) > 1 for s in lps)  # a multi-entry map (upb hash order)
    assert any(s.raw_output_data_config.output_location_prefix for s in lps)
    assert any(s.security_context.run_as.iam_role and s.security_context.secrets for s in lps)
    assert any(s.max_parallelism for s in lps)
    assert any(s.overwrite_cache for s in lps)
    # flytekit turns auth_role into security_context.run_as and never writes auth_role
    rate = lp("lp_rate").spec
    assert rate.security_context.run_as.k8s_service_account == "legacy-sa"
    assert not any(s.HasField("auth_role") for s in lps)
