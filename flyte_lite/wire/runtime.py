"""What the generated codec imports: the helpers of its slow and error paths, and the
primitives it reads and writes with (``flyte_lite/models/**/_*_codec.py``)."""

from __future__ import annotations

import struct
from array import array
from typing import Any, Iterator, Optional

from flyte_lite.wire import primitives as P
from flyte_lite.wire import values as V
from flyte_lite.wire.errors import DecodeError, EncodeError, describe
from flyte_lite.wire.frozen import EMPTY_DICT, EMPTY_LIST, FrozenDict, FrozenList
from flyte_lite.wire.generated import dict_setter
from flyte_lite.wire.primitives import MAX_DEPTH

__all__ = [
    "EMPTY_DICT",
    "EMPTY_LIST",
    "FD",
    "FL",
    "MAX_DEPTH",
    "_MISSING",
    "DecodeError",
    "EncodeError",
    "_append",
    "_as_dict",
    "_as_list",
    "_bad",
    "_bad_utf8",
    "_index",
    "_int32",
    "_new",
    "_not_plain",
    "_overrun",
    "_pairs",
    "_pending",
    "_plain_normalize",
    "_set_item",
    "_sorted_entries",
    "_svarint",
    "_too_deep",
    "_truncated",
    "_two_members",
    "_unzigzag",
    "_upb_key_order",
    "_varint",
    "_zigzag",
    "as_bool",
    "as_bytes",
    "as_float",
    "as_int",
    "as_str",
    "decode_length",
    "decode_tag",
    "decode_varint",
    "dict_setter",
    "pack_double",
    "pack_fixed32",
    "pack_fixed64",
    "pack_float",
    "pack_sfixed32",
    "pack_sfixed64",
    "skip_field",
    "struct_error",
    "unpack_double",
    "unpack_fixed32",
    "unpack_fixed64",
    "unpack_float",
    "unpack_sfixed32",
    "unpack_sfixed64",
]


def _overrun(start: int, stop: int, end: int) -> None:
    raise DecodeError(
        f"length {stop - start} runs past the end of the data ({end - start} bytes left)",
        start - 1)


def _bad_utf8(start: int, exc: UnicodeDecodeError) -> None:
    raise DecodeError("invalid UTF-8 in string", start + exc.start) from None


def _truncated(pos: int, size: int) -> None:
    raise DecodeError(f"truncated {size}-byte fixed-width value", pos)


def _too_deep(pos: int) -> None:
    raise DecodeError(f"messages nested deeper than {P.MAX_DEPTH} levels", pos)


def _int32(v: int) -> int:
    return ((v & P.MASK32) ^ 0x80000000) - 0x80000000


def _bad(exc: Exception, segment: str, value: Any, expected: str) -> EncodeError:
    """Turn an exception raised while writing ``value`` into an EncodeError naming the field.

    A ``TypeError`` (or ``AttributeError``, a method the value lacks) means the wrong kind
    of value: the error says what was expected and what was given, not Python's words."""
    if isinstance(exc, (TypeError, AttributeError)):
        err = EncodeError(f"expected {expected}, got {describe(value)}")
    elif isinstance(exc, UnicodeEncodeError):
        err = EncodeError(f"a string that is not valid Unicode ({exc.reason}): "
                          f"{describe(value)}")
    else:
        err = EncodeError(str(exc))
    err._enter(segment)
    return err


def _as_list(value: Any) -> list[Any]:
    if isinstance(value, (list, tuple)):
        return list(value)
    raise TypeError


def _as_dict(value: Any) -> dict[Any, Any]:
    if isinstance(value, dict):
        return value
    raise TypeError


def _index(items: Any, item: Any) -> int:
    for i, candidate in enumerate(items):
        if candidate is item:
            return i
    return -1


def _upb_key_order(item: tuple[Any, Any]) -> Any:
    # upb sorts the keys, then writes the entries back to front, so its comparisons
    # come out as follows. Strings: it compares the shared prefix of two keys' UTF-8
    # bytes (negated) and puts the longer key first when one is a prefix of the other
    # ("ab" < "a" < ""); 0xFF never occurs in UTF-8, so it sorts after every byte a
    # longer key can have. Integers: descending as unsigned two's complement
    # (-1, -5, 7, 0), the same order at 32 and 64 bits. Bools: true first.
    # A key of no map key type sorts first, so that writing it reports it.
    key = item[0]
    if isinstance(key, str):
        try:
            return 1, key.encode() + b"\xff"
        except UnicodeEncodeError:
            return 0, 0
    if isinstance(key, bool):
        return 2, not key
    if isinstance(key, int):
        return 3, -(key & 0xFFFFFFFFFFFFFFFF)
    return 0, 0


def _sorted_entries(entries: dict[Any, Any]) -> list[tuple[Any, Any]]:
    """Map entries in the order protobuf's deterministic serialization (upb) writes them."""
    return sorted(entries.items(), key=_upb_key_order)


def _plain_normalize(value: Any) -> Any:
    """A subclass value (an IntEnum, a str or dict subclass) as its plain base type."""
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, bytes):
        return bytes(value)
    if isinstance(value, dict):
        return dict(value)
    if isinstance(value, (list, tuple)):
        return list(value)
    return value


def _not_plain(value: Any, cls: type) -> None:
    raise EncodeError(f"{cls.__name__} cannot hold {describe(value)}")


def _pending(pend: Optional[dict[str, array[int]]], name: str, start: int,
             stop: int) -> dict[str, array[int]]:
    """Note another occurrence ``buf[start:stop]`` of singular message field ``name``.

    Occurrences after the first are merged in one pass once the parent is read: merging
    each as it came would copy what was merged so far, quadratic in the input. They are
    noted as pairs of 64-bit positions, 16 bytes each."""
    if pend is None:
        pend = {}
    spans = pend.get(name)
    if spans is None:
        pend[name] = array("q", (start, stop))
    else:
        spans.append(start)
        spans.append(stop)
    return pend


def _pairs(spans: array[int]) -> Iterator[tuple[int, int]]:
    """The (start, stop) pairs noted by :func:`_pending`."""
    positions = iter(spans)
    return zip(positions, positions)


def _two_members(group: str, names: list[str]) -> None:
    raise EncodeError(f"oneof {group!r} has more than one member set: {', '.join(names)}")



decode_varint = P.decode_varint
decode_length = P.decode_length
decode_tag = P.decode_tag
skip_field = P.skip_field
_varint = P.encode_varint
_svarint = P.encode_signed_varint
_zigzag = P.zigzag_encode
_unzigzag = P.zigzag_decode
as_int = V.as_int
as_float = V.as_float
as_str = V.as_str
as_bool = V.as_bool
as_bytes = V.as_bytes
_new = object.__new__
FL = FrozenList
FD = FrozenDict
_append = list.append
_set_item = dict.__setitem__
_MISSING = object()
struct_error = struct.error
pack_double, unpack_double = P.pack_double, P.unpack_double
pack_float, unpack_float = P.pack_float, P.unpack_float
pack_fixed32, unpack_fixed32 = P.pack_fixed32, P.unpack_fixed32
pack_fixed64, unpack_fixed64 = P.pack_fixed64, P.unpack_fixed64
pack_sfixed32, unpack_sfixed32 = P.pack_sfixed32, P.unpack_sfixed32
pack_sfixed64, unpack_sfixed64 = P.pack_sfixed64, P.unpack_sfixed64

#: Every name of this module that generated code may use, by name.
HELPERS: dict[str, Any] = {name: globals()[name] for name in __all__}
