"""What the generated JSON code imports: the helpers it calls, and the functions written
by hand for the well-known types whose JSON is not an object of fields (Duration,
Timestamp, Struct, Value, ListValue)."""

from __future__ import annotations

from typing import Any, Callable

from flyte_lite.protojson.errors import (
    MAX_DEPTH,
    JSONError,
    _describe,
    _fail,
    _key_segment,
    _UnknownEnumName,
)
from flyte_lite.protojson.scalars import (
    _OMIT,
    _TEXT_STRUCT_DUMPERS,
    IGNORING,
    _as_object,
    _bool_in,
    _bool_key_in,
    _bytes_in,
    _bytes_json,
    _double_field,
    _double_json,
    _enum_in,
    _enum_unknown,
    _float_field,
    _float_in,
    _float_json,
    _int_in,
    _int_range_in,
    _list_in,
    _list_json,
    _map_in,
    _null_item,
    _out_of_range,
    _str_in,
    _struct_json,
    _struct_key_in,
    _text_float,
    _too_deep,
    _two_members,
    _two_oneof,
    _unknown,
    _utf8_in,
    _value_json,
    _want_bool,
    _want_bytes,
    _want_dict,
    _want_int,
    _want_list,
    _want_message,
    _want_str,
)
from flyte_lite.protojson.wkt import (
    _DURATION,
    _TIMESTAMP,
    _duration_out,
    _timestamp_out,
    parse_duration,
    parse_timestamp,
)
from flyte_lite.wire import lookup
from flyte_lite.wire.frozen import EMPTY_DICT, EMPTY_LIST, FrozenDict, FrozenList
from flyte_lite.wire.generated import dict_setter

__all__ = [
    "EMPTY_DICT",
    "EMPTY_LIST",
    "FD",
    "FL",
    "IGNORING",
    "MAX_DEPTH",
    "_OMIT",
    "JSONError",
    "_UnknownEnumName",
    "_append",
    "_as_object",
    "_bool_in",
    "_bool_key_in",
    "_bytes_in",
    "_bytes_json",
    "_double_field",
    "_double_json",
    "_enum_in",
    "_enum_unknown",
    "_fail",
    "_float_field",
    "_float_in",
    "_float_json",
    "_int_in",
    "_int_range_in",
    "_key_segment",
    "_list_in",
    "_map_in",
    "_new",
    "_null_item",
    "_out_of_range",
    "_set_item",
    "_str_in",
    "_text_float",
    "_too_deep",
    "_two_members",
    "_two_oneof",
    "_unknown",
    "_utf8_in",
    "_want_bool",
    "_want_bytes",
    "_want_dict",
    "_want_int",
    "_want_list",
    "_want_message",
    "_want_str",
    "dict_setter",
]

_new = object.__new__
FL = FrozenList
FD = FrozenDict
_append = list.append
_set_item = dict.__setitem__


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
    seconds, nanos = parse_duration(value)
    return lookup(_DURATION)(seconds=seconds, nanos=nanos)  # type: ignore[call-arg]


def _timestamp_in(value: Any, depth: int, base: Any) -> Any:
    if depth >= MAX_DEPTH:
        _too_deep()
    seconds, nanos = parse_timestamp(value)
    return lookup(_TIMESTAMP)(seconds=seconds, nanos=nanos)  # type: ignore[call-arg]



# The functions written by hand, by the names generated code imports them by.
dump_Duration = dump_text_Duration = _duration_out
dump_Timestamp = dump_text_Timestamp = _timestamp_out
dump_Value, dump_Struct, dump_ListValue = _value_json, _struct_json, _list_json
dump_text_Value, dump_text_Struct, dump_text_ListValue = _TEXT_STRUCT_DUMPERS


def _with_options(plain: Callable[[Any], Any],
                  text: Callable[[Any], Any]) -> Callable[[Any, tuple[Any, ...]], Any]:
    """A dumper written by hand, as a ``dump_with`` function calls it: its text variant
    when the options (``generator.options_tuple``: the fourth is text) ask for text."""

    def dump_with(value: Any, o: tuple[Any, ...]) -> Any:
        return (text if o[3] else plain)(value)

    return dump_with


dump_with_Duration = _with_options(dump_Duration, dump_text_Duration)
dump_with_Timestamp = _with_options(dump_Timestamp, dump_text_Timestamp)
dump_with_Value = _with_options(dump_Value, dump_text_Value)
dump_with_Struct = _with_options(dump_Struct, dump_text_Struct)
dump_with_ListValue = _with_options(dump_ListValue, dump_text_ListValue)

load_Duration = load_python_Duration = _duration_in
load_Timestamp = load_python_Timestamp = _timestamp_in
load_Value, load_Struct, load_ListValue = _TEXT_VALUE_LOADERS
load_python_Value, load_python_Struct, load_python_ListValue = _PYTHON_VALUE_LOADERS


#: Every name generated code may use, by name.
HELPERS: dict[str, Any] = {name: value for name, value in globals().items()
                           if name in __all__ or name.startswith(("dump_", "load_"))}
