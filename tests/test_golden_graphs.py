"""Workflows, launch plans, compiled closures and nodes written by flytekit, against upb.

Every ``.pb`` of tests/fixtures/graphs_out (and tests/fixtures/workflow_specs, launch_plans)
decodes, re-encodes byte-exact, writes upb's deterministic bytes, and has json_format's JSON
both ways. The fields flytekit cannot write are checked on messages built with upb.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from google.protobuf import json_format

import flyte_lite
from flyte_lite.models.admin.launch_plan import LaunchPlan, LaunchPlanSpec
from flyte_lite.models.core.execution import QualityOfService
from tests.conftest import FIXTURES, reference_class

OUT = FIXTURES / "graphs_out"
PACKAGE_KINDS = {
    "1": "flyteidl.admin.TaskSpec",
    "2": "flyteidl.admin.WorkflowSpec",
    "3": "flyteidl.admin.LaunchPlan",
}


def _kind(path: Path) -> str:
    """The message type a fixture holds, by where it lies and how it is named."""
    folder = path.parent.name
    if folder == "workflow_specs" or path.name.endswith(".spec.pb"):
        return "flyteidl.admin.WorkflowSpec"
    if folder == "launch_plans":
        return "flyteidl.admin.LaunchPlan"
    if folder == "closures":
        return "flyteidl.core.CompiledWorkflowClosure"
    if folder == "tasks":
        return "flyteidl.admin.TaskSpec"
    if folder == "serialized":
        return PACKAGE_KINDS[path.stem[-1]]
    assert folder == "compile" and "_node" in path.stem, path
    return "flyteidl.core.Node"


FILES = sorted(
    [
        *(p for p in OUT.glob("*/*.pb")),
        *(FIXTURES / "workflow_specs").glob("*.pb"),
        *(FIXTURES / "launch_plans").glob("*.pb"),
    ]
)
CASES = [(_kind(p), p) for p in FILES]
JSON_OPTIONS = [
    {},
    {
        "preserving_proto_field_name": True,
        "always_print_fields_with_no_presence": True,
        "use_integers_for_enums": True,
    },
]


def _id(case: Any) -> str:
    if isinstance(case, Path):
        return f"{case.parent.name}/{case.stem}"
    return ""


def test_every_kind_has_fixtures() -> None:
    kinds = [kind for kind, _ in CASES]
    for kind in (*PACKAGE_KINDS.values(), "flyteidl.core.CompiledWorkflowClosure"):
        assert kinds.count(kind) >= 10, kind
    assert kinds.count("flyteidl.core.Node") >= 10
    assert len({p.parent for p in FILES}) == 8  # graphs_out's six folders and two more


@pytest.mark.parametrize(("kind", "path"), CASES, ids=_id)
def test_round_trip_matches_reference(kind: str, path: Path) -> None:
    data = path.read_bytes()
    ours = flyte_lite.message_class(kind).from_bytes(data)
    ref = reference_class(kind).FromString(data)
    assert ours.to_bytes() == data
    assert ours.to_bytes(deterministic=True) == ref.SerializeToString(deterministic=True)
    assert reference_class(kind).FromString(ours.to_bytes()) == ref


@pytest.mark.parametrize("options", JSON_OPTIONS, ids=["defaults", "all"])
@pytest.mark.parametrize(("kind", "path"), CASES, ids=_id)
def test_json_matches_reference(kind: str, path: Path, options: dict[str, bool]) -> None:
    data = path.read_bytes()
    cls = flyte_lite.message_class(kind)
    ours = cls.from_bytes(data)
    ref = reference_class(kind).FromString(data)
    assert ours.to_dict(**options) == json_format.MessageToDict(ref, **options)
    text = json_format.MessageToJson(ref, **options)
    assert json.loads(ours.to_json(**options)) == json.loads(text)
    assert cls.from_json(text) == ours
    assert cls.from_json(ours.to_json(**options)) == ours


# -- what flytekit 1.15.4 cannot write, built with upb ------------------------------------


def _rich_launch_plan() -> Any:
    """A reference LaunchPlan with envs, a concurrency policy, a quality of service,
    execution env assignments, a cluster assignment and launch conditions."""
    R = reference_class
    spec = R("flyteidl.admin.LaunchPlanSpec")(
        workflow_id=R("flyteidl.core.Identifier")(
            resource_type=2, project="p", domain="d", name="wf", version="v1"
        ),
        envs=R("flyteidl.admin.Envs")(
            values=[
                R("flyteidl.core.KeyValuePair")(key="A", value="1"),
                R("flyteidl.core.KeyValuePair")(key="B", value=""),
            ]
        ),
        concurrency_policy=R("flyteidl.admin.ConcurrencyPolicy")(max=3, behavior=1),
        quality_of_service=R("flyteidl.core.QualityOfService")(
            spec=R("flyteidl.core.QualityOfServiceSpec")(
                queueing_budget=R("google.protobuf.Duration")(seconds=90, nanos=5)
            )
        ),
        execution_env_assignments=[
            R("flyteidl.core.ExecutionEnvAssignment")(
                node_ids=["n0", "n1"],
                task_type="python-task",
                execution_env=R("flyteidl.core.ExecutionEnv")(
                    name="env", type="ray", version="2", spec={"workers": 4, "gpu": True}
                ),
            ),
            R("flyteidl.core.ExecutionEnvAssignment")(
                execution_env=R("flyteidl.core.ExecutionEnv")(extant={"cluster": "c1"})
            ),
        ],
        cluster_assignment=R("flyteidl.admin.ClusterAssignment")(cluster_pool_name="gpu"),
        interruptible=R("google.protobuf.BoolValue")(value=False),
        max_parallelism=7,
    )
    spec.entity_metadata.launch_conditions.Pack(R("flyteidl.core.Identifier")(name="cond"))
    return R("flyteidl.admin.LaunchPlan")(spec=spec)


def test_fields_flytekit_cannot_write() -> None:
    ref = _rich_launch_plan()
    data = ref.SerializeToString()
    ours = LaunchPlan.from_bytes(data)
    assert ours.to_bytes() == data
    assert ours.to_bytes(deterministic=True) == ref.SerializeToString(deterministic=True)
    spec = ours.spec
    assert isinstance(spec, LaunchPlanSpec)
    assert spec.envs is not None and [(kv.key, kv.value) for kv in spec.envs.values] == [
        ("A", "1"),
        ("B", ""),
    ]
    assert spec.concurrency_policy is not None
    assert spec.concurrency_policy.behavior.name == "CONCURRENCY_LIMIT_BEHAVIOR_SKIP"
    assert spec.quality_of_service is not None and spec.quality_of_service.tier is None
    assert spec.quality_of_service.which_oneof("designation") == "spec"
    envs = spec.execution_env_assignments
    assert [e.execution_env.which_oneof("environment") for e in envs] == ["spec", "extant"]
    assert envs[0].execution_env.spec == {"workers": 4.0, "gpu": True}
    assert spec.interruptible is False
    for options in JSON_OPTIONS:
        assert ours.to_dict(**options) == json_format.MessageToDict(ref, **options)
        assert LaunchPlan.from_json(json_format.MessageToJson(ref, **options)) == ours


def test_built_without_bytes_encodes_like_upb() -> None:
    ref = _rich_launch_plan()
    built = LaunchPlan.from_json(json_format.MessageToJson(ref))
    assert built.to_bytes(deterministic=True) == ref.SerializeToString(deterministic=True)
    tier = QualityOfService(tier=QualityOfService.Tier.HIGH)
    ref_tier = reference_class("flyteidl.core.QualityOfService")(tier=1)
    assert tier.to_bytes() == ref_tier.SerializeToString()
