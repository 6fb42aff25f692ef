"""protobuf's canonical JSON mapping (ProtoJSON), for any message class.

Works from a class's field declarations (:func:`flyte_lite.wire.specs_of`) alone, and
matches ``google.protobuf.json_format`` on protobuf's upb backend: what
``MessageToDict`` writes, :func:`to_dict` writes; what ``Parse``/``ParseDict`` accept,
:func:`from_json`/:func:`from_dict` accept into the same message, and what they reject
is rejected with a :class:`JSONError` naming the JSON path.

The mapping, in short: lowerCamelCase names out (``preserving_proto_field_name`` keeps
the proto names), either name in; 64-bit integers as strings out, numbers or strings in
(``"1e2"`` included); enums by name out, unknown numbers as numbers; bytes as standard
base64 out, standard or URL-safe in; ``Duration`` as ``"1.500s"``; ``Timestamp`` as
RFC 3339 with ``Z`` out, any offset in; ``Struct``/``Value``/``ListValue`` as plain JSON;
wrappers bare; ``Any`` as its message's JSON plus ``"@type"`` (the class is the registered
one named by the type URL's last segment); non-finite floats as ``"NaN"``/``"Infinity"``/
``"-Infinity"``; ``null`` unsets a field (and is JSON null inside a ``Value``). Fields
without presence are left out when they hold their default, unless
``always_print_fields_with_no_presence``.
Unknown fields kept from the wire have no JSON form and are not written.

Like the codec, every class gets a dumper and a loader generated on first use, with the
field names, kinds and tables baked in. JSON text is read and written by orjson; the
standard library's decoder takes over only for text orjson cannot represent exactly
(``NaN`` literals, integers past 64 bits, duplicate keys, lone surrogates), so that
the rules are those of ``json.loads``, as in ``json_format.Parse``.
"""

from __future__ import annotations

import base64
import binascii
import datetime as _dt
import enum
import json
import math
import re
import struct
import threading
from collections.abc import Mapping
from typing import Any, Callable, NoReturn, Optional, TypeVar, Union

import attrs
import orjson

from flyte_lite.wire import DecodeError, Message, lookup
from flyte_lite.wire.errors import describe
from flyte_lite.wire.fields import (
    SCALARS,
    EnumKind,
    FieldSpec,
    MapKind,
    MessageKind,
    Scalar,
    specs_of,
)
from flyte_lite.wire.frozen import FrozenDict, FrozenList
from flyte_lite.wire.source import (
    Lines,
    compile_into,
    default_source,
    dict_setter,
    indent,
    plain_of,
)
from flyte_lite.wire.values import as_bool, as_bytes, as_float, as_int, as_str
from flyte_lite.wkt import Duration, Timestamp, check_duration, check_timestamp

__all__ = ["JSONError", "from_dict", "from_json", "to_dict", "to_json"]

M = TypeVar("M", bound=Message)

#: protobuf's default recursion limit for JSON: messages nested deeper are rejected.
MAX_DEPTH = 100


class JSONError(ValueError):
    """JSON that does not fit the message, or a message value that has no JSON form.

    ``reason`` says what is wrong, ``path`` where (``template.metadata.timeout``,
    ``container.args[2]``, ``custom["a key"]``), ``message`` the full protobuf name of
    the outermost message.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.message = ""
        self._segments: list[str] = []  # innermost first: ".name", "[3]", '["key"]'

    def _enter(self, segment: str) -> None:
        self._segments.append(segment)

    @property
    def path(self) -> str:
        """Where in the JSON document the problem is; empty for the document itself."""
        return "".join(reversed(self._segments)).lstrip(".")

    def __str__(self) -> str:
        where = ": ".join(p for p in (self.message, self.path) if p)
        return f"{where}: {self.reason}" if where else self.reason

    def __reduce__(self) -> Any:
        return (_rebuild_error, (self.reason, self.message, list(self._segments)))


def _rebuild_error(reason: str, message: str, segments: list[str]) -> JSONError:
    err = JSONError(reason)
    err.message = message
    err._segments = segments
    return err


class _UnknownEnumName(JSONError):
    """An enum string that names no value: ``ignore_unknown_fields`` skips it, as protobuf does."""


class _Reparse(Exception):
    """orjson's reading of the text may differ from ``json.loads``'s here: read it again."""


_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def _key_segment(key: Any) -> str:
    """The path segment of an object member: ``.name``, or ``["odd key"]``."""
    if isinstance(key, str) and _IDENT.match(key):
        return "." + key
    try:
        return "[" + json.dumps(key, ensure_ascii=False) + "]"
    except (TypeError, ValueError):
        return f"[{key!r}]"


_JSON_KINDS = {str: "string", int: "number", float: "number", list: "array",
               tuple: "array", dict: "object"}


def _describe(value: Any) -> str:
    """A value for an error message, named as JSON names it."""
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    return describe(value, _JSON_KINDS.get(type(value)))


def _fail(reason: str) -> NoReturn:
    raise JSONError(reason)


# ---------------------------------------------------------------------------------------
# well-known types: names, limits and formats

_DURATION = "google.protobuf.Duration"
_TIMESTAMP = "google.protobuf.Timestamp"
_STRUCT = "google.protobuf.Struct"
_VALUE = "google.protobuf.Value"
_LIST_VALUE = "google.protobuf.ListValue"
_NULL_VALUE = "google.protobuf.NullValue"
_WRAPPERS = frozenset(
    f"google.protobuf.{n}Value"
    for n in ("Double", "Float", "Int64", "UInt64", "Int32", "UInt32", "Bool", "String", "Bytes")
)
_ANY = "google.protobuf.Any"
_UNSUPPORTED = frozenset(("google.protobuf.FieldMask",))

_EPOCH = _dt.datetime(1970, 1, 1)


def _check_duration(seconds: int, nanos: int) -> None:
    try:
        check_duration(seconds, nanos)
    except ValueError as exc:
        _fail(str(exc))


def _check_timestamp(seconds: int, nanos: int) -> None:
    try:
        check_timestamp(seconds, nanos)
    except ValueError as exc:
        _fail(str(exc))


def _seconds_nanos(message: Any, full_name: str) -> tuple[int, int]:
    if not isinstance(message, Message) or message.full_name != full_name:
        _fail(f"expected {full_name}, got {_describe(message)}")
    seconds, nanos = message.seconds, message.nanos  # type: ignore[attr-defined]
    if not isinstance(seconds, int) or not isinstance(nanos, int):
        _fail(f"{full_name} seconds and nanos must be integers")
    return int(seconds), int(nanos)


def _duration_out(message: Any) -> str:
    seconds, nanos = _seconds_nanos(message, _DURATION)
    _check_duration(seconds, nanos)
    return Duration(seconds=seconds, nanos=nanos).to_text()


def _timestamp_out(message: Any) -> str:
    seconds, nanos = _seconds_nanos(message, _TIMESTAMP)
    _check_timestamp(seconds, nanos)
    return Timestamp(seconds=seconds, nanos=nanos).to_text()


def _fraction_nanos(digits_with_point: str, negative: bool) -> int:
    """Nanoseconds of a ``.123``-style fraction, rounded as protobuf rounds it."""
    # Through a float, like the reference, so that odd spellings it takes ("1.s",
    # ".5e-3", "1_0") give the same value here.
    return round(float(("-0" if negative else "0") + digits_with_point) * 1e9)


def _parse_duration(text: Any) -> tuple[int, int]:
    if not isinstance(text, str):
        _fail(f'a Duration is a string like "1.5s", not {_describe(text)}')
    if not text or text[-1] != "s":
        _fail(f'a Duration ends with "s": {text!r}')
    try:
        point = text.find(".")
        if point == -1:
            seconds, nanos = int(text[:-1]), 0
        else:
            seconds = int(text[:point])
            nanos = _fraction_nanos(text[point:-1], text[0] == "-")
    except (ValueError, OverflowError):
        _fail(f"not a Duration: {text!r}")
    _check_duration(seconds, nanos)
    return seconds, nanos


_TIMESTAMP_FAST = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})"
    r"(\.[0-9]{1,9})?(?:Z|([+-])([0-9]{2}):([0-9]{2}))\Z"
)


def _parse_timestamp(text: Any) -> tuple[int, int]:
    if not isinstance(text, str):
        _fail(f"a Timestamp is an RFC 3339 string, not {_describe(text)}")
    match = _TIMESTAMP_FAST.match(text)
    try:
        if match is not None:
            y, mo, d, h, mi, s, frac, sign, oh, om = match.groups()
            when = _dt.datetime(int(y), int(mo), int(d), int(h), int(mi), int(s))
            offset = 0 if sign is None else (int(oh) * 60 + int(om)) * 60
            seconds = (when - _EPOCH) // _dt.timedelta(seconds=1)
            seconds += -offset if sign == "+" else offset
            nanos = _fraction_nanos(frac, False) if frac else 0
        else:
            seconds, nanos = _parse_timestamp_slowly(text)
    except (ValueError, OverflowError) as exc:
        _fail(f"not an RFC 3339 Timestamp: {text!r} ({exc})")
    _check_timestamp(seconds, nanos)
    return seconds, nanos


def _parse_timestamp_slowly(text: str) -> tuple[int, int]:
    """Any spelling the reference accepts: single-digit fields, spaces, ``+-5:00``...

    The reference finds the offset at the first ``Z``, else the first ``+``, else the
    last ``-``; reads the rest with ``strptime("%Y-%m-%dT%H:%M:%S")`` and ``float``.
    """
    at = text.find("Z")
    if at == -1:
        at = text.find("+")
    if at == -1:
        at = text.rfind("-")
    if at == -1:
        raise ValueError("no time zone offset")
    clock, _, frac = text[:at].partition(".")
    if "t" in clock:
        raise ValueError("a lowercase 't' is not accepted")
    when = _dt.datetime.strptime(clock, "%Y-%m-%dT%H:%M:%S")
    seconds = (when - _EPOCH) // _dt.timedelta(seconds=1)
    if len(frac) > 9:
        raise ValueError("more than 9 fraction digits")
    nanos = _fraction_nanos("." + frac, False) if frac else 0
    if text[at] == "Z":
        if len(text) != at + 1:
            raise ValueError("text after 'Z'")
        return seconds, nanos
    zone = text[at:]
    colon = zone.find(":")
    if colon == -1:
        raise ValueError("offset without ':'")
    offset = (int(zone[1:colon]) * 60 + int(zone[colon + 1 :])) * 60
    return seconds - offset if zone[0] == "+" else seconds + offset, nanos


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
    if value == 0.0 and math.copysign(1.0, value) > 0:
        return _OMIT
    return _double_json(value)


def _float_field(value: Any, precision: Optional[int] = None) -> Any:
    if value.__class__ is not float:
        value = _want_float(value, "float")
    rounded = _to_f32(value)
    if rounded == 0.0 and math.copysign(1.0, rounded) > 0:
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


def _wkt_fields(message: Message, full_name: str, name: str) -> Any:
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
        if isinstance(value, Message):
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
        if isinstance(data, Message):
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
        if isinstance(data, Message):
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


    def wkt_message_json(message: Message) -> Any:
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


def _unknown(key: Any, cls: type[Message], ignore: bool) -> Optional[int]:
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


def _as_object(value: Any, cls: type[Message], index: dict[str, int], ignore: bool) -> Any:
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


# ---------------------------------------------------------------------------------------
# Struct data in: plain Python data, as Struct, Value and ListValue fields hold it


def _make_value_loaders(check_strings: bool) -> tuple[Callable[..., Any], ...]:
    """The Value/Struct/ListValue readers, for text (``check_strings=False``: orjson has
    vetted the strings) or for Python data (every string must be valid UTF-8)."""

    def value_in(value: Any, depth: int) -> Any:
        depth += 1
        if depth > MAX_DEPTH:
            _too_deep()
        cls = value.__class__
        if cls is str:
            return _utf8_in(value) if check_strings and not value.isascii() else value
        if cls is float or cls is bool or value is None:
            return value
        if cls is int:
            try:
                return float(value)
            except OverflowError:
                _fail(f"{_describe(value)} is too large for a Struct number")
        if cls is dict:
            return struct_in(value, depth, None)
        if cls is list:
            return list_in(value, depth, None)
        # subclasses, in the order the reference tests them
        if isinstance(value, dict):
            return struct_in(value, depth, None)
        if isinstance(value, (list, tuple)):
            return list_in(value, depth, None)
        if isinstance(value, bool):
            return bool(value)
        if isinstance(value, str):
            return _str_in(value)
        if isinstance(value, (int, float)):
            try:
                return float(value)
            except OverflowError:
                _fail(f"{_describe(value)} is too large for a Struct number")
        return _fail(f"a Struct cannot hold {_describe(value)}")

    def struct_in(value: Any, depth: int, base: Any) -> dict[str, Any]:
        depth += 1
        if depth > MAX_DEPTH:
            _too_deep()
        if not isinstance(value, dict):
            _fail(f"expected an object for a Struct, got {_describe(value)}")
        out: FrozenDict[str, Any] = FrozenDict()
        for key, item in value.items():
            try:
                if key.__class__ is not str or (check_strings and not key.isascii()):
                    key = _struct_key_in(key)
                dict.__setitem__(out, key, value_in(item, depth))
            except JSONError as exc:
                exc._enter(_key_segment(key))
                raise
        return out

    def list_in(value: Any, depth: int, base: Any) -> list[Any]:
        depth += 1
        if depth > MAX_DEPTH:
            _too_deep()
        if not isinstance(value, (list, tuple)):
            _fail(f"expected an array for a ListValue, got {_describe(value)}")
        out: FrozenList[Any] = FrozenList()
        for item in value:
            try:
                list.append(out, value_in(item, depth))
            except JSONError as exc:
                exc._enter(f"[{len(out)}]")
                raise
        return out

    def value_field_in(value: Any, depth: int, base: Any) -> Any:
        return value_in(value, depth)

    return value_field_in, struct_in, list_in


def _make_text_value_loaders() -> tuple[Callable[..., Any], ...]:
    """The Value/Struct/ListValue readers for a tree orjson has just made: it is ours and
    holds only dict, list, str, int, float, bool and None, so it is kept, not copied
    (ints become floats in place)."""
    other_value_in, _, _ = _make_value_loaders(check_strings=False)

    def struct_in(value: Any, depth: int, base: Any) -> Any:
        depth += 1
        if depth > MAX_DEPTH:
            _too_deep()
        if value.__class__ is not dict:
            _fail(f"expected an object for a Struct, got {_describe(value)}")
        if value and depth >= MAX_DEPTH:
            _too_deep()  # its values would be one level deeper
        for key, item in value.items():
            cls = item.__class__
            try:
                if cls is dict:
                    value[key] = struct_in(item, depth + 1, None)
                elif cls is list:
                    value[key] = list_in(item, depth + 1, None)
                elif cls is int:
                    value[key] = float(item)
            except JSONError as exc:
                exc._enter(_key_segment(key))
                raise
        return FrozenDict(value)

    def list_in(value: Any, depth: int, base: Any) -> Any:
        depth += 1
        if depth > MAX_DEPTH:
            _too_deep()
        if value.__class__ is not list:
            _fail(f"expected an array for a ListValue, got {_describe(value)}")
        if value and depth >= MAX_DEPTH:
            _too_deep()
        for i, item in enumerate(value):
            cls = item.__class__
            try:
                if cls is dict:
                    value[i] = struct_in(item, depth + 1, None)
                elif cls is list:
                    value[i] = list_in(item, depth + 1, None)
                elif cls is int:
                    value[i] = float(item)
            except JSONError as exc:
                exc._enter(f"[{i}]")
                raise
        return FrozenList(value)

    def value_field_in(value: Any, depth: int, base: Any) -> Any:
        cls = value.__class__
        if cls is dict:
            if depth + 1 > MAX_DEPTH:
                _too_deep()
            return struct_in(value, depth + 1, None)
        if cls is list:
            if depth + 1 > MAX_DEPTH:
                _too_deep()
            return list_in(value, depth + 1, None)
        return other_value_in(value, depth, None)

    return value_field_in, struct_in, list_in


_TEXT_VALUE_LOADERS = _make_text_value_loaders()
_PYTHON_VALUE_LOADERS = _make_value_loaders(check_strings=True)


def _duration_in(value: Any, depth: int, base: Any) -> Any:
    if depth >= MAX_DEPTH:
        _too_deep()
    seconds, nanos = _parse_duration(value)
    return lookup(_DURATION)(seconds=seconds, nanos=nanos)  # type: ignore[call-arg]


def _timestamp_in(value: Any, depth: int, base: Any) -> Any:
    if depth >= MAX_DEPTH:
        _too_deep()
    seconds, nanos = _parse_timestamp(value)
    return lookup(_TIMESTAMP)(seconds=seconds, nanos=nanos)  # type: ignore[call-arg]


# Any: the JSON of the message it holds, with "@type" first; a well-known type's JSON goes
# under "value". The message type is the registered class named by the type URL's last
# segment; an Any with neither field set is {}.


def _packed_class(type_url: str) -> type[Message]:
    try:
        return lookup(type_url.rsplit("/", 1)[-1])
    except KeyError:
        return _fail(f"no message class is registered for type URL {_describe(type_url)}")


def _any_dumper(options: int) -> Callable[[Any], Any]:
    def dump(message: Any) -> Any:
        any_class = lookup(_ANY)
        if message.__class__ is not any_class:
            message = _want_message(message, any_class)
        type_url, value = message.type_url, message.value
        if not type_url and not value:
            return {}
        if type_url.__class__ is not str:
            type_url = _want_str(type_url)
        cls = _packed_class(type_url)
        try:
            packed = cls.from_bytes(_want_bytes(value))
        except DecodeError as exc:
            _fail(f"the value of an Any holding {cls.full_name} does not decode: {exc}")
        out = _dumper(cls, options)(packed)
        if _special(cls):
            return {"@type": type_url, "value": out}
        return {"@type": type_url, **out}

    return dump


def _any_loader(ignore: bool, python: bool) -> Callable[..., Any]:
    def load(value: Any, depth: int, base: Any) -> Any:
        if depth >= MAX_DEPTH:
            _too_deep()
        any_class = lookup(_ANY)
        if not isinstance(value, dict):
            _fail(f"expected an object for {_ANY}, got {_describe(value)}")
        if not value:
            return any_class()
        if "@type" not in value:
            _fail(f"{_ANY} needs its @type")
        type_url = _str_in(value["@type"])
        cls = _packed_class(type_url)
        load_packed = _loader(cls, ignore, python)
        # the packed message is at the Any's own depth, as in json_format
        if not _special(cls):
            packed = load_packed({k: v for k, v in value.items() if k != "@type"}, depth, None)
        elif "value" not in value:
            _fail(f"{_ANY} holding {cls.full_name} needs its value")
        else:
            try:
                packed = load_packed(value["value"], depth, None)
            except JSONError as exc:
                exc._enter(".value")
                raise
            if _holds_plain(cls):
                packed = _wkt_from_plain(cls, packed)
        return any_class(type_url=type_url, value=packed.to_bytes())  # type: ignore[call-arg]

    return load


# ---------------------------------------------------------------------------------------
# code generation

def _int_range(name: str) -> tuple[int, int]:
    """The values an integer field of scalar type ``name`` can hold."""
    int_range = SCALARS[name].int_range
    assert int_range is not None, name
    return int_range


_INT64 = frozenset(("int64", "sint64", "sfixed64", "uint64", "fixed64"))

_HELPERS: dict[str, Any] = {
    "JSONError": JSONError,
    "_UnknownEnumName": _UnknownEnumName,
    "_OMIT": _OMIT,
    "_new": object.__new__,
    "FL": FrozenList,
    "FD": FrozenDict,
    "_append": list.append,
    "_set_item": dict.__setitem__,
    "MAX_DEPTH": MAX_DEPTH,
    "_key_segment": _key_segment,
    "_want_str": _want_str,
    "_want_bool": _want_bool,
    "_want_int": _want_int,
    "_want_bytes": _want_bytes,
    "_out_of_range": _out_of_range,
    "_double_json": _double_json,
    "_float_json": _float_json,
    "_double_field": _double_field,
    "_float_field": _float_field,
    "_text_float": _text_float,
    "_bytes_json": _bytes_json,
    "_enum_unknown": _enum_unknown,
    "_want_message": _want_message,
    "_want_list": _want_list,
    "_want_dict": _want_dict,
    "_two_members": _two_members,
    "_str_in": _str_in,
    "_utf8_in": _utf8_in,
    "_bool_in": _bool_in,
    "_bool_key_in": _bool_key_in,
    "_int_in": _int_in,
    "_int_range_in": _int_range_in,
    "_float_in": _float_in,
    "_bytes_in": _bytes_in,
    "_enum_in": _enum_in,
    "_list_in": _list_in,
    "_map_in": _map_in,
    "_null_item": _null_item,
    "_unknown": _unknown,
    "_as_object": _as_object,
    "_too_deep": _too_deep,
    "_two_oneof": _two_oneof,
}



#: What a message read from JSON holds in its attributes that are not fields.
_EMPTY = {"_unknown_fields": b""}


def _holds_plain(cls: type) -> bool:
    """Whether fields of message class ``cls`` hold plain data (``Struct`` a ``dict``)."""
    return plain_of(cls) is not None


def _wkt_from_plain(cls: type[M], plain: Any) -> M:
    """The well-known-type message that the plain data a loader returned stands for."""
    name = cls.full_name
    if name == _STRUCT:
        return cls(fields=plain)  # type: ignore[call-arg]
    if name == _LIST_VALUE:
        return cls(values=plain)  # type: ignore[call-arg]
    if name == _VALUE:
        if plain is None:
            (null,) = [s for s in specs_of(cls) if s.name == "null_value"]
            return cls(null_value=null.kind.enum_type(0))  # type: ignore[call-arg,union-attr]
        kind = {
            bool: "bool_value",
            float: "number_value",
            str: "string_value",
            FrozenDict: "struct_value",
            FrozenList: "list_value",
        }[type(plain)]
        return cls(**{kind: plain})
    return cls(value=plain)  # type: ignore[call-arg]


def _compile(source: str, namespace: dict[str, Any], what: str, name: str) -> Any:
    compile_into(source, namespace, f"<flyte_lite json {what}>")
    return namespace[name]


def _special(cls: type) -> Optional[str]:
    """The well-known type ``cls`` is, if its JSON form is not a plain object."""
    name = getattr(cls, "full_name", "")
    if name in _UNSUPPORTED:
        raise NotImplementedError(f"{name} has no JSON mapping in flyte_lite")
    if name in (_DURATION, _TIMESTAMP, _STRUCT, _VALUE, _LIST_VALUE, _ANY) or name in _WRAPPERS:
        return name
    return None


def _enum_names(enum_type: type[enum.IntEnum]) -> dict[int, str]:
    """Number -> the name JSON writes: the first name declared for it."""
    names: dict[int, str] = {}
    for member in enum_type:
        names.setdefault(int(member), member.name)
    return names


class _Options:
    """The output options, one bit each (a dumper is generated per combination)."""

    NAMES, ALWAYS, ENUM_INTS = 1, 2, 4
    #: for orjson writing text: floats as Python's repr writes them
    TEXT = 8
    #: float_precision + 1 is kept in the bits from here up (0: not given)
    PRECISION_SHIFT = 8


class _DumpGen:
    """Writes ``dump(m) -> dict``: one message to its JSON object."""

    def __init__(self, cls: type, options: int) -> None:
        self.cls = cls
        self.options = options
        self.specs = specs_of(cls)
        self.ns: dict[str, Any] = dict(_HELPERS)
        self.ns["C"] = cls
        self.children: dict[str, type] = {}
        self.text = ""  # the source, once written

    # kinds -----------------------------------------------------------------------

    def _enum_tables(self, var: str, kind: EnumKind) -> None:
        self.ns["N_" + var] = _enum_names(kind.enum_type)
        self.ns["E_" + var] = kind.enum_type

    def _child(self, var: str, kind: MessageKind) -> None:
        child = lookup(kind.full_name)
        self.children[var] = child
        self.ns["C_" + var] = child
        self.ns["dump_" + var] = None  # filled in once the child's dumper exists

    def value_lines(self, var: str, kind: Any, v: str) -> Lines:
        """Set ``x`` to the JSON of ``v``, a value of ``kind`` that is present."""
        if isinstance(kind, MessageKind):
            self._child(var, kind)
            if _special(lookup(kind.full_name)):
                return [f"x = dump_{var}({v})"]
            return [
                f"if {v}.__class__ is not C_{var}: {v} = _want_message({v}, C_{var})",
                f"x = dump_{var}({v})",
            ]
        if isinstance(kind, EnumKind):
            self._enum_tables(var, kind)
            lines = [
                f"if {v}.__class__ is not E_{var} and {v}.__class__ is not int: "
                f"{v} = _want_int({v}, 'enum')"
            ]
            if self.options & _Options.ENUM_INTS:
                return [
                    *lines,
                    f"x = int({v})",
                    "if not -2147483648 <= x <= 2147483647: _out_of_range(x, 'an enum')",
                ]
            if kind.enum_type.full_name == _NULL_VALUE:  # type: ignore[attr-defined]
                return [*lines, "x = None"]
            return [*lines, f"x = N_{var}.get({v})", f"if x is None: x = _enum_unknown({v})"]
        name = kind.name
        if name == "string":
            return [f"x = {v} if {v}.__class__ is str else _want_str({v})"]
        if name == "bool":
            return [f"x = {v} if {v}.__class__ is bool else _want_bool({v})"]
        if name == "bytes":
            return [f"x = _bytes_json({v})"]
        if name == "double":
            return [f"x = _double_json({v})", *self._text_number()]
        if name == "float":
            return [f"x = _float_json({v}, {self._precision()})", *self._text_number()]
        lo, hi = _int_range(name)
        lines = [
            f"x = {v} if {v}.__class__ is int else _want_int({v}, {name!r})",
            f"if not {lo} <= x <= {hi}: _out_of_range(x, {name!r})",
        ]
        return [*lines, "x = str(x)"] if name in _INT64 else lines

    def key_lines(self, kind: Scalar) -> Lines:
        """Set ``kk`` to the JSON object key for map key ``k``."""
        if kind.name == "string":
            return ["kk = k if k.__class__ is str else _want_str(k)"]
        if kind.name == "bool":
            return ["if k.__class__ is not bool: _want_bool(k)", "kk = 'true' if k else 'false'"]
        lo, hi = _int_range(kind.name)
        return [
            f"kk = k if k.__class__ is int else _want_int(k, {kind.name!r})",
            f"if not {lo} <= kk <= {hi}: _out_of_range(kk, {kind.name!r})",
            "kk = str(kk)",
        ]

    def zero(self, spec: FieldSpec) -> str:
        """The JSON of a no-presence field's default (always_print_fields_with_no_presence)."""
        kind = spec.kind
        if isinstance(kind, MapKind):
            return "{}"
        if spec.repeated:
            return "[]"
        if isinstance(kind, EnumKind):
            if self.options & _Options.ENUM_INTS:
                return "0"
            if kind.enum_type.full_name == _NULL_VALUE:  # type: ignore[attr-defined]
                return "None"
            return repr(_enum_names(kind.enum_type)[0])
        return {
            "string": "''",
            "bytes": "''",
            "bool": "False",
            "double": "0.0",
            "float": "0.0",
        }.get(kind.name, "'0'" if kind.name in _INT64 else "0")

    # fields ----------------------------------------------------------------------

    def field_lines(self, spec: FieldSpec, key: str) -> Lines:
        var, kind = spec.name, spec.kind
        put = f"out[{key!r}] = x"
        if spec.presence:
            body = ["if v is not None:", *indent(self.value_lines(var, kind, "v")), "    " + put]
            if spec.oneof:
                body.append(f"    n_{spec.oneof} += 1")
            return body
        if isinstance(kind, MapKind):
            body = [
                "if v.__class__ is not FD and v.__class__ is not dict: v = _want_dict(v)",
                "if v:",
                "    d_ = {}",
                "    for k, e in v.items():",
                "        try:",
                *indent(self.key_lines(kind.key), 3),
                *indent(self.value_lines(var + "_v", kind.value, "e"), 3),
                "        except JSONError as exc:",
                "            exc._enter(_key_segment(k))",
                "            raise",
                "        d_[kk] = x",
                f"    out[{key!r}] = d_",
                "else:",
            ]
        elif spec.repeated:
            body = [
                "if v.__class__ is not FL and v.__class__ is not list: v = _want_list(v)",
                "if v:",
                "    lst = []",
                "    try:",
                "        for e in v:",
                *indent(self.value_lines(var, kind, "e"), 3),
                "            lst.append(x)",
                "    except JSONError as exc:",
                "        exc._enter('[%d]' % len(lst))",
                "        raise",
                f"    out[{key!r}] = lst",
                "else:",
            ]
        elif kind.name in ("double", "float"):
            precision = f", {self._precision()}" if kind.name == "float" else ""
            body = [f"x = _{kind.name}_field(v{precision})", "if x is not _OMIT:",
                    *indent(self._text_number()), "    " + put, "else:"]
        elif isinstance(kind, EnumKind):
            body = [
                "if v:",
                *indent(self.value_lines(var, kind, "v")),
                "    " + put,
                "else:",
                f"    if v.__class__ is not E_{var} and v.__class__ is not int:",
                "        _want_int(v, 'enum')",
            ]
        else:
            py, want = {
                "string": ("str", "_want_str"),
                "bool": ("bool", "_want_bool"),
                "bytes": ("bytes", "_want_bytes"),
            }.get(kind.name, ("int", "_want_int"))
            args = "v" if py != "int" else f"v, {kind.name!r}"
            body = [
                f"if v.__class__ is not {py}: v = {want}({args})",
                "if v:",
                *indent(self.value_lines(var, kind, "v")),
                "    " + put,
                "else:",
            ]
        if body[-1] == "else:":
            body.pop()
        return body

    def _text_number(self) -> Lines:
        """For text: a float ``x`` as Python's repr writes it."""
        if not self.options & _Options.TEXT:
            return []
        return ["if x.__class__ is float: x = _text_float(x)"]

    def _precision(self) -> Optional[int]:
        precision = self.options >> _Options.PRECISION_SHIFT
        return precision - 1 if precision else None

    def source(self) -> str:
        names = bool(self.options & _Options.NAMES)
        body: Lines = []
        groups: dict[str, list[str]] = {}
        for spec in self.specs:
            if spec.oneof:
                groups.setdefault(spec.oneof, []).append(spec.name)
        body += [f"n_{group} = 0" for group in groups]
        for spec in self.specs:
            key = spec.name if names else spec.json_name
            body += [
                f"v = a[{spec.name!r}]",  # (faster than m.<name>: see the codec's encoder)
                "try:",
                *indent(self.field_lines(spec, key)),
                "except JSONError as exc:",
                f"    exc._enter({'.' + key!r})",
                "    raise",
            ]
        for group, members in groups.items():
            body.append(f"if n_{group} > 1: _two_members(m, {group!r}, {members!r})")
        if self.options & _Options.ALWAYS:
            # as json_format: the fields set, by number, then the others with no
            # presence at their defaults, in the order the .proto declares them
            by_name = {s.name: s for s in self.specs}
            for a in attrs.fields(self.cls):
                unset = by_name.get(a.name)
                if unset is not None and not unset.presence:
                    key = unset.name if names else unset.json_name
                    body.append(f"if {key!r} not in out: out[{key!r}] = {self.zero(unset)}")
        return "\n".join(["def dump(m):", "    a = m.__dict__", "    out = {}", *indent(body),
                          "    return out", ""])


class _LoadGen:
    """Writes ``load(js, depth, base) -> message``: a JSON object to one message,
    merged into ``base`` (protobuf's rule when a message field is given twice)."""

    def __init__(self, cls: type, ignore: bool, python: bool) -> None:
        self.cls = cls
        self.ignore = ignore
        self.python = python  # Python data: exact ints, strings still to be checked
        self.specs = specs_of(cls)
        self.ns: dict[str, Any] = dict(_HELPERS)
        self.ns["C"] = cls
        self.ns["IGNORE"] = ignore
        self.ns["EXACT"] = python
        self.children: dict[str, type] = {}
        self.text = ""  # the source, once written
        index: dict[str, int] = {}
        for i, spec in enumerate(self.specs):  # proto names first: JSON names win
            index[spec.name] = i
        for i, spec in enumerate(self.specs):
            index[spec.json_name] = i
        self.ns["IDX"] = index
        self.ns["SET_DICT"] = dict_setter(cls)

    def value_lines(self, var: str, kind: Any, v: str, target: str, base: str) -> Lines:
        """Set ``target`` to the field value that JSON value ``v`` (not null) stands for."""
        if isinstance(kind, MessageKind):
            child = lookup(kind.full_name)
            self.children[var] = child
            self.ns["load_" + var] = None  # filled in once the child's loader exists
            return [f"{target} = load_{var}({v}, depth, {base})"]
        if isinstance(kind, EnumKind):
            members = {m.name: m for m in kind.enum_type}
            members.update(kind.enum_type.__members__)  # aliases too
            self.ns["BN_" + var] = members
            self.ns["BV_" + var] = {int(m): m for m in reversed(list(kind.enum_type))}
            self.ns["EN_" + var] = kind.enum_type.full_name  # type: ignore[attr-defined]
            # through a temporary: an unknown name that is skipped leaves the field as it was
            return [
                f"n = BN_{var}.get({v}) if {v}.__class__ is str else None",
                f"if n is None: n = _enum_in({v}, BN_{var}, BV_{var}, EN_{var}, EXACT)",
                f"{target} = n",
            ]
        name = kind.name
        if name == "string":
            lines = [f"if {v}.__class__ is not str: {v} = _str_in({v})"]
            if self.python:
                lines.append(f"elif not {v}.isascii(): _utf8_in({v})")
            return [*lines, f"{target} = {v}"]
        if name == "bool":
            return [f"if {v}.__class__ is not bool: _bool_in({v})", f"{target} = {v}"]
        if name == "bytes":
            return [f"{target} = _bytes_in({v})"]
        if name in ("double", "float"):
            return [f"{target} = _float_in({v}, {name == 'float'})"]
        lo, hi = _int_range(name)
        return [
            f"if {v}.__class__ is not int: {v} = _int_in({v}, EXACT)",
            f"if not {lo} <= {v} <= {hi}: _int_range_in({v}, {name!r})",
            f"{target} = {v}",
        ]

    def key_lines(self, kind: Scalar) -> Lines:
        """Set ``key`` to the map key that JSON object key ``kk`` stands for."""
        if kind.name == "string":
            lines = ["if kk.__class__ is not str: kk = _str_in(kk)"]
            if self.python:
                lines.append("elif not kk.isascii(): _utf8_in(kk)")
            return [*lines, "key = kk"]
        if kind.name == "bool":
            return ["key = _bool_key_in(kk)"]
        lo, hi = _int_range(kind.name)
        return [
            "key = _int_in(kk, EXACT)",
            f"if not {lo} <= key <= {hi}: _int_range_in(key, {kind.name!r})",
        ]

    def null(self, spec: FieldSpec) -> str:
        """What JSON null sets a field to: unset, except in a Value (JSON null)."""
        kind = spec.kind
        if not spec.repeated and isinstance(kind, MessageKind) and kind.full_name == _VALUE:
            return "None"  # a null Value: plain data None
        if isinstance(kind, EnumKind) and kind.enum_type.full_name == _NULL_VALUE:  # type: ignore[attr-defined]
            self.ns["D_" + spec.name] = kind.enum_type(0)
            return "D_" + spec.name
        return default_source(spec, self.ns)

    def field_lines(self, spec: FieldSpec) -> Lines:
        """The branch for a non-null JSON value ``v`` of field ``spec``."""
        var, kind, local = spec.name, spec.kind, "f_" + spec.name
        skip_enum = self.ignore and isinstance(
            kind.value if isinstance(kind, MapKind) else kind, EnumKind
        )
        if isinstance(kind, MapKind):
            is_message = isinstance(kind.value, MessageKind)
            base = "d.get(key)" if is_message and kind.key.name != "string" else "None"
            lines = [
                "if v.__class__ is not dict: v = _map_in(v)",
                "d = FD()",
                "for kk, e in v.items():",
                "    try:",
                *indent(self.key_lines(kind.key), 2),
                *indent(self.value_lines(var + "_v", kind.value, "e", "x", base), 2),
                "        _set_item(d, key, x)",
            ]
            if skip_enum:
                lines += ["    except _UnknownEnumName:", "        pass"]
            return [
                *lines,
                "    except JSONError as exc:",
                "        exc._enter(_key_segment(kk))",
                "        raise",
                f"{local} = d",
            ]
        if spec.repeated:
            null_check = (
                []
                if isinstance(kind, MessageKind) and kind.full_name == _VALUE
                else ["if e is None: _null_item()"]
            )
            item = [*null_check, *self.value_lines(var, kind, "e", "x", "None"),
                    "_append(lst, x)"]
            if skip_enum:
                item = ["try:", *indent(item), "except _UnknownEnumName:", "    pass"]
            return [
                "if v.__class__ is not list: v = _list_in(v)",
                "lst = FL()",
                "try:",
                "    for i, e in enumerate(v):",
                *indent(item, 2),
                "except JSONError as exc:",
                "    exc._enter('[%d]' % i)",
                "    raise",
                f"{local} = lst",
            ]
        lines = []
        if spec.oneof:
            group = "g_" + spec.oneof
            lines += [
                f"if {group} is not None: _two_oneof({spec.oneof!r}, {group}, k)",
                f"{group} = k",
            ]
        lines += self.value_lines(var, kind, "v", local, local)
        if spec.oneof:
            lines += [
                f"f_{other.name} = None"
                for other in self.specs
                if other.oneof == spec.oneof and other is not spec
            ]
        return lines

    def source(self) -> str:
        init_new = [f"f_{s.name} = {default_source(s, self.ns)}" for s in self.specs]
        init_base = [f"f_{s.name} = base.{s.name}" for s in self.specs]
        groups = sorted({s.oneof for s in self.specs if s.oneof})
        branches: Lines = []
        for i, spec in enumerate(self.specs):
            body = self.field_lines(spec)
            if self.ignore and isinstance(spec.kind, EnumKind) and not spec.repeated:
                body = ["try:", *indent(body), "except _UnknownEnumName:", "    pass"]
            branches += [
                f"{'if' if not branches else 'elif'} i == {i}:",
                "    if v is None:",
                f"        f_{spec.name} = {self.null(spec)}",
                "    else:",
                *indent(body, 2),
            ]
        loop = [
            "for k, v in js.items():",
            "    i = IDX.get(k)",
            "    if i is None:",
            "        try:",
            "            i = _unknown(k, C, IGNORE)",
            "        except JSONError as exc:",
            "            exc._enter(_key_segment(k))",
            "            raise",
            "        if i is None:",
            "            continue",
        ]
        if branches:
            loop += [
                "    try:",
                *indent(branches, 2),
                "    except JSONError as exc:",
                "        exc._enter(_key_segment(k))",
                "        raise",
            ]
        by_name = {s.name: s for s in self.specs}
        attributes = [a.name for a in attrs.fields(self.cls)]
        finish = ", ".join(
            f"{n!r}: f_{n}" if n in by_name else f"{n!r}: {_EMPTY[n]!r}" for n in attributes
        )
        return "\n".join(
            [
                "def load(js, depth, base):",
                "    if js.__class__ is not dict:",
                "        js = _as_object(js, C, IDX, IGNORE)",
                "    depth += 1",
                "    if depth > MAX_DEPTH:",
                "        _too_deep()",
                "    if base is None:",
                *indent(init_new or ["pass"], 2),
                "    else:",
                *indent(init_base or ["pass"], 2),
                *indent([f"g_{g} = None" for g in groups]),
                *indent(loop),
                "    obj = _new(C)",
                f"    SET_DICT(obj, {{{finish}}})",
                "    return obj",
                "",
            ]
        )


# Wrappers (BoolValue...): the JSON is the bare value of the wrapped scalar.


_TEXT_HAND_DUMPERS = dict(zip((_value_json, _struct_json, _list_json), _TEXT_STRUCT_DUMPERS))

_HAND_DUMPERS: dict[str, Callable[[Any], Any]] = {
    _DURATION: _duration_out,
    _TIMESTAMP: _timestamp_out,
    _STRUCT: _struct_json,
    _LIST_VALUE: _list_json,
    _VALUE: _value_json,
}


def _dump_code(cls: type, options: int) -> Optional[_DumpGen]:
    """The generator of ``cls``'s dumper, its source in ``.text``; None for the
    well-known types written by hand."""
    special = _special(cls)
    if special in _HAND_DUMPERS or special == _ANY:
        return None
    gen = _DumpGen(cls, options)
    if special is None:
        gen.text = gen.source()
        return gen
    (spec,) = gen.specs  # a wrapper type: its one field's value
    lines = gen.value_lines("value", spec.kind, "v")
    gen.text = "\n".join(
        [
            "def dump(v):",
            "    if isinstance(v, C): v = v.value",
            *indent(lines),
            "    return x",
            "",
        ]
    )
    return gen


def _load_code(cls: type, ignore: bool, python: bool) -> Optional[_LoadGen]:
    """The generator of ``cls``'s loader, its source in ``.text``; None for the
    well-known types written by hand."""
    special = _special(cls)
    if special in _HAND_DUMPERS or special == _ANY:  # (the same have hand-written loaders)
        return None
    gen = _LoadGen(cls, ignore, python)
    if special is None:
        gen.text = gen.source()
        return gen
    (spec,) = gen.specs  # a wrapper type: its one field's value
    plain = _holds_plain(cls)
    lines = gen.value_lines("value", spec.kind, "js", "x", "None")
    gen.text = "\n".join(
        [
            "def load(js, depth, base):",
            "    if depth >= MAX_DEPTH:",
            "        _too_deep()",
            "    if js is None:",
            f"        _fail('a {cls.full_name} cannot be null here')",  # type: ignore[attr-defined]
            *indent(lines),
            "    return x" if plain else "    return C(value=x)",
            "",
        ]
    )
    gen.ns["_fail"] = _fail
    return gen


def sources_of(cls: type) -> list[str]:
    """The generated source of ``cls``'s JSON functions for the default options:
    ``to_dict``/``to_json``, ``from_json`` and ``from_dict``."""
    gens = (_dump_code(cls, 0), _load_code(cls, False, False), _load_code(cls, False, True))
    return [gen.text for gen in gens if gen is not None]


_DUMPERS: dict[tuple[type, int], Callable[[Any], Any]] = {}
_LOADERS: dict[tuple[type, bool, bool], Callable[..., Any]] = {}
_LOCK = threading.RLock()


def _dumper(cls: type, options: int) -> Callable[[Any], Any]:
    found = _DUMPERS.get((cls, options))
    if found is not None:
        return found
    with _LOCK:
        building: dict[tuple[type, int], Callable[[Any], Any]] = {}
        fn = _build_dumper(cls, options, building)
        _DUMPERS.update(building)
        return fn


def _build_dumper(
    cls: type, options: int, building: dict[tuple[type, int], Callable[[Any], Any]]
) -> Callable[[Any], Any]:
    key = (cls, options)
    done = _DUMPERS.get(key) or building.get(key)
    if done is not None:
        return done
    fn: Callable[[Any], Any]
    if _special(cls) == _ANY:  # the held message's dumper is found when it is known
        fn = building[key] = _any_dumper(options)
        return fn
    gen = _dump_code(cls, options)
    if gen is None:
        hand = _HAND_DUMPERS[_special(cls)]  # type: ignore[index]
        if options & _Options.TEXT:
            hand = _TEXT_HAND_DUMPERS.get(hand, hand)
        fn = building[key] = hand
        return fn
    name = f"dump {cls.__module__}.{cls.__qualname__} {options}"
    fn = building[key] = _compile(gen.text, gen.ns, name, "dump")
    for var, child in gen.children.items():
        gen.ns["dump_" + var] = _build_dumper(child, options, building)
    return fn


def _loader(cls: type, ignore: bool, python: bool) -> Callable[..., Any]:
    found = _LOADERS.get((cls, ignore, python))
    if found is not None:
        return found
    with _LOCK:
        building: dict[tuple[type, bool, bool], Callable[..., Any]] = {}
        fn = _build_loader(cls, ignore, python, building)
        _LOADERS.update(building)
        return fn


def _build_loader(
    cls: type,
    ignore: bool,
    python: bool,
    building: dict[tuple[type, bool, bool], Callable[..., Any]],
) -> Callable[..., Any]:
    key = (cls, ignore, python)
    done = _LOADERS.get(key) or building.get(key)
    if done is not None:
        return done
    gen = _load_code(cls, ignore, python)
    if gen is None:
        value_in, struct_in, list_in = _PYTHON_VALUE_LOADERS if python else _TEXT_VALUE_LOADERS
        fn: Callable[..., Any] = {
            _DURATION: _duration_in,
            _TIMESTAMP: _timestamp_in,
            _STRUCT: struct_in,
            _LIST_VALUE: list_in,
            _VALUE: value_in,
            _ANY: _any_loader(ignore, python),
        }[_special(cls)]  # type: ignore[index]
        building[key] = fn
        return fn
    name = f"load {cls.__module__}.{cls.__qualname__} {int(ignore)}{int(python)}"
    fn = building[key] = _compile(gen.text, gen.ns, name, "load")
    for var, child in gen.children.items():
        gen.ns["load_" + var] = _build_loader(child, ignore, python, building)
    return fn


# ---------------------------------------------------------------------------------------
# the public functions


def _options(
    preserving_proto_field_name: bool,
    always_print_fields_with_no_presence: bool,
    use_integers_for_enums: bool,
    float_precision: Optional[int] = None,
) -> int:
    if float_precision is not None and (
            float_precision.__class__ is not int or float_precision < 0):
        raise TypeError(f"float_precision must be a non-negative int, got {float_precision!r}")
    return (
        (_Options.NAMES if preserving_proto_field_name else 0)
        | (_Options.ALWAYS if always_print_fields_with_no_presence else 0)
        | (_Options.ENUM_INTS if use_integers_for_enums else 0)
        | (0 if float_precision is None else (float_precision + 1) << _Options.PRECISION_SHIFT)
    )


def _dump(message: Message, options: int) -> Any:
    if not isinstance(message, Message):
        raise TypeError(f"needs a message, got {type(message).__name__}")
    try:
        return _dumper(type(message), options)(message)
    except JSONError as exc:
        exc.message = message.full_name
        raise
    except RecursionError:
        raise JSONError("message nested too deeply to write as JSON") from None


def to_dict(
    message: Message,
    *,
    preserving_proto_field_name: bool = False,
    always_print_fields_with_no_presence: bool = False,
    use_integers_for_enums: bool = False,
    float_precision: Optional[int] = None,
) -> Any:
    """``message`` as JSON data (``json_format.MessageToDict`` with the same options).

    A regular message gives a ``dict``; well-known types give their JSON value (a
    ``Duration`` a string, a ``Value`` any JSON value). Raises :class:`JSONError` for a
    value with no JSON form (a ``Duration`` out of range, ``NaN`` in a ``Struct``...).
    ``float_precision`` writes 32-bit float fields with that many significant digits,
    as json_format did up to protobuf 5.
    """
    return _dump(message, _options(preserving_proto_field_name,
                                   always_print_fields_with_no_presence,
                                   use_integers_for_enums, float_precision))


# json.dumps(ensure_ascii=True) escapes everything outside ' '..'~': past the controls
# (which orjson escapes as json.dumps does) that is DEL and everything non-ASCII
_NOT_ASCII = re.compile("[\x7f-\U0010ffff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000  # a UTF-16 surrogate pair, as JSON spells characters past U+FFFF
    return f"\\u{0xD800 | code >> 10:04x}\\u{0xDC00 | code & 0x3FF:04x}"


def to_json(
    message: Message,
    *,
    indent: Union[int, str, None] = 2,
    sort_keys: bool = False,
    ensure_ascii: bool = True,
    float_precision: Optional[int] = None,
    preserving_proto_field_name: bool = False,
    always_print_fields_with_no_presence: bool = False,
    use_integers_for_enums: bool = False,
    compact: bool = False,
) -> str:
    """``message`` as JSON text, exactly as ``json_format.MessageToJson`` writes it with
    the same options and defaults (``indent=2``, ``ensure_ascii=True``), which is
    ``json.dumps`` of :func:`to_dict` with ``indent``, ``sort_keys`` and ``ensure_ascii``.

    ``compact=True`` writes the shortest text instead (``indent`` is ignored): what
    ``json.dumps`` writes with ``separators=(",", ":")``. It and the default layout are
    written by orjson; other layouts by the standard library (slower).
    """
    options = _options(preserving_proto_field_name, always_print_fields_with_no_presence,
                       use_integers_for_enums, float_precision)
    if not compact and indent != 2:
        return json.dumps(_dump(message, options), indent=indent, sort_keys=sort_keys,
                          ensure_ascii=ensure_ascii)
    layout = (0 if compact else orjson.OPT_INDENT_2) | (orjson.OPT_SORT_KEYS if sort_keys else 0)
    try:
        text = orjson.dumps(_dump(message, options | _Options.TEXT), option=layout).decode()
    except orjson.JSONEncodeError as exc:
        raise JSONError(f"cannot write JSON: {exc}") from None
    if ensure_ascii and (not text.isascii() or "\x7f" in text):
        text = _NOT_ASCII.sub(_escape, text)
    return text


def from_dict(cls: type[M], value: Any, *, ignore_unknown_fields: bool = False) -> M:
    """The message of class ``cls`` that JSON data ``value`` stands for (``ParseDict``).

    Raises :class:`JSONError` naming the path of anything ``ParseDict`` rejects.
    """
    return _from_tree(cls, value, ignore_unknown_fields, python=True)


def from_json(
    cls: type[M],
    text: Union[str, bytes, bytearray, memoryview],
    *,
    ignore_unknown_fields: bool = False,
) -> M:
    """The message of class ``cls`` that JSON ``text`` stands for (``json_format.Parse``).

    Raises :class:`JSONError` naming the path of anything ``Parse`` rejects: malformed
    JSON, duplicate keys, unknown fields (unless ``ignore_unknown_fields``), wrong
    types, integers out of range, bad enum names, Durations and Timestamps.
    """
    if isinstance(text, (bytearray, memoryview)):
        text = bytes(text)
    elif not isinstance(text, (str, bytes)):
        raise TypeError(f"from_json() needs str or bytes, got {type(text).__name__}")
    try:
        tree, python = _read(text)
        try:
            return _from_tree(cls, tree, ignore_unknown_fields, python)
        except _Reparse:
            return _from_tree(cls, _read_exactly(text), ignore_unknown_fields, True)
    except JSONError as exc:
        exc.message = cls.full_name
        raise


def _from_tree(cls: type[M], tree: Any, ignore: bool, python: bool) -> M:
    try:
        result = _loader(cls, ignore, python)(tree, 0, None)
    except JSONError as exc:
        exc.message = cls.full_name
        raise
    if not isinstance(result, cls):
        result = _wkt_from_plain(cls, result)
    return result


def _read(text: Union[str, bytes]) -> tuple[Any, bool]:
    """Parse JSON text; ``True`` second when the standard library had to do it."""
    try:
        tree = orjson.loads(text)
    except orjson.JSONDecodeError:
        return _read_exactly(text), True
    # orjson keeps the last of duplicate keys where the reference rejects them. Every
    # key has one ':' after it, and each ':' in a string stays one ':' when written
    # back (unless escaped as \u003a), so fewer colons after a round trip means a key
    # was dropped.
    # (orjson writes at most 254 levels: deeper text is read by the standard library,
    # which names what is wrong with it, and then refused as nested too deeply)
    try:
        if isinstance(text, str):
            suspicious = "\\u003" in text or orjson.dumps(tree).count(b":") != text.count(":")
        else:
            suspicious = b"\\u003" in text or orjson.dumps(tree).count(b":") != text.count(b":")
    except orjson.JSONEncodeError:
        suspicious = True
    if suspicious:
        return _read_exactly(text), True
    return tree, False


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise JSONError(f"invalid JSON: duplicate key {key!r}")
            seen.add(key)
    return out


def _read_exactly(text: Union[str, bytes]) -> Any:
    """Parse JSON text as ``json.loads`` does (the reference's parser), duplicates refused."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise JSONError(f"invalid JSON: not UTF-8 ({exc})") from None
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates)
    except JSONError:
        raise
    except (ValueError, RecursionError) as exc:
        raise JSONError(f"invalid JSON: {exc}") from None
