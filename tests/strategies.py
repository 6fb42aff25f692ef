"""Hypothesis strategies for protobuf messages, built through the reference implementation.

The messages are *reference* messages (protobuf classes, e.g. flyteidl on upb), so the
reference decides what they mean and how they are written; flyte_lite is then checked
against it. Everything is driven by descriptors, so any message type works.

Public API (keep it small; other test modules import it):

``reference_messages(descriptor, *, max_depth=3, max_repeated=3, unknown=True)``
    A strategy of random reference messages of the type ``descriptor`` describes: every
    field kind, oneofs with at most one member set, maps (keys from a small pool so that
    merges collide, including the empty string), repeated fields, unset versus
    set-but-empty submessages, open enums with unknown numbers, integer extremes, floats
    with -0.0/NaN/inf, unicode including astral characters, ``Struct`` built from nested
    JSON, valid ``Duration``/``Timestamp``, and (when ``unknown``) random unknown fields
    appended at every level (varints, fixed, length-delimited, groups; unused numbers
    and known numbers with the wrong wire type).

``unknown_fields(descriptor, *, max_group_depth=2)``
    A strategy of ``bytes``: valid wire encodings of fields a parser of ``descriptor``
    does not know.

``json_values(max_leaves=8)``
    Plain JSON-like data (``dict``/``list``/``str``/``float``/``bool``/``None``) as a
    ``Struct`` holds it.

``to_ours(reference_message)``
    The flyte_lite message with the same content, built field by field through the
    class constructors (never through bytes), so that it checks the encoder on its own.

``wire_fields(data)`` / ``join_fields(fields)``
    A minimal independent reader/writer of the top level of a wire encoding:
    ``[(number, wire_type, raw_field_bytes, payload)]``. Used to reshuffle encodings.

``repack(descriptor, data, choices)``
    Rewrite an encoding so every packed repeated scalar is split into a random mix of
    packed chunks and unpacked elements (recursively, in every known submessage);
    ``choices`` is a ``random.Random``. upb must read the result as the same message.

``examples(n)``
    A test's example count: ``n`` at 100 examples a profile (the default profile runs
    25, so a quarter of ``n``; ``HYPOTHESIS_PROFILE=ci`` runs 500, so five times ``n``,
    see tests/conftest.py), scaled by ``FLYTE_LITE_EXAMPLES`` (a factor, default 1):
    ``FLYTE_LITE_EXAMPLES=50 python -m pytest tests/wire`` explores far more.

``input_size(full, quick)``
    The size of an input grown to show a bound (memory, work, depth): ``full`` under the
    ci profile, ``quick`` (still large enough to show it) under the quicker default.

``sorted_map_runs(descriptor, data)``
    ``data`` (a valid encoding) with each run of consecutive entries of a map field
    sorted, in every known submessage: the content of two encodings that differ only in
    map order compares equal. Needed where upb writes hash order even in deterministic
    mode (a map entry with unknown fields is kept, re-encoded, among the unknown fields).
"""

from __future__ import annotations

import functools
import math
import os
import random
import struct
from typing import Any, NamedTuple, Optional

from google.protobuf import descriptor as _d
from google.protobuf import message_factory
from hypothesis import strategies as st

__all__ = [
    "examples",
    "join_fields",
    "json_values",
    "reference_messages",
    "repack",
    "sorted_map_runs",
    "to_ours",
    "unknown_fields",
    "wire_fields",
]

FD = _d.FieldDescriptor


def examples(n: int) -> int:
    """A test's hypothesis examples: ``n`` at 100 examples a profile, scaled by the
    loaded profile's ``max_examples`` (tests/conftest.py) and by the factor in
    ``$FLYTE_LITE_EXAMPLES`` (default 1)."""
    from hypothesis import settings

    scale = settings().max_examples / 100 * float(os.environ.get("FLYTE_LITE_EXAMPLES", "1"))
    return max(1, round(n * scale))


def input_size(full: int, quick: int) -> int:
    """``full`` under the ci profile (or any with as many examples), ``quick`` otherwise."""
    from hypothesis import settings

    return full if settings().max_examples >= settings.get_profile("ci").max_examples else quick


INT_RANGES = {
    FD.TYPE_INT32: (-(2**31), 2**31 - 1),
    FD.TYPE_SINT32: (-(2**31), 2**31 - 1),
    FD.TYPE_SFIXED32: (-(2**31), 2**31 - 1),
    FD.TYPE_INT64: (-(2**63), 2**63 - 1),
    FD.TYPE_SINT64: (-(2**63), 2**63 - 1),
    FD.TYPE_SFIXED64: (-(2**63), 2**63 - 1),
    FD.TYPE_UINT32: (0, 2**32 - 1),
    FD.TYPE_FIXED32: (0, 2**32 - 1),
    FD.TYPE_UINT64: (0, 2**64 - 1),
    FD.TYPE_FIXED64: (0, 2**64 - 1),
}

#: Wire type of each field type when not packed.
WIRE_TYPE = {
    FD.TYPE_DOUBLE: 1,
    FD.TYPE_FLOAT: 5,
    FD.TYPE_INT32: 0,
    FD.TYPE_INT64: 0,
    FD.TYPE_UINT32: 0,
    FD.TYPE_UINT64: 0,
    FD.TYPE_SINT32: 0,
    FD.TYPE_SINT64: 0,
    FD.TYPE_FIXED32: 5,
    FD.TYPE_FIXED64: 1,
    FD.TYPE_SFIXED32: 5,
    FD.TYPE_SFIXED64: 1,
    FD.TYPE_BOOL: 0,
    FD.TYPE_ENUM: 0,
    FD.TYPE_STRING: 2,
    FD.TYPE_BYTES: 2,
    FD.TYPE_MESSAGE: 2,
}

# Text: any code point UTF-8 can carry (no lone surrogates), biased to edge cases.
_CHARS = st.characters(codec="utf-8")
TEXT = st.one_of(
    st.sampled_from(["", "a", "é", "\x00", "😀", "\U0010ffff", "\u2028", "ß" * 3]),
    st.text(_CHARS, max_size=12),
)
#: Map keys come mostly from a small pool so two random maps share keys.
MAP_KEYS = st.one_of(st.sampled_from(["", "a", "b", "ab", "é", "😀"]), st.text(_CHARS, max_size=6))
DOUBLES = st.one_of(
    st.sampled_from(
        [0.0, -0.0, 1.0, -1.5, math.inf, -math.inf, math.nan, 5e-324, 1.7976931348623157e308]
    ),
    st.floats(allow_nan=True, allow_infinity=True),
    # NaNs with payloads, both signs, quiet and signalling
    st.integers(1, 2**52 - 1).map(
        lambda m: struct.unpack("<d", struct.pack("<Q", 0x7FF0 << 48 | m))[0]
    ),
    st.integers(1, 2**52 - 1).map(
        lambda m: struct.unpack("<d", struct.pack("<Q", 0xFFF0 << 48 | m))[0]
    ),
)
FLOATS = st.one_of(
    st.sampled_from([0.0, -0.0, math.inf, -math.inf, math.nan, 1.401298464324817e-45]),
    st.floats(width=32, allow_nan=True, allow_infinity=True),
)
# A float32 NaN with a payload (signalling or quiet), as raw bits: set through bytes.
FLOAT32_NAN_BITS = st.builds(
    lambda sign, m: (sign << 31) | 0x7F800000 | m, st.integers(0, 1), st.integers(1, 2**23 - 1)
)
BYTES = st.one_of(st.sampled_from([b"", b"\x00", b"\xff\xfe"]), st.binary(max_size=12))

DURATION_SECONDS = 315_576_000_000
TIMESTAMP_MIN, TIMESTAMP_MAX = -62_135_596_800, 253_402_300_799


@functools.cache
def _ints(lo: int, hi: int) -> st.SearchStrategy[int]:
    edges = sorted({lo, hi, 0, 1, max(lo, -1), min(hi, 127), min(hi, 128), min(hi, 2**31)})
    edges = [e for e in edges if lo <= e <= hi]
    return st.one_of(st.sampled_from(edges), st.integers(lo, hi))


def _enum_values(enum: _d.EnumDescriptor) -> st.SearchStrategy[int]:
    known = [v.number for v in enum.values]
    # proto3 enums are open: any int32 is a valid value.
    return st.one_of(
        st.sampled_from(known),
        st.sampled_from([-1, -(2**31), 2**31 - 1, max(known) + 1]),
        st.integers(-(2**31), 2**31 - 1),
    )


def _scalar(f: FD) -> st.SearchStrategy[Any]:
    t = f.type
    if t == FD.TYPE_DOUBLE:
        return DOUBLES
    if t == FD.TYPE_FLOAT:
        return FLOATS
    if t in INT_RANGES:
        return _ints(*INT_RANGES[t])
    if t == FD.TYPE_BOOL:
        return st.booleans()
    if t == FD.TYPE_STRING:
        return TEXT
    if t == FD.TYPE_BYTES:
        return BYTES
    if t == FD.TYPE_ENUM:
        return _enum_values(f.enum_type)
    raise AssertionError(f"no strategy for field type {t}")


def json_values(max_leaves: int = 8) -> st.SearchStrategy[Any]:
    """JSON-like data as a ``Struct`` field holds it (floats, not ints)."""
    leaves = st.one_of(st.none(), st.booleans(), DOUBLES, TEXT)
    return st.recursive(
        leaves,
        lambda inner: st.one_of(
            st.lists(inner, max_size=3), st.dictionaries(MAP_KEYS, inner, max_size=3)
        ),
        max_leaves=max_leaves,
    )


# -- unknown fields ------------------------------------------------------------------


def _varint(value: int) -> bytes:
    out = bytearray()
    while value > 127:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def _padded_varint(value: int, extra: int) -> bytes:
    """A non-canonical varint: ``extra`` redundant continuation bytes (at most 10 total)."""
    raw = bytearray(_varint(value))
    extra = min(extra, 10 - len(raw))
    if extra <= 0:
        return bytes(raw)
    raw[-1] |= 0x80
    raw += b"\x80" * (extra - 1) + b"\x00"
    return bytes(raw)


def _tag(number: int, wire_type: int) -> bytes:
    return _varint(number << 3 | wire_type)


def _expected_wire_types(f: FD) -> set[int]:
    wire = {WIRE_TYPE[f.type]}
    if f.is_repeated and f.type not in (FD.TYPE_STRING, FD.TYPE_BYTES, FD.TYPE_MESSAGE):
        wire.add(2)  # packed
    return wire


Known = tuple[tuple[int, frozenset[int]], ...]  # (number, wire types it is read with)

PADDING = st.sampled_from([0, 0, 0, 1, 3])  # redundant bytes in an unknown varint

_FIELD_NUMBERS = st.one_of(
    st.integers(1, 40),
    st.integers(1, 2**29 - 1),
    st.sampled_from([2**29 - 1, 19000, 2**14, 2**21]),  # largest; 3-, 4- and 5-byte tags
)


@st.composite
def _draw_unknown_field(
    draw: Any,
    numbers: st.SearchStrategy[int],
    expected: dict[int, frozenset[int]],
    inner: Optional[st.SearchStrategy[list[bytes]]],
) -> bytes:
    """One field of :func:`_unknown_field` (module level: ``st.composite`` reads the
    source of the function it wraps, once per wrapping)."""
    number = draw(numbers)
    allowed = [w for w in (0, 1, 2, 3, 5) if w not in expected.get(number, ())]
    if inner is None:
        allowed.remove(3)
    wire_type = draw(st.sampled_from(allowed))
    tag = _tag(number, wire_type)
    if wire_type == 0:
        value = draw(_ints(0, 2**64 - 1))
        return tag + _padded_varint(value, draw(PADDING))
    if wire_type == 1:
        return tag + draw(st.binary(min_size=8, max_size=8))
    if wire_type == 5:
        return tag + draw(st.binary(min_size=4, max_size=4))
    if wire_type == 2:
        payload = draw(st.binary(max_size=10))
        return tag + _varint(len(payload)) + payload
    assert inner is not None
    return tag + b"".join(draw(inner)) + _tag(number, 4)


@functools.cache
def _unknown_field(known: Known, group_depth: int) -> st.SearchStrategy[bytes]:
    """One field a parser knowing ``known`` keeps as unknown: an unused number, or a known
    number with a wire type its field is not read with."""
    expected = dict(known)
    numbers = (
        st.one_of(_FIELD_NUMBERS, st.sampled_from(sorted(expected))) if known else (_FIELD_NUMBERS)
    )
    inner = st.lists(_unknown_field((), group_depth - 1), max_size=3) if group_depth > 0 else None
    return _draw_unknown_field(numbers, expected, inner)


def unknown_fields(
    descriptor: _d.Descriptor, *, max_group_depth: int = 2
) -> st.SearchStrategy[bytes]:
    """Valid wire encodings of fields that ``descriptor``'s parser does not know."""
    known = tuple(sorted((f.number, frozenset(_expected_wire_types(f))) for f in descriptor.fields))
    return st.lists(_unknown_field(known, max_group_depth), min_size=1, max_size=3).map(b"".join)


# -- reference messages ----------------------------------------------------------------


def _is_map(f: FD) -> bool:
    return f.message_type is not None and f.message_type.GetOptions().map_entry


def _real_oneof(f: FD) -> Optional[_d.OneofDescriptor]:
    """The oneof ``f`` belongs to, unless it is the synthetic oneof of an ``optional``."""
    o = f.containing_oneof
    if o is None or (len(o.fields) == 1 and o.name == "_" + f.name):
        return None
    return o


@functools.cache
def _special(full_name: str) -> Optional[st.SearchStrategy[Any]]:
    """Well-known types drawn by meaning rather than field by field (half the time)."""
    if full_name == "google.protobuf.Duration":
        seconds = _ints(0, DURATION_SECONDS)
        nanos = st.integers(0, 999_999_999)
        sign = st.sampled_from([1, -1])  # seconds and nanos share the sign
        return st.builds(lambda s, n, g: {"seconds": g * s, "nanos": g * n}, seconds, nanos, sign)
    if full_name == "google.protobuf.Timestamp":
        return st.builds(
            lambda s, n: {"seconds": s, "nanos": n},
            _ints(TIMESTAMP_MIN, TIMESTAMP_MAX),
            st.integers(0, 999_999_999),
        )
    if full_name == "google.protobuf.Struct":
        return st.dictionaries(MAP_KEYS, json_values(), max_size=4).map(lambda d: {"update": d})
    return None


def _build_special(cls: Any, spec: dict[str, Any]) -> Any:
    m = cls()
    if "update" in spec:
        m.update(spec["update"])
    else:
        for name, value in spec.items():
            setattr(m, name, value)
    return m


@functools.cache
def _scalar_key(f: FD) -> st.SearchStrategy[Any]:
    if f.type == FD.TYPE_STRING:
        return MAP_KEYS
    if f.type in INT_RANGES:
        lo, hi = INT_RANGES[f.type]
        edges = [x for x in (0, 1, -1, lo, hi) if lo <= x <= hi]
        return st.one_of(st.sampled_from(edges), st.integers(lo, hi))
    if f.type == FD.TYPE_BOOL:
        return st.booleans()
    raise AssertionError(f"no key strategy for field type {f.type}")


_SCALAR_CACHE: dict[FD, st.SearchStrategy[Any]] = {}


def _cached_scalar(f: FD) -> st.SearchStrategy[Any]:
    strategy = _SCALAR_CACHE.get(f)
    if strategy is None:
        strategy = _SCALAR_CACHE[f] = _scalar(f)
    return strategy


@functools.cache
def _message(
    descriptor: _d.Descriptor, depth: int, max_depth: int, max_repeated: int, unknown: bool
) -> st.SearchStrategy[Any]:
    """Strategies are cached per (type, depth): building them is what costs most."""
    cls = message_factory.GetMessageClass(descriptor)
    special = _special(descriptor.full_name)
    n_rep = max(0, max_repeated - depth)
    deeper = depth < max_depth
    fields = [f for f in descriptor.fields if _real_oneof(f) is None]
    oneofs = [o for o in descriptor.oneofs if _real_oneof(o.fields[0]) is not None]
    # a oneof: none of its members, or one of them (scalar members, or any when deeper)
    oneof_choices = [
        st.sampled_from([None, *(f for f in o.fields if deeper or f.message_type is None)])
        for o in oneofs
    ]
    floats = [f for f in descriptor.fields if f.type == FD.TYPE_FLOAT]

    def child(d: _d.Descriptor) -> st.SearchStrategy[Any]:
        return _message(d, depth + 1, max_depth, max_repeated, unknown)

    def value_strategy(f: FD) -> Optional[st.SearchStrategy[Any]]:
        """What setting field ``f`` draws, or None when it cannot be set at this depth."""
        sub = f.message_type
        if _is_map(f):
            key_f, value_f = sub.fields
            if value_f.message_type is not None:
                if not deeper:
                    return None
                values = child(value_f.message_type)
            else:
                values = _cached_scalar(value_f)
            return st.lists(
                st.tuples(_scalar_key(key_f), values), max_size=n_rep, unique_by=lambda kv: kv[0]
            )
        if sub is not None:
            if not deeper:
                return None
            return st.lists(child(sub), max_size=n_rep) if f.is_repeated else child(sub)
        if f.is_repeated:
            return st.lists(_cached_scalar(f), max_size=n_rep)
        return _cached_scalar(f)

    plan = [(f, value_strategy(f)) for f in fields]
    plan = [(f, v) for f, v in plan if v is not None]
    width = max(2, round(len(plan) / (12 if not depth else 6)))
    return _draw_message(
        _Plan(
            cls=cls,
            special=special,
            # each field is set with probability 1/2, or 1/width for wide types (about
            # 12 fields at the top, 6 below), so that wide recursive types stay small
            fields=plan,
            set_it=(st.integers(0, width - 1).map(lambda i: i == 0) if width > 2
                    else st.booleans()),
            oneof_choices=oneof_choices,
            member_values={f: value_strategy(f) for o in oneofs for f in o.fields},
            float_fields=st.sampled_from(floats) if floats else None,
            unknown=unknown_fields(descriptor) if unknown else None,
        )
    )


class _Plan(NamedTuple):
    """How :func:`_draw_message` draws a message of one type at one depth."""

    cls: Any
    special: Optional[st.SearchStrategy[Any]]
    fields: list[tuple[FD, st.SearchStrategy[Any]]]  # the settable non-oneof fields
    set_it: st.SearchStrategy[bool]
    oneof_choices: list[st.SearchStrategy[Optional[FD]]]
    member_values: dict[FD, Optional[st.SearchStrategy[Any]]]
    float_fields: Optional[st.SearchStrategy[FD]]
    unknown: Optional[st.SearchStrategy[bytes]]

    def __repr__(self) -> str:  # the strategy's repr shows it: not every strategy inside
        return f"_Plan({self.cls.DESCRIPTOR.full_name})"


def _set_field(m: Any, f: FD, value: Any) -> None:
    if _is_map(f):
        target = getattr(m, f.name)
        for k, v in value:
            if f.message_type.fields[1].message_type is not None:
                target[k].CopyFrom(v)
            else:
                target[k] = v
    elif f.is_repeated:
        if f.message_type is not None:
            for item in value:
                getattr(m, f.name).add().CopyFrom(item)
        else:
            getattr(m, f.name).extend(value)
    elif f.message_type is not None:
        getattr(m, f.name).SetInParent()  # set, even when empty
        getattr(m, f.name).CopyFrom(value)
    else:
        setattr(m, f.name, value)


@st.composite
def _draw_message(draw: Any, plan: _Plan) -> Any:
    """A message as ``plan`` says (module level: ``st.composite`` reads the source of
    the function it wraps, once per wrapping)."""
    if plan.special is not None and draw(st.booleans()):
        m = _build_special(plan.cls, draw(plan.special))
    else:
        m = plan.cls()
        for f, values in plan.fields:
            if draw(plan.set_it):
                _set_field(m, f, draw(values))
        for choice in plan.oneof_choices:
            member = draw(choice)
            if member is not None:
                _set_field(m, member, draw(plan.member_values[member]))
        if plan.float_fields is not None and draw(st.integers(0, 4)) == 0:
            # float NaN payloads (signalling ones too) can only be set through
            # bytes: a Python float assigned to a float field goes through a C cast
            f = draw(plan.float_fields)
            m.MergeFromString(_tag(f.number, 5) + struct.pack("<I", draw(FLOAT32_NAN_BITS)))
    if plan.unknown is not None and draw(st.integers(0, 4)) == 0:
        m.MergeFromString(draw(plan.unknown))
    return m


def reference_messages(
    descriptor: _d.Descriptor, *, max_depth: int = 3, max_repeated: int = 3, unknown: bool = True
) -> st.SearchStrategy[Any]:
    """Random reference messages of ``descriptor``'s type (see the module docstring).

    ``max_depth`` bounds message nesting below the top (maps of scalars are still
    drawn at the bottom), ``max_repeated`` the length of repeated fields and maps at the
    top (one less per level down).
    """
    return _message(descriptor, 0, max_depth, max_repeated, unknown)


# -- reference message -> flyte_lite message, without bytes ----------------------------


def _unknown_bytes(ref: Any) -> bytes:
    """The unknown fields of ``ref`` itself (not of its submessages), as upb writes them."""
    copy = type(ref)()
    copy.CopyFrom(ref)
    for f in ref.DESCRIPTOR.fields:
        copy.ClearField(f.name)
    return copy.SerializeToString()


def _float_values(ref: Any, f: FD) -> list[float]:
    """The values of float field ``f`` of ``ref``, NaN payloads intact.

    upb's getters widen a float to a double in the FPU, which quiets signalling NaNs;
    reading the written bits keeps them (a NaN widened by hand, bit by bit).
    """
    out = []
    for _, _, _, payload in wire_fields(_only_field(ref, f.number)):
        for i in range(0, len(payload), 4):  # one value, or a packed run
            (bits,) = struct.unpack("<I", payload[i : i + 4])
            if bits & 0x7F800000 == 0x7F800000 and bits & 0x7FFFFF:
                wide = (bits >> 31) << 63 | 0x7FF << 52 | (bits & 0x7FFFFF) << 29
                out.append(struct.unpack("<d", struct.pack("<Q", wide))[0])
            else:
                out.append(struct.unpack("<f", payload[i : i + 4])[0])
    return out


def _only_field(ref: Any, number: int) -> bytes:
    """The encoding of field ``number`` of ``ref`` alone."""
    return b"".join(raw for n, _, raw, _ in wire_fields(_known_bytes(ref)) if n == number)


def _known_bytes(ref: Any) -> bytes:
    copy = type(ref)()
    copy.CopyFrom(ref)
    copy.DiscardUnknownFields()
    return copy.SerializeToString()


def _convert_value(f: FD, value: Any) -> Any:
    if f.message_type is not None:
        return to_ours(value)
    if f.type == FD.TYPE_ENUM:
        from flyte_lite.wire.fields import _ENUMS

        enum_type = _ENUMS[f.enum_type.full_name]
        return enum_type._value2member_map_.get(value, value)
    return value


def to_ours(ref: Any) -> Any:
    """The flyte_lite message (or plain value, for Struct/Value/...) equal to ``ref``.

    Built through the class constructors, field by field: the bytes never go through
    flyte_lite's decoder, so encoding the result checks the encoder alone. A class that
    declares ``_pb_plain`` (its fields hold plain data) gives that plain value, unless
    plain data cannot show the message: it has unknown fields, or it is a ``Value`` with
    no kind set or an unknown ``null_value`` number.
    """
    import flyte_lite

    desc = ref.DESCRIPTOR
    cls = flyte_lite.message_class(desc.full_name)
    kwargs: dict[str, Any] = {}
    for f in desc.fields:
        value = getattr(ref, f.name)
        if _is_map(f):
            value_f = f.message_type.fields_by_name["value"]
            kwargs[f.name] = {k: _convert_value(value_f, v) for k, v in value.items()}
        elif f.type == FD.TYPE_FLOAT:
            floats = _float_values(ref, f)
            if f.is_repeated:
                kwargs[f.name] = floats
            elif floats:
                kwargs[f.name] = floats[-1]
            elif f.has_presence and ref.HasField(f.name):
                raise AssertionError(f"{f.name} is set but not written")
        elif f.is_repeated:
            kwargs[f.name] = [_convert_value(f, v) for v in value]
        elif f.has_presence:
            if ref.HasField(f.name):
                kwargs[f.name] = _convert_value(f, value)
        else:
            kwargs[f.name] = _convert_value(f, value)
    unknown = _unknown_bytes(ref)
    obj = cls(**kwargs, _unknown_fields=unknown)
    plain: Optional[str] = getattr(cls, "_pb_plain", None)
    if plain is None or unknown:
        return obj
    if plain in desc.fields_by_name:  # one field stands for the message
        return kwargs[plain]
    member = ref.WhichOneof(plain)  # a oneof: whichever member is set
    if member is None:
        return obj
    f = desc.fields_by_name[member]
    if f.type == FD.TYPE_ENUM and [v.number for v in f.enum_type.values] == [0]:
        return None if kwargs[member] == 0 else obj  # NullValue: only its zero is null
    return kwargs[member]


# -- a minimal independent wire reader ---------------------------------------------------


def _read_varint(data: bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        b = data[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return result, pos


def _skip(data: bytes, pos: int, number: int, wire_type: int) -> int:
    if wire_type == 0:
        return _read_varint(data, pos)[1]
    if wire_type == 1:
        return pos + 8
    if wire_type == 5:
        return pos + 4
    if wire_type == 2:
        n, pos = _read_varint(data, pos)
        return pos + n
    if wire_type == 3:
        while True:
            tag, pos = _read_varint(data, pos)
            if tag & 7 == 4:
                assert tag >> 3 == number
                return pos
            pos = _skip(data, pos, tag >> 3, tag & 7)
    raise AssertionError(f"wire type {wire_type}")


def wire_fields(data: bytes) -> list[tuple[int, int, bytes, bytes]]:
    """The top-level fields of a valid encoding: ``(number, wire_type, raw, payload)``.

    ``raw`` is the whole field (tag included); ``payload`` is the content of a
    length-delimited field and ``raw`` after the tag otherwise.
    """
    out = []
    pos = 0
    while pos < len(data):
        start = pos
        tag, pos = _read_varint(data, pos)
        number, wire_type = tag >> 3, tag & 7
        value_start = pos
        if wire_type == 2:
            n, pos = _read_varint(data, pos)
            payload = data[pos : pos + n]
            pos += n
        else:
            pos = _skip(data, pos, number, wire_type)
            payload = data[value_start:pos]
        out.append((number, wire_type, data[start:pos], payload))
    return out


def join_fields(fields: list[tuple[int, int, bytes, bytes]]) -> bytes:
    """Inverse of :func:`wire_fields`: the concatenation of the raw fields."""
    return b"".join(raw for _, _, raw, _ in fields)


def _packed_elements(f: FD, payload: bytes) -> list[bytes]:
    wire_type = WIRE_TYPE[f.type]
    out = []
    pos = 0
    while pos < len(payload):
        start = pos
        pos = _skip(payload, pos, f.number, wire_type)
        out.append(payload[start:pos])
    return out


def repack(descriptor: _d.Descriptor, data: bytes, choices: random.Random) -> bytes:
    """``data`` with every packed repeated scalar split into packed and unpacked pieces."""
    by_number = {f.number: f for f in descriptor.fields}
    out = bytearray()
    for number, wire_type, raw, payload in wire_fields(data):
        f = by_number.get(number)
        if f is None or wire_type != 2:
            out += raw
        elif f.message_type is not None:
            inner = repack(f.message_type, payload, choices)
            out += _tag(number, 2) + _varint(len(inner)) + inner
        elif f.is_repeated and f.type not in (FD.TYPE_STRING, FD.TYPE_BYTES):
            elements = _packed_elements(f, payload)
            i = 0
            while i < len(elements):
                n = choices.randint(1, len(elements) - i)
                chunk = elements[i : i + n]
                if choices.random() < 0.5:
                    body = b"".join(chunk)
                    out += _tag(number, 2) + _varint(len(body)) + body
                else:
                    for element in chunk:
                        out += _tag(number, WIRE_TYPE[f.type]) + element
                i += n
            if not elements and choices.random() < 0.5:
                out += raw  # an empty packed run is legal too
        else:
            out += raw
    return bytes(out)


def sorted_map_runs(descriptor: _d.Descriptor, data: bytes) -> bytes:
    """``data`` with every run of consecutive entries of one map field sorted, recursively."""
    by_number = {f.number: f for f in descriptor.fields}
    out: list[bytes] = []
    run: list[bytes] = []
    run_number = None
    for number, wire_type, raw, payload in wire_fields(data):
        f = by_number.get(number)
        if f is not None and wire_type == 2 and f.message_type is not None:
            inner = sorted_map_runs(f.message_type, payload)
            item = _tag(number, 2) + _varint(len(inner)) + inner
            if _is_map(f):
                if number != run_number:
                    out += sorted(run)
                    run, run_number = [], number
                run.append(item)
                continue
        else:
            item = raw
        out += sorted(run)
        run, run_number = [], None
        out.append(item)
    out += sorted(run)
    return b"".join(out)
