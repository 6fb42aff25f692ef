"""FlyteWorkflow, FlyteLaunchPlan and the node classes against flytekit 1.15.4's oracle.

The oracle (tests/fixtures/graphs_out/oracle/, compile/) is what flytekit gave on the same
bytes. flyte_lite keeps what flytekit loses (failure node, task overrides, array-node
fields, overwrite_cache, ...): where the bytes differ, :func:`flytekit_node` and friends
apply exactly flytekit's documented losses to ours, and the result must equal flytekit's
bytes, so every difference is one of the listed ones and nothing else.
"""

from __future__ import annotations

import inspect
import json
from functools import cache
from pathlib import Path
from typing import Any, Optional

import attrs
import pytest

from flyte_lite.message import Message
from flyte_lite.models.admin.common import AuthRole
from flyte_lite.models.admin.launch_plan import LaunchPlan, LaunchPlanSpec
from flyte_lite.models.admin.workflow import WorkflowSpec
from flyte_lite.models.core.compiler import CompiledWorkflowClosure
from flyte_lite.models.core.identifier import Identifier, ResourceType
from flyte_lite.models.core.types import LiteralType, SimpleType
from flyte_lite.models.core.workflow import (
    ArrayNode,
    IfBlock,
    Node,
    SleepCondition,
    TaskNodeOverrides,
    WorkflowTemplate,
)
from flyte_lite.remote import (
    FlyteArrayNode,
    FlyteAssertion,
    FlyteBranchNode,
    FlyteGateNode,
    FlyteLaunchPlan,
    FlyteNode,
    FlyteTask,
    FlyteTaskNode,
    FlyteWorkflow,
    FlyteWorkflowNode,
    Promise,
    compiling,
)
from flyte_lite.wkt import Duration
from tests.conftest import FIXTURES
from tests.strategies import examples

G = FIXTURES / "graphs_out"
COMPILE = G / "compile"


@cache
def oracle(name: str) -> Any:
    return json.loads((G / "oracle" / f"{name}.json").read_text())


@cache
def compile_cases() -> Any:
    return json.loads((COMPILE / "cases.json").read_text())


@cache
def package_tasks() -> dict[str, FlyteTask]:
    tasks = (FlyteTask.from_bytes(p.read_bytes()) for p in (G / "tasks").glob("*.pb"))
    return {t.name: t for t in tasks}


@cache
def package_launch_plans() -> list[LaunchPlan]:
    paths = sorted((G / "launch_plans").glob("*.pb"))
    return [LaunchPlan.from_bytes(p.read_bytes()) for p in paths]


def spec_of(short: str) -> WorkflowSpec:
    return WorkflowSpec.from_bytes((G / "workflow_specs" / f"{short}.pb").read_bytes())


def id_json(i: Optional[Identifier]) -> Any:
    if i is None:
        return None
    return {
        "resource_type": ResourceType(i.resource_type).name,
        "project": i.project,
        "domain": i.domain,
        "name": i.name,
        "version": i.version,
    }


# --- flytekit's losses, applied to our lossless messages -------------------------------------


def flytekit_node(node: Node, nested: bool, upstream: list[str]) -> Node:
    """``node`` as flytekit's FlyteNode re-serializes it (README, flytekit quirks)."""
    changes: dict[str, Any] = {
        "upstream_node_ids": [] if nested else upstream,
        "output_aliases": [],
        "inputs": [
            attrs.evolve(
                b,
                binding=attrs.evolve(
                    b.binding, promise=attrs.evolve(b.binding.promise, node_id="")
                ),
            )
            if b.binding is not None
            and b.binding.promise is not None
            and b.binding.promise.node_id == "start-node"
            else b
            for b in node.inputs
        ],
    }
    if node.task_node is not None:
        changes["task_node"] = attrs.evolve(node.task_node, overrides=None)
    if node.branch_node is not None and node.branch_node.if_else is not None:
        block = node.branch_node.if_else

        def case(c: Optional[IfBlock]) -> Optional[IfBlock]:
            if c is None or c.then_node is None:
                return c
            return attrs.evolve(c, then_node=flytekit_node(c.then_node, True, []))

        block = attrs.evolve(
            block,
            case=case(block.case),
            other=[case(o) for o in block.other],
            else_node=flytekit_node(block.else_node, True, []) if block.else_node else None,
        )
        changes["branch_node"] = attrs.evolve(node.branch_node, if_else=block)
    if node.array_node is not None:
        a = node.array_node
        assert a.node is not None
        changes["array_node"] = ArrayNode(
            node=flytekit_node(a.node, True, []),
            parallelism=a.parallelism or 0,
            min_success_ratio=a.min_success_ratio or 0.0,
            is_original_sub_node_interface=False,
        )
    return attrs.evolve(node, **changes)


def flytekit_template(wf: FlyteWorkflow) -> WorkflowTemplate:
    t = wf.template
    return attrs.evolve(
        t,
        nodes=[flytekit_node(n.to_flyte_idl(), False, n.upstream_node_ids) for n in wf.nodes],
        failure_node=None,
    )


def MessageToDict(message: Message) -> Any:
    return message.to_dict()


def hexof(message: Message) -> str:
    return message.to_bytes(deterministic=True).hex()


# --- building entities as the oracle did -------------------------------------------------------


def first_reference_tasks(spec: WorkflowSpec) -> list[FlyteTask]:
    """The package tasks the templates reference, in first-reference order (as the oracle)."""
    names: list[str] = []

    def walk(node: Optional[Node]) -> None:
        if node is None:
            return
        ref = node.task_node.reference_id if node.task_node is not None else None
        if ref is not None and ref.name not in names:
            names.append(ref.name)
        if node.branch_node is not None and node.branch_node.if_else is not None:
            b = node.branch_node.if_else
            walk(b.case.then_node if b.case else None)
            for o in b.other:
                walk(o.then_node)
            walk(b.else_node)
        if node.array_node is not None:
            walk(node.array_node.node)

    for template in (spec.template, *spec.sub_workflows):
        assert template is not None
        for n in template.nodes:
            walk(n)
        walk(template.failure_node)
    return [package_tasks()[n] for n in names]


def promoted(short: str, mode: str) -> FlyteWorkflow:
    spec = spec_of(short)
    if mode == "promote_from_model":
        assert spec.template is not None
        return FlyteWorkflow.promote_from_model(
            spec.template,
            sub_workflows=list(spec.sub_workflows),
            tasks=first_reference_tasks(spec),
            node_launch_plans=package_launch_plans(),
        )
    suffix = ".admin_shaped" if mode.endswith("admin_shaped") else ""
    path = G / "closures" / f"{short}{suffix}.pb"
    closure = CompiledWorkflowClosure.from_bytes(path.read_bytes())
    return FlyteWorkflow.promote_from_closure(closure, node_launch_plans=package_launch_plans())


WORKFLOW_MODES = [
    (short, mode)
    for short, rec in sorted(oracle("workflows")["workflows"].items())
    for mode in ("promote_from_model", "promote_from_closure", "promote_from_closure_admin_shaped")
    if mode in rec
]


def check_node(node: FlyteNode, rec: dict[str, Any], nested: bool) -> None:
    assert node.id == rec["id"]
    assert rec["python_type"] == "FlyteNode"
    kind = rec["kind"]
    assert getattr(node, kind) is not None
    assert [f for f in ("task_node", "workflow_node", "branch_node", "gate_node", "array_node")
            if getattr(node, f) is not None] == [kind]
    # flytekit gives nested nodes no upstream nodes; ours come from the workflow's top level
    assert node.upstream_node_ids == rec["upstream_node_ids"]
    assert [n.id for n in node.upstream_nodes] == rec["upstream_nodes"]
    assert [b.var for b in node.inputs] == rec["input_vars"]
    assert node.metadata is not None
    assert MessageToDict(node.metadata) == rec["metadata"]
    entity = node.flyte_entity
    assert type(entity).__name__ == rec["flyte_entity"]["python_type"]
    if "id" in rec["flyte_entity"]:
        assert id_json(entity.id) == rec["flyte_entity"]["id"]  # type: ignore[union-attr]
    mine = flytekit_node(node.to_flyte_idl(), nested, node.upstream_node_ids)
    assert hexof(mine) == rec["deterministic_hex"]
    if kind == "task_node":
        assert node.task_node is not None
        assert id_json(node.task_node.reference_id) == rec["task_reference_id"]
        assert node.task_node.flyte_task is entity
    elif kind == "workflow_node":
        wn = node.workflow_node
        assert wn is not None
        assert id_json(wn.launchplan_ref) == rec["launchplan_ref"]
        assert id_json(wn.sub_workflow_ref) == rec["sub_workflow_ref"]
        wf = wn.flyte_workflow
        lp = wn.flyte_launch_plan
        assert id_json(wf.id if wf else None) == rec["workflow_node_flyte_workflow"]
        assert id_json(lp.id if lp else None) == rec["workflow_node_flyte_launch_plan"]
    elif kind == "branch_node":
        b = node.branch_node
        assert b is not None and b is entity
        check_node(b.case_then_node, rec["branch"]["case_then_node"], True)  # type: ignore[arg-type]
        assert len(b.other_then_nodes) == len(rec["branch"]["other_then_nodes"])
        for mine_other, theirs in zip(b.other_then_nodes, rec["branch"]["other_then_nodes"]):
            check_node(mine_other, theirs, True)
        if rec["branch"]["else_node"] is None:
            assert b.else_node is None
        else:
            check_node(b.else_node, rec["branch"]["else_node"], True)  # type: ignore[arg-type]
        assert b.if_else is not None
        error = b.if_else.error
        assert (MessageToDict(error) if error is not None else None) == rec["branch"]["error"]
    elif kind == "gate_node":
        g = node.gate_node
        assert g is not None and g is entity
        for what in ("signal", "sleep", "approve"):
            value = getattr(g, what)
            assert (MessageToDict(value) if value is not None else None) == rec["gate"][what]
        assert g.condition is not None
    elif kind == "array_node":
        a = node.array_node
        assert a is not None and a is entity
        check_node(a.flyte_node, rec["array"]["flyte_node"], True)
        assert (a.parallelism or 0) == rec["array"]["parallelism"]
        # flytekit sets both success criteria; the bytes have one
        assert (a.min_successes or 0) == rec["array"]["min_successes"]
        assert (a.min_success_ratio or 0.0) == rec["array"]["min_success_ratio"]


@pytest.mark.parametrize(("short", "mode"), WORKFLOW_MODES)
def test_workflow_properties_are_flytekits(short: str, mode: str) -> None:
    rec = oracle("workflows")["workflows"][short][mode]
    wf = promoted(short, mode)
    assert id_json(wf.id) == rec["id"]
    assert wf.name == rec["name"]
    assert wf.entity_type_text == rec["entity_type_text"]
    assert wf.resource_type == rec["resource_type"] == ResourceType.WORKFLOW
    assert wf.should_register is rec["should_register"]
    for side in ("inputs", "outputs"):
        mine = [
            {"name": k, "type": MessageToDict(v.type), "description": v.description}
            for k, v in getattr(wf.interface, side).items()
        ]
        theirs = rec["interface"][side]
        assert sorted(mine, key=str) == sorted(theirs, key=str)
    assert wf.interface.message is not None
    assert hexof(wf.interface.message) == rec["interface"]["deterministic_hex"]
    assert [n.id for n in wf.nodes] == rec["node_ids"]
    assert [n.id for n in wf.flyte_nodes] == rec["flyte_node_ids"]
    for node, node_rec in zip(wf.nodes, rec["nodes"], strict=True):
        check_node(node, node_rec, False)
    assert [(b.var, hexof(b)) for b in wf.outputs] == [
        (o["var"], o["deterministic_hex"]) for o in rec["outputs"]
    ]
    # flytekit loses the failure node; ours is the one in the bytes
    assert rec["failure_node"] is None
    if rec["template_failure_node_in_bytes"] is None:
        assert wf.failure_node is None
    else:
        assert wf.failure_node is not None
        assert wf.failure_node.id == rec["template_failure_node_in_bytes"]
        assert type(wf.failure_node.flyte_entity).__name__ == "FlyteTask"
    assert (hexof(wf.metadata) if wf.metadata else "") == rec["metadata_hex"]
    assert (hexof(wf.metadata_defaults) if wf.metadata_defaults else "") == rec[
        "metadata_defaults_hex"
    ]
    assert [n.id for n in FlyteWorkflow.get_non_system_nodes(wf.template.nodes)] == rec[
        "get_non_system_nodes"
    ]
    assert [id_json(s.id) for s in wf.flyte_sub_workflows] == rec["flyte_sub_workflows"]
    assert [id_json(t.id) for t in wf.flyte_tasks] == rec["flyte_tasks"]
    assert hexof(flytekit_template(wf)) == rec["template_deterministic_hex"]
    theirs_spec = WorkflowSpec(
        template=flytekit_template(wf),
        sub_workflows=[flytekit_template(s) for s in wf.flyte_sub_workflows],
    )
    assert hexof(theirs_spec) == rec["spec_deterministic_hex"]


@pytest.mark.parametrize("path", sorted((G / "workflow_specs").glob("*.pb")), ids=lambda p: p.stem)
def test_workflow_spec_round_trips(path: Path) -> None:
    data = path.read_bytes()
    wf = FlyteWorkflow.from_bytes(data)
    assert wf.serialize_to_string() == data
    assert FlyteWorkflow.from_json(wf.to_json()) == wf
    assert wf.to_flyte_idl() == WorkflowSpec.from_bytes(data)
    # without tasks or launch plans, their nodes are there, their entities unknown
    assert [n.id for n in wf.nodes] == [
        n.id for n in FlyteWorkflow.get_non_system_nodes(wf.template.nodes)
    ]
    assert wf.short_string().startswith("Flyte Serialized object (FlyteWorkflow):")


def test_workflow_keeps_what_flytekit_drops() -> None:
    wf = promoted("failing_wf", "promote_from_model")
    assert wf.failure_node is not None and wf.template == spec_of("failing_wf").template
    spec = spec_of("mid_wf")
    assert spec.template is not None
    n1 = spec.template.nodes[1]
    assert n1.task_node is not None
    with_overrides = attrs.evolve(
        n1, task_node=attrs.evolve(n1.task_node, overrides=TaskNodeOverrides(container_image="i"))
    )
    template = attrs.evolve(spec.template, nodes=[spec.template.nodes[0], with_overrides])
    kept = FlyteWorkflow.promote_from_model(template, sub_workflows=list(spec.sub_workflows))
    task_node = kept.nodes[1].task_node
    assert task_node is not None and task_node.overrides is not None
    assert task_node.overrides.container_image == "i"
    assert kept.template == template


def test_other_readers() -> None:
    closure_bytes = (G / "closures" / "mid_wf.pb").read_bytes()
    wf = FlyteWorkflow.from_bytes(closure_bytes, kind="closure")
    assert wf.compiled_closure == CompiledWorkflowClosure.from_bytes(closure_bytes)
    assert [t.name for t in wf.flyte_tasks] == ["graphs.tasks.add", "graphs.tasks.double",
                                                "graphs.tasks.square"]
    spec = spec_of("mid_wf")
    assert spec.template is not None
    from_template = FlyteWorkflow.from_bytes(spec.template.to_bytes(), kind="template")
    assert from_template.template == spec.template
    assert from_template.nodes[0].flyte_entity is None  # no sub-workflows given
    from flyte_lite.models.admin.workflow import Workflow, WorkflowClosure

    admin = Workflow(
        id=attrs.evolve(spec.template.id, project="p", domain="d", version="v"),
        closure=WorkflowClosure(compiled_workflow=CompiledWorkflowClosure.from_bytes(closure_bytes)),
        short_description="mid",
    )
    fetched = FlyteWorkflow.from_bytes(admin.to_bytes(), kind="workflow")
    assert fetched.id.project == "p" and fetched.template.id is not None
    assert fetched.docs is not None and fetched.docs.short_description == "mid"
    with pytest.raises(ValueError, match="kind must be"):
        FlyteWorkflow.from_bytes(b"", kind="task")  # type: ignore[arg-type]


def test_missing_references_are_named() -> None:
    spec = spec_of("mid_wf")
    assert spec.template is not None
    with pytest.raises(ValueError, match=r"node 'n0': sub-workflow 'graphs\.nested\.inner_wf' "):
        FlyteWorkflow.promote_from_model(spec.template, sub_workflows=[], tasks=[])
    with pytest.raises(ValueError, match=r"inner_wf': node 'n0': task 'graphs\.tasks\.double' "):
        FlyteWorkflow.promote_from_model(
            spec.template, sub_workflows=list(spec.sub_workflows), tasks=[]
        )
    bad = attrs.evolve(
        spec.template,
        nodes=[attrs.evolve(spec.template.nodes[1], upstream_node_ids=["nope"])],
    )
    with pytest.raises(ValueError, match="waits for 'nope'"):
        FlyteWorkflow.promote_from_model(bad)


def test_sub_workflow_cycle_is_an_error() -> None:
    spec = spec_of("mid_wf")
    assert spec.template is not None
    looping = attrs.evolve(spec.template, nodes=spec.template.nodes[:1])
    assert looping.nodes[0].workflow_node is not None
    selfref = attrs.evolve(
        looping,
        nodes=[
            attrs.evolve(
                looping.nodes[0],
                workflow_node=attrs.evolve(
                    looping.nodes[0].workflow_node, sub_workflow_ref=looping.id
                ),
            )
        ],
    )
    with pytest.raises(ValueError, match="cycle"):
        FlyteWorkflow.promote_from_model(selfref, sub_workflows=[selfref])


# --- launch plans -------------------------------------------------------------------------------


@pytest.mark.parametrize("short", sorted(oracle("launch_plans")["launch_plans"]))
def test_launch_plan_properties_are_flytekits(short: str) -> None:
    rec = oracle("launch_plans")["launch_plans"][short]
    data = (G / rec["fixture"]).read_bytes()
    message = LaunchPlan.from_bytes(data)
    assert message.id is not None and message.spec is not None
    lp = FlyteLaunchPlan.promote_from_model(message.id, message.spec)
    assert lp == FlyteLaunchPlan.from_bytes(data)
    assert id_json(lp.id) == rec["id"]
    assert lp.name == rec["name"]
    assert id_json(lp.workflow_id) == rec["workflow_id"]
    assert lp.interface is None and rec["interface"] is None
    assert lp.flyte_workflow is None and rec["flyte_workflow"] is None
    if "value" in rec["is_scheduled"]:
        assert lp.is_scheduled is rec["is_scheduled"]["value"]
    else:  # flytekit raises AttributeError without a schedule
        assert lp.is_scheduled is False
        assert "AttributeError" in json.dumps(rec["is_scheduled"])
    assert lp.entity_type_text == rec["entity_type_text"]
    assert lp.resource_type == rec["resource_type"] == ResourceType.LAUNCH_PLAN
    assert lp.max_parallelism == rec["max_parallelism"]
    # flytekit loses the fields it does not copy (overwrite_cache); ours keeps them
    lost: dict[str, Any] = {
        name: attrs.fields_dict(LaunchPlanSpec)[name].default
        for name in rec["spec_fields_lost_by_promote"]
    }
    # and it writes an empty auth_role when there is none
    lost["auth_role"] = lp.auth_role or AuthRole()
    assert hexof(attrs.evolve(lp.to_flyte_idl(), **lost)) == rec["to_flyte_idl_deterministic_hex"]
    assert lp.to_flyte_idl() == message.spec
    assert FlyteLaunchPlan.from_bytes(data).to_launch_plan().to_bytes() == data
    assert FlyteLaunchPlan.from_json(lp.to_json(), kind="spec", id=lp.id) == lp


def test_launch_plan_keeps_overwrite_cache() -> None:
    lp = FlyteLaunchPlan.from_bytes((G / "launch_plans" / "lp_cron.pb").read_bytes())
    assert lp.overwrite_cache is True


def test_launch_plan_constructor_is_flytekits() -> None:
    wid = Identifier(resource_type=ResourceType.WORKFLOW, name="wf")
    lp_id = Identifier(resource_type=ResourceType.LAUNCH_PLAN, name="lp")
    lp = FlyteLaunchPlan(lp_id, wid, None, None, None, None, None, None, None, None, None, None)
    assert lp.workflow_id == wid and lp.max_parallelism == 0 and lp.is_scheduled is False
    with pytest.raises(TypeError, match="unknown argument"):
        FlyteLaunchPlan(lp_id, bogus=1)
    with pytest.raises(ValueError, match="launches workflow 'wf'"):
        lp.with_workflow(promoted("mid_wf", "promote_from_model"))


# --- calls inside compiling() -------------------------------------------------------------------


def complete(value: Any) -> Any:
    """``value`` with every Identifier completed as cases.json's id_completion."""
    ids = compile_cases()["id_completion"]
    if isinstance(value, Identifier):
        return attrs.evolve(value, project=ids["project"], domain=ids["domain"],
                            version=ids["version"])
    if isinstance(value, Message):
        changes = {}
        for f in attrs.fields(type(value)):
            old = getattr(value, f.name)
            new = complete(old)
            if new is not old:
                changes[f.name] = new
        return attrs.evolve(value, **changes) if changes else value
    if isinstance(value, (list, tuple)):
        items = [complete(v) for v in value]
        return type(value)(items) if any(a is not b for a, b in zip(items, value)) else value
    if isinstance(value, dict):
        new_map = {k: complete(v) for k, v in value.items()}
        return new_map if any(new_map[k] is not value[k] for k in value) else value
    return value


@cache
def entities() -> dict[str, Any]:
    out: dict[str, Any] = {}
    workflows: dict[str, FlyteWorkflow] = {}

    def workflow(short: str) -> FlyteWorkflow:
        if short not in workflows:
            spec = complete(spec_of(short))
            workflows[short] = FlyteWorkflow.from_flyte_idl(spec)
        return workflows[short]

    for name, rec in compile_cases()["entities"].items():
        path = FIXTURES / rec["fixture"].replace("graphs_out/", "graphs_out/")
        if not path.exists():
            path = G / rec["fixture"]
        kind = rec["python_type"]
        if kind == "FlyteWorkflow":
            out[name] = workflow(Path(rec["fixture"]).stem)
        elif kind == "FlyteLaunchPlan":
            message = complete(LaunchPlan.from_bytes(path.read_bytes()))
            wf = workflow(message.spec.workflow_id.name.split(".")[-1])
            out[name] = FlyteLaunchPlan.promote_from_model(message.id, message.spec,
                                                           flyte_workflow=wf)
        else:
            out[name] = FlyteTask.from_flyte_idl(complete(FlyteTask.from_bytes(
                path.read_bytes()).to_flyte_idl()))
        assert id_json(out[name].id) == rec["id"]
    return out


def argument(spec: dict[str, Any], produced: dict[str, Any]) -> Any:
    if spec["kind"] == "promise":
        if spec["node_id"] == "":
            return Promise(spec["var"])
        result = produced[spec["node_id"]]
        return result.output(spec["var"]) if not isinstance(result, Promise) else result
    return spec["value"]


@pytest.mark.parametrize("case", compile_cases()["cases"], ids=lambda c: c["name"])
def test_calls_make_flytekits_nodes(case: dict[str, Any]) -> None:
    produced: dict[str, Any] = {}
    with compiling() as wf:
        for call in case["calls"]:
            kwargs = {k: argument(v, produced) for k, v in call["kwargs"].items()}
            result = entities()[call["entity"]](**kwargs)
            produced[wf.nodes[-1].id] = result
    assert [n.id for n in wf.nodes] == case["expected_node_ids"]
    for node, name in zip(wf.nodes, case["node_files"], strict=True):
        assert node.to_bytes(deterministic=True) == (COMPILE / name).read_bytes(), name


def test_call_errors_are_flytekits() -> None:
    errors = compile_cases()["errors"]
    e = entities()
    with compiling():
        with pytest.raises(FlyteAssertion, match="Missing input `y`"):
            e["mid_wf"](x=1)
        with pytest.raises(FlyteAssertion) as info:
            e["inner_wf"](x=1, z=2)
        assert info.value.args[0] == errors["wf_extra_input"]["args0"]
        with pytest.raises(FlyteAssertion) as info:
            e["inner_wf"](1)
        assert info.value.args[0] == errors["wf_positional"]["args0"]
        with pytest.raises(FlyteAssertion) as info:
            e["lp_cron"](y=1)
        assert info.value.args[0] == errors["lp_fixed_given"]["args0"]
        with pytest.raises(FlyteAssertion, match=r"Too many inputs for \[lp_rate\].*'bogus'"):
            e["lp_rate"](bogus=1)
        bare = FlyteLaunchPlan.promote_from_model(e["lp_rate"].id, e["lp_rate"].spec)
        with pytest.raises(FlyteAssertion, match="has no interface"):
            bare(x=1)
        with pytest.raises(TypeError, match="cannot be overridden on a node calling a workflow"):
            e["inner_wf"](x=1).with_overrides(container_image="img")
    for name, key in (("inner_wf", "wf_outside_compile"), ("lp_rate", "lp_outside_compile")):
        with pytest.raises(AssertionError) as outside:
            e[name](x=1)
        assert outside.value.args[0] == errors[key]["args0"]


# --- to_spec ------------------------------------------------------------------------------------


def test_to_spec_remote_tasks_wf() -> None:
    e = entities()
    with compiling() as wf:
        a = e["add_one"](x=wf.input("x"))
        b = e["add_one"](x=a)
        out = e["make_str"](n=b, prefix=wf.input("prefix"))
    spec = wf.to_spec("make_graph_goldens.remote_tasks_wf", out, project="flytesnacks",
                      domain="development", version="v1")
    assert spec.to_bytes(deterministic=True) == (COMPILE / "remote_tasks_wf.spec.pb").read_bytes()


def test_to_spec_remote_mixed_wf() -> None:
    e = entities()
    with compiling() as wf:
        x = wf.input("x")
        a = e["add_one"](x=x)
        m = e["mid_wf"](x=a, y=x)
        lp = e["inner_lp"](x=m)
        out = (lp, e["make_str"](n=a, prefix="v"))
    spec = wf.to_spec("make_graph_goldens.remote_mixed_wf", out, project="flytesnacks",
                      domain="development", version="v1")
    golden = (COMPILE / "remote_mixed_wf.spec.pb").read_bytes()
    # the sub-workflows are the registered templates as read; flytekit copies its promoted
    # ones, which lose the task nodes' (here empty) overrides
    assert spec.sub_workflows == [entities()["mid_wf"].sub_workflows[0],
                                  entities()["mid_wf"].template]
    assert spec.to_bytes(deterministic=True) != golden
    flytekits = attrs.evolve(spec, sub_workflows=[
        attrs.evolve(t, nodes=[flytekit_node(n, False, sorted(n.upstream_node_ids))
                               for n in t.nodes])
        for t in spec.sub_workflows
    ])
    assert flytekits.to_bytes(deterministic=True) == golden
    again = FlyteWorkflow.from_flyte_idl(spec)
    assert [s.name for s in again.flyte_sub_workflows] == ["graphs.nested.mid_wf"]


def test_to_spec_input_types() -> None:
    e = entities()
    with compiling() as wf:
        e["add_one"](x=wf.input("x"))
        e["make_str"](n=wf.input("x"), prefix=wf.input("x"))
    with pytest.raises(ValueError, match=r"workflow input 'x' is not known.*different types"):
        wf.to_spec("w")
    with compiling() as wf:
        out = e["add_one"](x=wf.input("x")).x  # an attribute path has no type
    with pytest.raises(ValueError, match="output 'o0'"):
        wf.to_spec("w", out)
    with compiling() as wf:
        typed = wf.input("y", LiteralType(simple=SimpleType.INTEGER))
    spec = wf.to_spec("w", {"out": typed})
    assert spec.template is not None and spec.template.interface is not None
    assert spec.template.interface.outputs is not None
    assert list(spec.template.interface.outputs.variables) == ["out"]
    with pytest.raises(TypeError, match="must be a Promise"):
        wf.to_spec("w", 3)


# --- signatures ---------------------------------------------------------------------------------

CLASSES = {
    "FlyteWorkflow": FlyteWorkflow,
    "FlyteLaunchPlan": FlyteLaunchPlan,
    "FlyteNode": FlyteNode,
    "FlyteTaskNode": FlyteTaskNode,
    "FlyteWorkflowNode": FlyteWorkflowNode,
    "FlyteBranchNode": FlyteBranchNode,
    "FlyteGateNode": FlyteGateNode,
    "FlyteArrayNode": FlyteArrayNode,
}


def parameter_names(signature: str) -> list[str]:
    """The positional-or-keyword parameter names of a signature text like ``(self, a: X = 1)``."""
    depth = 0
    parts, current = [], ""
    for ch in signature.strip()[1:signature.rindex(")")]:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    names = [p.split(":")[0].split("=")[0].strip() for p in parts if p.strip()]
    return [n for n in names if n not in ("self", "cls")]


def our_names(function: Any) -> list[str]:
    return [
        p.name
        for p in inspect.signature(function).parameters.values()
        if p.kind in (p.POSITIONAL_OR_KEYWORD, p.VAR_POSITIONAL, p.VAR_KEYWORD)
        and p.name not in ("self", "cls")
    ]


@pytest.mark.parametrize("name", sorted(CLASSES))
def test_signatures_are_flytekits(name: str) -> None:
    rec = oracle("signatures")["classes"][name]
    cls = CLASSES[name]
    ours = [n.lstrip("*") for n in our_names(cls.__init__)]
    assert ours == [n.lstrip("*") for n in parameter_names(rec["init_signature"])]
    for member in rec["members"]:
        attr = inspect.getattr_static(cls, member["name"], None)
        if attr is None:
            for base in cls.__mro__:
                attr = base.__dict__.get(member["name"])
                if attr is not None:
                    break
        assert attr is not None, f"{name}.{member['name']} is missing"
        kind = member["kind"]
        if kind == "property":
            assert isinstance(attr, property), f"{name}.{member['name']} is not a property"
        elif kind == "classmethod":
            assert isinstance(attr, classmethod), f"{name}.{member['name']} is not a classmethod"
            assert our_names(getattr(cls, member["name"])) == parameter_names(member["signature"])
        else:
            assert callable(attr), f"{name}.{member['name']} is not a method"
            theirs = [n.lstrip("*") for n in parameter_names(member["signature"])]
            assert [n.lstrip("*") for n in our_names(attr)] == theirs, member["name"]


# --- constructors, readers, hostile bytes -----------------------------------------------------


def test_node_constructors_are_flytekits() -> None:
    task = package_tasks()["graphs.tasks.add"]
    first = FlyteNode("a", [], [], None, task_node=FlyteTaskNode(task))
    second = FlyteNode("b", [first], [], None, gate_node=FlyteGateNode(approve=None,
                       sleep=SleepCondition(duration=Duration(seconds=5))))
    assert second.upstream_node_ids == ["a"] and second.upstream_nodes == (first,)
    assert second.to_flyte_idl().upstream_node_ids == ["a"]
    assert first.flyte_entity is task and first.task_node is not None
    assert first.task_node.reference_id == task.id
    assert isinstance(second.flyte_entity, FlyteGateNode)
    with pytest.raises(FlyteAssertion, match="must have one of"):
        FlyteNode("c", [], [], None)
    with pytest.raises(ValueError, match="not both"):
        FlyteWorkflowNode(flyte_workflow=promoted("mid_wf", "promote_from_model"),
                          flyte_launch_plan=entities()["lp_rate"])
    array = FlyteArrayNode(first, 2, None, 0.5)
    assert array.min_success_ratio == 0.5 and array.flyte_node is first
    wf = FlyteWorkflow(
        Identifier(resource_type=ResourceType.WORKFLOW, name="w"), [first, second], None,
        [], None, None, tasks=[task], failure_node=first,
    )
    assert [n.id for n in wf.nodes] == ["a", "b"] and wf.failure_node is first
    assert FlyteWorkflow.from_bytes(wf.serialize_to_string()).template == wf.template
    assert wf.flyte_tasks == (task,)
    # a node message read alone: its references unresolved
    read = FlyteNode.from_flyte_idl(spec_of("mid_wf").template.nodes[0])  # type: ignore[union-attr]
    assert read.flyte_entity is None and read.workflow_node is not None
    gate = FlyteGateNode.from_flyte_idl(second.to_flyte_idl().gate_node)
    assert gate.sleep == second.gate_node.sleep  # type: ignore[union-attr]
    with pytest.raises(TypeError, match="needs a GateNode"):
        FlyteGateNode.from_flyte_idl(second.to_flyte_idl())


def test_workflows_are_values() -> None:
    a = FlyteWorkflow.from_bytes((G / "workflow_specs" / "mid_wf.pb").read_bytes())
    b = FlyteWorkflow.from_bytes((G / "workflow_specs" / "mid_wf.pb").read_bytes())
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert a != FlyteWorkflow.from_bytes((G / "workflow_specs" / "inner_wf.pb").read_bytes())
    import pickle

    assert pickle.loads(pickle.dumps(a)) == a
    lp = FlyteLaunchPlan.from_bytes((G / "launch_plans" / "lp_rate.pb").read_bytes())
    assert pickle.loads(pickle.dumps(lp)) == lp and hash(lp) == hash(lp.with_workflow(
        FlyteWorkflow.from_bytes((G / "workflow_specs" / "lp_target.pb").read_bytes())))


@pytest.mark.parametrize("folder", ["workflow_specs", "launch_plans"])
def test_mutated_bytes_raise_clear_errors(folder: str) -> None:
    import contextlib
    import random

    from flyte_lite.wire import DecodeError

    rng = random.Random(14)
    read = FlyteWorkflow.from_bytes if folder == "workflow_specs" else FlyteLaunchPlan.from_bytes
    for path in sorted((G / folder).glob("*.pb")):
        data = path.read_bytes()
        for _ in range(examples(240)):
            mutated = bytearray(data)
            for _ in range(rng.randint(1, 4)):
                mutated[rng.randrange(len(mutated))] = rng.randrange(256)
            # DecodeError is a ValueError; a bad reference raises one too; nothing else
            with contextlib.suppress(DecodeError, ValueError):
                read(bytes(mutated))


def test_flyteidl_objects_are_read_through_their_bytes() -> None:
    from flyteidl.admin import launch_plan_pb2, workflow_pb2
    from flyteidl.core import workflow_pb2 as core_workflow_pb2

    data = (G / "workflow_specs" / "mid_wf.pb").read_bytes()
    assert FlyteWorkflow.from_flyte_idl(workflow_pb2.WorkflowSpec.FromString(data)) == (
        FlyteWorkflow.from_bytes(data)
    )
    lp_data = (G / "launch_plans" / "lp_cron.pb").read_bytes()
    assert FlyteLaunchPlan.from_flyte_idl(launch_plan_pb2.LaunchPlan.FromString(lp_data)) == (
        FlyteLaunchPlan.from_bytes(lp_data)
    )
    with pytest.raises(TypeError, match=r"cannot make a workflow from a protobuf flyteidl\.core"
                                        r"\.Node; it takes flyteidl\.admin\.WorkflowSpec, "):
        FlyteWorkflow.from_flyte_idl(core_workflow_pb2.Node())
    with pytest.raises(TypeError, match="needs an admin LaunchPlan"):
        FlyteLaunchPlan.from_flyte_idl(LaunchPlanSpec())


def test_a_sub_workflow_without_an_id_is_a_bad_value() -> None:
    # a WorkflowSpec whose one sub-workflow has no id (found by the ci profile's mutations)
    with pytest.raises(ValueError, match=r"sub_workflows\[0\] has no id"):
        FlyteWorkflow.from_bytes(bytes.fromhex("0a080a060802220277661200"))
