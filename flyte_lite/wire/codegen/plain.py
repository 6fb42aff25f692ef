"""Source for classes whose Python form is plain data (``Struct`` is a dict): how the
plain decoder starts and finishes, and which member a plain value stands for."""

from __future__ import annotations

from typing import Callable

from flyte_lite.wire.codegen.reading import Reading
from flyte_lite.wire.fields import (
    FieldSpec,
    MapKind,
)
from flyte_lite.wire.generated import (
    Lines,
    default_source,
    indent,
)


class PlainData(Reading):
    """Source fragments for plain-data classes."""

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
