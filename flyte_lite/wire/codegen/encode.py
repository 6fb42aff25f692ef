"""The encoder: ``encode`` (and ``encode_plain``), field by field, with map entries."""

from __future__ import annotations

from typing import Any, Optional

from flyte_lite.wire import primitives as P
from flyte_lite.wire.codegen.binding import ENCODE_ERRORS, FIXED_SIZE, PY_TYPE
from flyte_lite.wire.codegen.plain import PlainData
from flyte_lite.wire.fields import (
    FieldSpec,
    MapKind,
    MessageKind,
    int_range,
)
from flyte_lite.wire.generated import (
    Lines,
    indent,
)


class Encoding(PlainData):
    """Writes the encoder's source."""

    def encode_source(self) -> str:
        out: Lines = []
        for spec in self.specs:
            if isinstance(spec.kind, MapKind):
                out += self._map_entry_encoders(spec)
        out += self._encoder()
        if self.plain is not None:
            out += self._plain_encoder()
        return "\n".join(out) + "\n"

    @staticmethod
    def _write_len(n: str) -> Lines:
        return [f"if {n} < 128:", f"    out.append({n})", "else:", f"    out += _varint({n})"]

    @staticmethod
    def _write_nested(body: Lines, at: str = "at") -> Lines:
        """Run ``body``, which appends a length-delimited payload to ``out``, and put the
        payload's length before it: one byte is kept for it, a longer one spliced in."""
        return [
            f"{at} = len(out)",
            "out.append(0)",
            *body,
            f"n = len(out) - {at} - 1",
            "if n < 128:",
            f"    out[{at}] = n",
            "else:",
            f"    out[{at}:{at} + 1] = _varint(n)",
        ]

    def _write_value(self, var: str, kind: Any, v: str, tag: Optional[str]) -> Lines:
        """Write value ``v`` of ``kind`` (with ``tag`` first unless it is None)."""
        lines = [f"out += {tag}"] if tag else []
        name = kind.name
        if isinstance(kind, MessageKind):
            check = [] if self._is_plain(kind) else [  # plain encoders check for themselves
                f"if {v}.__class__ is not C_{var} and not isinstance({v}, C_{var}):",
                "    raise TypeError",
            ]
            return [*check, *lines, *self._write_nested([f"enc_{var}({v}, out, deterministic)"])]
        if name == "string":
            return [f"b = {v}.encode()", "n = len(b)", *lines, *self._write_len("n"), "out += b"]
        if name == "bytes":
            return [f"if {v}.__class__ is not bytes: {v} = as_bytes({v})", f"n = len({v})",
                    *lines, *self._write_len("n"), f"out += {v}"]
        if name == "bool":
            return [f"if {v}.__class__ is not bool: as_bool({v})", *lines,
                    f"out.append(1 if {v} else 0)"]
        if name in ("double", "float"):
            return [f"if {v}.__class__ is not float: {v} = as_float({v}, {name!r})", *lines,
                    f"out += pack_{name}({v})"]
        lo, hi = kind.int_range
        check = [f"if {v}.__class__ is bool or not {lo} <= {v} <= {hi}: as_int({v}, {name!r})"]
        if name in FIXED_SIZE:
            return [*check, *lines, f"out += pack_{name}({v})"]
        if name in ("sint32", "sint64"):
            return [*check, *lines, f"out += _varint(_zigzag({v}))"]
        if lo < 0:
            return [*check, *lines,
                    f"if 0 <= {v} < 128:", f"    out.append({v})",
                    "else:", f"    out += _svarint({v})"]
        return [*check, *lines,
                f"if {v} < 128:", f"    out.append({v})", "else:", f"    out += _varint({v})"]

    def _write_field(self, spec: FieldSpec, var: str, v: str = "v",
                     on_present: Optional[Lines] = None) -> Lines:
        """Write ``v``, the value of ``spec``, following its presence rules.

        ``var`` is the suffix of the field's names in the namespace (tag, class, codec);
        ``on_present`` runs when a field with presence is set.
        """
        kind, tag = spec.kind, f"T_{var}"
        self.ns[tag] = P.make_tag(spec.number, P.LEN if spec.packed else kind.wire_type)
        if isinstance(kind, MapKind):
            return [
                f"if {v}.__class__ is not FD and {v}.__class__ is not dict: {v} = _as_dict({v})",
                f"for k, el in (_sorted_entries({v}) if deterministic else {v}.items()):",
                f"    out += {tag}",
                *indent(self._write_nested(self._write_entry(spec), "eat")),
            ]
        if spec.repeated:
            element = self._each_element(spec, self._write_value(var, kind, "el", None
                                                                 if spec.packed else tag))
            lines = [f"if {v}.__class__ is not FL and {v}.__class__ is not list: "
                     f"{v} = _as_list({v})"]
            if not spec.packed:
                return [*lines, f"for el in {v}:", *indent(element)]
            return [
                *lines,
                f"if {v}:",
                f"    out += {tag}",
                *indent(self._write_nested([f"for el in {v}:", *indent(element)], "pat")),
            ]
        if spec.presence:
            return [f"if {v} is not None:",
                    *indent([*(on_present or []), *self._write_value(var, kind, v, tag)])]
        if kind.name in FIXED_SIZE:
            if kind.name in ("double", "float"):
                check = [f"if {v}.__class__ is not float: {v} = as_float({v}, {kind.name!r})"]
            else:
                lo, hi = int_range(kind.name)
                check = [f"if {v}.__class__ is bool or not {lo} <= {v} <= {hi}: "
                         f"as_int({v}, {kind.name!r})"]
            return [*check, f"b = pack_{kind.name}({v})",  # -0.0 is not zero: compare the bits
                    f"if b != {bytes(FIXED_SIZE[kind.name])!r}:",
                    f"    out += {tag}", "    out += b"]
        expected = PY_TYPE.get(kind.name)
        zero_check = (f"elif {v}.__class__ is not {expected}: as_{expected}({v})"
                      if expected else f"elif {v}.__class__ is not int: as_int({v}, {kind.name!r})")
        return [f"if {v}:", *indent(self._write_value(var, kind, v, tag)), zero_check]

    def _each_element(self, spec: FieldSpec, body: Lines) -> Lines:
        """Write one item ``el`` of a repeated field, naming its index on errors."""
        index = "'[%d]' % _index(v, el)"
        expected = self._expected(spec._replace(repeated=False))
        return [
            "try:",
            *indent(body),
            "except EncodeError as exc:",
            f"    exc._enter({index})",
            "    raise",
            f"except {ENCODE_ERRORS} as exc:",
            f"    raise _bad(exc, {index}, el, {expected!r}) from exc",
        ]

    @staticmethod
    def _encoding(body: Lines, segment: str, value: str, expected: str) -> Lines:
        """``body`` inside the one handler that names the field being written."""
        enter = [f"    exc._enter({segment})"] if segment != "''" else []
        return [
            "try:",
            *indent(body or ["pass"]),
            "except EncodeError as exc:",
            *enter,
            "    raise",
            f"except {ENCODE_ERRORS} as exc:",
            f"    raise _bad(exc, {segment}, {value}, {expected}) from exc",
        ]

    def _encoder(self) -> Lines:
        groups: dict[str, list[str]] = {}
        for spec in self.specs:
            if spec.oneof:
                groups.setdefault(spec.oneof, []).append(spec.name)
        # each oneof counts its members as they are written; more than one is an error
        body: Lines = [f"set_{group} = 0" for group in groups]
        for spec in self.specs:
            counted = [f"set_{spec.oneof} += 1"] if spec.oneof else []
            body += [f"field = {spec.name!r}", f"v = a[{spec.name!r}]",
                     *self._write_field(spec, spec.name, on_present=counted)]
        if groups:
            body.append("field = ''")
        for group, names in groups.items():
            present = ", ".join(f"'{n}'" for n in names)
            body += [
                f"if set_{group} > 1:",
                f"    _two_members({group!r}, [n for n in ({present},) "
                "if getattr(m, n) is not None])",
            ]
        return [
            "def encode(m, out, deterministic):",
            # attributes read from the dict: a dict lookup is specialised for the
            # key-sharing dicts decoded messages have, attribute access is not (3.11)
            "    a = m.__dict__",
            "    field = ''",
            "    v = None",
            *indent(self._encoding(body, "field", "v", "EXPECTED.get(field, '')")),
            "    unknown = a['_unknown_fields']",
            "    if unknown:",
            "        if unknown.__class__ is not bytes:",
            "            try:",
            "                unknown = as_bytes(unknown)",
            "            except TypeError as exc:",
            "                raise _bad(exc, '_unknown_fields', unknown, 'bytes') from None",
            "        out += unknown",
            "",
        ]

    def _plain_encoder(self) -> Lines:
        """``encode_plain``: write plain data (or a message of this class) directly."""
        def write(spec: FieldSpec) -> Lines:
            value = "D_" + spec.name if self._is_unit_enum(spec.kind) else "x"
            always = spec._replace(presence=True) if spec.oneof else spec
            return [f"v = {value}", *self._write_field(always, spec.name)]

        retry = [
            "if c is C or isinstance(x, C):",
            "    return encode(x, out, deterministic)",
            "y = _plain_normalize(x)",  # an IntEnum, a dict subclass...: try its base type
            "if y.__class__ is c:",
            "    _not_plain(x, C)",
            "return encode_plain(y, out, deterministic)",
        ]
        if len(self.plain_specs) == 1 and not self.plain_specs[0].oneof:
            spec = self.plain_specs[0]
            accepts = " or ".join(f"c is {t}" for t in self._plain_types(spec.kind,
                                                                      spec.repeated))
            body = ["c = x.__class__", f"if {accepts}:", *indent(write(spec)),
                    "else:", *indent(retry)]
        else:
            body = self._plain_dispatch("x", write, retry)
        return [
            "def encode_plain(x, out, deterministic):",
            *indent(self._encoding(body, "''", "x", f"{self.cls.__name__!r}")),
            "",
        ]

    def _write_entry(self, spec: FieldSpec) -> Lines:
        """Write map entry ``k``, ``el`` of ``spec`` as protobuf does: key and value
        always; errors name the key."""
        name = spec.name
        key_spec, value_spec = self._entry_specs(spec)
        write_k = self._write_field(key_spec._replace(presence=True), f"{name}_k", "k")
        if self._is_plain(value_spec.kind):  # in plain data None is a value (JSON null)
            self.ns[f"T_{name}_v"] = P.make_tag(2, P.LEN)
            write_v = self._write_value(f"{name}_v", value_spec.kind, "el", f"T_{name}_v")
        else:
            write_v = ["if el is None: raise TypeError",
                       *self._write_field(value_spec._replace(presence=True),
                                          f"{name}_v", "el")]
        # a None key must not be written as the zero key
        body = [f"what, expected = k, {self._expected(key_spec)!r}",
                "if k is None: raise TypeError", *write_k,
                f"what, expected = el, {self._expected(value_spec)!r}", *write_v]
        return self._encoding(body, "'[%r]' % (k,)", "what", "expected")

    def _map_entry_encoders(self, spec: FieldSpec) -> Lines:
        """``mes_<name>``: writes a map entry's non-default key and value, then unknown
        bytes (how upb re-writes an entry that it moved to the unknown fields)."""
        name = spec.name
        key_spec, value_spec = self._entry_specs(spec)
        sparse_k = self._write_field(key_spec, f"{name}_k", "k")
        if self._is_plain(value_spec.kind):  # in plain data None is a value (JSON null)
            self.ns[f"T_{name}_v"] = P.make_tag(2, P.LEN)
            sparse_v = self._write_value(f"{name}_v", value_spec.kind, "v", f"T_{name}_v")
        else:
            sparse_v = self._write_field(value_spec, f"{name}_v")
        return [
            f"def mes_{name}(k, v, unknown):",
            "    deterministic = False",
            "    out = bytearray()",
            *indent(sparse_k),
            *indent(["if v is not _MISSING:", *indent(sparse_v)]
                     if isinstance(value_spec.kind, MessageKind) else sparse_v),
            "    out += unknown",
            "    return out",
            "",
        ]
