"""The generated codec on a test-only message that declares every field kind.

``AllKinds`` is declared twice: once with flyte_lite's field declarations, once as a
protobuf descriptor built here (``descriptor_pb2``) so that upb can be the oracle. The
golden tables below are checked against both, then hypothesis compares them on random
messages, packed/unpacked mixes and concatenations.
"""

from __future__ import annotations

import enum
import random
import struct
from typing import Any, Optional

import pytest
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import flyte_lite
from flyte_lite.message import Message, message
from flyte_lite.wire import (
    BOOL,
    BYTES,
    DOUBLE,
    FIXED32_,
    FIXED64_,
    FLOAT,
    INT32,
    INT64,
    SFIXED32,
    SFIXED64,
    SINT32,
    SINT64,
    STRING,
    UINT32,
    UINT64,
    enum_of,
    field,
    map_of,
    msg,
    protobuf_enum,
)
from flyte_lite.wire.frozen import FrozenDict, FrozenList
from tests.strategies import examples, reference_messages, repack, to_ours

PACKAGE = "flyte_lite_test"
FULL_NAME = f"{PACKAGE}.AllKinds"
MAX_FIELD = 2**29 - 1

# -- flyte_lite's declaration ------------------------------------------------------------


@protobuf_enum(f"{PACKAGE}.Color")
class Color(enum.IntEnum):
    COLOR_UNSPECIFIED = 0
    RED = 1
    GREEN = 2
    NEGATIVE = -1


COLOR = enum_of(Color)
SELF = msg(FULL_NAME)

# (name, number, kind) of the implicit-presence singular fields, in the order of the
# descriptor below; the repeated ones are the same kinds at number + 20.
SCALARS = [
    ("double", 1, DOUBLE),
    ("float", 2, FLOAT),
    ("int32", 3, INT32),
    ("int64", 4, INT64),
    ("uint32", 5, UINT32),
    ("uint64", 6, UINT64),
    ("sint32", 7, SINT32),
    ("sint64", 8, SINT64),
    ("fixed32", 9, FIXED32_),
    ("fixed64", 10, FIXED64_),
    ("sfixed32", 11, SFIXED32),
    ("sfixed64", 12, SFIXED64),
    ("bool", 13, BOOL),
    ("string", 14, STRING),
    ("bytes", 15, BYTES),
    ("enum", 16, COLOR),
]
MAPS = [  # name, number, key kind, value kind
    ("m_int32", 40, INT32, STRING),
    ("m_int64", 41, INT64, SELF),
    ("m_uint32", 42, UINT32, COLOR),
    ("m_sint64", 43, SINT64, BYTES),
    ("m_bool", 44, BOOL, DOUBLE),
    ("m_string", 45, STRING, SELF),
    ("m_fixed32", 46, FIXED32_, FLOAT),
    ("m_sfixed64", 47, SFIXED64, SINT32),
]
ONEOF = [  # name, number, kind: members of oneof "choice"
    ("o_int32", 50, INT32),
    ("o_string", 51, STRING),
    ("o_msg", 52, SELF),
    ("o_enum", 53, COLOR),
    ("o_double", 54, DOUBLE),
    ("o_bytes", 55, BYTES),
    ("o_float", 56, FLOAT),
]
OPTIONAL = [  # proto3 `optional`: explicit presence
    ("p_int32", 60, INT32),
    ("p_string", 61, STRING),
    ("p_double", 62, DOUBLE),
    ("p_bool", 63, BOOL),
    ("p_enum", 64, COLOR),
    ("p_float", 65, FLOAT),
    ("p_sint64", 66, SINT64),
    ("p_bytes", 67, BYTES),
    ("p_uint64", 68, UINT64),
]


def _declare() -> type[Message]:
    ns: dict[str, Any] = {}
    annotations: dict[str, Any] = {}
    for name, number, kind in SCALARS:
        ns["f_" + name] = field(number, kind)
        ns["r_" + name] = field(number + 20, kind, repeated=True)
    for name, number, key, value in MAPS:
        ns[name] = field(number, map_of(key, value))
    for name, number, kind in ONEOF:
        ns[name] = field(number, kind, oneof="choice")
    for name, number, kind in OPTIONAL:
        ns[name] = field(number, kind, optional=True)
    ns["child"] = field(70, SELF)
    ns["children"] = field(71, SELF, repeated=True)
    ns["f_last"] = field(MAX_FIELD, INT32)  # the largest field number: a 5-byte tag
    annotations.update({k: Any for k in ns})
    ns["__annotations__"] = annotations
    cls = type("AllKinds", (Message,), ns)
    return message(FULL_NAME)(cls)


AllKinds = _declare()

# -- the same message as a protobuf descriptor, for upb ------------------------------------

FDP = descriptor_pb2.FieldDescriptorProto
PB_TYPE = {
    "double": FDP.TYPE_DOUBLE,
    "float": FDP.TYPE_FLOAT,
    "int32": FDP.TYPE_INT32,
    "int64": FDP.TYPE_INT64,
    "uint32": FDP.TYPE_UINT32,
    "uint64": FDP.TYPE_UINT64,
    "sint32": FDP.TYPE_SINT32,
    "sint64": FDP.TYPE_SINT64,
    "fixed32": FDP.TYPE_FIXED32,
    "fixed64": FDP.TYPE_FIXED64,
    "sfixed32": FDP.TYPE_SFIXED32,
    "sfixed64": FDP.TYPE_SFIXED64,
    "bool": FDP.TYPE_BOOL,
    "string": FDP.TYPE_STRING,
    "bytes": FDP.TYPE_BYTES,
}


def _pb_field(
    message: descriptor_pb2.DescriptorProto,
    name: str,
    number: int,
    kind: Any,
    label: int = FDP.LABEL_OPTIONAL,
    oneof_index: Optional[int] = None,
    proto3_optional: bool = False,
) -> None:
    f = message.field.add(name=name, number=number, label=label)
    if kind is COLOR:
        f.type, f.type_name = FDP.TYPE_ENUM, f".{PACKAGE}.Color"
    elif kind is SELF:
        f.type, f.type_name = FDP.TYPE_MESSAGE, f".{FULL_NAME}"
    else:
        f.type = PB_TYPE[kind.name]
    if oneof_index is not None:
        f.oneof_index = oneof_index
    if proto3_optional:
        f.proto3_optional = True


def _reference_class() -> Any:
    file = descriptor_pb2.FileDescriptorProto(
        name="flyte_lite_test/all_kinds.proto", package=PACKAGE, syntax="proto3"
    )
    color = file.enum_type.add(name="Color")
    for member in Color:
        color.value.add(name=member.name, number=member.value)
    m = file.message_type.add(name="AllKinds")
    for name, number, kind in SCALARS:
        _pb_field(m, "f_" + name, number, kind)
        _pb_field(m, "r_" + name, number + 20, kind, FDP.LABEL_REPEATED)
    for name, number, key, value in MAPS:
        entry = m.nested_type.add(name="".join(p.title() for p in name.split("_")) + "Entry")
        entry.options.map_entry = True
        _pb_field(entry, "key", 1, key)
        _pb_field(entry, "value", 2, value)
        m.field.add(
            name=name,
            number=number,
            label=FDP.LABEL_REPEATED,
            type=FDP.TYPE_MESSAGE,
            type_name=f".{FULL_NAME}.{entry.name}",
        )
    m.oneof_decl.add(name="choice")
    for name, number, kind in ONEOF:
        _pb_field(m, name, number, kind, oneof_index=0)
    for name, number, kind in OPTIONAL:  # synthetic oneofs come after the real ones
        m.oneof_decl.add(name="_" + name)
        _pb_field(m, name, number, kind, oneof_index=len(m.oneof_decl) - 1, proto3_optional=True)
    _pb_field(m, "child", 70, SELF)
    _pb_field(m, "children", 71, SELF, FDP.LABEL_REPEATED)
    _pb_field(m, "f_last", MAX_FIELD, INT32)
    pool = descriptor_pool.DescriptorPool()
    pool.Add(file)
    return message_factory.GetMessageClass(pool.FindMessageTypeByName(FULL_NAME))


RefAllKinds = _reference_class()

HEALTH = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]


def test_declarations_match_the_descriptor() -> None:
    """The two declarations describe the same message (so the oracle is about *this* one)."""
    ours = {s.number: s for s in flyte_lite.wire.specs_of(AllKinds)}
    theirs = {f.number: f for f in RefAllKinds.DESCRIPTOR.fields}
    assert sorted(ours) == sorted(theirs)
    for number, f in theirs.items():
        spec = ours[number]
        assert spec.name == f.name
        assert spec.presence == f.has_presence, f.name
        assert (spec.oneof == "choice") == f.name.startswith("o_")
        is_map = f.message_type is not None and f.message_type.GetOptions().map_entry
        assert spec.repeated == (f.is_repeated and not is_map)
    assert flyte_lite.message_class(FULL_NAME) is AllKinds


# -- golden tables: (fields, expected bytes), checked against upb and flyte_lite ----------

F64 = struct.Struct("<d")
NAN_PAYLOAD = F64.unpack(bytes.fromhex("010000000000f07f"))[0]  # a signalling NaN
NEG_NAN = F64.unpack(bytes.fromhex("000000000000f8ff"))[0]

GOLDEN: list[tuple[dict[str, Any], str]] = [
    # implicit presence: zero values are not written
    (
        {
            "f_double": 0.0,
            "f_float": 0.0,
            "f_int32": 0,
            "f_uint64": 0,
            "f_bool": False,
            "f_string": "",
            "f_bytes": b"",
            "f_enum": Color.COLOR_UNSPECIFIED,
        },
        "",
    ),
    # -0.0 is not zero: it is written
    ({"f_double": -0.0}, "09 0000000000000080"),
    ({"f_float": -0.0}, "15 00000080"),
    ({"f_double": 1.0}, "09 000000000000f03f"),
    ({"f_double": float("inf")}, "09 000000000000f07f"),
    ({"f_double": float("-inf")}, "09 000000000000f0ff"),
    ({"f_double": float("nan")}, "09 000000000000f87f"),
    ({"f_double": NEG_NAN}, "09 000000000000f8ff"),
    ({"f_double": NAN_PAYLOAD}, "09 010000000000f07f"),
    ({"f_double": 5e-324}, "09 0100000000000000"),
    ({"f_float": 0.1}, "15 cdcccc3d"),
    ({"f_float": 1e300}, "15 0000807f"),  # a C cast: beyond float range is infinity
    ({"f_float": -1e300}, "15 000080ff"),
    ({"f_float": 1e-50}, ""),  # ... and below it is zero: not written
    ({"f_float": -1e-50}, "15 00000080"),  # ... or minus zero: written
    ({"f_float": float("nan")}, "15 0000c07f"),
    # int32: negatives are sign-extended to 64 bits, so ten bytes
    ({"f_int32": 1}, "18 01"),
    ({"f_int32": 127}, "18 7f"),
    ({"f_int32": 128}, "18 8001"),
    ({"f_int32": -1}, "18 ffffffffffffffffff01"),
    ({"f_int32": 2**31 - 1}, "18 ffffffff07"),
    ({"f_int32": -(2**31)}, "18 80808080f8ffffffff01"),
    ({"f_int64": -1}, "20 ffffffffffffffffff01"),
    ({"f_int64": 2**63 - 1}, "20 ffffffffffffffff7f"),
    ({"f_int64": -(2**63)}, "20 80808080808080808001"),
    ({"f_uint32": 2**32 - 1}, "28 ffffffff0f"),
    ({"f_uint64": 2**64 - 1}, "30 ffffffffffffffffff01"),
    ({"f_uint64": 2**63}, "30 80808080808080808001"),
    # zigzag
    ({"f_sint32": -1}, "38 01"),
    ({"f_sint32": 1}, "38 02"),
    ({"f_sint32": 2**31 - 1}, "38 feffffff0f"),
    ({"f_sint32": -(2**31)}, "38 ffffffff0f"),
    ({"f_sint64": -(2**63)}, "40 ffffffffffffffffff01"),
    ({"f_sint64": 2**63 - 1}, "40 feffffffffffffffff01"),
    # fixed width, little-endian
    ({"f_fixed32": 2**32 - 1}, "4d ffffffff"),
    ({"f_fixed32": 1}, "4d 01000000"),
    ({"f_fixed64": 2**64 - 1}, "51 ffffffffffffffff"),
    ({"f_sfixed32": -1}, "5d ffffffff"),
    ({"f_sfixed32": -(2**31)}, "5d 00000080"),
    ({"f_sfixed64": -(2**63)}, "61 0000000000000080"),
    ({"f_bool": True}, "68 01"),
    ({"f_string": "é"}, "72 02 c3a9"),
    ({"f_string": "😀"}, "72 04 f09f9880"),
    ({"f_string": "\x00"}, "72 01 00"),
    ({"f_string": "a" * 128}, "72 8001" + "61" * 128),
    ({"f_bytes": b"\x00\xff"}, "7a 02 00ff"),
    ({"f_enum": Color.RED}, "8001 01"),
    ({"f_enum": Color.NEGATIVE}, "8001 ffffffffffffffffff01"),
    ({"f_enum": 99}, "8001 63"),  # open enum: an unknown number is kept
    ({"f_enum": -(2**31)}, "8001 80808080f8ffffffff01"),
    ({"f_last": 1}, "f8ffffff0f 01"),  # field 2**29-1: a five-byte tag
    # repeated numbers are packed; repeated strings, bytes, messages are not
    ({"r_int32": [1, -1, 0]}, "ba01 0c 01 ffffffffffffffffff01 00"),
    ({"r_double": [0.0, -0.0]}, "aa01 10 0000000000000000 0000000000000080"),
    ({"r_float": [1.0]}, "b201 04 0000803f"),
    ({"r_uint64": [2**64 - 1]}, "d201 0a ffffffffffffffffff01"),
    ({"r_sint32": [-1, 1]}, "da01 02 0102"),
    ({"r_sint64": [-(2**63)]}, "e201 0a ffffffffffffffffff01"),
    ({"r_fixed32": [1, 2]}, "ea01 08 01000000 02000000"),
    ({"r_sfixed64": [-1]}, "8202 08 ffffffffffffffff"),
    ({"r_bool": [True, False, True]}, "8a02 03 010001"),
    ({"r_string": ["", "a"]}, "9202 00 9202 0161"),
    ({"r_bytes": [b""]}, "9a02 00"),
    ({"r_enum": [Color.RED, -1, 7]}, "a202 0c 01 ffffffffffffffffff01 07"),
    ({"r_int32": []}, ""),
    # map entries: key and value are always written, even when zero
    ({"m_int32": {0: ""}}, "c202 04 0800 1200"),
    ({"m_int32": {-1: "x"}}, "c202 0e 08ffffffffffffffffff01 120178"),
    ({"m_uint32": {1: Color.NEGATIVE}}, "d202 0d 0801 10ffffffffffffffffff01"),
    ({"m_sint64": {-1: b"\x00"}}, "da02 05 0801 120100"),
    ({"m_bool": {True: -0.0}}, "e202 0b 0801 110000000000000080"),
    ({"m_string": {"": AllKinds()}}, "ea02 04 0a00 1200"),
    ({"m_fixed32": {7: 0.0}}, "f202 0a 0d07000000 1500000000"),
    ({"m_sfixed64": {-2: -3}}, "fa02 0b 09feffffffffffffff 1005"),
    ({"m_int64": {5: AllKinds(f_int32=1)}}, "ca02 06 0805 12021801"),
    # a oneof member and an optional field are written even when zero
    ({"o_int32": 0}, "9003 00"),
    ({"o_string": ""}, "9a03 00"),
    ({"o_msg": AllKinds()}, "a203 00"),
    ({"o_enum": Color.COLOR_UNSPECIFIED}, "a803 00"),
    ({"o_double": 0.0}, "b103 0000000000000000"),
    ({"o_bytes": b""}, "ba03 00"),
    ({"o_float": 0.0}, "c503 00000000"),
    ({"p_int32": 0}, "e003 00"),
    ({"p_string": ""}, "ea03 00"),
    ({"p_double": 0.0}, "f103 0000000000000000"),
    ({"p_bool": False}, "f803 00"),
    ({"p_enum": Color.COLOR_UNSPECIFIED}, "8004 00"),
    ({"p_float": -0.0}, "8d04 00000080"),
    ({"p_sint64": 0}, "9004 00"),
    ({"p_bytes": b""}, "9a04 00"),
    ({"p_uint64": 0}, "a004 00"),
    # message presence: a set, empty message is written as tag + zero length
    ({"child": AllKinds()}, "b204 00"),
    ({"children": [AllKinds(), AllKinds(f_bool=True)]}, "ba04 00 ba04 026801"),
    # fields are written in field-number order, whatever the declaration order
    (
        {"f_last": 2, "child": AllKinds(), "f_double": 1.0, "o_int32": 1},
        "09 000000000000f03f 9003 01 b204 00 f8ffffff0f 02",
    ),
]


def _reference(fields: dict[str, Any]) -> Any:
    ref = RefAllKinds()
    for name, value in fields.items():
        f = RefAllKinds.DESCRIPTOR.fields_by_name[name]
        if f.message_type is not None and f.message_type.GetOptions().map_entry:
            target = getattr(ref, name)
            for k, v in value.items():
                if isinstance(v, AllKinds):
                    target[k].MergeFromString(v.to_bytes())
                else:
                    target[k] = v
        elif isinstance(value, AllKinds):
            getattr(ref, name).SetInParent()
            getattr(ref, name).MergeFromString(value.to_bytes())
        elif isinstance(value, list) and value and isinstance(value[0], AllKinds):
            for v in value:
                getattr(ref, name).add().MergeFromString(v.to_bytes())
        elif isinstance(value, list):
            getattr(ref, name).extend(value)
        else:
            setattr(ref, name, value)
    return ref


def _ids(case: tuple[dict[str, Any], str]) -> str:
    return ",".join(f"{k}={v!r}"[:40] for k, v in case[0].items())


@pytest.mark.parametrize("case", GOLDEN, ids=[_ids(c) for c in GOLDEN])
def test_golden(case: tuple[dict[str, Any], str]) -> None:
    fields, hexed = case
    expected = bytes.fromhex(hexed)
    ours = AllKinds(**fields)
    assert ours.to_bytes() == expected
    assert ours.to_bytes(deterministic=True) == expected
    assert _reference(fields).SerializeToString() == expected  # the table is right
    decoded = AllKinds.from_bytes(expected)
    assert decoded.to_bytes() == expected
    for name, value in fields.items():
        got = getattr(decoded, name)
        if isinstance(value, float) and value != value:
            assert got != got
            if name != "f_float":  # NaN payload and sign survive (double)
                assert F64.pack(got) == F64.pack(value)
        elif name == "f_float" and abs(value) > 3.5e38:
            assert got == value * float("inf")
        elif name == "f_float":
            assert got == struct.unpack("<f", struct.pack("<f", value))[0]
        elif isinstance(value, Color):
            assert got is value
        else:
            assert got == value
            # repeated and map fields decode read-only (issue 10 item 7)
            frozen = {list: FrozenList, dict: FrozenDict}.get(type(value), type(value))
            assert type(got) is frozen


def test_decoded_types() -> None:
    """Known enum numbers decode to members, unknown ones to ints; bytes are bytes."""
    m = AllKinds.from_bytes(bytes.fromhex("8001 02 a202 03 010263 7a 00".replace(" ", "")))
    assert m.f_enum is Color.GREEN
    assert m.r_enum == [Color.RED, Color.GREEN, 99]
    assert type(m.r_enum[2]) is int
    assert m.f_bytes == b"" and type(m.f_bytes) is bytes
    m = AllKinds.from_bytes(bytes.fromhex("7a0161"))
    assert type(m.f_bytes) is bytes


@pytest.mark.parametrize(
    ("hexed", "field_name", "value"),
    [
        # values wider than their type: upb truncates, so do we
        ("18 ffffffffffffffff7f", "f_int32", -1),  # int32 from a 64-bit varint
        ("18 8080808010", "f_int32", 0),
        ("28 ffffffffffffffffff01", "f_uint32", 2**32 - 1),
        ("38 ffffffffffffffffff01", "f_sint32", -(2**31)),
        ("68 02", "f_bool", True),
        ("68 ffffffffffffffffff01", "f_bool", True),
        ("68 8000", "f_bool", False),  # a non-canonical zero
        ("18 ffffffffffffffffff7f", "f_int32", -1),  # bits past 64 dropped
        ("8001 ffffffff0f", "f_enum", -1),  # a 5-byte negative enum
        ("8001 ffffffffffffffff7f", "f_enum", -1),
        ("8001 8080808008", "f_enum", -(2**31)),
    ],
)
def test_wide_varints_read_like_upb(hexed: str, field_name: str, value: Any) -> None:
    data = bytes.fromhex(hexed.replace(" ", ""))
    ref = RefAllKinds.FromString(data)
    assert getattr(ref, field_name) == value
    ours = AllKinds.from_bytes(data)
    assert getattr(ours, field_name) == value
    assert ours.to_bytes() == ref.SerializeToString()


def test_float_nan_payloads_survive_a_round_trip() -> None:
    for bits in (0x7F800001, 0xFF800001, 0x7FC00000, 0x7FBFFFFF, 0xFFFFFFFF, 0x7FA00005):
        data = b"\x15" + struct.pack("<I", bits)
        assert RefAllKinds.FromString(data).SerializeToString() == data
        assert AllKinds.from_bytes(data).to_bytes() == data


def test_packed_and_unpacked_are_both_read() -> None:
    unpacked = bytes.fromhex("b801 01 b801 02 b801 ffffffffffffffffff01".replace(" ", ""))
    packed = bytes.fromhex("ba01 02 0102".replace(" ", ""))
    empty_run = bytes.fromhex("ba01 00".replace(" ", ""))
    data = unpacked + packed + empty_run + unpacked[:3]
    ours = AllKinds.from_bytes(data)
    assert ours.r_int32 == [1, 2, -1, 1, 2, 1]
    assert ours.to_bytes() == RefAllKinds.FromString(data).SerializeToString()
    expected = "ba01 0f 01 02 ffffffffffffffffff01 01 02 01"
    assert ours.to_bytes() == bytes.fromhex(expected.replace(" ", ""))
    assert AllKinds.from_bytes(empty_run).r_int32 == []
    assert AllKinds.from_bytes(empty_run).to_bytes() == b""
    # fixed-width and bool elements, unpacked
    data = bytes.fromhex("a901 0000000000000080 8802 01 8802 00 ed01 01000000".replace(" ", ""))
    ours = AllKinds.from_bytes(data)
    assert ours.r_double == [-0.0] and str(ours.r_double[0]) == "-0.0"
    assert ours.r_bool == [True, False]
    assert ours.r_fixed32 == [1]
    assert ours.to_bytes() == RefAllKinds.FromString(data).SerializeToString()


def test_wrong_wire_type_is_an_unknown_field() -> None:
    """A known number with another wire type is kept as an unknown field, as upb does."""
    data = bytes.fromhex("0d 00000000 1801 18 ffffffff07 7005 92020161".replace(" ", ""))
    ref = RefAllKinds.FromString(data)
    ours = AllKinds.from_bytes(data)
    assert ours.f_double == 0.0 and ours.f_int32 == 2**31 - 1 and ours.r_string == ["a"]
    assert ours.f_string == ""
    assert ours._unknown_fields == bytes.fromhex("0d00000000 7005".replace(" ", ""))
    assert ours.to_bytes() == ref.SerializeToString()


def test_unknown_fields_are_written_last_in_order_received() -> None:
    data = bytes.fromhex("f80501 1801 1b 0801 1c 09 000000000000f03f d0860301".replace(" ", ""))
    ours = AllKinds.from_bytes(data)
    expected = bytes.fromhex("09 000000000000f03f 1801 f80501 1b08011c d0860301".replace(" ", ""))
    assert ours.to_bytes() == expected
    assert RefAllKinds.FromString(data).SerializeToString() == expected


@pytest.mark.parametrize(
    ("entries", "order"),
    [
        ({"a": 1, "": 2, "ab": 3, "b": 4, "é": 5, "B": 6}, ["B", "ab", "a", "b", "é", ""]),
    ],
)
def test_deterministic_string_key_order(entries: dict[str, int], order: list[str]) -> None:
    """upb's deterministic order: by UTF-8 bytes, but a longer key before its prefix."""
    ours = AllKinds(m_string={k: AllKinds(f_int32=v) for k, v in entries.items()})
    ref = RefAllKinds()
    for k, v in entries.items():
        ref.m_string[k].f_int32 = v
    det = ref.SerializeToString(deterministic=True)
    assert ours.to_bytes(deterministic=True) == det
    assert list(AllKinds.from_bytes(det).m_string) == order


def test_deterministic_integer_key_order() -> None:
    keys = [5, -1, 0, 2**31 - 1, -(2**31), 3]
    ref = RefAllKinds()
    for k in keys:
        ref.m_int32[k] = str(k)
        ref.m_int64[k].f_int32 = 1
        ref.m_sint64[k] = b""
        ref.m_sfixed64[k] = 1
        if k >= 0:
            ref.m_uint32[k] = 1
            ref.m_fixed32[k] = 1.0
    ref.m_bool[True] = 1.0
    ref.m_bool[False] = 2.0
    ours = AllKinds.from_bytes(ref.SerializeToString())
    assert ours.to_bytes(deterministic=True) == ref.SerializeToString(deterministic=True)
    # upb writes integer keys descending as unsigned two's complement, bools true first
    written = AllKinds.from_bytes(ours.to_bytes(deterministic=True))
    assert list(written.m_int32) == [-1, -(2**31), 2**31 - 1, 5, 3, 0]
    assert list(written.m_sfixed64) == [-1, -(2**31), 2**31 - 1, 5, 3, 0]
    assert list(written.m_uint32) == [2**31 - 1, 5, 3, 0]
    assert list(written.m_bool) == [True, False]


# -- hypothesis: random AllKinds messages against upb --------------------------------------

MESSAGES = reference_messages(RefAllKinds.DESCRIPTOR, max_depth=2, max_repeated=3)


def _det(m: Any) -> bytes:
    return m.SerializeToString(deterministic=True)


@settings(max_examples=examples(150), deadline=None, suppress_health_check=HEALTH)
@given(MESSAGES)
def test_random_messages_match_reference(ref: Any) -> None:
    data = ref.SerializeToString()
    decoded = AllKinds.from_bytes(data)
    assert decoded.to_bytes() == data
    assert decoded.to_bytes(deterministic=True) == _det(ref)
    built = to_ours(ref)  # through the constructors: the encoder on its own
    assert built.to_bytes(deterministic=True) == _det(ref)
    assert RefAllKinds.FromString(built.to_bytes()) == ref


@settings(max_examples=examples(60), deadline=None, suppress_health_check=HEALTH)
@given(st.lists(MESSAGES, min_size=2, max_size=3), st.randoms(use_true_random=False))
def test_concatenations_merge_like_reference(parts: list[Any], rnd: random.Random) -> None:
    data = b"".join(p.SerializeToString() for p in [*parts, rnd.choice(parts)])
    ref = RefAllKinds.FromString(data)
    ours = AllKinds.from_bytes(data)
    assert ours.to_bytes(deterministic=True) == _det(ref)
    assert RefAllKinds.FromString(ours.to_bytes()) == ref


@settings(max_examples=examples(80), deadline=None, suppress_health_check=HEALTH)
@given(MESSAGES, st.randoms(use_true_random=False))
def test_packed_and_unpacked_mixes_read_like_reference(ref: Any, rnd: random.Random) -> None:
    data = repack(RefAllKinds.DESCRIPTOR, ref.SerializeToString(), rnd)
    parsed = RefAllKinds.FromString(data)
    assert _det(parsed) == _det(ref)
    ours = AllKinds.from_bytes(data)
    assert ours.to_bytes(deterministic=True) == _det(ref)
    assert RefAllKinds.FromString(ours.to_bytes()) == ref


# -- hostile input on the kinds flyteidl does not use (packed runs, int keys) -------------

PACKED_BAD = [
    ("ea01 03 010000", "truncated 4-byte fixed-width value", "r_fixed32[0]", 3),
    ("ea01 05 0100000002", "truncated 4-byte fixed-width value", "r_fixed32[1]", 7),
    ("aa01 07 00000000000000", "truncated 8-byte fixed-width value", "r_double[0]", 3),
    ("ba01 02 01 80", "truncated varint", "r_int32[1]", 4),
    ("ba01 0b ffffffffffffffffffff01", "varint longer than 10 bytes", "r_int32[0]", 3),
    ("8a02 02 0180", "truncated varint", "r_bool[1]", 4),
    ("a202 02 0180", "truncated varint", "r_enum[1]", 4),
    ("c202 02 0880", "truncated varint", "m_int32", 4),
    ("c202 04 0801 1201", "length 1 runs past the end of the data (0 bytes left)", "m_int32[1]", 6),
    ("ca02 05 0801 12 01 0e", "invalid wire type 6", "m_int64[1].f_double", 7),
    ("a203 02 0e00", "invalid wire type 6", "o_msg.f_double", 3),
    ("ea02 03 0a01 ff", "invalid UTF-8 in string", "m_string", 5),
]


@pytest.mark.parametrize(("hexed", "reason", "path", "offset"), PACKED_BAD)
def test_bad_input(hexed: str, reason: str, path: str, offset: int) -> None:
    data = bytes.fromhex(hexed.replace(" ", ""))
    with pytest.raises(Exception, match="Error parsing message"):
        RefAllKinds.FromString(data)
    with pytest.raises(flyte_lite.DecodeError) as info:
        AllKinds.from_bytes(data)
    assert (info.value.reason, info.value.path, info.value.offset) == (reason, path, offset)
    assert str(info.value) == f"{FULL_NAME}.{path}: {reason} (at byte {offset})"
