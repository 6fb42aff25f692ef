"""The published JSON Schemas: current, valid draft 2020-12, and they admit every JSON
form json_format (and FlyteAdmin, flytectl) writes while refusing what Parse refuses."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from google.protobuf import json_format
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import TASK_FIXTURES, reference_class, reference_dict
from tests.strategies import examples, reference_messages
from tests.test_json_format import DIALECTS, OPTIONS, dialect_json, outcome

SCHEMAS = Path(__file__).parent.parent / "schemas"
_spec = importlib.util.spec_from_file_location("make_json_schema", SCHEMAS / "make_json_schema.py")
assert _spec is not None and _spec.loader is not None
make_json_schema = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_json_schema)

ROOTS = make_json_schema.ROOTS
VALIDATORS = {
    name: jsonschema.Draft202012Validator(json.loads(make_json_schema.path_of(name).read_text()))
    for name in ROOTS
}


def errors(name: str, data: Any) -> list[str]:
    return [
        f"{list(e.absolute_path)}: {e.message[:200]}" for e in VALIDATORS[name].iter_errors(data)
    ]


#: The ``$defs`` entries (as JSON text) that check_schema has passed in a schema checked
#: before: the schemas share most of them (131 distinct among 398).
_CHECKED_DEFS: set[str] = set()


def check_schema(schema: dict[str, Any]) -> None:
    """``Draft202012Validator.check_schema(schema)``, leaving out the ``$defs`` entries it
    has passed already: whether a subschema is valid does not depend on where it is."""
    defs = {
        name: sub
        for name, sub in schema.get("$defs", {}).items()
        if json.dumps(sub, sort_keys=True) not in _CHECKED_DEFS
    }
    jsonschema.Draft202012Validator.check_schema({**schema, "$defs": defs})
    _CHECKED_DEFS.update(json.dumps(sub, sort_keys=True) for sub in defs.values())


@pytest.mark.parametrize("name", ROOTS)
def test_committed_schema_is_current_and_valid(name: str) -> None:
    committed = json.loads(make_json_schema.path_of(name).read_text())
    assert committed == make_json_schema.build(name), "run schemas/make_json_schema.py"
    check_schema(committed)
    assert committed["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("options", OPTIONS, ids=lambda o: "+".join(k for k, v in o.items() if v))
def test_every_fixture_in_every_dialect_is_valid(options: dict[str, bool]) -> None:
    for path in TASK_FIXTURES:
        data = path.read_bytes()
        spec = reference_class("flyteidl.admin.TaskSpec").FromString(data)
        assert errors("flyteidl.admin.TaskSpec",
                      reference_dict("flyteidl.admin.TaskSpec", data, **options)) == []
        template = json_format.MessageToDict(spec.template, **options)
        assert errors("flyteidl.core.TaskTemplate", template) == []


GRAPHS = Path(__file__).parent / "fixtures" / "graphs_out"


def _graph_fixtures() -> list[tuple[str, Any]]:
    """(root, reference message) for flytekit's workflow specs, launch plans and compiled
    closures (each wrapped in the admin Workflow FlyteAdmin would return)."""
    R = reference_class
    out: list[tuple[str, Any]] = []
    for path in sorted((GRAPHS / "workflow_specs").glob("*.pb")):
        out.append(("flyteidl.admin.WorkflowSpec", R("flyteidl.admin.WorkflowSpec").FromString(
            path.read_bytes())))
    for path in sorted((GRAPHS / "launch_plans").glob("*.pb")):
        out.append(("flyteidl.admin.LaunchPlan", R("flyteidl.admin.LaunchPlan").FromString(
            path.read_bytes())))
    for path in sorted((GRAPHS / "closures").glob("*.pb")):
        closure = R("flyteidl.core.CompiledWorkflowClosure").FromString(path.read_bytes())
        workflow = R("flyteidl.admin.Workflow")(id=closure.primary.template.id)
        workflow.closure.compiled_workflow.CopyFrom(closure)
        workflow.closure.created_at.FromSeconds(1_700_000_000)
        out.append(("flyteidl.admin.Workflow", workflow))
    return out


@pytest.mark.parametrize("options", OPTIONS, ids=lambda o: "+".join(k for k, v in o.items() if v))
def test_every_graph_fixture_is_valid(options: dict[str, bool]) -> None:
    cases = _graph_fixtures()
    assert {name for name, _ in cases} == set(ROOTS[3:])
    for name, ref in cases:
        assert errors(name, json_format.MessageToDict(ref, **options)) == []


@pytest.mark.parametrize("dialect", DIALECTS)
def test_admin_task_dialects_are_valid(dialect: str) -> None:
    for path in TASK_FIXTURES:
        assert errors("flyteidl.admin.Task", dialect_json(path.read_bytes(), "t", dialect)) == []


@settings(max_examples=examples(120))
@given(
    st.sampled_from(ROOTS).flatmap(
        lambda name: st.tuples(
            st.just(name), reference_messages(reference_class(name).DESCRIPTOR, max_depth=3)
        )
    ),
    st.sampled_from(OPTIONS),
)
def test_random_messages_json_is_valid(case: tuple[str, Any], options: dict[str, bool]) -> None:
    name, ref = case
    data = outcome(lambda: json_format.MessageToDict(ref, **options))
    if not isinstance(data, Exception):  # NaN in a Struct has no JSON form at all
        assert errors(name, json.loads(json.dumps(data))) == []


REJECTED = [
    {"template": {"zzz": 1}},  # unknown field
    {"template": {"container": {}, "k8sPod": {}}},  # two members of a oneof
    {"template": {"k8sPod": {}, "k8s_pod": {}}},  # ... under either name
    {"template": {"metadata": {"interruptible": "yes"}}},
    {"template": {"metadata": {"timeout": "30m"}}},
    {"template": {"container": {"args": [None]}}},
    {"template": {"id": {"resourceType": "TASKS"}}},
    {"template": {"taskTypeVersion": 2**31}},
    {"template": {"custom": []}},
    {"template": "x"},
]


@pytest.mark.parametrize("data", REJECTED, ids=lambda d: json.dumps(d)[:50])
def test_what_parse_rejects_the_schema_rejects(data: Any) -> None:
    with pytest.raises(json_format.ParseError):
        json_format.ParseDict(data, reference_class("flyteidl.admin.TaskSpec")())
    assert errors("flyteidl.admin.TaskSpec", data) != []


def test_nulls_and_both_names_are_admitted() -> None:
    data = {
        "template": {
            "container": None,
            "k8s_pod": {"pod_spec": {"a": [1]}},
            "task_type_version": "3",
            "metadata": {"timeout": "1.5s", "retries": None},
        },
        "description": None,
    }
    json_format.ParseDict(data, reference_class("flyteidl.admin.TaskSpec")())
    assert errors("flyteidl.admin.TaskSpec", data) == []


GRAPH_REJECTED = [
    ("flyteidl.admin.WorkflowSpec", {"template": {"nodes": [{"zzz": 1}]}}),
    ("flyteidl.admin.WorkflowSpec", {"template": {"metadata": {"onFailure": "NEVER"}}}),
    ("flyteidl.admin.WorkflowSpec", {"subWorkflows": {}}),
    ("flyteidl.admin.LaunchPlan", {"spec": {"entityMetadata": {"schedule": {
        "cronSchedule": {"schedule": "* * * * *"}, "rate": {"value": 1}}}}}),
    ("flyteidl.admin.LaunchPlan", {"spec": {"maxParallelism": "many"}}),
    ("flyteidl.admin.LaunchPlan", {"spec": {"entityMetadata": {"launchConditions": {"a": 1}}}}),
    ("flyteidl.admin.LaunchPlan", {"closure": {"state": "PAUSED"}}),
    ("flyteidl.admin.Workflow", {"closure": {"createdAt": "yesterday"}}),
]


@pytest.mark.parametrize(("name", "data"), GRAPH_REJECTED, ids=lambda d: json.dumps(d)[:50])
def test_what_parse_rejects_in_graphs_the_schema_rejects(name: str, data: Any) -> None:
    with pytest.raises(json_format.ParseError):
        json_format.ParseDict(data, reference_class(name)())
    assert errors(name, data) != []


def test_any_forms_are_admitted() -> None:
    for conditions in ({}, {"@type": "type.googleapis.com/flyteidl.core.Identifier", "name": "n"}):
        data = {"spec": {"entityMetadata": {"launchConditions": conditions}}}
        json_format.ParseDict(data, reference_class("flyteidl.admin.LaunchPlan")())
        assert errors("flyteidl.admin.LaunchPlan", data) == []
