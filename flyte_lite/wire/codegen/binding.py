"""The generator's state: a class's fields and what the names in its code stand for."""

from __future__ import annotations

from typing import Any

from flyte_lite.wire.fields import (
    EnumKind,
    FieldSpec,
    MapKind,
    MessageKind,
    plain_of,
    specs_of,
)
from flyte_lite.wire.generated import (
    Link,
)
from flyte_lite.wire.registry import lookup

#: Bytes of each fixed-width kind.
FIXED_SIZE = {"double": 8, "fixed64": 8, "sfixed64": 8, "float": 4, "fixed32": 4, "sfixed32": 4}
#: What writing a value of the wrong kind raises, caught by the encoder's one handler.
ENCODE_ERRORS = "(TypeError, ValueError, AttributeError, OverflowError, struct_error)"
#: The Python class that stands for a value of each kind in plain data.
PY_TYPE = {"string": "str", "bytes": "bytes", "bool": "bool", "double": "float",
           "float": "float"}


class Binding:
    """What the generated code of one class is made from: its field declarations, and
    the names its source uses (beside the runtime's helpers) with what they stand for."""

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

    @staticmethod
    def _new_container(spec: FieldSpec) -> str:
        """Source for a new, empty list or dict for a repeated or map field to fill."""
        return "FD()" if isinstance(spec.kind, MapKind) else "FL()"

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
            return [PY_TYPE[kind.name]]
        return ["float", "int"]  # every number kind takes both

    @staticmethod
    def _entry_specs(spec: FieldSpec) -> tuple[FieldSpec, FieldSpec]:
        """The key and value fields of a map's entry message."""
        assert isinstance(spec.kind, MapKind)
        value = spec.kind.value
        return (FieldSpec(1, spec.kind.key, name="key"),
                FieldSpec(2, value, presence=isinstance(value, MessageKind), name="value"))

    def _merged(self) -> list[FieldSpec]:
        """The singular message fields: a repeat of one is merged into what came before."""
        return [s for s in self.specs if isinstance(s.kind, MessageKind) and not s.repeated]
