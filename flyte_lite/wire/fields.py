"""Field declarations: the wire layout of a message, written once beside its attrs fields.

A message class declares each field as ``name: type = field(number, kind, ...)``.
``kind`` is a scalar kind (``STRING``, ``INT32``...), ``enum(SomeIntEnum)``,
``msg("full.proto.Name")`` or ``map_of(key_kind, value_kind)``. The codec reads
these declarations to build the class's encoder and decoder.
"""

from __future__ import annotations

import enum
from math import copysign
from typing import Any, Callable, NamedTuple, Optional, TypeVar, Union

import attrs

from flyte_lite.wire.frozen import (
    EMPTY_DICT,
    EMPTY_LIST,
    freeze,
    frozen_dict,
    frozen_list,
    frozen_plain_dict,
    frozen_plain_list,
)
from flyte_lite.wire.primitives import FIXED32, FIXED64, LEN, VARINT

#: Key under which a field's :class:`FieldSpec` is kept in attrs metadata.
SPEC_KEY = "flyte_lite.wire"


# The kinds and FieldSpec are named tuples: immutable values that, unlike attrs
# classes, cost next to nothing to define when flyte_lite is imported.


class Scalar(NamedTuple):
    """A protobuf scalar type: its name, wire type, zero value and integer range."""

    name: str
    wire_type: int
    default: Any
    int_range: Optional[tuple[int, int]] = None

    def __repr__(self) -> str:
        return self.name.upper()


def _range(bits: int, signed: bool) -> tuple[int, int]:
    return (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)


DOUBLE = Scalar("double", FIXED64, 0.0)
FLOAT = Scalar("float", FIXED32, 0.0)
INT32 = Scalar("int32", VARINT, 0, _range(32, True))
INT64 = Scalar("int64", VARINT, 0, _range(64, True))
UINT32 = Scalar("uint32", VARINT, 0, _range(32, False))
UINT64 = Scalar("uint64", VARINT, 0, _range(64, False))
SINT32 = Scalar("sint32", VARINT, 0, _range(32, True))
SINT64 = Scalar("sint64", VARINT, 0, _range(64, True))
FIXED32_ = Scalar("fixed32", FIXED32, 0, _range(32, False))
FIXED64_ = Scalar("fixed64", FIXED64, 0, _range(64, False))
SFIXED32 = Scalar("sfixed32", FIXED32, 0, _range(32, True))
SFIXED64 = Scalar("sfixed64", FIXED64, 0, _range(64, True))
BOOL = Scalar("bool", VARINT, False)
STRING = Scalar("string", LEN, "")
BYTES = Scalar("bytes", LEN, b"")

def int_range(name: str) -> tuple[int, int]:
    """The values an integer scalar type can hold (``"enum"``: int32, as on the wire)."""
    scalar = SCALARS["int32" if name == "enum" else name]
    if scalar.int_range is None:
        raise ValueError(f"{name} is not an integer type")
    return scalar.int_range


SCALARS = {s.name: s for s in (DOUBLE, FLOAT, INT32, INT64, UINT32, UINT64, SINT32, SINT64,
                              FIXED32_, FIXED64_, SFIXED32, SFIXED64, BOOL, STRING, BYTES)}


class EnumKind(NamedTuple):
    """An open enum: known numbers decode to members of ``enum_type``, others stay ints."""

    enum_type: type[enum.IntEnum]

    @property
    def name(self) -> str:
        return "enum"

    @property
    def wire_type(self) -> int:
        return VARINT

    @property
    def int_range(self) -> tuple[int, int]:
        return _range(32, True)

    @property
    def default(self) -> Any:
        return self.enum_type(0)


class MessageKind(NamedTuple):
    """A nested message, named by its full protobuf name and resolved on first use."""

    full_name: str

    @property
    def name(self) -> str:
        return "message"

    @property
    def wire_type(self) -> int:
        return LEN

    @property
    def default(self) -> None:
        return None


class MapKind(NamedTuple):
    """A ``map<key, value>`` field, carried on the wire as repeated key/value entries."""

    key: Scalar
    value: Union[Scalar, EnumKind, MessageKind]

    @property
    def name(self) -> str:
        return "map"

    @property
    def wire_type(self) -> int:
        return LEN


Kind = Union[Scalar, EnumKind, MessageKind, MapKind]


_ENUMS: dict[str, type[enum.IntEnum]] = {}

E = TypeVar("E", bound=type[enum.IntEnum])


def protobuf_enum(full_name: str) -> Callable[[E], E]:
    """Class decorator: register an ``IntEnum`` under its full protobuf name."""

    def register(cls: E) -> E:
        if full_name in _ENUMS:
            raise ValueError(f"enum {full_name} is registered twice")
        if 0 not in cls._value2member_map_:
            raise ValueError(f"enum {full_name} has no zero value")
        cls.full_name = full_name  # type: ignore[attr-defined]
        _ENUMS[full_name] = cls
        return cls

    return register


def enum_of(enum_type: Union[str, type[enum.IntEnum]]) -> EnumKind:
    """The kind of a field holding an enum, given as a class or a registered full name."""
    if isinstance(enum_type, str):
        try:
            enum_type = _ENUMS[enum_type]
        except KeyError:
            raise KeyError(f"no enum is registered for {enum_type!r}") from None
    return EnumKind(enum_type)


def msg(full_name: str) -> MessageKind:
    """The kind of a field holding the message called ``full_name``."""
    return MessageKind(full_name)


def map_of(key: Scalar, value: Union[Scalar, EnumKind, MessageKind]) -> MapKind:
    """The kind of a ``map<key, value>`` field."""
    return MapKind(key, value)


class FieldSpec(NamedTuple):
    """One field of a message: everything the codec, JSON, plain data and the views need
    to know about it, from its declaration (see :func:`specs_of`)."""

    number: int
    kind: Kind
    repeated: bool = False
    oneof: Optional[str] = None
    #: Explicit presence: ``None`` means unset, and a set zero value is written.
    presence: bool = False
    name: str = ""  # filled in from the attrs attribute by :func:`specs_of`
    json_name: str = ""

    @property
    def packed(self) -> bool:
        """Repeated numeric fields are packed, as proto3 does by default."""
        return self.repeated and self.kind.wire_type != LEN

    @property
    def default(self) -> Any:
        """The field's value when it is not set: the shared empty (read-only) dict or list
        of a map or repeated field, ``None`` with presence, else the kind's zero."""
        if isinstance(self.kind, MapKind):
            return EMPTY_DICT
        if self.repeated:
            return EMPTY_LIST
        return None if self.presence else self.kind.default

    def is_set(self, value: Any) -> bool:
        """Whether ``value`` in this field is set (written, printed, kept in plain data):
        anything but ``None`` with presence; without, anything but :func:`is_zero`."""
        return value is not None if self.presence else not is_zero(value)


def is_zero(value: Any) -> bool:
    """Whether a field without presence holding ``value`` is unset: an empty list or map,
    or a scalar at its zero (``""``, ``b""``, ``0``, ``False``, an enum's zero, ``0.0``
    but not ``-0.0``, whose sign is written)."""
    return not value and not (isinstance(value, float) and copysign(1.0, value) < 0)


def field(number: int, kind: Kind, *, repeated: bool = False, oneof: Optional[str] = None,
          optional: bool = False) -> Any:
    """Declare a message field: its number, kind, and how it holds a value.

    Repeated fields default to an empty list, maps to an empty dict, message fields,
    oneof members and ``optional`` fields to ``None`` (unset), scalars to their zero.
    As in protobuf's constructors, ``None`` given for a repeated or map field means empty.
    """
    if not 1 <= number <= (1 << 29) - 1:
        raise ValueError(f"field number {number} out of range")
    if isinstance(kind, MapKind) and (repeated or oneof or optional):
        raise ValueError("a map field cannot be repeated, optional or in a oneof")
    presence = bool(oneof or optional) or (isinstance(kind, MessageKind) and not repeated)
    spec = FieldSpec(number, kind, repeated, oneof, presence)
    metadata = {SPEC_KEY: spec}
    # what the constructor does with a value given: lists and dicts become read-only
    # copies (plain data all the way down), None an empty one for a repeated or map
    # field; anything else is kept for the encoder to judge
    convert: Optional[Callable[[Any], Any]] = None
    if isinstance(kind, MapKind):
        convert = frozen_plain_dict if _holds_plain(kind.value) else frozen_dict
    elif repeated:
        convert = frozen_plain_list if _holds_plain(kind) else frozen_list
    elif _holds_plain(kind):
        convert = freeze
    return attrs.field(default=spec.default, converter=convert, metadata=metadata)


#: The messages whose fields hold JSON data that has lists and dicts in it.
_PLAIN_CONTAINERS = frozenset({"google.protobuf.Struct", "google.protobuf.Value",
                               "google.protobuf.ListValue"})


def _holds_plain(kind: Any) -> bool:
    return isinstance(kind, MessageKind) and kind.full_name in _PLAIN_CONTAINERS


def json_name(name: str) -> str:
    """protobuf's JSON name for a field: underscores dropped, the next letter upper-cased."""
    out = []
    upper = False
    for ch in name:
        if ch == "_":
            upper = True
        elif upper:
            out.append(ch.upper())
            upper = False
        else:
            out.append(ch)
    return "".join(out)


_SPECS: dict[type, tuple[FieldSpec, ...]] = {}


def specs_of(cls: type) -> tuple[FieldSpec, ...]:
    """The wire fields of an attrs message class, in field-number order, with names.

    Worked out once per class (classes do not change after they are defined).
    """
    specs = _SPECS.get(cls)
    if specs is None:
        found = []
        for a in attrs.fields(cls):
            spec = a.metadata.get(SPEC_KEY)
            if spec is not None:
                found.append(spec._replace(name=a.name, json_name=json_name(a.name)))
        specs = _SPECS[cls] = tuple(sorted(found, key=lambda s: s.number))
    return specs


def plain_of(cls: type) -> Optional[str]:
    """The field or oneof whose value stands for instances of ``cls`` (``Struct``: its
    ``fields`` dict), if the class declares one with ``_pb_plain``."""
    return getattr(cls, "_pb_plain", None)
