"""Only the documented exceptions, one rule per field kind for both writers, and error
texts for people (issue 10, items 3, 4, 5 and 9); upb and json_format are the oracle."""

from __future__ import annotations

from typing import Any, Callable

import pytest
from google.protobuf import json_format

from flyte_lite import EncodeError, JSONError
from flyte_lite.models import load_all
from flyte_lite.models.core.literals import Primitive
from flyte_lite.models.core.tasks import Container, K8sObjectMetadata, TaskMetadata, TaskTemplate
from flyte_lite.models.core.workflow import ArrayNode
from flyte_lite.remote import FlyteTask
from tests.conftest import FIXTURES, reference_class

load_all()


# -- item 3: only documented exceptions ---------------------------------------------------

@pytest.mark.parametrize("depth", [101, 253, 254, 255, 600, 1023, 1024, 5000, 100_000])
@pytest.mark.parametrize("where", ["struct", "array", "object"])
def test_deep_json_is_a_json_error(depth: int, where: str) -> None:
    inner = {"struct": "[" * depth + "]" * depth,
             "array": "[" * depth + "]" * depth,
             "object": '{"a":' * depth + "1" + "}" * depth}[where]
    text = '{"custom": {"k": ' + inner + '}}' if where != "array" else inner
    with pytest.raises(JSONError):
        TaskTemplate.from_json(text)
    with pytest.raises(json_format.ParseError):
        json_format.Parse(text, reference_class("flyteidl.core.TaskTemplate")())


def test_huge_int_in_a_double_is_refused_by_both_writers() -> None:
    with pytest.raises(EncodeError, match=r"float_value: an integer of 1329 bits is too large"):
        Primitive(float_value=10**400).to_bytes()
    with pytest.raises(JSONError, match=r"floatValue: an integer of 1329 bits is too large"):
        Primitive(float_value=10**400).to_json()
    with pytest.raises(OverflowError):  # upb refuses it too
        reference_class("flyteidl.core.Primitive")(float_value=10**400)


def test_unknown_fields_not_bytes() -> None:
    with pytest.raises(EncodeError,
                       match=r"^flyteidl.core.TaskTemplate._unknown_fields: expected bytes, "
                             r"got str 'abc'$"):
        TaskTemplate(_unknown_fields="abc").to_bytes()  # type: ignore[arg-type]
    assert TaskTemplate(_unknown_fields=bytearray(b"\x98\x06\x01")).to_bytes() == b"\x98\x06\x01"


# -- item 4: one rule per field kind, for bytes and JSON ------------------------------------

def _outcome(write: Callable[[], Any]) -> str:
    try:
        write()
    except (EncodeError, JSONError):
        return "refused"
    return "written"


#: (message, what upb does with the same value)
VALUES = [
    (lambda: TaskTemplate(task_type_version=True), "refused"),  # a bool is no int
    (lambda: TaskTemplate(task_type_version=2**31), "refused"),
    (lambda: Primitive(integer=False), "refused"),
    (lambda: Primitive(float_value=True), "written"),  # a bool is a number
    (lambda: Primitive(float_value=3), "written"),
    (lambda: ArrayNode(min_success_ratio=1e40), "written"),  # +inf in a float field
    (lambda: ArrayNode(min_success_ratio=-1e300), "written"),
    (lambda: Primitive(string_value=b"x"), "refused"),
    (lambda: Primitive(boolean=1), "refused"),
    (lambda: TaskTemplate(type=5), "refused"),
    (lambda: Container(args=["a", None]), "refused"),
]


@pytest.mark.parametrize("i", range(len(VALUES)))
def test_bytes_and_json_agree_on_what_is_valid(i: int) -> None:
    make, upb = VALUES[i]
    message = make()
    assert _outcome(message.to_bytes) == upb
    assert _outcome(message.to_json) == upb
    assert _outcome(message.to_dict) == upb


def test_float_beyond_range_is_infinity_in_json_as_in_bytes() -> None:
    node = ArrayNode(min_success_ratio=1e40)
    reference = reference_class("flyteidl.core.ArrayNode")(min_success_ratio=1e40)
    assert node.to_bytes() == reference.SerializeToString()
    assert node.to_json() == json_format.MessageToJson(reference)
    assert node.to_dict() == json_format.MessageToDict(reference) == {
        "minSuccessRatio": "Infinity"}


# -- item 5: map keys -----------------------------------------------------------------------

@pytest.mark.parametrize(("make", "path"), [
    (lambda: TaskTemplate(custom={None: 1}), r"TaskTemplate.custom\[None\]"),
    (lambda: K8sObjectMetadata(labels={None: "v"}), r"K8sObjectMetadata.labels\[None\]"),
    (lambda: TaskTemplate(config={None: "v"}), r"TaskTemplate.config\[None\]"),
    (lambda: K8sObjectMetadata(annotations={"a": "b", None: "c"}), r"annotations\[None\]"),
])
def test_none_map_key_is_refused(make: Callable[[], Any], path: str) -> None:
    message = make()
    with pytest.raises(EncodeError, match=path + r": expected string, got NoneType None$"):
        message.to_bytes()
    with pytest.raises(EncodeError, match=path):
        message.to_bytes(deterministic=True)
    with pytest.raises(JSONError):
        message.to_json()


def test_flyte_task_replace_refuses_a_none_key() -> None:
    task = FlyteTask.from_bytes((FIXTURES / "tasks" / "add_one.pb").read_bytes())
    with pytest.raises(EncodeError, match=r"custom\[None\]"):
        task.replace(custom={None: 1})


# -- item 9: error texts for people ---------------------------------------------------------

@pytest.mark.parametrize(("message", "text"), [
    (Container(args=["a", 5]), "flyteidl.core.Container.args[1]: expected string, got int 5"),
    (Container(image=b"x"), "flyteidl.core.Container.image: expected string, got bytes b'x'"),
    (TaskTemplate(task_type_version="1"),
     "flyteidl.core.TaskTemplate.task_type_version: expected int32, got str '1'"),
    (Primitive(float_value="1.5"),
     "flyteidl.core.Primitive.float_value: expected double, got str '1.5'"),
    (TaskMetadata(discoverable=None),
     "flyteidl.core.TaskMetadata.discoverable: expected bool, got NoneType None"),
    (Container(env=[5]), "flyteidl.core.Container.env[0]: expected KeyValuePair, got int 5"),
    (Container(args="ab"), "flyteidl.core.Container.args: expected list of string, got str 'ab'"),
])
def test_encode_error_texts_show_no_python_internals(message: Any, text: str) -> None:
    with pytest.raises(EncodeError) as info:
        message.to_bytes()
    assert str(info.value) == text


# -- from_dict takes what ParseDict takes from Python objects -------------------------------

@pytest.mark.parametrize("data", [
    {b"type": "x"},
    {b"task_type_version": 3},
    {"custom": {b"a": 1}},
    {"custom": {"a": {b"b": [1]}}},
    {b"id": {b"name": "n"}},
])
def test_from_dict_takes_bytes_keys_as_parse_dict_does(data: dict[Any, Any]) -> None:
    reference = json_format.ParseDict(data, reference_class("flyteidl.core.TaskTemplate")())
    assert TaskTemplate.from_dict(data).to_bytes(deterministic=True) == \
        reference.SerializeToString(deterministic=True)


@pytest.mark.parametrize("data", [
    {b"nope": 1},
    {b"taskTypeVersion": 3},  # ParseDict finds bytes keys by proto name only
    {b"\xff": 1},
    {"custom": {b"\xff": 1}},
    {"config": {b"a": "b"}},
    {"type": b"x"},
])
def test_from_dict_refuses_bytes_where_parse_dict_does(data: dict[Any, Any]) -> None:
    with pytest.raises(json_format.ParseError):
        json_format.ParseDict(data, reference_class("flyteidl.core.TaskTemplate")())
    with pytest.raises(JSONError):
        TaskTemplate.from_dict(data)


@pytest.mark.parametrize(("values", "text"), [
    ({"f_fixed32": -1}, "f_fixed32: -1 is out of range for fixed32"),
    ({"f_fixed32": True}, "f_fixed32: expected fixed32, got bool True"),
    ({"f_sfixed64": 2**63}, "f_sfixed64: 9223372036854775808 is out of range for sfixed64"),
    ({"f_fixed64": "x"}, "f_fixed64: expected fixed64, got str 'x'"),
    ({"r_fixed32": [1, -1]}, "r_fixed32[1]: -1 is out of range for fixed32"),
])
def test_fixed_width_integers_follow_the_integer_rule(values: dict[str, Any], text: str) -> None:
    from tests.wire.test_codec import AllKinds

    with pytest.raises(EncodeError) as info:
        AllKinds(**values).to_bytes()
    assert str(info.value) == "flyte_lite_test.AllKinds." + text
