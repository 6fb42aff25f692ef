"""The one walker (issue 13 item 3): FieldSpec's default and "is this field set" rule, and
the one field-path error base every error with a path derives from."""

from __future__ import annotations

import math
import pickle
from typing import Any

import pytest
from hypothesis import given, settings

import flyte_lite
from flyte_lite import DecodeError, EncodeError, FieldPathError, JSONError
from flyte_lite.converter import StructureError, structure, unstructure
from flyte_lite.models import load_all
from flyte_lite.models.admin.task import TaskSpec
from flyte_lite.models.core.tasks import TaskTemplate
from flyte_lite.views.messages import set_fields
from flyte_lite.wire import registered, specs_of
from flyte_lite.wire.fields import is_zero
from flyte_lite.wire.frozen import EMPTY_DICT, EMPTY_LIST
from tests.strategies import examples
from tests.test_json_format import AllKinds, random_messages

load_all()


def test_default_is_what_a_new_message_holds() -> None:
    for cls in registered().values():
        empty = cls()
        for spec in specs_of(cls):
            assert getattr(empty, spec.name) == spec.default, (cls.full_name, spec.name)
            assert not spec.is_set(spec.default), (cls.full_name, spec.name)


def test_default_by_kind() -> None:
    specs = {s.name: s for s in specs_of(TaskTemplate)}
    assert specs["type"].default == ""
    assert specs["task_type_version"].default == 0
    assert specs["id"].default is None  # a message: presence
    assert specs["custom"].default is None  # a Struct
    assert specs["config"].default is EMPTY_DICT
    assert specs["container"].default is None  # a oneof member
    assert specs_of(flyte_lite.message_class("flyteidl.core.Container"))[2].default is EMPTY_LIST


@pytest.mark.parametrize(
    ("value", "zero"),
    [(0, True), (0.0, True), (-0.0, False), (math.nan, False), (1e-300, False), ("", True),
     (b"", True), (False, True), ([], True), ({}, True), ([0], False), ("a", False)],
)
def test_is_zero(value: Any, zero: bool) -> None:
    assert is_zero(value) is zero


def test_is_set_with_presence() -> None:
    (spec,) = [s for s in specs_of(TaskTemplate) if s.name == "id"]
    assert spec.is_set(flyte_lite.message_class("flyteidl.core.Identifier")())
    assert not spec.is_set(None)


@settings(max_examples=examples(200))
@given(random_messages(max_depth=2, unknown=False))
def test_set_fields_are_the_fields_the_reference_lists(case: tuple[str, Any]) -> None:
    name, ref = case
    ours = flyte_lite.message_class(name).from_bytes(ref.SerializeToString())
    assert set(set_fields(ours)) == {field.name for field, _ in ref.ListFields()}


def test_a_negative_zero_is_set() -> None:
    """No flyteidl message has a float without presence; the test one has two."""
    assert repr(AllKinds(d=-0.0, f=0.0)) == "AllKinds(d=-0.0)"
    assert unstructure(AllKinds(d=-0.0, f=0.0)) == {"d": -0.0}
    assert unstructure(AllKinds(d=0.0, f=-0.0)) == {"f": -0.0}
    back = structure(unstructure(AllKinds(f=-0.0)), AllKinds)
    assert math.copysign(1.0, back.f) < 0 and back.to_bytes() == AllKinds(f=-0.0).to_bytes()
    assert set_fields(AllKinds(d=-0.0, f=0.0, i32=0, s="x")) == {"d": -0.0, "s": "x"}


def _errors() -> list[FieldPathError]:
    found: list[FieldPathError] = []
    for attempt in (
        lambda: TaskSpec.from_bytes(b"\x0a\x05\x12\x03\xff\xfe\xfd"),
        lambda: TaskTemplate(type=5).to_bytes(),  # type: ignore[arg-type]
        lambda: TaskSpec.from_json('{"template": {"metadata": {"timeout": "30m"}}}'),
        lambda: structure({"template": {"id": {"name": 5}}}, TaskSpec),
    ):
        with pytest.raises(FieldPathError) as caught:
            attempt()
        found.append(caught.value)
    return found


def test_one_error_base() -> None:
    decode, encode, json_error, structure_error = _errors()
    assert isinstance(decode, DecodeError) and decode.path == "template.type"
    assert str(decode) == (
        "flyteidl.admin.TaskSpec.template.type: invalid UTF-8 in string (at byte 4)")
    assert isinstance(encode, EncodeError) and encode.path == "type"
    assert str(encode).startswith("flyteidl.core.TaskTemplate.type: expected string")
    assert isinstance(json_error, JSONError) and json_error.path == "template.metadata.timeout"
    assert str(json_error).startswith("flyteidl.admin.TaskSpec: template.metadata.timeout: ")
    assert isinstance(structure_error, StructureError)
    assert str(structure_error) == "template.id.name: expected str, got int 5"
    assert "FieldPathError" in flyte_lite.__all__


def test_errors_pickle_with_their_path() -> None:
    for error in _errors():
        back = pickle.loads(pickle.dumps(error))
        assert type(back) is type(error)
        assert (str(back), back.path, back.reason, back.message) == (
            str(error), error.path, error.reason, error.message)
