"""Build each message class's decoder and encoder from its field declarations.

For every class the generator writes the source of two functions, specialised to its
fields (tags as literals, one branch per field, per-field local variables), compiles
them once on first use and registers the source with ``linecache`` so tracebacks show
it. Decoder and encoder mirror each other: the same field order, the same kinds.

    decode(buf, pos, end, depth, base) -> message
        Reads ``buf[pos:end]``. ``base`` is a message of the same class to merge into
        (protobuf's rule for a singular message field that appears twice) or None.
    encode(message, deterministic) -> bytearray
"""

from __future__ import annotations

import linecache
import struct
import threading
from typing import Any, Callable, Optional

import attrs

from flyte_lite.wire import primitives as P
from flyte_lite.wire.errors import DecodeError, EncodeError
from flyte_lite.wire.fields import (
    EnumKind,
    FieldSpec,
    MapKind,
    MessageKind,
    specs_of,
)
from flyte_lite.wire.registry import lookup


class Codec:
    """The generated functions of one message class."""

    __slots__ = ("decode", "encode")

    def __init__(self, decode: Callable[..., Any], encode: Callable[..., bytearray]) -> None:
        self.decode = decode
        self.encode = encode


_CODECS: dict[type, Codec] = {}
_LOCK = threading.RLock()


def codec_for(cls: type) -> Codec:
    """The codec of ``cls``, generating it (and those of the classes it uses) if needed."""
    codec = _CODECS.get(cls)
    if codec is not None:
        return codec
    with _LOCK:
        building: dict[type, Codec] = {}
        codec = _build(cls, building)
        _CODECS.update(building)  # publish only once every reference is resolved
        return codec


def _build(cls: type, building: dict[type, Codec]) -> Codec:
    done = _CODECS.get(cls) or building.get(cls)
    if done is not None:
        return done
    gen = _Generator(cls)
    namespace = gen.namespace()
    source = gen.source()
    filename = f"<flyte_lite codec {cls.__module__}.{cls.__qualname__}>"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    exec(compile(source, filename, "exec"), namespace)
    codec = Codec(namespace["decode"], namespace["encode"])
    building[cls] = codec
    # Children are resolved after this class is recorded, so cycles
    # (LiteralType inside LiteralType) close on themselves.
    for var, child in gen.children.items():
        child_codec = _build(child, building)
        namespace["dec_" + var] = child_codec.decode
        namespace["enc_" + var] = child_codec.encode
    return codec


# ---------------------------------------------------------------------------
# helpers the generated code calls on its slow and error paths

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


def _describe(value: Any) -> str:
    text = repr(value)
    return f"{type(value).__name__} {text if len(text) <= 60 else text[:57] + '...'}"


def _bad(exc: Exception, segment: str, value: Any, expected: str) -> EncodeError:
    """Turn an exception raised while writing ``value`` into an EncodeError naming the field."""
    if isinstance(exc, (TypeError, AttributeError)) and not str(exc):
        err = EncodeError(f"expected {expected}, got {_describe(value)}")
    elif isinstance(exc, (TypeError, AttributeError)):
        err = EncodeError(f"expected {expected}, got {_describe(value)} ({exc})")
    else:
        err = EncodeError(f"{exc} (value {_describe(value)})")
    err._enter(segment)
    return err


def _out_of_range(value: int, kind: str) -> None:
    raise ValueError(f"{value} is out of range for {kind}")


def _check_int(value: Any) -> None:
    if not isinstance(value, int):
        raise TypeError


def _check(value: Any, expected: type) -> None:
    if not isinstance(value, expected):
        raise TypeError


def _as_list(value: Any) -> list[Any]:
    if isinstance(value, (list, tuple)):
        return list(value)
    raise TypeError


def _as_dict(value: Any) -> dict[Any, Any]:
    if isinstance(value, dict):
        return value
    raise TypeError


def _as_bytes(value: Any) -> bytes:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    raise TypeError


def _index(items: Any, item: Any) -> int:
    for i, candidate in enumerate(items):
        if candidate is item:
            return i
    return -1


def _upb_string_order(item: tuple[Any, Any]) -> Any:
    # upb's deterministic order compares the shared prefix of two keys' UTF-8 bytes and
    # puts the longer key first when one is a prefix of the other ("ab" < "a" < "").
    # 0xFF never occurs in UTF-8, so it sorts after every byte a longer key can have.
    key = item[0]
    return key.encode() + b"\xff" if isinstance(key, str) else key


def _sorted_entries(entries: dict[Any, Any]) -> list[tuple[Any, Any]]:
    """Map entries in the order protobuf's deterministic serialization (upb) writes them."""
    return sorted(entries.items(), key=_upb_string_order)


def _two_members(group: str, names: list[str]) -> None:
    raise EncodeError(f"oneof {group!r} has more than one member set: {', '.join(names)}")


_HELPERS: dict[str, Any] = {
    "DecodeError": DecodeError,
    "EncodeError": EncodeError,
    "decode_varint": P.decode_varint,
    "decode_length": P.decode_length,
    "decode_tag": P.decode_tag,
    "skip_field": P.skip_field,
    "_varint": P.encode_varint,
    "_svarint": P.encode_signed_varint,
    "_zigzag": P.zigzag_encode,
    "_unzigzag": P.zigzag_decode,
    "_overrun": _overrun,
    "_bad_utf8": _bad_utf8,
    "_truncated": _truncated,
    "_too_deep": _too_deep,
    "_int32": _int32,
    "_bad": _bad,
    "_out_of_range": _out_of_range,
    "_check_int": _check_int,
    "_check": _check,
    "_as_list": _as_list,
    "_as_dict": _as_dict,
    "_as_bytes": _as_bytes,
    "_two_members": _two_members,
    "_index": _index,
    "_sorted_entries": _sorted_entries,
    "_new": object.__new__,
    "struct_error": struct.error,
    "MAX_DEPTH": P.MAX_DEPTH,
}
for _name in ("double", "float", "fixed32", "fixed64", "sfixed32", "sfixed64"):
    _HELPERS["pack_" + _name] = getattr(P, "pack_" + _name)
    _HELPERS["unpack_" + _name] = getattr(P, "unpack_" + _name)

_FIXED_SIZE = {"double": 8, "fixed64": 8, "sfixed64": 8, "float": 4, "fixed32": 4, "sfixed32": 4}
_ENCODE_ERRORS = "(TypeError, ValueError, AttributeError, OverflowError, struct_error)"
_PY_TYPE = {"string": "str", "bytes": "bytes", "bool": "bool", "double": "float",
            "float": "float"}

Lines = list[str]


def _dict_setter(cls: type) -> Callable[[Any, dict[str, Any]], None]:
    """What sets an instance's ``__dict__`` whole: one call fills a new frozen message."""
    for klass in cls.__mro__:
        descriptor = klass.__dict__.get("__dict__")
        if descriptor is not None:
            setter: Callable[[Any, dict[str, Any]], None] = descriptor.__set__
            return setter
    raise TypeError(f"{cls.__name__} instances have no __dict__ (declare it with slots=False)")


def _adapter(cls: type, name: str) -> Optional[Callable[[Any], Any]]:
    """A class's conversion to or from the plain value its fields hold, if it has one."""
    return getattr(cls, name, None)


def _indent(lines: Lines, n: int = 1) -> Lines:
    pad = "    " * n
    return [pad + line for line in lines]


class _Generator:
    """Writes the decoder and encoder source of one message class."""

    def __init__(self, cls: type) -> None:
        self.cls = cls
        self.specs = specs_of(cls)
        self.ns: dict[str, Any] = dict(_HELPERS)
        self.ns["C"] = cls
        self.children: dict[str, type] = {}  # variable suffix -> child message class
        for spec in self.specs:
            self._bind_kind(spec.name, spec.kind)
        self.ns["set_dict"] = _dict_setter(cls)

    # -- namespace -----------------------------------------------------------------

    def _bind_kind(self, var: str, kind: Any) -> None:
        if isinstance(kind, MapKind):
            self._bind_kind(var + "_k", kind.key)
            self._bind_kind(var + "_v", kind.value)
        elif isinstance(kind, EnumKind):
            self.ns["E_" + var] = {int(m): m for m in kind.enum_type}
            self.ns["D_" + var] = kind.default
        elif isinstance(kind, MessageKind):
            child = lookup(kind.full_name)
            self.children[var] = child
            self.ns["C_" + var] = child
            self.ns["to_py_" + var] = _adapter(child, "_pb_to_python")
            self.ns["from_py_" + var] = _adapter(child, "_pb_from_python")
            self.ns["dec_" + var] = None  # filled in once the child's codec exists
            self.ns["enc_" + var] = None

    def namespace(self) -> dict[str, Any]:
        return self.ns

    def _adapted(self, kind: Any) -> bool:
        return isinstance(kind, MessageKind) and _adapter(lookup(kind.full_name),
                                                          "_pb_to_python") is not None

    def _default(self, spec: FieldSpec) -> str:
        if isinstance(spec.kind, MapKind):
            return "{}"
        if spec.repeated:
            return "[]"
        if spec.presence:
            return "None"
        if isinstance(spec.kind, EnumKind):
            return "D_" + spec.name
        return repr(spec.kind.default)

    # -- source ----------------------------------------------------------------------

    def source(self) -> str:
        out: Lines = []
        for spec in self.specs:
            if isinstance(spec.kind, MapKind):
                out += self._map_entry_decoder(spec)
                out += self._map_entry_encoder(spec)
        out += self._decoder()
        out += self._encoder()
        return "\n".join(out) + "\n"

    # -- decoding --------------------------------------------------------------------

    @staticmethod
    def _read_tag() -> Lines:
        return [
            "tag_pos = pos",
            "tag = buf[pos]",
            "if tag < 128:",
            "    pos += 1",
            "else:",
            "    tag, pos = decode_tag(buf, pos, end)",
        ]

    @staticmethod
    def _read_unknown(into: str) -> Lines:
        return [
            "pos = skip_field(buf, tag_pos, pos, end, tag, depth)",
            f"if {into} is None:",
            f"    {into} = bytearray()",
            f"{into} += buf[tag_pos:pos]",
        ]

    @staticmethod
    def _read_len(pos: str = "pos", end: str = "end") -> Lines:
        """Read a length prefix at ``pos``: the payload is ``buf[start:pos]``."""
        return [
            f"if {pos} < {end} and buf[{pos}] < 128:",
            f"    start = {pos} + 1",
            f"    {pos} = start + buf[{pos}]",
            f"    if {pos} > {end}:",
            f"        _overrun(start, {pos}, {end})",
            "else:",
            f"    start, {pos} = decode_length(buf, {pos}, {end})",
        ]

    def _read_scalar(self, var: str, kind: Any, target: str, pos: str = "pos",
                     end: str = "end") -> Lines:
        """Read one value of a non-message kind at ``pos`` into ``target``."""
        name = kind.name
        if kind.wire_type == P.VARINT:
            lines = [
                f"if {pos} < {end} and buf[{pos}] < 128:",
                f"    {target} = buf[{pos}]",
                f"    {pos} += 1",
                "else:",
                f"    {target}, {pos} = decode_varint(buf, {pos}, {end})",
            ]
            if name in ("int32", "enum"):
                lines.append(f"if {target} > 2147483647: {target} = _int32({target})")
            elif name == "int64":
                lines.append(f"if {target} > 9223372036854775807: "
                             f"{target} -= 18446744073709551616")
            elif name == "uint32":
                lines.append(f"{target} &= 4294967295")
            elif name == "sint32":
                lines.append(f"{target} = _int32(_unzigzag({target} & 4294967295))")
            elif name == "sint64":
                lines.append(f"{target} = _unzigzag({target})")
            elif name == "bool":
                lines.append(f"{target} = {target} != 0")
            if name == "enum":
                lines.append(f"{target} = E_{var}.get({target}, {target})")
            return lines
        if name in _FIXED_SIZE:
            size = _FIXED_SIZE[name]
            return [
                f"if {pos} + {size} > {end}: _truncated({pos}, {size})",
                f"{target} = unpack_{name}(buf, {pos})[0]",
                f"{pos} += {size}",
            ]
        lines = self._read_len(pos, end)
        if name == "string":
            lines += [
                "try:",
                f"    {target} = buf[start:{pos}].decode()",
                "except UnicodeDecodeError as exc:",
                "    _bad_utf8(start, exc)",
            ]
        else:  # bytes
            lines.append(f"{target} = buf[start:{pos}]")
        return lines

    def _read_field(self, spec: FieldSpec) -> Lines:
        """The branch body that reads one occurrence of ``spec`` (tag already read)."""
        local = "f_" + spec.name
        kind = spec.kind
        if isinstance(kind, MapKind):
            return [
                *self._read_len(),
                f"k, v, entry_unknown = me_{spec.name}(buf, start, pos, depth + 1)",
                "if entry_unknown is None:",
                f"    {local}[k] = v",
                "else:",  # upb moves an entry with unknown fields to the unknown fields
                "    if unk is None:",
                "        unk = bytearray()",
                f"    unk += T_{spec.name}",
                f"    entry = mes_{spec.name}(k, v, entry_unknown)",
                "    unk += _varint(len(entry))",
                "    unk += entry",
            ]
        if isinstance(kind, MessageKind):
            base = "None" if spec.repeated else local
            call = f"dec_{spec.name}(buf, start, pos, depth + 1, {base})"
            if spec.repeated:
                if self._adapted(kind):
                    call = f"to_py_{spec.name}({call})"
                lines = [*self._read_len(), f"{local}.append({call})"]
            else:
                lines = [*self._read_len(), f"{local} = {call}"]
        elif spec.repeated:
            lines = [*self._read_scalar(spec.name, kind, "v"), f"{local}.append(v)"]
        else:
            lines = self._read_scalar(spec.name, kind, local)
        if spec.oneof:
            for other in self.specs:
                if other.oneof == spec.oneof and other is not spec:
                    lines.append(f"f_{other.name} = None")
        return lines

    def _read_packed(self, spec: FieldSpec) -> Lines:
        return [
            *self._read_len(),
            "p = start",
            "while p < pos:",
            *_indent(self._read_scalar(spec.name, spec.kind, "v", "p", "pos")),
            f"    f_{spec.name}.append(v)",
        ]

    def _branches(self, specs: tuple[FieldSpec, ...], reader: Callable[[FieldSpec], Lines],
                  segment: Callable[[FieldSpec], str]) -> Lines:
        """The if/elif chain over tags, each branch naming its field on errors."""
        lines: Lines = []
        for spec in specs:
            tags = [(spec.number << 3) | spec.kind.wire_type]
            bodies = [reader(spec)]
            if spec.packed:  # repeated numbers may arrive packed or one by one
                tags.append((spec.number << 3) | P.LEN)
                bodies.append(self._read_packed(spec))
            for tag, body in zip(tags, bodies):
                lines += [
                    f"{'elif' if lines else 'if'} tag == {tag}:",
                    "    try:",
                    *_indent(body, 2),
                    "    except DecodeError as exc:",
                    f"        exc._enter({segment(spec)})",
                    "        raise",
                ]
        return lines

    def _decoder(self) -> Lines:
        init_new, init_base, finish = [], [], []
        for spec in self.specs:
            local = "f_" + spec.name
            init_new.append(f"{local} = {self._default(spec)}")
            if self._adapted(spec.kind) and not spec.repeated:
                # keep the raw message while reading so a repeat can merge into it
                init_base.append(f"{local} = base.{spec.name}")
                init_base.append(f"if {local} is not None: {local} = from_py_{spec.name}({local})")
                finish.append(f"if {local} is not None: {local} = to_py_{spec.name}({local})")
            else:
                init_base.append(f"{local} = base.{spec.name}")

        def segment(spec: FieldSpec) -> str:
            if spec.repeated:
                return f"'{spec.name}[%d]' % len(f_{spec.name})"
            return repr(spec.name)

        loop = self._branches(self.specs, self._read_field, segment)
        unknown = self._read_unknown("unk")
        loop += ["else:", *_indent(unknown)] if loop else unknown
        return [
            "def decode(buf, pos, end, depth, base):",
            "    if depth > MAX_DEPTH:",
            "        _too_deep(pos)",
            "    if base is None:",
            *_indent(init_new, 2),
            "        unk = None",
            "    else:",
            *_indent(init_base, 2),
            "        unk = bytearray(base._unknown_fields) if base._unknown_fields else None",
            "    while pos < end:",
            *_indent(self._read_tag(), 2),
            *_indent(loop, 2),
            *_indent(finish),
            "    obj = _new(C)",
            "    set_dict(obj, {",
            *_indent([f"{s.name!r}: f_{s.name}," for s in self.specs], 2),
            "        '_unknown_fields': bytes(unk) if unk else b'',",
            "    })",
            "    return obj",
            "",
        ]

    def _map_entry_decoder(self, spec: FieldSpec) -> Lines:
        assert isinstance(spec.kind, MapKind)
        key, value = spec.kind.key, spec.kind.value
        name = spec.name
        key_spec, value_spec = self._entry_specs(spec)

        def reader(s: FieldSpec) -> Lines:
            if s is key_spec:
                return self._read_scalar(name + "_k", key, "k")
            if isinstance(value, MessageKind):
                return [*self._read_len(),
                        f"v = dec_{name}_v(buf, start, pos, depth + 1, v)"]
            return self._read_scalar(name + "_v", value, "v")

        loop = self._branches((key_spec, value_spec), reader,
                              lambda s: "'[%r]' % (k,)" if s is value_spec else "'[key]'")
        finish = []
        if isinstance(value, MessageKind):
            finish.append(f"if v is None: v = dec_{name}_v(b'', 0, 0, depth + 1, None)")
            if self._adapted(value):
                finish.append(f"v = to_py_{name}_v(v)")
        default_v = "None" if isinstance(value, MessageKind) else (
            f"D_{name}_v" if isinstance(value, EnumKind) else repr(value.default))
        return [
            f"def me_{name}(buf, pos, end, depth):",
            "    if depth > MAX_DEPTH:",
            "        _too_deep(pos)",
            f"    k = {key.default!r}",
            f"    v = {default_v}",
            "    unk = None",
            "    while pos < end:",
            *_indent(self._read_tag(), 2),
            *_indent(loop, 2),
            "        else:",
            *_indent(self._read_unknown("unk"), 3),
            *_indent(finish),
            "    return k, v, unk",
            "",
        ]

    # -- encoding --------------------------------------------------------------------

    @staticmethod
    def _write_len(n: str) -> Lines:
        return [f"if {n} < 128:", f"    out.append({n})", "else:", f"    out += _varint({n})"]

    def _write_value(self, var: str, kind: Any, v: str, tag: Optional[str]) -> Lines:
        """Write value ``v`` of ``kind`` (with ``tag`` first unless it is None)."""
        lines = [f"out += {tag}"] if tag else []
        name = kind.name
        if isinstance(kind, MessageKind):
            lines[:0] = [
                f"if {v}.__class__ is not C_{var} and not isinstance({v}, C_{var}):",
                "    raise TypeError",
                f"b = enc_{var}({v}, deterministic)",
            ]
            return lines + self._write_len("len(b)") + ["out += b"]
        if name == "string":
            lines[:0] = [f"b = {v}.encode()"]
            return lines + self._write_len("len(b)") + ["out += b"]
        if name == "bytes":
            lines[:0] = [f"if {v}.__class__ is not bytes: {v} = _as_bytes({v})"]
            return lines + self._write_len(f"len({v})") + [f"out += {v}"]
        if name == "bool":
            lines[:0] = [f"if {v}.__class__ is not bool: raise TypeError"]
            return [*lines, f"out.append(1 if {v} else 0)"]
        if name in _FIXED_SIZE:
            return [*lines, f"out += pack_{name}({v})"]
        lo, hi = kind.int_range
        check = [f"if not {lo} <= {v} <= {hi}: _out_of_range({v}, {name!r})"]
        if name in ("sint32", "sint64"):
            return [*check, *lines, f"out += _varint(_zigzag({v}))"]
        if lo < 0:
            return [*check, *lines,
                    f"if 0 <= {v} < 128:", f"    out.append({v})",
                    "else:", f"    out += _svarint({v})"]
        return [*check, *lines,
                f"if {v} < 128:", f"    out.append({v})", "else:", f"    out += _varint({v})"]

    def _write_field(self, spec: FieldSpec, var: str) -> Lines:
        """Write ``v``, the value of ``spec``, following its presence rules.

        ``var`` is the suffix of the field's names in the namespace (tag, class, codec).
        """
        kind, tag = spec.kind, f"T_{var}"
        self.ns[tag] = P.make_tag(spec.number, P.LEN if spec.packed else kind.wire_type)
        adapt = [f"v = from_py_{var}(v)"] if self._adapted(kind) else []
        if isinstance(kind, MapKind):
            return [
                "if v.__class__ is not dict: v = _as_dict(v)",
                "for k, el in (_sorted_entries(v) if deterministic else v.items()):",
                f"    b = mee_{var}(k, el, deterministic)",
                f"    out += {tag}",
                *_indent(self._write_len("len(b)")),
                "    out += b",
            ]
        if spec.packed:
            return [
                "if v.__class__ is not list: v = _as_list(v)",
                "if v:",
                "    packed = out",
                "    out = bytearray()",
                "    for el in v:",
                *_indent(self._guarded(spec, self._write_value(var, kind, "el", None), "el"), 2),
                f"    packed += {tag}",
                "    packed += _varint(len(out))",
                "    packed += out",
                "    out = packed",
            ]
        if spec.repeated:
            each = [f"el = from_py_{var}(el)"] if adapt else []
            return [
                "if v.__class__ is not list: v = _as_list(v)",
                "for el in v:",
                *_indent(self._guarded(spec, each + self._write_value(var, kind, "el", tag),
                                       "el")),
            ]
        if spec.presence:
            return ["if v is not None:",
                    *_indent(adapt + self._write_value(var, kind, "v", tag))]
        if kind.name in _FIXED_SIZE:
            return [f"b = pack_{kind.name}(v)",  # -0.0 is not zero: compare the bits
                    f"if b != {bytes(_FIXED_SIZE[kind.name])!r}:",
                    f"    out += {tag}", "    out += b"]
        expected = _PY_TYPE.get(kind.name)
        zero_check = (f"elif v.__class__ is not {expected}: _check(v, {expected})" if expected
                      else "elif v.__class__ is not int: _check_int(v)")
        return ["if v:", *_indent(self._write_value(var, kind, "v", tag)), zero_check]

    @staticmethod
    def _expected(spec: FieldSpec) -> str:
        kind = spec.kind
        if isinstance(kind, MapKind):
            return "dict"
        if isinstance(kind, MessageKind):
            text = lookup(kind.full_name).__name__
        elif isinstance(kind, EnumKind):
            text = kind.enum_type.__name__
        else:
            text = kind.name
        return text

    def _guarded(self, spec: FieldSpec, body: Lines, element: Optional[str] = None,
                 segment: Optional[str] = None) -> Lines:
        """``body`` inside a try that names the field in any error it raises.

        ``element`` is the loop variable when ``body`` writes one item of a repeated
        field (``v`` being the list); ``segment`` overrides the path segment expression.
        """
        expected = self._expected(spec)
        if element is None:
            segment = segment or repr(spec.name)
            return [
                "try:",
                *_indent(body),
                "except EncodeError as exc:",
                f"    exc._enter({segment})",
                "    raise",
                f"except {_ENCODE_ERRORS} as exc:",
                f"    raise _bad(exc, {segment}, v, {expected!r}) from exc",
            ]
        # One item of a repeated field: name its index; the field's own guard
        # (around the loop) adds the field name.
        index = f"'[%d]' % _index(v, {element})"
        return [
            "try:",
            *_indent(body),
            "except EncodeError as exc:",
            f"    exc._enter({index})",
            "    raise",
            f"except {_ENCODE_ERRORS} as exc:",
            f"    raise _bad(exc, {index}, {element}, {expected!r}) from exc",
        ]

    def _encoder(self) -> Lines:
        body: Lines = []
        groups: dict[str, list[str]] = {}
        for spec in self.specs:
            if spec.oneof:
                groups.setdefault(spec.oneof, []).append(spec.name)
        for group, names in groups.items():
            count = " + ".join(f"(m.{n} is not None)" for n in names)
            present = ", ".join(f"'{n}'" for n in names)
            body += [
                f"if {count} > 1:",
                f"    _two_members({group!r}, [n for n in ({present},) "
                "if getattr(m, n) is not None])",
            ]
        for spec in self.specs:
            body += [f"v = m.{spec.name}", *self._guarded(spec, self._write_field(spec, spec.name))]
        return [
            "def encode(m, deterministic):",
            "    out = bytearray()",
            *_indent(body),
            "    if m._unknown_fields:",
            "        out += m._unknown_fields",
            "    return out",
            "",
        ]

    def _map_entry_encoder(self, spec: FieldSpec) -> Lines:
        """Two entry writers: ``mee_`` writes key and value always, as protobuf does;
        ``mes_`` writes only non-default ones, then unknown bytes (how upb re-writes an
        entry that it moved to the unknown fields)."""
        name = spec.name
        key_spec, value_spec = self._entry_specs(spec)
        always_k = self._write_field(attrs.evolve(key_spec, presence=True), f"{name}_k")
        always_v = self._write_field(attrs.evolve(value_spec, presence=True), f"{name}_v")
        sparse_k = self._write_field(key_spec, f"{name}_k")
        sparse_v = self._write_field(value_spec, f"{name}_v")
        segment = "'[%r]' % (k,)"
        return [
            f"def mee_{name}(k, value, deterministic):",
            "    out = bytearray()",
            "    v = k",
            *_indent(self._guarded(key_spec, always_k, segment=segment)),
            "    v = value",
            *_indent(self._guarded(value_spec, ["if v is None: raise TypeError", *always_v],
                                   segment=segment)),
            "    return out",
            "",
            f"def mes_{name}(k, value, unknown):",
            "    deterministic = False",
            "    out = bytearray()",
            "    v = k",
            *_indent(sparse_k),
            "    v = value",
            *_indent(sparse_v),
            "    out += unknown",
            "    return out",
            "",
        ]

    @staticmethod
    def _entry_specs(spec: FieldSpec) -> tuple[FieldSpec, FieldSpec]:
        """The key and value fields of a map's entry message."""
        assert isinstance(spec.kind, MapKind)
        value = spec.kind.value
        return (FieldSpec(1, spec.kind.key, name="key"),
                FieldSpec(2, value, presence=isinstance(value, MessageKind), name="value"))
