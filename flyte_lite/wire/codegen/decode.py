"""The decoder: ``decode`` (and ``decode_plain``), with oneofs and the merging of a
singular message field that appears more than once."""

from __future__ import annotations

from flyte_lite.wire import primitives as P
from flyte_lite.wire.codegen.plain import PlainData
from flyte_lite.wire.fields import (
    FieldSpec,
    MapKind,
    MessageKind,
)
from flyte_lite.wire.generated import (
    Lines,
    indent,
)


class Decoding(PlainData):
    """Writes the decoder's source."""

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
