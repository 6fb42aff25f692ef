"""flyte_lite.converter: every message to plain snake_case data and back, losslessly."""

from __future__ import annotations

import copy
import math
from pathlib import Path
from typing import Any

import cattrs
import pytest
from hypothesis import given, settings

import flyte_lite
from flyte_lite.converter import StructureError, configure, converter, structure, unstructure
from flyte_lite.message import Message
from flyte_lite.models.admin.task import TaskSpec
from flyte_lite.models.core.identifier import Identifier, ResourceType
from flyte_lite.models.core.tasks import Container, Resources, TaskTemplate
from flyte_lite.wkt import Duration, Struct, Value
from tests.conftest import FIXTURES, TASK_FIXTURES
from tests.strategies import examples
from tests.test_json_format import random_messages


@pytest.fixture(params=TASK_FIXTURES, ids=lambda p: p.stem)
def spec_bytes(request: pytest.FixtureRequest) -> bytes:
    path: Path = request.param
    return path.read_bytes()


def plain_types(data: Any) -> set[type]:
    """Every type in nested plain data."""
    found = {type(data)}
    if isinstance(data, dict):
        for key, value in data.items():
            found |= {type(key)} | plain_types(value)
    elif isinstance(data, list):
        for value in data:
            found |= plain_types(value)
    return found


def test_fixture_round_trip(spec_bytes: bytes) -> None:
    spec = TaskSpec.from_bytes(spec_bytes)
    data = converter.unstructure(spec)
    assert plain_types(data) <= {dict, list, str, int, float, bool, bytes}
    back = converter.structure(data, TaskSpec)
    assert back == spec and back.to_bytes() == spec_bytes


def test_the_plain_form() -> None:
    spec = TaskSpec.from_bytes((FIXTURES / "tasks" / "heavy.pb").read_bytes())
    data = unstructure(spec)
    template = data["template"]
    assert template["id"] == {"resource_type": "TASK", "name": "workflows.typed.heavy"}
    assert template["metadata"]["timeout"] == {"seconds": 1800}
    assert template["metadata"]["retries"] == {"retries": 3}
    assert template["metadata"]["generates_deck"] is True  # BoolValue: a bare bool
    assert template["container"]["resources"]["requests"][0] == {
        "name": "EPHEMERAL_STORAGE",
        "value": "2Gi",
    }
    assert template["extended_resources"]["shared_memory"] == {
        "mount_path": "/dev/shm",
        "mount_name": "flyte-shared-memory",
    }
    assert "task_type_version" not in template and "config" not in template  # defaults
    sql = unstructure(TaskSpec.from_bytes((FIXTURES / "tasks" / "sqlite_query.pb").read_bytes()))
    assert sql["template"]["custom"]["compressed"] is True  # Struct: plain data


def test_what_plain_data_keeps() -> None:
    template = TaskTemplate(
        id=Identifier(resource_type=99),  # an enum number with no name
        container=Container(image="", resources=Resources()),  # set but empty
        custom={"n": 1.5, "raw": Value()},  # a Value with no kind stays a message
        task_type_version=-(2**31),
        _unknown_fields=b"\xf8\x07\x01",
    )
    data = unstructure(template)
    assert data["id"] == {"resource_type": 99}
    assert data["container"] == {"resources": {}}
    assert data["custom"]["raw"] == Value()
    assert data["_unknown_fields"] == b"\xf8\x07\x01"
    back = structure(data, TaskTemplate)
    assert back == template and back.to_bytes() == template.to_bytes()
    node = flyte_lite.message_class("flyteidl.core.ArrayNode")(min_success_ratio=-0.0)
    assert unstructure(node) == {"min_success_ratio": -0.0}
    primitive = flyte_lite.message_class("flyteidl.core.Primitive")
    assert unstructure(primitive(float_value=-0.0)) == {"float_value": -0.0}
    assert unstructure(primitive(float_value=math.nan))["float_value"] != 0


def test_unstructured_data_is_a_copy() -> None:
    template = TaskTemplate(custom={"a": [1.0, {"b": 2.0}]})
    data = unstructure(template)
    data["custom"]["a"][1]["b"] = 3.0
    assert template.custom == {"a": [1.0, {"b": 2.0}]}


def test_structure_accepts_names_numbers_and_nulls() -> None:
    got = structure(
        {
            "id": {"resource_type": 1, "name": "t"},
            "metadata": None,
            "container": {"args": ("a", "b")},
        },
        TaskTemplate,
    )
    assert got == TaskTemplate(
        id=Identifier(resource_type=ResourceType.TASK, name="t"),
        container=Container(args=["a", "b"]),
    )
    assert got.id is not None and got.id.resource_type is ResourceType.TASK


@pytest.mark.parametrize(
    ("data", "path", "reason"),
    [
        ({"template": {"type": 5}}, "template.type", "expected str"),
        (
            {"template": {"id": {"resource_type": "TASKK"}}},
            "template.id.resource_type",
            "no value named 'TASKK'",
        ),
        (
            {"template": {"container": {"args": ["a", None]}}},
            "template.container.args[1]",
            "expected str",
        ),
        ({"template": {"task_type_version": 2**31}}, "template.task_type_version", "out of range"),
        ({"template": {"typo": 1}}, "template.typo", "no field 'typo'"),
        ({"template": {"container": {}, "sql": {}}}, "template", "more than one member"),
        ({"template": {"custom": {"a": {1: 2}}}}, "template.custom.a", "keys are strings"),
        ({"template": {"config": {"k": 1}}}, "template.config['k']", "expected str"),
        ({"template": []}, "template", "expected a dict"),
        ({"_unknown_fields": "x"}, "_unknown_fields", "expected bytes"),
    ],
)
def test_structure_errors_name_the_path(data: Any, path: str, reason: str) -> None:
    with pytest.raises(StructureError) as caught:
        structure(data, TaskSpec)
    assert caught.value.path == path and reason in caught.value.reason
    assert isinstance(caught.value, ValueError)


def test_it_is_a_cattrs_converter() -> None:
    specs = [TaskSpec.from_bytes(p.read_bytes()) for p in TASK_FIXTURES[:3]]
    data = converter.unstructure(specs)
    assert converter.structure(data, list[TaskSpec]) == specs
    assert converter.structure({"d": {"seconds": 5}}, dict[str, Duration]) == {
        "d": Duration(seconds=5)
    }
    mine = configure(cattrs.Converter())
    assert mine.unstructure(specs[0]) == data[0]
    assert mine.structure(data[0], TaskSpec) == specs[0]


def test_well_known_messages_at_the_top() -> None:
    struct = Struct(fields={"a": [1.0, None]})
    assert unstructure(struct) == {"fields": {"a": [1.0, None]}}
    assert structure(unstructure(struct), Struct) == struct
    assert structure({}, Duration) == Duration()


@settings(max_examples=examples(200))
@given(random_messages(max_depth=3))
def test_random_message_round_trip(case: tuple[str, Any]) -> None:
    name, ref = case
    cls = flyte_lite.message_class(name)
    message = cls.from_bytes(ref.SerializeToString())
    data = unstructure(message)
    kept = copy.deepcopy(data)
    back = structure(data, cls)
    assert back.to_bytes() == message.to_bytes()  # bytes: NaN != NaN, but its bits match
    assert isinstance(back, Message)
    assert _has_nan(kept) or data == kept  # structure() left its input alone


def _has_nan(data: Any) -> bool:
    if isinstance(data, float):
        return math.isnan(data)
    if isinstance(data, dict):
        return any(_has_nan(v) for v in data.values())
    if isinstance(data, list):
        return any(_has_nan(v) for v in data)
    return False
