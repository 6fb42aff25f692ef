"""Build each message class's decoder and encoder from its field declarations.

For every class the generator writes the source of two functions, specialised to its
fields (tags as literals, one branch per field), as a :class:`~flyte_lite.wire.generated.Unit`:
``python -m flyte_lite.codegen`` writes the model classes' units into modules beside
their model modules, and other classes' units are run at first use. Decoder and encoder
mirror each other: the same field order, the same kinds.

    decode(buf, pos, end, depth, base) -> message
        Reads ``buf[pos:end]``. ``base`` is a message of the same class to merge into
        (protobuf's rule for a singular message field that appears twice) or None.
    encode(message, out, deterministic)
        Appends the message's bytes to bytearray ``out``.

A class whose Python form is plain data declares ``_pb_plain``: the name of its one
field (``Struct`` is its ``fields`` dict) or of the oneof that holds all its fields
(``Value`` is whichever member is set). Such a class also gets ``decode_plain``, which
returns that plain value (or the message itself when plain data cannot show what was
read, such as unknown fields), and ``encode_plain``, which writes plain data directly;
fields of the class hold the plain value and use these, so no wrapper objects are built.
"""

from __future__ import annotations

from typing import Any, Callable, Optional

from flyte_lite.wire import primitives as P
from flyte_lite.wire.fields import (
    EnumKind,
    FieldSpec,
    MapKind,
    MessageKind,
    int_range,
    plain_of,
    specs_of,
)
from flyte_lite.wire.generated import (
    Lines,
    Link,
    Unit,
    default_source,
    indent,
)
from flyte_lite.wire.registry import lookup


def unit_of(cls: type, variant: str = "codec") -> Unit:
    """The generated code of ``cls``: its decoder, encoder and their helpers."""
    return _Generator(cls).unit()


_FIXED_SIZE = {"double": 8, "fixed64": 8, "sfixed64": 8, "float": 4, "fixed32": 4, "sfixed32": 4}
_ENCODE_ERRORS = "(TypeError, ValueError, AttributeError, OverflowError, struct_error)"
_PY_TYPE = {"string": "str", "bytes": "bytes", "bool": "bool", "double": "float",
            "float": "float"}


class _Generator:
    """Writes the decoder and encoder source of one message class.

    Each generated function has one error handler: the decoder names the field from
    the tag being read, the encoder from the field it is writing, so a
    :class:`DecodeError` or :class:`EncodeError` carries the full field path.
    """

    def __init__(self, cls: type) -> None:
        self.cls = cls
        self.specs = specs_of(cls)
        # names the source uses besides the runtime's helpers: what each stands for
        self.ns: dict[str, Any] = {"C": cls}
        self.links: dict[str, Link] = {}
        self.children: dict[str, type] = {}  # variable suffix -> child message class
        for spec in self.specs:
            self._bind_kind(spec.name, spec.kind)
        self.plain = plain_of(cls)
        if self.plain is not None:
            # the members that stand for the message: one field, or a oneof of all fields
            self.plain_specs = tuple(s for s in self.specs
                                     if s.name == self.plain or s.oneof == self.plain)
            if len(self.plain_specs) != len(self.specs) or not self.plain_specs:
                raise TypeError(f"{cls.__name__}._pb_plain must name its only field "
                                "or a oneof of all its fields")
        self.ns["EXPECTED"] = {s.name: self._expected(s) for s in self.specs}

    def unit(self) -> Unit:
        """The decoder's and encoder's source and what its names stand for."""
        text = self.decode_source() + "\n\n" + self.encode_source()
        parts = {"decode": "decode", "encode": "encode"}
        # A default message's attribute dict: each decoded message starts as a copy of
        # it. CPython lets such copies share the class's keys (PEP 412), which halves
        # a small message's memory against a dict of its own. Immutable, so the message
        # (or plain value) read from no bytes is shared: a million empty entries cost a
        # million references, not a million objects.
        computed = {"TEMPLATE": "C().__dict__", "set_dict": "dict_setter(C)",
                    "EMPTY": "decode(b'', 0, 0, 0, None)"}
        if self.plain is not None:
            parts.update(decode_plain="decode_plain", encode_plain="encode_plain")
            computed["EMPTY_PLAIN"] = "decode_plain(b'', 0, 0, 0, None)"
        return Unit(self.cls, "codec", text, parts, dict(self.ns), dict(self.links),
                    computed)

    # -- names -----------------------------------------------------------------------

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
            plain = "_plain" if plain_of(child) is not None else ""
            self.links["dec_" + var] = Link(child, "decode" + plain)
            self.links["enc_" + var] = Link(child, "encode" + plain)

    @staticmethod
    def _is_plain(kind: Any) -> bool:
        """Whether fields of ``kind`` hold plain data (the child's ``*_plain`` functions)."""
        return isinstance(kind, MessageKind) and plain_of(lookup(kind.full_name)) is not None

    @staticmethod
    def _expected(spec: FieldSpec) -> str:
        """How an error describes what the field takes."""
        kind = spec.kind
        if isinstance(kind, MapKind):
            return "dict"
        if isinstance(kind, MessageKind):
            text = lookup(kind.full_name).__name__
        elif isinstance(kind, EnumKind):
            text = kind.enum_type.__name__
        else:
            text = kind.name
        return f"list of {text}" if spec.repeated else text

    # -- source ----------------------------------------------------------------------

    def decode_source(self) -> str:
        # the message decoded from no bytes, shared (set once the code exists)
        out: Lines = ["EMPTY = None"]  # (then the message read from no bytes)
        for group in sorted({s.oneof for s in self.specs if s.oneof}):
            members = tuple(s.name for s in self.specs if s.oneof == group)
            out.append(f"ONEOF_{group} = {members!r}")
        for spec in self.specs:
            if isinstance(spec.kind, MapKind):
                out += self._map_entry_decoder(spec)
        out += self._merge_pending()
        out += self._decoder(plain=False)
        if self.plain is not None:
            out += ["EMPTY_PLAIN = None", *self._decoder(plain=True)]
        return "\n".join(out) + "\n"

    def encode_source(self) -> str:
        out: Lines = []
        for spec in self.specs:
            if isinstance(spec.kind, MapKind):
                out += self._map_entry_encoders(spec)
        out += self._encoder()
        if self.plain is not None:
            out += self._plain_encoder()
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
                lines.append(f"    if {target} > 2147483647: {target} = _int32({target})")
            elif name == "int64":
                lines.append(f"    if {target} > 9223372036854775807: "
                             f"{target} -= 18446744073709551616")
            elif name == "uint32":
                lines.append(f"    {target} &= 4294967295")
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

    def _read_field(self, spec: FieldSpec, plain: bool) -> Lines:
        """The branch body that reads one occurrence of ``spec`` (tag already read).

        Singular fields go straight into ``d`` (the new message's attributes), or for
        ``plain`` (``decode_plain``) into ``x``, its one live value; repeated and map
        fields into their own list or dict, ``f_<name>``. A singular message field seen
        again is noted in ``pend`` and merged once the whole message is read."""
        local = "f_" + spec.name
        kind = spec.kind
        if isinstance(kind, MapKind):
            return self._read_map_entry(spec)
        target = "x" if plain else f"d[{spec.name!r}]"
        if isinstance(kind, MessageKind):
            if spec.repeated:
                call = f"dec_{spec.name}(buf, start, pos, depth + 1, None)"
                # Elements of one or two bytes are read once each and shared (they are
                # immutable): a million tiny elements then cost a million references.
                return [*self._read_len(),
                        "if pos - start > 2:",
                        f"    _append({local}, {call})",
                        "else:",
                        f"    key = ({spec.number}, buf[start:pos])",
                        "    if memo is None:",
                        "        memo = {}",
                        "    el = memo.get(key)",
                        "    if el is None:",
                        f"        el = memo[key] = {call}",
                        f"    _append({local}, el)"]
            seen = (f"o_{spec.oneof} == {spec.name!r}" if plain and spec.oneof
                    else f"{target} is not None")
            first = [*self._switch_oneof(spec, plain),
                     f"{target} = dec_{spec.name}(buf, start, pos, depth + 1, None)"]
            if spec.oneof:
                first.append(f"o_{spec.oneof} = {spec.name!r}")
            return [*self._read_len(), f"if {seen}:",
                    f"    pend = _pending(pend, {spec.name!r}, start, pos)",
                    "else:", *indent(first)]
        if spec.repeated:
            return [*self._read_scalar(spec.name, kind, "v"), f"_append({local}, v)"]
        lines = [*self._read_scalar(spec.name, kind, "v"), *self._switch_oneof(spec, plain),
                 f"{target} = v"]
        if spec.oneof:
            lines.append(f"o_{spec.oneof} = {spec.name!r}")
        return lines

    def _switch_oneof(self, spec: FieldSpec, plain: bool) -> Lines:
        """Before member ``spec`` of a oneof is set: clear the member set before (named
        by ``o_<oneof>``), merging its pending occurrences first, as they are read."""
        if not spec.oneof:
            return []
        group = "o_" + spec.oneof
        target = "x" if plain else f"d[{group}]"
        flush = []
        if any(s.oneof == spec.oneof for s in self._merged()):
            # the merge names the field from ``tag``: the member's, not this one's
            flush = [f"if pend is not None and {group} in pend:",
                     f"    tag = MERGED_TAGS[{group}]",
                     f"    {target} = merge_pending(buf, {group}, {target}, "
                     f"pend.pop({group}), depth + 1)"]
        if plain:
            return ([f"if {group} is not None and {group} != {spec.name!r}:", *indent(flush)]
                    if flush else [])
        return [f"if {group} is not None and {group} != {spec.name!r}:",
                *indent(flush), f"    d[{group}] = None"]

    def _merged(self) -> list[FieldSpec]:
        """The singular message fields: a repeat of one is merged into what came before."""
        return [s for s in self.specs if isinstance(s.kind, MessageKind) and not s.repeated]

    def _merge_pending(self) -> Lines:
        """``merge_pending``: merge the noted occurrences of a singular message field."""
        merged = self._merged()
        if not merged:
            return []
        self.ns["MERGED_TAGS"] = {s.name: (s.number << 3) | P.LEN for s in merged}
        lines: Lines = []
        for spec in merged:
            lines += [f"{'elif' if lines else 'if'} n == {spec.name!r}:",
                      f"    return dec_{spec.name}(buf, 0, 0, depth, base, _pairs(spans))"]
        return [
            "def merge_pending(buf, n, base, spans, depth):",
            *indent(lines),
            "",
        ]

    def _flush_pending(self, plain: bool) -> Lines:
        """After the reading loop: merge every field's pending occurrences."""
        if not self._merged():
            return []
        target = "x" if plain else "d[n]"
        segment = "''" if self.plain is not None else "n"  # plain data names no fields
        return [
            "if pend is not None:",
            "    for n, sp in pend.items():",
            "        try:",
            f"            {target} = merge_pending(buf, n, {target}, sp, depth + 1)",
            "        except DecodeError as exc:",
            f"            exc._enter({segment})",
            "            raise",
        ]

    def _read_map_entry(self, spec: FieldSpec) -> Lines:
        """Read one map entry into ``f_<name>``.

        An entry written as protobuf writes it (key, then value, nothing else) is read
        in place; any other entry goes to ``me_<name>``, which reads the same bytes
        again from the start, raising the same errors."""
        assert isinstance(spec.kind, MapKind)
        name, key, value = spec.name, spec.kind.key, spec.kind.value
        if isinstance(value, MessageKind):
            read_value = [*self._read_len("q", "pos"),
                          f"v = dec_{name}_v(buf, start, q, depth + 2, None)"]
        else:
            read_value = self._read_scalar(name + "_v", value, "v", "q", "pos")
        entry_tag = P.make_tag(spec.number, P.LEN)
        return [
            *self._read_len(),
            "es = start",
            "fast = False",
            f"if depth < MAX_DEPTH and es < pos and buf[es] == {8 | key.wire_type}:",
            "    q = es + 1",
            *indent(self._read_scalar(name + "_k", key, "k", "q", "pos")),
            f"    if q < pos and buf[q] == {16 | value.wire_type}:",
            "        q += 1",
            "        try:",
            *indent(read_value, 3),
            "        except DecodeError as exc:",
            "            exc._enter('[%r]' % (k,))",
            "            raise",
            "        if q == pos:",
            f"            _set_item(f_{name}, k, v)",
            "            fast = True",
            "if not fast:",
            f"    k, v, entry_unknown = me_{name}(buf, es, pos, depth + 1)",
            "    if entry_unknown is None:",
            f"        _set_item(f_{name}, k, v)",
            "    else:",  # upb moves an entry with unknown fields to the unknown fields
            "        if unk is None:",
            "            unk = bytearray()",
            f"        entry = mes_{name}(k, v, entry_unknown)",
            f"        unk += {entry_tag!r} + _varint(len(entry)) + entry",
        ]

    def _read_packed(self, spec: FieldSpec) -> Lines:
        return [
            *self._read_len(),
            "p = start",
            "while p < pos:",
            *indent(self._read_scalar(spec.name, spec.kind, "v", "p", "pos")),
            f"    _append(f_{spec.name}, v)",
        ]

    def _reading_loop(self, specs: tuple[FieldSpec, ...], reader: Callable[[FieldSpec], Lines],
                      unknown: str, on_error: Lines, plain: Optional[bool] = None) -> Lines:
        """Read tags until ``end``: one branch per tag, unknown fields kept in ``unknown``.

        ``on_error`` names the field (from ``tag``) in a DecodeError raised while reading
        a value; errors reading the tag itself name none. In a message's own loop
        (``plain`` not None), a repeated or map field gets its list or dict, ``f_<name>``,
        when its first element comes (an empty one is the shared read-only empty).
        """
        chain: Lines = []
        for spec in specs:
            tags = [(spec.number << 3) | spec.kind.wire_type]
            bodies = [reader(spec)]
            if spec.packed:  # repeated numbers may arrive packed or one by one
                tags.append((spec.number << 3) | P.LEN)
                bodies.append(self._read_packed(spec))
            if (spec.repeated or isinstance(spec.kind, MapKind)) and tags[0] < 128:
                # a run of elements: read on while the next tag is the same one
                bodies[0] = ["while True:", *indent(bodies[0]),
                             f"    if pos >= end or buf[pos] != {tags[0]}:",
                             "        break",
                             "    pos += 1"]
            if plain is not None and (spec.repeated or isinstance(spec.kind, MapKind)):
                local = "f_" + spec.name
                new = f"{local} = {self._new_container(spec)}"
                if not plain:
                    new = f"d[{spec.name!r}] = {new}"
                bodies = [[f"if {local} is None:", f"    {new}", *body] for body in bodies]
            for tag, body in zip(tags, bodies):
                chain += [f"{'elif' if chain else 'if'} tag == {tag}:", *indent(body)]
        skip = self._read_unknown(unknown)
        chain += ["else:", *indent(skip)] if chain else skip
        return [
            "while pos < end:",
            *indent(self._read_tag()),
            "    try:",
            *indent(chain, 2),
            "    except DecodeError as exc:",
            *indent(on_error, 2),
            "        raise",
        ]

    def _decoder(self, plain: bool) -> Lines:
        """``decode``, or for a plain class ``decode_plain`` (plain value in and out)."""
        containers = [s for s in self.specs if s.repeated or isinstance(s.kind, MapKind)]
        # plain data is named by its parent: no field names inside it
        names = {s.number: "" if plain else s.name for s in self.specs}
        self.ns["NAMES"] = names
        on_error = ["n = tag >> 3"]
        for spec in self.specs:
            if spec.repeated:
                on_error += [f"{'elif' if len(on_error) > 1 else 'if'} n == {spec.number}:",
                             f"    exc._enter('{names[spec.number]}[%d]' % "
                             f"len(f_{spec.name} or ()))"]
        on_error += (["else:", "    exc._enter(NAMES.get(n, ''))"] if len(on_error) > 1
                     else ["exc._enter(NAMES.get(n, ''))"])
        start, finish = (self._plain_frame(containers) if plain
                         else (self._message_start(containers), []))
        empty = "EMPTY_PLAIN" if plain else "EMPTY"
        # ``spans`` (an iterator of (pos, end)): more occurrences of this message, read
        # after ``buf[pos:end]`` as if they followed it
        return [
            f"def decode{'_plain' if plain else ''}(buf, pos, end, depth, base, spans=None):",
            "    if depth > MAX_DEPTH:",
            "        _too_deep(pos)",
            f"    if pos == end and spans is None and base is None and {empty} is not None:",
            f"        return {empty}",
            *indent(start),
            *(["    pend = None"] if self._merged() else []),
            *(["    memo = None"] if any(s.repeated and isinstance(s.kind, MessageKind)
                                         for s in self.specs) else []),
            "    while True:",
            *indent(self._reading_loop(self.specs, lambda s: self._read_field(s, plain), "unk",
                                        on_error, plain), 2),
            "        if spans is None:",
            "            break",
            "        pos, end = next(spans, (0, -1))",
            "        if end < 0:",
            "            break",
            *indent(self._flush_pending(plain)),
            *indent(finish),
            "    if unk:",
            "        d['_unknown_fields'] = bytes(unk)",
            "    return obj",
            "",
        ]

    def _message_start(self, containers: list[FieldSpec]) -> Lines:
        """Make the message first: its attributes, ``d``, start as a copy of ``TEMPLATE``
        (every field's default) or, when merging, of the base's; reading overwrites
        what it finds."""
        groups = sorted({s.oneof for s in self.specs if s.oneof})
        fresh = [f"f_{s.name} = None" for s in containers]  # made when an element comes
        fresh += [f"o_{g} = None" for g in groups] + ["unk = None"]
        # (the base's read-only lists and dicts are copied, not added to)
        from_base = [f"d[{s.name!r}] = f_{s.name} = {self._new_container(s)[:2]}(d[{s.name!r}])"
                     for s in containers]
        for group in groups:
            from_base += [f"o_{group} = None",
                          f"for n in ONEOF_{group}:",
                          "    if d[n] is not None:",
                          f"        o_{group} = n"]
        from_base.append("unk = bytearray(base._unknown_fields) if base._unknown_fields else None")
        return [
            "obj = _new(C)",
            "if base is None:",
            "    d = TEMPLATE.copy()",
            *indent(fresh),
            "else:",
            "    d = base.__dict__.copy()",
            *indent(from_base),
            "set_dict(obj, d)",
        ]

    def _plain_frame(self, containers: list[FieldSpec]) -> tuple[Lines, Lines]:
        """Start and finish of ``decode_plain``. Plain data has one live value: the
        single field's or the oneof member's. It is kept in ``x`` (or the field's
        container); the message is only made when plain data cannot show what was read."""
        oneof = self.plain_specs[0].oneof
        member = self.plain_specs[0].name
        fresh = [f"f_{s.name} = None" for s in containers]  # made when an element comes
        if not containers:
            x = "None" if oneof else default_source(self.plain_specs[0], self.ns)
            fresh.append(f"x = {x}")
        fresh += ([f"o_{oneof} = None"] if oneof else []) + ["unk = None"]
        if oneof:
            from_base = [f"o_{oneof} = None",
                         f"for n in ONEOF_{oneof}:",
                         "    if getattr(base, n) is not None:",
                         f"        o_{oneof} = n",
                         f"x = getattr(base, o_{oneof}) if o_{oneof} else None"]
        else:
            value = f"base.{member}"
            from_base = ([f"f_{member} = {self._new_container(containers[0])[:2]}({value})"]
                         if containers else [f"x = {value}"])
        from_base.append("unk = bytearray(base._unknown_fields) if base._unknown_fields else None")
        # the base is the plain value read before (a repeat merges into it) or a message
        start = [
            "if base is None or base.__class__ is not C:",
            *indent(fresh),
            "    if base is not None:",
            *indent(self._plain_dispatch("base", self._plain_base, ["pass"]), 2),
            "else:",
            *indent(from_base),
        ]
        value = f"f_{member}" if containers else "x"
        if containers:
            empty = "EMPTY_DICT" if isinstance(containers[0].kind, MapKind) else "EMPTY_LIST"
            finish_first = [f"if {value} is None:", f"    {value} = {empty}"]
        else:
            finish_first = []
        finish = [
            *finish_first,
            "if unk is None:",
            *indent(self._plain_result(value)),
            "obj = _new(C)",
            "d = TEMPLATE.copy()",
            *([f"if o_{oneof} is not None:", f"    d[o_{oneof}] = x"] if oneof
              else [f"d[{member!r}] = {value}"]),
            "set_dict(obj, d)",
        ]
        return start, finish

    @staticmethod
    def _new_container(spec: FieldSpec) -> str:
        """Source for a new, empty list or dict for a repeated or map field to fill."""
        return "FD()" if isinstance(spec.kind, MapKind) else "FL()"

    def _plain_base(self, spec: FieldSpec) -> Lines:
        """Start from plain value ``base`` as the value of member ``spec``."""
        if spec.repeated or isinstance(spec.kind, MapKind):
            return [f"f_{spec.name} = {self._new_container(spec)[:2]}(base)"]
        return ["x = base"] + ([f"o_{spec.oneof} = {spec.name!r}"] if spec.oneof else [])

    def _plain_result(self, value: str) -> Lines:
        """Return the plain value read, ``value``, if plain data can show it (else fall
        through)."""
        if len(self.plain_specs) == 1 and not self.plain_specs[0].oneof:
            return [f"return {value}"]
        group = f"o_{self.plain}"
        lines: Lines = []
        for spec in self.plain_specs:
            if self._is_unit_enum(spec.kind):
                # the member for JSON null: only its zero stands for None
                lines += [f"{'elif' if lines else 'if'} {group} == {spec.name!r}:",
                          "    if x == 0:",
                          "        return None"]
        return [*lines, f"{'elif' if lines else 'if'} {group} is not None:", "    return x"]

    @staticmethod
    def _is_unit_enum(kind: Any) -> bool:
        return isinstance(kind, EnumKind) and [int(m) for m in kind.enum_type] == [0]

    def _plain_types(self, kind: Any, repeated: bool = False) -> list[str]:
        """The exact Python classes that stand for a value of ``kind`` in plain data."""
        if isinstance(kind, MapKind):
            return ["FD", "dict"]
        if repeated:
            return ["FL", "list", "tuple"]
        if isinstance(kind, MessageKind):
            child = lookup(kind.full_name)
            var = next(v for v, c in self.children.items() if c is child)
            if plain_of(child) is None:
                return [f"C_{var}"]
            child_specs = specs_of(child)
            inner = (self._plain_types(child_specs[0].kind, child_specs[0].repeated)
                     if len(child_specs) == 1 else [])
            return [*inner, f"C_{var}"]
        if kind.name == "bool":
            return ["bool"]
        if kind.name in ("string", "bytes"):
            return [_PY_TYPE[kind.name]]
        return ["float", "int"]  # every number kind takes both

    def _plain_dispatch(self, x: str, on_member: Callable[[FieldSpec], Lines],
                        otherwise: Lines) -> Lines:
        """An if-chain choosing the member that plain value ``x`` is written as."""
        lines: Lines = [f"c = {x}.__class__"]
        for spec in self.plain_specs:
            if self._is_unit_enum(spec.kind):
                test = f"{x} is None"
            else:
                test = " or ".join(f"c is {t}" for t in self._plain_types(spec.kind,
                                                                          spec.repeated))
            lines += [f"{'elif' if len(lines) > 1 else 'if'} {test}:",
                      *indent(on_member(spec))]
        return [*lines, "else:", *indent(otherwise)]

    def _map_entry_decoder(self, spec: FieldSpec) -> Lines:
        assert isinstance(spec.kind, MapKind)
        key, value = spec.kind.key, spec.kind.value
        name = spec.name
        key_spec, value_spec = self._entry_specs(spec)

        def reader(s: FieldSpec) -> Lines:
            if s is key_spec:
                return self._read_scalar(name + "_k", key, "k")
            if isinstance(value, MessageKind):  # repeats: read again with the first, below
                return [*self._read_len(),
                        "if v is _MISSING:",
                        f"    v = dec_{name}_v(buf, start, pos, depth + 1, None)",
                        "    first = start, pos",
                        "else:",
                        "    more = _pending(more, 'v', start, pos)"]
            return self._read_scalar(name + "_v", value, "v")

        on_error = ["if tag >> 3 == 2:", "    exc._enter('[%r]' % (k,))"]
        finish = []
        if isinstance(value, MessageKind):
            # a value seen more than once: all its occurrences read as one (no base
            # value to merge into, whose plain form could not tell JSON null from unset)
            finish += ["if more is not None:",
                       "    try:",
                       f"        v = dec_{name}_v(buf, first[0], first[1], depth + 1, None, "
                       "_pairs(more['v']))",
                       "    except DecodeError as exc:",
                       "        exc._enter('[%r]' % (k,))",
                       "        raise"]
            # a missing message value reads as empty...
            # ...unless the entry has unknown fields: upb then keeps it without a value
            finish.append(f"if v is _MISSING and unk is None: "
                          f"v = dec_{name}_v(b'', 0, 0, depth + 1, None)")
        # (not None: in plain data None is a value, JSON null)
        default_v = "_MISSING" if isinstance(value, MessageKind) else (
            f"D_{name}_v" if isinstance(value, EnumKind) else repr(value.default))
        return [
            f"def me_{name}(buf, pos, end, depth):",
            "    if depth > MAX_DEPTH:",
            "        _too_deep(pos)",
            f"    k = {key.default!r}",
            f"    v = {default_v}",
            "    unk = more = None",
            *indent(self._reading_loop((key_spec, value_spec), reader, "unk", on_error)),
            *indent(finish),
            "    return k, v, unk",
            "",
        ]

    # -- encoding --------------------------------------------------------------------

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
        if name in _FIXED_SIZE:
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
        if kind.name in _FIXED_SIZE:
            if kind.name in ("double", "float"):
                check = [f"if {v}.__class__ is not float: {v} = as_float({v}, {kind.name!r})"]
            else:
                lo, hi = int_range(kind.name)
                check = [f"if {v}.__class__ is bool or not {lo} <= {v} <= {hi}: "
                         f"as_int({v}, {kind.name!r})"]
            return [*check, f"b = pack_{kind.name}({v})",  # -0.0 is not zero: compare the bits
                    f"if b != {bytes(_FIXED_SIZE[kind.name])!r}:",
                    f"    out += {tag}", "    out += b"]
        expected = _PY_TYPE.get(kind.name)
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
            f"except {_ENCODE_ERRORS} as exc:",
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
            f"except {_ENCODE_ERRORS} as exc:",
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

    @staticmethod
    def _entry_specs(spec: FieldSpec) -> tuple[FieldSpec, FieldSpec]:
        """The key and value fields of a map's entry message."""
        assert isinstance(spec.kind, MapKind)
        value = spec.kind.value
        return (FieldSpec(1, spec.kind.key, name="key"),
                FieldSpec(2, value, presence=isinstance(value, MessageKind), name="value"))
