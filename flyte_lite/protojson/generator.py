"""Struct data in, ``Any``, and the generated dumpers and loaders of each message class."""

from __future__ import annotations

import ast
import enum
from typing import Any, Callable, Optional

import attrs

from flyte_lite.protojson.errors import MAX_DEPTH, JSONError, M, _describe, _fail
from flyte_lite.protojson.runtime import (
    HELPERS,
    _str_in,
    _too_deep,
    _want_bytes,
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
)
from flyte_lite.wire import DecodeError, WireMessage, lookup
from flyte_lite.wire.fields import (
    SCALARS,
    EnumKind,
    FieldSpec,
    MapKind,
    MessageKind,
    Scalar,
    plain_of,
    specs_of,
)
from flyte_lite.wire.frozen import FrozenDict, FrozenList
from flyte_lite.wire.generated import (
    Functions,
    Lines,
    Link,
    Ref,
    Unit,
    default_source,
    indent,
)

#: The module generated JSON code imports its helpers from.
RUNTIME = "flyte_lite.protojson.runtime"


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


def _any_dumper_with(message: Any, o: tuple[Any, ...]) -> Any:
    """``Any``'s ``dump_with``: the options as one number are the tuple's last item."""
    dump: Callable[[Any], Any] = _any_function(dump_part(o[-1]))
    return dump(message)


def _any_loader(python: bool) -> Callable[..., Any]:
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
        load_packed = _loader(cls, python)
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
    #: each bit's word in a dumper's name
    WORDS = ((NAMES, "names"), (ALWAYS, "always"), (ENUM_INTS, "ints"), (TEXT, "text"))
    #: float_precision + 1 is kept in the bits from here up (0: not given)
    PRECISION_SHIFT = 8


#: The dumper that takes its options when called, as ``options_tuple`` gives them.
DUMP_WITH = "dump_with"


def options_tuple(options: int) -> tuple[bool, bool, bool, bool, Optional[int], int]:
    """What a ``dump_with`` function takes: (proto names, always print, enum numbers,
    text, float precision, the options as one number)."""
    precision = options >> _Options.PRECISION_SHIFT
    return (bool(options & _Options.NAMES), bool(options & _Options.ALWAYS),
            bool(options & _Options.ENUM_INTS), bool(options & _Options.TEXT),
            precision - 1 if precision else None, options)


class _DumpGen:
    """Writes ``dump(m) -> dict``: one message to its JSON object, specialised to
    ``options``; or, when ``options`` is None, ``dump(m, o)``, which takes them as
    :func:`options_tuple` gives them (for the option sets used less)."""

    def __init__(self, cls: type, options: Optional[int]) -> None:
        self.cls = cls
        self.general = options is None
        self.options = options or 0
        self.specs = specs_of(cls)
        self.part = DUMP_WITH if self.general else dump_part(self.options)
        self.ns: dict[str, Any] = {"C": cls}
        self.links: dict[str, Link] = {}
        self.text = ""  # the source, once written

    # kinds -----------------------------------------------------------------------

    def _enum_tables(self, var: str, kind: EnumKind) -> None:
        self.ns["N_" + var] = _enum_names(kind.enum_type)
        self.ns["E_" + var] = kind.enum_type

    def _child(self, var: str, kind: MessageKind) -> None:
        child = lookup(kind.full_name)
        self.ns["C_" + var] = child
        self.links["dump_" + var] = Link(child, self.part)

    def value_lines(self, var: str, kind: Any, v: str) -> Lines:
        """Set ``x`` to the JSON of ``v``, a value of ``kind`` that is present."""
        if isinstance(kind, MessageKind):
            self._child(var, kind)
            call = f"x = dump_{var}({v}, o)" if self.general else f"x = dump_{var}({v})"
            if _special(lookup(kind.full_name)):
                return [call]
            return [f"if {v}.__class__ is not C_{var}: {v} = _want_message({v}, C_{var})", call]
        if isinstance(kind, EnumKind):
            self._enum_tables(var, kind)
            lines = [
                f"if {v}.__class__ is not E_{var} and {v}.__class__ is not int: "
                f"{v} = _want_int({v}, 'enum')"
            ]
            numbers = [f"x = int({v})",
                       "if not -2147483648 <= x <= 2147483647: _out_of_range(x, 'an enum')"]
            if kind.enum_type.full_name == _NULL_VALUE:  # type: ignore[attr-defined]
                names = ["x = None"]
            else:
                names = [f"x = N_{var}.get({v})", f"if x is None: x = _enum_unknown({v})"]
            if self.general:
                return [*lines, "if ints:", *indent(numbers), "else:", *indent(names)]
            return [*lines, *(numbers if self.options & _Options.ENUM_INTS else names)]
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
            if kind.enum_type.full_name == _NULL_VALUE:  # type: ignore[attr-defined]
                name = "None"
            else:
                name = repr(_enum_names(kind.enum_type)[0])
            if self.general:
                return f"(0 if ints else {name})"
            return "0" if self.options & _Options.ENUM_INTS else name
        return {
            "string": "''",
            "bytes": "''",
            "bool": "False",
            "double": "0.0",
            "float": "0.0",
        }.get(kind.name, "'0'" if kind.name in _INT64 else "0")

    # fields ----------------------------------------------------------------------

    def field_lines(self, spec: FieldSpec, key: str) -> Lines:
        """Write field ``spec`` under the key ``key`` (source) evaluates to."""
        var, kind = spec.name, spec.kind
        put = f"out[{key}] = x"
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
                f"    out[{key}] = d_",
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
                f"    out[{key}] = lst",
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
        if self.general:
            return ["if text and x.__class__ is float: x = _text_float(x)"]
        if not self.options & _Options.TEXT:
            return []
        return ["if x.__class__ is float: x = _text_float(x)"]

    def _precision(self) -> Optional[str]:
        """Source for the float precision."""
        if self.general:
            return "precision"
        precision = self.options >> _Options.PRECISION_SHIFT
        return repr(precision - 1) if precision else "None"

    def _key(self, spec: FieldSpec) -> str:
        """Source for the JSON key of ``spec``."""
        if not self.general:
            return repr(spec.name if self.options & _Options.NAMES else spec.json_name)
        if spec.name == spec.json_name:
            return repr(spec.name)
        return f"({spec.name!r} if names else {spec.json_name!r})"

    def _segment(self, spec: FieldSpec) -> str:
        """Source for the path segment of ``spec`` in an error: ``.name``."""
        key = self._key(spec)
        return repr("." + ast.literal_eval(key)) if key[0] == "'" else f"'.' + {key}"

    def header(self, parameter: str) -> Lines:
        """The dumper's first lines, taking ``parameter``."""
        if not self.general:
            return [f"def dump({parameter}):"]
        return [f"def dump({parameter}, o):", "    names, always, ints, text, precision, _ = o"]

    def source(self) -> str:
        body: Lines = []
        groups: dict[str, list[str]] = {}
        for spec in self.specs:
            if spec.oneof:
                groups.setdefault(spec.oneof, []).append(spec.name)
        body += [f"n_{group} = 0" for group in groups]
        for spec in self.specs:
            key = self._key(spec)
            body += [
                f"v = a[{spec.name!r}]",  # (faster than m.<name>: see the codec's encoder)
                "try:",
                *indent(self.field_lines(spec, key)),
                "except JSONError as exc:",
                f"    exc._enter({self._segment(spec)})",
                "    raise",
            ]
        for group, members in groups.items():
            body.append(f"if n_{group} > 1: _two_members(m, {group!r}, {members!r})")
        if self.general or self.options & _Options.ALWAYS:
            # as json_format: the fields set, by number, then the others with no
            # presence at their defaults, in the order the .proto declares them
            by_name = {s.name: s for s in self.specs}
            fill = []
            for a in attrs.fields(self.cls):
                unset = by_name.get(a.name)
                if unset is not None and not unset.presence:
                    key = self._key(unset)
                    if self.general:
                        fill += [f"k = {key}", f"if k not in out: out[k] = {self.zero(unset)}"]
                    else:
                        fill.append(f"if {key} not in out: out[{key}] = {self.zero(unset)}")
            body += ["if always:", *indent(fill)] if self.general and fill else fill
        return "\n".join([*self.header("m"), "    a = m.__dict__", "    out = {}",
                          *indent(body), "    return out", ""])


class _LoadGen:
    """Writes ``load(js, depth, base) -> message``: a JSON object to one message,
    merged into ``base`` (protobuf's rule when a message field is given twice)."""

    def __init__(self, cls: type, python: bool) -> None:
        self.cls = cls
        self.python = python  # Python data: exact ints, strings still to be checked
        self.specs = specs_of(cls)
        self.part = load_part(python)
        self.ns: dict[str, Any] = {"C": cls, "EXACT": python}
        self.links: dict[str, Link] = {}
        self.text = ""  # the source, once written
        index: dict[str, int] = {}
        for i, spec in enumerate(self.specs):  # proto names first: JSON names win
            index[spec.name] = i
        for i, spec in enumerate(self.specs):
            index[spec.json_name] = i
        self.ns["IDX"] = index

    def value_lines(self, var: str, kind: Any, v: str, target: str, base: str) -> Lines:
        """Set ``target`` to the field value that JSON value ``v`` (not null) stands for."""
        if isinstance(kind, MessageKind):
            self.links["load_" + var] = Link(lookup(kind.full_name), self.part)
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
        # an enum name no value has: skipped under ignore_unknown_fields
        skip_enum = isinstance(kind.value if isinstance(kind, MapKind) else kind, EnumKind)
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
                lines += ["    except _UnknownEnumName as exc:",
                          "        if not IGNORING.get():",
                          "            exc._enter(_key_segment(kk))",
                          "            raise"]
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
                item = ["try:", *indent(item), "except _UnknownEnumName:",
                        "    if not IGNORING.get(): raise"]
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
            if isinstance(spec.kind, EnumKind) and not spec.repeated:
                body = ["try:", *indent(body), "except _UnknownEnumName:",
                        "    if not IGNORING.get(): raise"]
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
            "            i = _unknown(k, C, IGNORING.get())",
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
                "        js = _as_object(js, C, IDX, IGNORING.get())",
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


def dump_part(options: int) -> str:
    """The name of the dumper for ``options``: ``dump``, ``dump_text``, ``dump_names_p3``."""
    words = [word for bit, word in _Options.WORDS if options & bit]
    precision = options >> _Options.PRECISION_SHIFT
    if precision:
        words.append(f"p{precision - 1}")
    return "_".join(["dump", *words])


def load_part(python: bool) -> str:
    """The name of the loader: ``load`` (of JSON text read by orjson), ``load_python``
    (of any Python data)."""
    return "load_python" if python else "load"


def _options_of(part: str) -> int:
    words = part.split("_")[1:]
    options = sum(bit for bit, word in _Options.WORDS if word in words)
    for word in words:
        if word.startswith("p"):
            options |= (int(word[1:]) + 1) << _Options.PRECISION_SHIFT
    return options


def unit_of(cls: type, part: str) -> Unit:
    """The generated code of ``cls``'s dumper or loader named ``part``."""
    if part.startswith("dump"):
        gen: Any = _DumpGen(cls, None if part == DUMP_WITH else _options_of(part))
        local = "dump"
    else:
        gen = _LoadGen(cls, part == load_part(True))
        local = "load"
    computed = {"SET_DICT": "dict_setter(C)"} if local == "load" else {}
    if _special(cls) is None:
        text = gen.source()
    else:  # a wrapper type: its one field's value
        (spec,) = gen.specs
        if local == "dump":
            lines = gen.value_lines("value", spec.kind, "v")
            text = "\n".join([*gen.header("v"), "    if isinstance(v, C): v = v.value",
                               *indent(lines), "    return x", ""])
        else:
            lines = gen.value_lines("value", spec.kind, "js", "x", "None")
            text = "\n".join([
                "def load(js, depth, base):",
                "    if depth >= MAX_DEPTH:",
                "        _too_deep()",
                "    if js is None:",
                f"        _fail('a {cls.full_name} cannot be null here')",  # type: ignore[attr-defined]
                *indent(lines),
                "    return x" if _holds_plain(cls) else "    return C(value=x)",
                "",
            ])
            computed = {}
    return Unit(cls, part, text, {part: local}, dict(gen.ns), dict(gen.links), computed)


def _any_function(part: str) -> Callable[..., Any]:
    """``Any``'s dumper or loader ``part``, made once and kept in this module by its
    name (``dump_text_Any``), where generated code imports it from."""
    name = f"{part}_Any"
    function: Optional[Callable[..., Any]] = globals().get(name)
    if function is None:
        if part == DUMP_WITH:
            function = _any_dumper_with
        elif part.startswith("dump"):
            function = _any_dumper(_options_of(part))
        else:
            function = _any_loader(part == load_part(True))
        function.__name__ = name
        globals()[name] = function
    return function


def _written_by_hand(key: tuple[str, str]) -> Optional[Ref]:
    """Where the function ``key`` of a well-known type written by hand is."""
    full_name, part = key
    special = _special(lookup(full_name))
    if special is None or special in _WRAPPERS:
        return None
    if special == _ANY:
        return Ref(__name__, f"{part}_Any", _any_function(part))
    if part == DUMP_WITH:
        name = f"{DUMP_WITH}_{full_name.rsplit('.', 1)[1]}"
        return Ref(RUNTIME, name, HELPERS[name])
    if part.startswith("dump"):
        name = "dump_text" if _options_of(part) & _Options.TEXT else "dump"
    else:
        name = "load_python" if "python" in part.split("_") else "load"
    name = f"{name}_{full_name.rsplit('.', 1)[1]}"
    return Ref(RUNTIME, name, HELPERS[name])


#: The dumpers specialised to an option set: what ``to_dict`` and ``to_json`` use with
#: their default options; other option sets use ``dump_with``.
FAST_DUMPERS = frozenset((0, _Options.TEXT))

#: The dumpers and the loaders written ahead of time: every one the API uses.
DUMP_PARTS = (*(dump_part(o) for o in sorted(FAST_DUMPERS)), DUMP_WITH)
LOAD_PARTS = (load_part(False), load_part(True))

#: Every class's dumpers and its loaders: written ahead of time beside the model modules
#: (``_<module>_dump.py``, ``_<module>_load.py``), generated at first use for other classes.
DUMPERS = Functions("dump", HELPERS, RUNTIME, unit_of, lambda part: part, _written_by_hand)
LOADERS = Functions("load", HELPERS, RUNTIME, unit_of, lambda part: part, _written_by_hand)

for _part in DUMP_PARTS + LOAD_PARTS:
    _any_function(_part)

_DUMPERS: dict[tuple[type, int], Callable[[Any], Any]] = {}
_LOADERS: dict[tuple[type, bool], Callable[..., Any]] = {}


def _dumper(cls: type, options: int) -> Callable[[Any], Any]:
    found = _DUMPERS.get((cls, options))
    if found is None:
        if options in FAST_DUMPERS:
            found = DUMPERS.get(cls, dump_part(options))
        else:
            dump_with, o = DUMPERS.get(cls, DUMP_WITH), options_tuple(options)

            def found(message: Any) -> Any:
                return dump_with(message, o)

        _DUMPERS[cls, options] = found
    return found


def _loader(cls: type, python: bool) -> Callable[..., Any]:
    """``load(js, depth, base)`` of ``cls``; ``ignore_unknown_fields`` is
    :data:`IGNORING` while it runs."""
    found = _LOADERS.get((cls, python))
    if found is None:
        found = _LOADERS[cls, python] = LOADERS.get(cls, load_part(python))
    return found
