"""flyte_lite against the reference (flyteidl on upb) on random messages of every type.

The reference builds random messages (tests/strategies.py); for each one:

- its bytes decode in flyte_lite and re-encode byte for byte (map entries keep the
  order received, so this holds for any number of entries), and deterministic
  encodings agree with upb's;
- the same content built through flyte_lite's constructors (no bytes involved) encodes
  to what upb reads as the same message, and equals what flyte_lite decodes;
- concatenated encodings (protobuf's merge: singular messages merge, scalars and
  oneofs last-wins, repeated fields append, map keys last-wins) decode to what upb
  decodes.
"""

from __future__ import annotations

import functools
import math
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import flyte_lite
from flyte_lite.models import message_classes
from tests.conftest import reference_class
from tests.strategies import examples, reference_messages, to_ours

ALL = list(message_classes())
TOP = [
    "flyteidl.admin.TaskSpec",
    "flyteidl.core.TaskTemplate",
    "flyteidl.admin.Task",
    "flyteidl.core.Node",
    "flyteidl.core.LiteralType",
    "flyteidl.core.Literal",
    "google.protobuf.Struct",
    "flyteidl.admin.TaskList",
    "flyteidl.admin.TaskCreateRequest",
    "flyteidl.admin.Projects",
    "google.rpc.Status",
    "flyteidl.admin.WorkflowSpec",
    "flyteidl.admin.Workflow",
    "flyteidl.core.CompiledWorkflowClosure",
    "flyteidl.admin.WorkflowList",
    "flyteidl.admin.WorkflowCreateRequest",
    "flyteidl.admin.LaunchPlanSpec",
    "flyteidl.admin.LaunchPlan",
    "flyteidl.admin.LaunchPlanList",
    "flyteidl.admin.LaunchPlanCreateRequest",
    "flyteidl.admin.LaunchPlanUpdateRequest",
    "flyteidl.admin.ActiveLaunchPlanRequest",
]

HEALTH = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
EVERY_CLASS = settings(max_examples=examples(8), deadline=None, suppress_health_check=HEALTH)
TOP_LEVEL = settings(max_examples=examples(60), deadline=None, suppress_health_check=HEALTH)


@functools.cache
def messages(name: str, max_depth: int = 3) -> st.SearchStrategy[Any]:
    return reference_messages(reference_class(name).DESCRIPTOR, max_depth=max_depth)


def ours_class(name: str) -> Any:
    return flyte_lite.message_class(name)


def as_message(cls: Any, value: Any) -> Any:
    """A flyte_lite message of ``cls``; ``to_ours`` gives plain data for Struct & co."""
    if isinstance(value, cls):
        return value
    if cls._pb_plain != "kind":
        return cls(**{cls._pb_plain: value})
    # a Value: the member is chosen by the type of the plain data
    for member, types in VALUE_MEMBERS:
        if isinstance(value, types):
            return cls(**{member: 0 if value is None else value})
    raise AssertionError(value)


VALUE_MEMBERS = [
    ("null_value", type(None)),
    ("bool_value", bool),
    ("number_value", float),
    ("string_value", str),
    ("struct_value", (dict, ours_class("google.protobuf.Struct"))),
    ("list_value", (list, ours_class("google.protobuf.ListValue"))),
]


def has_nan(value: Any) -> bool:
    """Whether a flyte_lite value holds a NaN anywhere (NaN != NaN defeats ``==``)."""
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, dict):
        return any(has_nan(v) for v in value.values())
    if isinstance(value, list):
        return any(has_nan(v) for v in value)
    if attrs.has(type(value)):
        return any(has_nan(getattr(value, a.name)) for a in attrs.fields(type(value)))
    return False


def check_reference_message(name: str, ref: Any) -> None:
    """Every law that ties flyte_lite to the reference for one reference message."""
    Ref, Ours = reference_class(name), ours_class(name)
    data = ref.SerializeToString()
    det = ref.SerializeToString(deterministic=True)

    # (a) decode then encode is byte-exact, and deterministic mode writes what upb does
    decoded = Ours.from_bytes(data)
    assert type(decoded) is Ours
    assert decoded.to_bytes() == data
    assert decoded.to_bytes(deterministic=True) == det

    # (b) the same content built without bytes encodes to the same message
    built = as_message(Ours, to_ours(ref))
    assert built.to_bytes(deterministic=True) == det
    reread = Ref.FromString(built.to_bytes())
    assert reread == ref
    assert reread.SerializeToString(deterministic=True) == det
    if not has_nan(built):
        assert decoded == built


def test_every_class_is_covered() -> None:
    assert len(ALL) >= 99
    assert set(TOP) <= set(ALL)


@pytest.mark.parametrize("name", ALL)
@EVERY_CLASS
@given(data=st.data())
def test_every_class_matches_reference(name: str, data: st.DataObject) -> None:
    check_reference_message(name, data.draw(messages(name)))


@pytest.mark.parametrize("name", TOP)
@TOP_LEVEL
@given(data=st.data())
def test_top_level_types_match_reference(name: str, data: st.DataObject) -> None:
    check_reference_message(name, data.draw(messages(name, 4)))


def check_merge(name: str, data: bytes) -> None:
    """``data`` (several encodings back to back) decodes as upb decodes it."""
    Ref, Ours = reference_class(name), ours_class(name)
    ref = Ref()
    ref.MergeFromString(data)
    ours = Ours.from_bytes(data)
    assert ours.to_bytes(deterministic=True) == ref.SerializeToString(deterministic=True)
    # the non-deterministic encoding keeps every entry too
    assert Ref.FromString(ours.to_bytes()) == ref
    # and decoding is idempotent once merged
    assert Ours.from_bytes(ours.to_bytes()).to_bytes() == ours.to_bytes()


@pytest.mark.parametrize("name", TOP)
@settings(max_examples=examples(40), deadline=None, suppress_health_check=HEALTH)
@given(data=st.data())
def test_concatenated_encodings_merge_like_reference(name: str, data: st.DataObject) -> None:
    parts = data.draw(st.lists(messages(name), min_size=2, max_size=3))
    order = data.draw(st.lists(st.sampled_from(range(len(parts))), min_size=2, max_size=4))
    check_merge(name, b"".join(parts[i].SerializeToString() for i in order))


# -- explicit merge cases: the rules, one by one -----------------------------------------

R = reference_class


def merged(name: str, *parts: Any) -> Any:
    data = b"".join(p.SerializeToString() for p in parts)
    check_merge(name, data)
    return ours_class(name).from_bytes(data)


def test_singular_message_seen_twice_is_merged() -> None:
    TT, TM = R("flyteidl.core.TaskTemplate"), R("flyteidl.core.TaskMetadata")
    first = TT(metadata=TM(retries=R("flyteidl.core.RetryStrategy")(retries=3), discoverable=True))
    second = TT(metadata=TM(timeout=R("google.protobuf.Duration")(seconds=5)))
    t = merged("flyteidl.core.TaskTemplate", first, second)
    assert t.metadata.retries.retries == 3
    assert t.metadata.discoverable is True
    assert t.metadata.timeout.seconds == 5


def test_scalars_last_wins_and_repeated_append() -> None:
    C = R("flyteidl.core.Container")
    c = merged(
        "flyteidl.core.Container",
        C(image="one", args=["a", "b"]),
        C(image="two", args=["c"]),
        C(args=["d"]),  # image "" is not written, so "two" stays
    )
    assert c.image == "two"
    assert c.args == ["a", "b", "c", "d"]


def test_oneof_last_member_wins() -> None:
    L, S = R("flyteidl.core.Literal"), R("flyteidl.core.Scalar")
    P = R("flyteidl.core.Primitive")
    lit = merged(
        "flyteidl.core.Literal",
        L(scalar=S(primitive=P(integer=7))),
        L(collection=R("flyteidl.core.LiteralCollection")()),
    )
    assert lit.which_oneof("value") == "collection"
    assert lit.scalar is None
    lit = merged(
        "flyteidl.core.Literal",
        L(collection=R("flyteidl.core.LiteralCollection")()),
        L(scalar=S(primitive=P(integer=7))),
        L(scalar=S(primitive=P(string_value="x"))),
    )
    assert lit.which_oneof("value") == "scalar"
    # the same member seen twice merges; inside, the primitive oneof is last-wins
    assert lit.scalar.primitive.string_value == "x"
    assert lit.scalar.primitive.integer is None


def test_map_keys_last_wins_and_values_are_replaced_not_merged() -> None:
    TT = R("flyteidl.core.TaskTemplate")
    t = merged("flyteidl.core.TaskTemplate", TT(config={"a": "1", "b": "2"}), TT(config={"a": "3"}))
    assert t.config == {"a": "3", "b": "2"}
    LM, L = R("flyteidl.core.LiteralMap"), R("flyteidl.core.Literal")
    S, P = R("flyteidl.core.Scalar"), R("flyteidl.core.Primitive")
    first = LM(literals={"x": L(scalar=S(primitive=P(integer=1)), hash="h")})
    second = LM(literals={"x": L(scalar=S(primitive=P(integer=2)))})
    m = merged("flyteidl.core.LiteralMap", first, second)
    assert m.literals["x"].hash == ""  # replaced whole, not merged
    assert m.literals["x"].scalar.primitive.integer == 2


def test_struct_fields_seen_twice_merge_key_by_key() -> None:
    TT, St = R("flyteidl.core.TaskTemplate"), R("google.protobuf.Struct")
    a, b = St(), St()
    a.update({"k": 1.0, "keep": "yes", "nested": {"x": 1.0}})
    b.update({"k": "two", "nested": {"y": None}})
    t = merged("flyteidl.core.TaskTemplate", TT(custom=a), TT(custom=b))
    # Struct values are replaced per key (a nested Struct is a map value: not merged)
    assert t.custom == {"k": "two", "keep": "yes", "nested": {"y": None}}


def test_bool_value_seen_twice() -> None:
    """BoolValue is a message: a second, empty occurrence merges in and changes nothing."""
    TM, BV = R("flyteidl.core.TaskMetadata"), R("google.protobuf.BoolValue")
    name = "flyteidl.core.TaskMetadata"
    assert merged(name, TM(generates_deck=BV(value=True)), TM(generates_deck=BV())).generates_deck
    only_false = merged(name, TM(generates_deck=BV()))
    assert only_false.generates_deck is False  # set, and false: not None
    assert merged(name, TM()).generates_deck is None
