"""Scalars out and in: each field kind's JSON form, as ``json_format`` writes and reads it."""

from __future__ import annotations

import base64
import binascii
import math
import re
import struct
from collections.abc import Mapping
from contextvars import ContextVar
from typing import Any, Callable, Optional

import orjson

from flyte_lite.protojson.errors import (
    MAX_DEPTH,
    JSONError,
    _describe,
    _fail,
    _key_segment,
    _Reparse,
    _UnknownEnumName,
)
from flyte_lite.protojson.wkt import _LIST_VALUE, _STRUCT, _VALUE
from flyte_lite.wire import WireMessage
from flyte_lite.wire.fields import is_zero, specs_of
from flyte_lite.wire.frozen import FrozenDict, FrozenList
from flyte_lite.wire.values import as_bool, as_bytes, as_float, as_int, as_str

# ---------------------------------------------------------------------------------------
# scalars out

_pack_f32 = struct.Struct("<f").pack
_unpack_f32 = struct.Struct("<f").unpack
_INF = math.inf
_OMIT = object()  # a no-presence float at its default: not written


# Values out: the codec's rule for each kind (flyte_lite.wire.values), its complaints
# in JSON's words.


def _want_str(value: Any) -> str:
    try:
        return as_str(value)
    except TypeError:
        return _fail(f"expected a string, got {_describe(value)}")


def _want_bool(value: Any) -> bool:
    try:
        return as_bool(value)
    except TypeError:
        return _fail(f"expected a bool, got {_describe(value)}")


def _want_int(value: Any, kind: str = "int64") -> int:
    """An integer (an IntEnum too; not a bool, as the codec and upb refuse it)."""
    try:
        return int(as_int(value, kind))
    except TypeError:
        return _fail(f"expected an integer, got {_describe(value)}")
    except ValueError:
        return _fail(f"{_describe(value)} is out of range for {kind}")


def _out_of_range(value: int, kind: str) -> None:
    _fail(f"{_describe(value)} is out of range for {kind}")


def _want_bytes(value: Any) -> bytes:
    try:
        return as_bytes(value)
    except TypeError:
        return _fail(f"expected bytes, got {_describe(value)}")


def _want_float(value: Any, kind: str = "double") -> float:
    try:
        return as_float(value, kind)
    except TypeError:
        return _fail(f"expected a number, got {_describe(value)}")
    except ValueError as exc:
        return _fail(str(exc))


def _nonfinite(value: float) -> str:
    if value != value:
        return "NaN"
    return "Infinity" if value > 0 else "-Infinity"


def _to_f32(value: float) -> float:
    """``value`` rounded to the nearest 32-bit float, as a C cast rounds it."""
    try:
        return float(_unpack_f32(_pack_f32(value))[0])
    except OverflowError:
        return math.copysign(_INF, value)


def _shortest_f32(value: float) -> float:
    """The float with the fewest significant digits (6 to 9) that is the same float32."""
    for digits in (6, 7, 8):
        candidate = float(f"{value:.{digits}g}")
        if _to_f32(candidate) == value:
            return candidate
    return float(f"{value:.9g}")


def _double_json(value: Any) -> Any:
    if value.__class__ is not float:
        value = _want_float(value)
    return value if value - value == 0.0 else _nonfinite(value)


def _float_json(value: Any, precision: Optional[int] = None) -> Any:
    if value.__class__ is not float:
        value = _want_float(value, "float")
    value = _to_f32(value)  # beyond float range: infinity, as the codec writes it
    if value - value != 0.0:
        return _nonfinite(value)
    if precision is not None:  # json_format's float_precision (protobuf 4 and 5)
        return float(format(value, f".{precision}g"))
    return _shortest_f32(value)


def _double_field(value: Any) -> Any:
    """A no-presence double: its JSON, or ``_OMIT`` at the default (``-0.0`` is not it)."""
    if value.__class__ is not float:
        value = _want_float(value)
    if is_zero(value):
        return _OMIT
    return _double_json(value)


def _float_field(value: Any, precision: Optional[int] = None) -> Any:
    if value.__class__ is not float:
        value = _want_float(value, "float")
    rounded = _to_f32(value)
    if is_zero(rounded):  # too small for a float: written as zero, so not at all
        return _OMIT
    return _float_json(rounded, precision)


def _text_float(value: float) -> Any:
    """A finite float for orjson to write as ``json.dumps`` (so json_format) writes it,
    Python's repr: orjson writes other text below 1e-4 and from 1e16 (``1e-5`` for
    ``1e-05``, ``1e16`` for ``1e+16``)."""
    if 1e-4 <= abs(value) < 1e16 or value == 0.0:
        return value
    return orjson.Fragment(repr(value))


def _bytes_json(value: Any) -> str:
    if value.__class__ is not bytes:
        value = _want_bytes(value)
    return binascii.b2a_base64(value, newline=False).decode("ascii")


def _enum_unknown(value: Any) -> int:
    """An enum number the enum does not name: written as the number."""
    number = _want_int(value, "enum")
    if not -0x80000000 <= number <= 0x7FFFFFFF:
        _out_of_range(number, "an enum")
    return number


def _want_message(value: Any, cls: type) -> Any:
    if isinstance(value, cls):
        return value
    return _fail(f"expected {cls.__name__}, got {_describe(value)}")


def _want_list(value: Any) -> list[Any]:
    if isinstance(value, (list, tuple)):
        return list(value)
    return _fail(f"expected a list, got {_describe(value)}")


def _want_dict(value: Any) -> dict[Any, Any]:
    if isinstance(value, dict):
        return value
    return _fail(f"expected a dict, got {_describe(value)}")


def _two_members(message: Any, group: str, names: list[str]) -> None:
    set_names = [n for n in names if getattr(message, n) is not None]
    _fail(f"oneof {group!r} has more than one member set: {', '.join(set_names)}")


# Struct data (what Struct, Value and ListValue fields hold) to JSON.


def _wkt_fields(message: WireMessage, full_name: str, name: str) -> Any:
    if message.full_name != full_name:
        _fail(f"expected {full_name}, got {message.full_name}")
    return getattr(message, name)


def _make_struct_dumpers(number: Callable[[float], Any]) -> tuple[Callable[[Any], Any], ...]:
    """The Value/Struct/ListValue writers; ``number`` turns a finite number into what is
    written (itself for JSON data, :func:`_text_float` for orjson writing text)."""

    def value_json(value: Any) -> Any:
        cls = value.__class__
        if cls is str or cls is bool or value is None:
            return value
        if cls is float:
            if value - value == 0.0:
                return number(value)
            _fail(f"{value!r} has no JSON form in a Struct (it would read back as a string)")
        if cls is FrozenDict or cls is dict:
            return struct_json(value)
        if cls is FrozenList or cls is list or cls is tuple:
            return list_json(value)
        if isinstance(value, WireMessage):
            return wkt_message_json(value)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            try:
                return value_json(float(value))
            except OverflowError:
                _fail(f"{value!r} is too large for a Struct number")
        if isinstance(value, str):
            return str(value)
        if isinstance(value, dict):
            return struct_json(value)
        return _fail(f"a Struct cannot hold {_describe(value)}")

    def struct_json(data: Any) -> dict[str, Any]:
        if isinstance(data, WireMessage):
            data = _wkt_fields(data, _STRUCT, "fields")
        if not isinstance(data, dict):
            _fail(f"expected a dict for a Struct, got {_describe(data)}")
        out = {}
        for key, item in data.items():
            if key.__class__ is not str:
                key = _want_str(key)
            try:
                out[key] = value_json(item)
            except JSONError as exc:
                exc._enter(_key_segment(key))
                raise
        return out


    def list_json(data: Any) -> list[Any]:
        if isinstance(data, WireMessage):
            data = _wkt_fields(data, _LIST_VALUE, "values")
        if not isinstance(data, (list, tuple)):
            _fail(f"expected a list for a ListValue, got {_describe(data)}")
        out = []
        for item in data:
            try:
                out.append(value_json(item))
            except JSONError as exc:
                exc._enter(f"[{len(out)}]")
                raise
        return out


    def wkt_message_json(message: WireMessage) -> Any:
        """A well-known-type message standing in Struct data (it has unknown fields, or is a
        ``Value`` whose kind is unset or an unknown ``null_value``)."""
        name = message.full_name
        if name == _STRUCT:
            return struct_json(message)
        if name == _LIST_VALUE:
            return list_json(message)
        if name != _VALUE:
            _fail(f"a Struct cannot hold {name}")
        kind = message.which_oneof("kind")
        if kind is None or kind == "null_value":
            return None  # what protobuf writes for an unset Value, too
        item = getattr(message, kind)
        if kind == "number_value":
            return value_json(_want_float(item))
        if kind == "string_value":
            return _want_str(item)
        if kind == "bool_value":
            return item if item.__class__ is bool else _want_bool(item)
        return struct_json(item) if kind == "struct_value" else list_json(item)

    return value_json, struct_json, list_json


_value_json, _struct_json, _list_json = _make_struct_dumpers(lambda x: x)
_TEXT_STRUCT_DUMPERS = _make_struct_dumpers(lambda x: _text_float(x))


# ---------------------------------------------------------------------------------------
# scalars in: each takes a value the generated fast path did not, accepts exactly what
# json_format does, and returns the field value (or raises JSONError)

_FLOAT_MAX = float.fromhex("0x1.fffffep+127")
_EXTENSION_NAME = re.compile(r"\[[a-zA-Z0-9._]*\]$")


def _str_in(value: Any) -> str:
    if isinstance(value, str):
        return _utf8_in(str(value))
    return _fail(f"expected a string, got {_describe(value)}")


def _struct_key_in(key: Any) -> str:
    """A Struct key in Python data: a string, or UTF-8 bytes (as ``ParseDict`` takes it)."""
    if isinstance(key, bytes):
        try:
            return key.decode()
        except UnicodeDecodeError as exc:
            _fail(f"a Struct key is not UTF-8: {exc}")
    return _str_in(key)


def _utf8_in(value: str) -> str:
    """Strings must be encodable as UTF-8: protobuf rejects lone surrogates."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        _fail(f"string {_describe(value)} holds a lone surrogate")
    return value


def _bool_in(value: Any) -> bool:
    return _fail(f"expected true or false, got {_describe(value)}")


def _bool_key_in(value: Any) -> bool:
    if value == "true":
        return True
    if value == "false":
        return False
    return _fail(f'a bool map key is "true" or "false", not {_describe(value)}')


def _int_in(value: Any, exact: bool) -> int:
    """An integer from a number or a string: ``1``, ``1.0``, ``"1"``, ``"1e2"``..."""
    if isinstance(value, bool):
        _fail(f"expected an integer, got {_describe(value)}")
    if isinstance(value, float):
        if not value.is_integer():
            _fail(f"expected an integer, got {_describe(value)}")
        if not exact and value == -9223372036854775808.0:
            # orjson turns integers past 64 bits into floats: this one may be one.
            raise _Reparse
        return int(value)
    if isinstance(value, str):
        if " " in value:
            _fail(f"expected an integer, got {_describe(value)}")
        try:
            return int(value)
        except ValueError:
            pass
        try:
            number = float(value)
        except ValueError:
            _fail(f"expected an integer, got {_describe(value)}")
        if not number.is_integer():
            _fail(f"expected an integer, got {_describe(value)}")
        return int(number)
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):
        return _fail(f"expected an integer, got {_describe(value)}")


def _int_range_in(value: int, kind: str) -> None:
    _fail(f"{_describe(value)} is out of range for {kind}")


def _float_in(value: Any, f32: bool) -> float:
    """A double (or, with ``f32``, a float) from a number or a string."""
    if isinstance(value, float):
        if value != value:
            _fail('NaN must be written as the string "NaN"')
        if value in (_INF, -_INF):
            _fail('infinities must be written as the strings "Infinity" and "-Infinity"')
        if f32 and not -_FLOAT_MAX <= value <= _FLOAT_MAX:
            _fail(f"{value!r} is out of range for a 32-bit float")
        return _to_f32(value) if f32 else float(value)
    if value == "nan":
        _fail('NaN must be written as "NaN"')
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return _fail(f"expected a number, got {_describe(value)}")
    return _to_f32(number) if f32 else number


def _bytes_in(value: Any) -> bytes:
    """Base64, standard or URL-safe, padded or not."""
    try:
        raw = value.encode("utf-8") if isinstance(value, str) else value
        return base64.urlsafe_b64decode(raw + b"=" * (4 - len(raw) % 4))
    except (TypeError, ValueError) as exc:  # binascii.Error is a ValueError
        return _fail(f"not base64: {_describe(value)} ({exc})")


def _enum_in(
    value: Any, by_name: dict[str, Any], by_number: dict[int, Any], full_name: str, exact: bool
) -> Any:
    """An enum value from its name, its number, or its number as a string."""
    if not exact and value.__class__ is float and value == -9223372036854775808.0:
        raise _Reparse  # as in _int_in: an integer orjson may have rounded
    if isinstance(value, str):
        _utf8_in(value)  # upb cannot even look such a name up
    try:
        found = by_name.get(value)
    except TypeError:
        found = None
        _fail(f"expected a {full_name} name or number, got {_describe(value)}")
    if found is not None:
        return found
    try:
        number = int(value)
    except ValueError:
        raise _UnknownEnumName(f"{full_name} has no value named {value!r}") from None
    except (TypeError, OverflowError):
        return _fail(f"expected a {full_name} name or number, got {_describe(value)}")
    if -0x8000000000000000 <= number <= 0x7FFFFFFFFFFFFFFF:
        # upb looks a number up by its low 32 bits (any int64 is taken), so a number
        # that wraps to a known value reads as that value: 4294967297 is 1.
        known = by_number.get(((number & 0xFFFFFFFF) ^ 0x80000000) - 0x80000000)
        if known is not None:
            return known
    if not -0x80000000 <= number <= 0x7FFFFFFF:
        _fail(f"{_describe(number)} is out of range for an enum")
    return number


def _list_in(value: Any) -> list[Any]:
    if isinstance(value, (list, tuple)):
        return list(value)
    return _fail(f"expected an array, got {_describe(value)}")


def _map_in(value: Any) -> dict[Any, Any]:
    if isinstance(value, dict):
        return value
    return _fail(f"expected an object, got {_describe(value)}")


def _null_item() -> None:
    _fail("null is not allowed in an array")


#: ``ignore_unknown_fields`` of the JSON being read: set by ``from_json``/``from_dict``
#: for the whole reading, read by the loaders where it matters (an unknown field, an
#: unknown enum name).
IGNORING: ContextVar[bool] = ContextVar("flyte_lite_ignore_unknown_fields", default=False)


def _unknown(key: Any, cls: type[WireMessage], ignore: bool) -> Optional[int]:
    """A key not in the class's index: the index of the field a bytes key names by its
    proto name (as ``ParseDict`` takes it), else None to skip it if
    ``ignore_unknown_fields``, else an error."""
    if isinstance(key, bytes):
        try:
            name = key.decode()
        except UnicodeDecodeError:
            name = None
        for i, spec in enumerate(specs_of(cls)):
            if spec.name == name:
                return i
    if not isinstance(key, str):
        _fail(f"field names are strings, not {_describe(key)}")
    if _EXTENSION_NAME.match(key):
        _fail(f"{cls.full_name} has no extensions")
    _utf8_in(key)  # upb cannot even look such a name up
    if not ignore:
        _fail(f"{cls.full_name} has no field named {key!r}")
    return None


def _as_object(value: Any, cls: type[WireMessage], index: dict[str, int], ignore: bool) -> Any:
    """What a message reads from JSON that is not an object.

    The reference walks any iterable as if it were the object's keys, so an empty array
    or string is an empty message (and, with ``ignore_unknown_fields``, so is any array
    of strings that name no field). Everything else is an error.
    """
    if isinstance(value, dict):
        return value
    if isinstance(value, Mapping):
        return dict(value)
    if value is None or isinstance(value, (bool, int, float)):
        _fail(f"expected an object for {cls.full_name}, got {_describe(value)}")
    try:
        names = list(value)
    except TypeError:
        _fail(f"expected an object for {cls.full_name}, got {_describe(value)}")
    for name in names:
        try:
            known = name in index
        except TypeError:
            known = True
        if known or not isinstance(name, str):
            _fail(f"expected an object for {cls.full_name}, got {_describe(value)}")
        try:
            _unknown(name, cls, ignore)
        except JSONError:
            _fail(f"expected an object for {cls.full_name}, got {_describe(value)}")
    return {}


def _too_deep() -> None:
    _fail(f"messages nested deeper than {MAX_DEPTH} levels")


def _two_oneof(group: str, first: str, second: str) -> None:
    _fail(f"{first!r} and {second!r} are both set, but are members of oneof {group!r}")
