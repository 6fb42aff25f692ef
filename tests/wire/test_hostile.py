"""Hostile input: flyte_lite accepts exactly what upb accepts, and fails cleanly.

Mutated encodings (bit flips, bytes set, inserted and deleted, truncations at every
offset, splices) must be accepted by flyte_lite exactly when upb accepts them, with the
same content; every rejection is a :class:`flyte_lite.DecodeError` (never IndexError,
RecursionError, UnicodeDecodeError, MemoryError) whose message names the outermost
message, the field path and the byte offset. Values that cannot be encoded raise
:class:`flyte_lite.EncodeError` naming the field.
"""

from __future__ import annotations

import random
import tracemalloc
from pathlib import Path
from typing import Any, Callable, Optional

import pytest
from google.protobuf.message import DecodeError as ReferenceDecodeError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import flyte_lite
from flyte_lite.models import load_all
from tests.conftest import FIXTURES, OLD_REFERENCE, reference_class
from tests.strategies import examples, input_size, reference_messages, sorted_map_runs
from tests.wire.test_codec import AllKinds, RefAllKinds

load_all()

HEALTH = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
#: Raise to explore: FLYTE_LITE_EXAMPLES=50 python -m pytest tests/wire/test_hostile.py
EXAMPLES = examples(300)

TASK_SPEC = "flyteidl.admin.TaskSpec"
SMALL_FIXTURES = {
    p.stem: p.read_bytes()
    for p in sorted((FIXTURES / "tasks").glob("*.pb"))
    if p.stat().st_size < 2000
}


def h(hexed: str) -> bytes:
    return bytes.fromhex(hexed.replace(" ", ""))


def ref_class(name: str) -> Any:
    """The reference class: flyteidl's, or the test-only ``AllKinds`` of test_codec."""
    return RefAllKinds if name == AllKinds.full_name else reference_class(name)


def ours_class(name: str) -> Any:
    return flyte_lite.message_class(name)


def decode_both(name: str, data: bytes) -> tuple[Any, Any]:
    """upb's message (or None if it rejects ``data``) and flyte_lite's (or its DecodeError).

    Anything flyte_lite raises other than DecodeError propagates and fails the test.
    """
    try:
        ref = ref_class(name).FromString(data)
    except ReferenceDecodeError:
        ref = None
    try:
        ours = ours_class(name).from_bytes(data)
    except flyte_lite.DecodeError as exc:
        ours = exc
    return ref, ours


def same_content(name: str, ours: bytes, theirs: bytes) -> bool:
    """Two deterministic encodings with the same content.

    Equal bytes, except for one case: upb keeps a map entry that has unknown fields
    among the unknown fields, re-encoded, and a map inside that entry comes out in upb's
    hash order, which is seeded per process even in deterministic mode.
    """
    if ours == theirs:
        return True
    descriptor = ref_class(name).DESCRIPTOR
    return sorted_map_runs(descriptor, ours) == sorted_map_runs(descriptor, theirs)


def check_agreement(name: str, data: bytes) -> Optional[Any]:
    """flyte_lite accepts ``data`` iff upb does, with the same content; returns ours."""
    ref, ours = decode_both(name, data)
    if isinstance(ours, flyte_lite.DecodeError):
        assert ref is None, f"upb accepts what flyte_lite rejects: {ours} in {data.hex()}"
        check_error(name, ours, data)
        return None
    assert ref is not None, f"flyte_lite accepts what upb rejects: {data.hex()}"
    theirs = ref.SerializeToString(deterministic=True)
    assert same_content(name, ours.to_bytes(deterministic=True), theirs)
    reread = ref_class(name).FromString(ours.to_bytes())
    assert same_content(name, reread.SerializeToString(deterministic=True), theirs)
    return ours


def check_error(name: str, err: flyte_lite.DecodeError, data: bytes) -> None:
    """A DecodeError names the message and byte offset (and the field path, when known)."""
    assert isinstance(err, ValueError)
    assert err.message == name
    assert 0 <= err.offset <= len(data)
    text = str(err)
    assert text.startswith(name + (f".{err.path}: " if err.path else ": "))
    assert text.endswith(f"{err.reason} (at byte {err.offset})")


# -- mutations -----------------------------------------------------------------------------


EDITS = st.sampled_from(["flip", "set", "insert", "delete", "truncate", "splice"])
# continuation bit, end-group, wire types 6 and 7, start-group
ODD_BYTES = st.sampled_from([0x00, 0x7F, 0x80, 0xFF, 0x0C, 0x0E, 0x0F, 0x0B])


@st.composite
def mutations(draw: Any, base: st.SearchStrategy[bytes]) -> bytes:
    """``base`` with one to three random edits."""
    data = bytearray(draw(base))
    for _ in range(draw(st.integers(1, 3))):
        op = draw(EDITS)
        i = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[i] ^= 1 << draw(st.integers(0, 7))
        elif op == "set" and data:
            data[i] = draw(ODD_BYTES)
        elif op == "insert":
            data[i:i] = draw(st.binary(min_size=1, max_size=3))
        elif op == "delete":
            del data[i : i + draw(st.integers(1, 4))]
        elif op == "truncate":
            del data[i:]
        elif op == "splice":
            other = draw(base)
            data[i:] = other[draw(st.integers(0, len(other))) :]
    return bytes(data)


FIXTURE_BYTES = st.sampled_from(sorted(SMALL_FIXTURES.values()))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=HEALTH)
@given(mutations(FIXTURE_BYTES))
def test_mutated_fixtures(data: bytes) -> None:
    check_agreement(TASK_SPEC, data)


# flytekit's workflow specs, launch plans and compiled closures (issue 14's goldens)
GRAPH_FIXTURES = {
    name: st.sampled_from(
        sorted(p.read_bytes() for p in (FIXTURES / "graphs_out" / folder).glob("*.pb"))
    )
    for name, folder in [
        ("flyteidl.admin.WorkflowSpec", "workflow_specs"),
        ("flyteidl.admin.LaunchPlan", "launch_plans"),
        ("flyteidl.core.CompiledWorkflowClosure", "closures"),
    ]
}


@pytest.mark.parametrize("name", sorted(GRAPH_FIXTURES))
@settings(max_examples=max(1, EXAMPLES // 3), deadline=None, suppress_health_check=HEALTH)
@given(data=st.data())
def test_mutated_graph_fixtures(name: str, data: st.DataObject) -> None:
    check_agreement(name, data.draw(mutations(GRAPH_FIXTURES[name])))


MUTATED = {
    name: mutations(
        reference_messages(ref_class(name).DESCRIPTOR).map(lambda m: m.SerializeToString())
    )
    for name in [
        "flyteidl.core.TaskTemplate",
        "flyteidl.core.Literal",
        "flyteidl.core.LiteralType",
        "google.protobuf.Struct",
        "flyteidl.admin.TaskList",
        "flyteidl.admin.Projects",
        "flyteidl.admin.ResourceListRequest",
        "google.rpc.Status",
        "flyteidl.admin.WorkflowSpec",
        "flyteidl.admin.Workflow",
        "flyteidl.core.CompiledWorkflowClosure",
        "flyteidl.admin.LaunchPlan",
        "flyteidl.admin.LaunchPlanList",
        AllKinds.full_name,  # packed runs, integer keys, every scalar kind
    ]
}


@pytest.mark.parametrize("name", sorted(MUTATED))
@settings(max_examples=max(1, EXAMPLES // 3), deadline=None, suppress_health_check=HEALTH)
@given(data=st.data())
def test_mutated_random_messages(name: str, data: st.DataObject) -> None:
    check_agreement(name, data.draw(MUTATED[name]))


@pytest.mark.parametrize("fixture", ["add_one", "with_pod"])
def test_truncation_at_every_offset(fixture: str) -> None:
    data = SMALL_FIXTURES[fixture]
    accepted = [n for n in range(len(data) + 1) if check_agreement(TASK_SPEC, data[:n])]
    # a prefix that ends between top-level fields is a valid (smaller) TaskSpec
    assert accepted[0] == 0 and accepted[-1] == len(data)


@pytest.mark.parametrize("fixture", ["raw_container", "sqlite_query"])
def test_every_byte_changed(fixture: str) -> None:
    data = SMALL_FIXTURES[fixture]
    for i, byte in enumerate(data):
        for new in {0x00, 0x80, 0xFF, byte ^ 0x01, byte ^ 0x08, byte ^ 0x80}:
            check_agreement(TASK_SPEC, data[:i] + bytes([new]) + data[i + 1 :])


def test_every_byte_dropped_or_doubled() -> None:
    data = SMALL_FIXTURES["raw_container"]
    for i in range(len(data)):
        check_agreement(TASK_SPEC, data[:i] + data[i + 1 :])
        check_agreement(TASK_SPEC, data[: i + 1] + data[i:])


def test_random_splices() -> None:
    rnd = random.Random(2)
    pieces = sorted(SMALL_FIXTURES.values())
    for _ in range(examples(1600)):  # 400 under the default profile
        a, b = rnd.choice(pieces), rnd.choice(pieces)
        check_agreement(TASK_SPEC, a[: rnd.randrange(len(a))] + b[rnd.randrange(len(b)) :])


# -- explicit cases: (message, bytes, reason, field path, byte offset) -----------------------

TT = "flyteidl.core.TaskTemplate"
LT = "flyteidl.core.LiteralType"

BAD_INPUT = [
    # truncated data
    (
        TASK_SPEC,
        "0a07 3205 0a03 6162",
        "length 7 runs past the end of the data (6 bytes left)",
        "template",
        1,
    ),
    (
        TASK_SPEC,
        "0a07 3205 0a04 616263",
        "length 4 runs past the end of the data (3 bytes left)",
        "template.container.image",
        5,
    ),
    (TT, "38 ffffffffffffffffff", "truncated varint", "task_type_version", 1),
    (TT, "3880", "truncated varint", "task_type_version", 1),
    (TT, "80", "truncated varint", "", 0),  # a truncated tag
    (
        "flyteidl.core.Primitive",
        "11 000000000000f0",
        "truncated 8-byte fixed-width value",
        "float_value",
        1,
    ),
    (
        "flyteidl.core.ArrayNode",
        "25 0000",
        "truncated 4-byte fixed-width value",
        "min_success_ratio",
        1,
    ),
    # a length beyond the buffer, multi-GB claims included
    (
        TT,
        "12 ffffffff0f 61",
        "length 4294967295 runs past the end of the data (1 bytes left)",
        "type",
        1,
    ),
    (
        TASK_SPEC,
        "0a 80808080 08",
        "length 2147483648 runs past the end of the data (0 bytes left)",
        "template",
        1,
    ),
    (TT, "12 ffffffffff01 61", "length does not fit in 32 bits", "type", 1),
    # varints longer than 10 bytes, in a field, in an unknown field, in a tag
    (TT, "38 ffffffffffffffffffff01", "varint longer than 10 bytes", "task_type_version", 1),
    (TT, "f801 ffffffffffffffffffff01", "varint longer than 10 bytes", "", 2),
    (TT, "808080808000", "tag does not fit in 32 bits", "", 0),
    # wire types 6 and 7
    (TT, "0e", "invalid wire type 6", "id", 0),
    (TT, "0f", "invalid wire type 7", "id", 0),
    (TT, "fe01 00", "invalid wire type 6", "", 0),
    (TASK_SPEC, "0a 04 3202 0a00 0a 01 0f", "invalid wire type 7", "template.id", 8),
    # field number 0
    (TT, "00 00", "field number 0 is invalid", "", 0),
    (TT, "02 00", "field number 0 is invalid", "", 0),
    (TASK_SPEC, "0a 04 1a02 0000", "field number 0 is invalid", "template.metadata", 4),
    (TT, "2a 04 0a02 0000", "field number 0 is invalid", "custom", 4),  # in a map entry
    # (in a group, a field 0 varint reads the end-group as its value)
    (TT, "fb01 00 fc01", "group of field 31 is not closed", "", 0),
    # unmatched and mismatched group ends
    (TT, "0c", "end-group for field 1 without a matching start", "id", 0),
    (TT, "1b 24", "end-group for field 4 inside a group of field 3", "metadata", 1),
    (TT, "1b 0801", "group of field 3 is not closed", "metadata", 0),
    (TASK_SPEC, "0a 02 fc01", "end-group for field 31 without a matching start", "template", 2),
    # invalid UTF-8: string fields, map keys and values, Struct keys and values
    (TT, "12 01 ff", "invalid UTF-8 in string", "type", 2),
    (TT, "12 02 c328", "invalid UTF-8 in string", "type", 2),
    (TT, "12 03 eda080", "invalid UTF-8 in string", "type", 2),  # an encoded surrogate
    (TT, "12 04 f4908080", "invalid UTF-8 in string", "type", 2),  # above U+10FFFF
    (TT, "12 02 c0 80", "invalid UTF-8 in string", "type", 2),  # overlong NUL
    (
        TASK_SPEC,
        "0a 0c 32 0a 12 08 636f6d6d616e64ff",
        "invalid UTF-8 in string",
        "template.container.command[0]",
        13,
    ),
    (TT, "8201 05 0a01ff 1200", "invalid UTF-8 in string", "config", 5),
    (TT, "8201 05 0a00 1201ff", "invalid UTF-8 in string", "config['']", 7),
    (
        TASK_SPEC,
        "0a 0b 2a 09 0a 07 0a 01 ff 12 02 0800",
        "invalid UTF-8 in string",
        "template.custom",
        8,
    ),
    (TT, "2a 0a 0a 08 0a 01 61 12 03 1a 01 ff", "invalid UTF-8 in string", "custom['a']", 11),
]


@pytest.mark.parametrize(
    ("name", "hexed", "reason", "path", "offset"), BAD_INPUT, ids=[c[1] for c in BAD_INPUT]
)
def test_bad_input(name: str, hexed: str, reason: str, path: str, offset: int) -> None:
    data = h(hexed)
    with pytest.raises(ReferenceDecodeError):
        reference_class(name).FromString(data)
    with pytest.raises(flyte_lite.DecodeError) as info:
        flyte_lite.message_class(name).from_bytes(data)
    err = info.value
    assert (err.reason, err.path, err.offset) == (reason, path, offset)
    assert str(err) == f"{name}{'.' + path if path else ''}: {reason} (at byte {offset})"


GOOD_ODDITIES = [
    (TT, "1b 1c"),  # an empty group on a message field's number: an unknown field
    (TT, "1b 0801 2b 2c 1c"),  # nested groups
    # inside an unknown group upb checks no field numbers: field 0 is skipped there
    (TT, "fb01 0000 fc01"),
    (TT, "fb01 0001 fc01"),
    (TT, "fb01 02 00 fc01"),
    (TT, "fb01 03 04 fc01"),  # even a group of field 0
    (TT, "1b 03 0000 04 1c"),
    (TT, "f8ffffff0f 00"),  # the largest field number
    (TT, "b8808080 00 05"),  # a padded 5-byte tag: task_type_version
    (TT, "38 ffffffffffffffffff01"),  # a ten-byte varint
    (TT, "38 ffffffffffffffffff7f"),  # bits past the 64th are dropped
    (TT, "12 00"),  # an empty string, written explicitly
    (TT, "12 04 f0909080"),  # an astral character
    (TT, "12 8000"),  # a non-canonical zero length
    (TT, "2a 00 2a 00"),  # an empty Struct, twice
    (TT, "8201 00"),  # an empty map entry: key "" and value ""
    (TT, "8201 02 1200 8201 02 0a00"),  # the same key twice: last wins
    (TT, "8201 05 0a0161 1801"),  # a map entry with an unknown field: kept as unknown
    # map entries not in protobuf's own layout (key, then value, nothing else)
    (TT, "8201 06 120162 0a0161"),  # value before key
    (TT, "8201 09 0a0161 0a0162 120163"),  # the key twice: the last wins
    (TT, "8201 09 0a0161 120162 120163"),  # the value twice: the last wins
    (TT, "8201 03 0a0161"),  # a key alone
    (TT, "8201 05 0a8000 1200"),  # a key with a two-byte length
    (TT, "2a 0f 0a0d 0a0161 12031a0162 12031a0163"),  # a Struct value twice: merged
    (TT, "2a 0c 0a0a 12031a0162 0a0161 1200"),  # a Struct value, key, then an empty value
    (TT, "2a 07 0a05 0a0161 1801"),  # the same, in a Struct
    (TT, "2a 05 0a03 0a0161"),  # a Struct entry with no value: an empty Value
    (TT, "2a 06 0a04 1202 0805"),  # a Value with an unknown null_value number
    ("flyteidl.core.Container", "50 ffffffffffffffffff01"),  # enum -1
    ("flyteidl.core.Container", "50 e807"),  # an unknown enum number
]


# field 0 inside a group: protobuf 6.x's upb rejects it, 7.34+ accepts (as flyte_lite)
FIELD_0_IN_GROUP = {"fb01 0000 fc01", "fb01 0001 fc01", "fb01 02 00 fc01", "fb01 03 04 fc01",
                    "1b 03 0000 04 1c"}


@pytest.mark.parametrize(("name", "hexed"), GOOD_ODDITIES, ids=[c[1] for c in GOOD_ODDITIES])
def test_odd_but_valid_input(name: str, hexed: str) -> None:
    data = h(hexed)
    if OLD_REFERENCE and hexed in FIELD_0_IN_GROUP:
        with pytest.raises(ReferenceDecodeError):
            reference_class(name).FromString(data)
        assert flyte_lite.message_class(name).from_bytes(data).to_bytes() == data
        return
    ours = check_agreement(name, data)
    assert ours is not None
    assert ours.to_bytes() == reference_class(name).FromString(data).SerializeToString()


def test_map_entry_with_unknown_fields_is_kept_as_upb_rewrites_it() -> None:
    data = h("8201 0a 1801 0a0161 120162 2000")  # unknown first, then key and value
    ours = flyte_lite.message_class(TT).from_bytes(data)
    assert ours.config == {}
    # upb re-encodes the entry: known fields, then the unknown ones
    expected = h("8201 0a 0a0161 120162 1801 2000")
    assert ours._unknown_fields == expected
    assert reference_class(TT).FromString(data).SerializeToString() == expected


# -- nesting -------------------------------------------------------------------------------


def varint(value: int) -> bytes:
    out = bytearray()
    while value > 127:
        out.append(value & 0x7F | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def nest(levels: int, header: Callable[[int], bytes], core: bytes, footer: bytes = b"") -> bytes:
    """``levels`` nested length-delimited wrappers around ``core``, built in linear time.

    ``header(n)`` is what opens a level whose content is ``n`` bytes long; ``footer``
    closes each level (inside its length).
    """
    sizes = []
    size = len(core)
    for _ in range(levels):
        sizes.append(size)
        size += len(header(size)) + len(footer)
    return b"".join(header(n) for n in reversed(sizes)) + core + footer * levels


def literal_type_chain(levels: int) -> bytes:
    """A LiteralType with ``levels`` LiteralTypes nested below it (collection_type)."""
    return nest(levels, lambda n: b"\x1a" + varint(n), b"\x08\x01")


def struct_level(n: int) -> bytes:
    """Opens a Struct entry "a" whose Value.struct_value holds ``n`` bytes."""
    value = b"\x2a" + varint(n)  # Value.struct_value
    entry = b"\x0a\x01a\x12" + varint(len(value) + n) + value  # key "a", value
    return b"\x0a" + varint(len(entry) + n) + entry  # Struct.fields


def struct_chain(levels: int) -> bytes:
    """TaskTemplate.custom = {"a": {"a": ... {}}} with ``levels`` dicts."""
    return wrap(b"\x2a", nest(levels, struct_level, b""))


def list_level(n: int) -> bytes:
    """Opens a Value.list_value whose one value holds ``n`` bytes."""
    inner = b"\x0a" + varint(n)  # ListValue.values
    return b"\x32" + varint(len(inner) + n) + inner  # Value.list_value


def list_chain(levels: int) -> bytes:
    """TaskTemplate.custom = {"a": [[[...]]]} with ``levels`` lists."""
    v = nest(levels, list_level, b"")
    return wrap(b"\x2a", wrap(b"\x0a", b"\x0a\x01a" + wrap(b"\x12", v)))


def wrap(tag: bytes, content: bytes) -> bytes:
    return tag + varint(len(content)) + content


def union_level(n: int) -> bytes:
    """Opens LiteralType.union_type, then UnionType.variants holding ``n`` bytes."""
    variant = b"\x0a" + varint(n)
    return b"\x52" + varint(len(variant) + n) + variant


def group_chain(levels: int) -> bytes:
    """``levels`` nested unknown groups (field 31) in a TaskTemplate."""
    return b"\xfb\x01" * levels + b"\xfc\x01" * levels


CHAINS = [
    # (message, builder, deepest accepted): protobuf's limit is 100 nested messages;
    # a Struct dict costs three (Struct, map entry, Value), a list two, a group one
    (LT, literal_type_chain, 100),
    (TT, struct_chain, 33),
    (TT, list_chain, 48),
    (TT, group_chain, 100),
]


@pytest.mark.parametrize(("name", "build", "deepest"), CHAINS, ids=[c[1].__name__ for c in CHAINS])
def test_nesting_limit_matches_reference(name: str, build: Any, deepest: int) -> None:
    for levels in (deepest - 1, deepest, deepest + 1, deepest + 2):
        ours = check_agreement(name, build(levels))
        assert (ours is not None) == (levels <= deepest), levels


@pytest.mark.parametrize("levels", [101, 102])
def test_nesting_error_names_path_and_offset(levels: int) -> None:
    data = literal_type_chain(levels)
    with pytest.raises(flyte_lite.DecodeError) as info:
        flyte_lite.message_class(LT).from_bytes(data)
    err = info.value
    assert err.reason == "messages nested deeper than 100 levels"
    assert err.path == ".".join(["collection_type"] * 101)
    # at the content of the 101st nested message: a chain of the levels left below it
    assert err.offset == len(data) - len(literal_type_chain(levels - 101))
    assert str(err).startswith("flyteidl.core.LiteralType.collection_type.collection_type.")


#: Levels of the very deep inputs: far past both the limit (100) and Python's recursion
#: limit (1,000) at either size.
DEEP = input_size(100_000, 10_000)


@pytest.mark.parametrize(
    ("name", "build"),
    [
        (LT, lambda: literal_type_chain(DEEP)),
        (TT, lambda: struct_chain(DEEP)),
        (TT, lambda: list_chain(DEEP)),
        (TT, lambda: group_chain(DEEP)),
        (LT, lambda: nest(DEEP // 2, union_level, b"")),
    ],
    ids=["literal_type", "struct", "list", "group", "union"],
)
def test_very_deep_input_is_a_decode_error(name: str, build: Callable[[], bytes]) -> None:
    data = build()
    with pytest.raises(ReferenceDecodeError):
        reference_class(name).FromString(data)
    with pytest.raises(flyte_lite.DecodeError) as info:
        flyte_lite.message_class(name).from_bytes(data)
    assert "deeper than 100 levels" in info.value.reason
    check_error(name, info.value, data)


def test_huge_length_claims_allocate_nothing() -> None:
    claims = [h("12 ffffffff0f 61"), h("0a ffffffff07"), h("2a 80808080 08 0a")]
    tracemalloc.start()
    try:
        for data in claims:
            with pytest.raises(flyte_lite.DecodeError, match="runs past the end"):
                flyte_lite.message_class(TT).from_bytes(data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1 << 20


def test_not_bytes() -> None:
    with pytest.raises(TypeError, match="needs bytes"):
        flyte_lite.message_class(TT).from_bytes("0a00")  # type: ignore[arg-type]
    # bytearray and memoryview are read like bytes
    cls = flyte_lite.message_class(TT)
    assert cls.from_bytes(bytearray(b"\x12\x01a")).type == "a"
    assert cls.from_bytes(memoryview(b"\x12\x01a")).type == "a"


# -- encoding bad values -------------------------------------------------------------------


def _lazy(name: str) -> Any:
    return flyte_lite.message_class(name)


def _deep_literal_type(levels: int) -> Any:
    m = _lazy(LT)(simple=1)
    for _ in range(levels):
        m = _lazy(LT)(collection_type=m)
    return m


def _cyclic_literal_type() -> Any:
    # messages are immutable: a cycle takes going round the read-only list on purpose
    union = _lazy("flyteidl.core.UnionType")(variants=[])
    list.append(union.variants, _lazy(LT)(union_type=union))
    return _lazy(LT)(union_type=union)


def _deep_struct(levels: int) -> Any:
    data: dict[str, Any] = {}
    cur = data
    for _ in range(levels):
        cur["a"] = [{}]
        cur = cur["a"][0]
    return _lazy(TT)(custom=data)


C, TM = "flyteidl.core.Container", "flyteidl.core.TaskMetadata"

BAD_VALUES: list[tuple[str, Callable[[], Any], str, str]] = [
    # (id, build the message, field path, text in the error)
    (
        "int32 too big",
        lambda: _lazy(TT)(task_type_version=2**31),
        "task_type_version",
        "2147483648 is out of range for int32",
    ),
    (
        "int32 too small",
        lambda: _lazy(TT)(task_type_version=-(2**31) - 1),
        "task_type_version",
        "-2147483649 is out of range for int32",
    ),
    (
        "uint32 negative",
        lambda: _lazy("flyteidl.core.RetryStrategy")(retries=-1),
        "retries",
        "-1 is out of range for uint32",
    ),
    (
        "enum too big",
        lambda: _lazy(C)(architecture=2**31),
        "architecture",
        "2147483648 is out of range for enum",
    ),
    (
        "float for int",
        lambda: _lazy(TT)(task_type_version=1.5),
        "task_type_version",
        "expected int32, got float 1.5",
    ),
    (
        "str for enum",
        lambda: _lazy(C)(architecture="AMD64"),
        "architecture",
        "expected Architecture, got str 'AMD64'",
    ),
    ("bytes for string", lambda: _lazy(C)(image=b"x"), "image", "expected string, got bytes"),
    ("None for string", lambda: _lazy(C)(image=None), "image", "expected string, got NoneType"),
    ("surrogate in string", lambda: _lazy(C)(image="\ud800"), "image", "surrogates not allowed"),
    (
        "str for bytes",
        lambda: _lazy("flyteidl.core.Binary")(value="x"),
        "value",
        "expected bytes, got str 'x'",
    ),
    ("int for bool", lambda: _lazy(TM)(discoverable=1), "discoverable", "expected bool, got int 1"),
    ("int for BoolValue", lambda: _lazy(TM)(generates_deck=1), "generates_deck", "int 1"),
    (
        "wrong message class",
        lambda: _lazy(TT)(container=_lazy("flyteidl.core.Identifier")()),
        "container",
        "expected Container, got Identifier",
    ),
    (
        "two oneof members",
        lambda: _lazy(TT)(container=_lazy(C)(), k8s_pod=_lazy("flyteidl.core.K8sPod")()),
        "",
        "oneof 'target' has more than one member set: container, k8s_pod",
    ),
    ("str for list", lambda: _lazy(C)(args="abc"), "args", "got str 'abc'"),
    ("None in list", lambda: _lazy(C)(args=[None]), "args[0]", "expected string, got NoneType"),
    (
        "non-str map key",
        lambda: _lazy(TT)(config={1: "a"}),
        "config[1]",
        "expected string, got int 1",
    ),
    (
        "non-str map value",
        lambda: _lazy(TT)(config={"a": 1}),
        "config['a']",
        "expected string, got int 1",
    ),
    ("list for map", lambda: _lazy(TT)(config=[("a", "b")]), "config", "expected dict"),
    # bool is an int in Python, but upb refuses one for an integer or enum field
    ("bool for int32", lambda: _lazy(TT)(task_type_version=True), "task_type_version",
     "expected int32, got bool True"),
    ("False for int32", lambda: _lazy(TT)(task_type_version=False), "task_type_version",
     "expected int32, got bool False"),
    ("bool for enum", lambda: _lazy("flyteidl.core.Sql")(dialect=True), "dialect",
     "expected Dialect, got bool True"),
    (
        "nested",
        lambda: _lazy(TASK_SPEC)(template=_lazy(TT)(container=_lazy(C)(args=["a", 3]))),
        "template.container.args[1]",
        "expected string, got int 3",
    ),
    (
        "object in Struct",
        lambda: _lazy(TT)(custom={"a": {"b": [1.0, object()]}}),
        "custom['a']['b'][1]",
        "Value cannot hold object",
    ),
    (
        "non-str Struct key",
        lambda: _lazy(TT)(custom={1: 2.0}),
        "custom[1]",
        "expected string, got int 1",
    ),
    (
        "deeply nested",
        lambda: _deep_literal_type(5000),
        ".".join(["collection_type"] * 101),
        "message nested too deeply to encode (deeper than 100 levels)",
    ),
    (
        "cyclic",
        _cyclic_literal_type,
        ".".join(["union_type.variants[0]"] * 50 + ["union_type"]),
        "message nested too deeply to encode",
    ),
    (
        "deep Struct",
        lambda: _deep_struct(3000),
        "custom" + "['a'][0]" * 50,
        "message nested too deeply to encode",
    ),
]


@pytest.mark.parametrize(
    ("build", "path", "text"), [c[1:] for c in BAD_VALUES], ids=[c[0] for c in BAD_VALUES]
)
def test_bad_values_raise_encode_error(build: Callable[[], Any], path: str, text: str) -> None:
    message = build()
    for deterministic in (False, True):
        with pytest.raises(flyte_lite.EncodeError) as info:
            message.to_bytes(deterministic=deterministic)
        err = info.value
        assert isinstance(err, TypeError) and isinstance(err, ValueError)
        assert err.path == path
        assert err.message == message.full_name
        assert str(err).startswith(f"{message.full_name}{'.' + path if path else ''}: ")
        assert text in str(err)


def test_encoding_accepts_what_upb_accepts() -> None:
    """Python values upb takes for a field are taken too, and written the same."""
    P = reference_class("flyteidl.core.Primitive")
    ours = _lazy("flyteidl.core.Primitive")
    for value in (0, 1, True, 2**70):  # ints (and bools) for a double
        assert ours(float_value=value).to_bytes() == P(float_value=value).SerializeToString()
    Ref = reference_class(C)
    arch = _lazy(C).Architecture
    assert _lazy(C)(architecture=arch.ARM64).to_bytes() == Ref(architecture=2).SerializeToString()
    assert _lazy(C)(args=("a", "b")).to_bytes() == Ref(args=["a", "b"]).SerializeToString()


def test_fixture_path() -> None:
    assert Path(FIXTURES).is_dir() and len(SMALL_FIXTURES) >= 10
