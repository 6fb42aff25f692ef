"""Struct data in, ``Any``, and the generated dumpers and loaders of each message class."""

from __future__ import annotations

import enum
import threading
from typing import Any, Callable, Optional

import attrs

from flyte_lite.protojson.errors import (
    MAX_DEPTH,
    JSONError,
    M,
    _describe,
    _fail,
    _key_segment,
    _UnknownEnumName,
)
from flyte_lite.protojson.scalars import (
    _OMIT,
    _TEXT_STRUCT_DUMPERS,
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
    _ANY,
    _DURATION,
    _LIST_VALUE,
    _NULL_VALUE,
    _STRUCT,
    _TIMESTAMP,
    _UNSUPPORTED,
    _VALUE,
    _WRAPPERS,
    _duration_out,
    _timestamp_out,
    parse_duration,
    parse_timestamp,
)
from flyte_lite.wire import DecodeError, WireMessage, lookup
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


# Any: the JSON of the message it holds, with "@type" first; a well-known type's JSON goes
# under "value". The message type is the registered class named by the type URL's last
# segment; an Any with neither field set is {}.


def _packed_class(type_url: str) -> type[WireMessage]:
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
