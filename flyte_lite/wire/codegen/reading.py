"""Source that reads the wire format: tags, lengths, scalars, packed runs, the reading
loop and map entries."""

from __future__ import annotations

from typing import Any, Callable, Optional

from flyte_lite.wire import primitives as P
from flyte_lite.wire.codegen.binding import FIXED_SIZE, Binding
from flyte_lite.wire.fields import (
    EnumKind,
    FieldSpec,
    MapKind,
    MessageKind,
)
from flyte_lite.wire.generated import (
    Lines,
    indent,
)


class Reading(Binding):
    """Source fragments that read."""

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
        if name in FIXED_SIZE:
            size = FIXED_SIZE[name]
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
