"""Every message as plain snake_case Python data and back, through cattrs.

For formats other than protobuf JSON (YAML, TOML, msgpack, your own)::

    >>> from flyte_lite.converter import converter
    >>> data = converter.unstructure(spec)     # dicts, lists, str, int, float, bool, bytes
    >>> converter.structure(data, TaskSpec) == spec
    True

The plain form of a message is a dict of the fields that are set, by proto name:
fields at their default (an unset message, a zero scalar, an empty list or map) are
left out, so a set but empty message is ``{}``; no value is ever ``None``. Enums are
their names (numbers the enum does not know stay ints), bytes stay ``bytes``, 64-bit
integers are ints, ``Duration`` and ``Timestamp`` are ``{"seconds": .., "nanos": ..}``,
and ``Struct``, ``Value``, ``ListValue`` and ``BoolValue`` fields give the plain data
they hold (a well-known-type message kept inside such data because the bytes held
something plain data cannot show passes through unchanged). Unknown fields read from
the wire are kept as ``bytes`` under ``"_unknown_fields"``. So
``structure(unstructure(m)) == m``, down to the bytes.

``structure`` checks what it is given and raises :class:`StructureError` (a
``ValueError``) naming the path of the first thing that does not fit.
"""

from __future__ import annotations

import enum
import math
import threading
from collections.abc import Mapping
from typing import Any, Callable, NoReturn, TypeVar

import cattrs

from flyte_lite.message import Message
from flyte_lite.wire import lookup, specs_of
from flyte_lite.wire.errors import describe
from flyte_lite.wire.fields import EnumKind, FieldSpec, MapKind, MessageKind, Scalar, int_range
from flyte_lite.wire.generated import plain_of

__all__ = ["StructureError", "configure", "converter", "structure", "unstructure"]

M = TypeVar("M", bound=Message)


#: The key under which unknown fields read from the wire are kept.
UNKNOWN_KEY = "_unknown_fields"



class StructureError(ValueError):
    """Plain data that does not fit the message; ``path`` names where (``template.id.name``)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self._segments: list[str] = []

    def _enter(self, segment: str) -> None:
        self._segments.append(segment)

    @property
    def path(self) -> str:
        """Where in the data the problem is; empty for the data itself."""
        return "".join(reversed(self._segments)).lstrip(".")

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}" if self.path else self.reason


def _fail(reason: str) -> NoReturn:
    raise StructureError(reason)


def _is_message(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, Message) and cls is not Message


# -- plain data in Struct-like fields: copied, so the result never aliases the message --


def _copy_plain(value: Any) -> Any:
    """Plain data as ordinary lists and dicts (a message's are read-only), to be changed."""
    if isinstance(value, dict):
        return {k: _copy_plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_copy_plain(v) for v in value]
    return value


def _check_plain(value: Any) -> Any:
    """Plain data for a Struct-like field: JSON-like values, or the messages standing in it."""
    if value is None or isinstance(value, (bool, int, float, str, Message)):
        return value
    if isinstance(value, Mapping):
        out = {}
        for key, item in value.items():
            if not isinstance(key, str):
                _fail(f"Struct keys are strings, not {describe(key)}")
            try:
                out[key] = _check_plain(item)
            except StructureError as exc:
                exc._enter(_segment(key))
                raise
        return out
    if isinstance(value, (list, tuple)):
        items = []
        for item in value:
            try:
                items.append(_check_plain(item))
            except StructureError as exc:
                exc._enter(f"[{len(items)}]")
                raise
        return items
    return _fail(f"a Struct cannot hold {describe(value)}")


def _segment(key: Any) -> str:
    return f".{key}" if isinstance(key, str) and key.isidentifier() else f"[{key!r}]"


# -- one field kind: (to plain, from plain, is-default) --------------------------------

Convert = Callable[[Any], Any]


def _scalar_in(kind: Scalar) -> Convert:
    name = kind.name
    if name == "string":
        return lambda v: v if isinstance(v, str) else _fail(f"expected str, got {describe(v)}")
    if name == "bool":
        return lambda v: v if isinstance(v, bool) else _fail(f"expected bool, got {describe(v)}")
    if name == "bytes":
        return lambda v: (
            bytes(v)
            if isinstance(v, (bytes, bytearray, memoryview))
            else _fail(f"expected bytes, got {describe(v)}")
        )
    if name in ("double", "float"):
        return lambda v: (
            float(v)
            if isinstance(v, (int, float)) and not isinstance(v, bool)
            else _fail(f"expected a number, got {describe(v)}")
        )
    lo, hi = int_range(name)

    def integer(v: Any) -> int:
        if not isinstance(v, int) or isinstance(v, bool):
            _fail(f"expected int, got {describe(v)}")
        if not lo <= v <= hi:
            _fail(f"{v} is out of range for {name}")
        return int(v)

    return integer


def _enum_out(enum_type: type[enum.IntEnum]) -> Convert:
    names = {int(m): m.name for m in enum_type}
    return lambda v: names.get(v, v if v.__class__ is int else int(v))


def _enum_in(enum_type: type[enum.IntEnum]) -> Convert:
    by_name = dict(enum_type.__members__)
    by_number = {int(m): m for m in enum_type}
    lo, hi = int_range("enum")

    def convert(v: Any) -> Any:
        if isinstance(v, str):
            found = by_name.get(v)
            if found is None:
                _fail(f"{enum_type.__name__} has no value named {v!r}")
            return found
        if isinstance(v, int) and not isinstance(v, bool):
            if not lo <= v <= hi:
                _fail(f"{v} is out of range for an enum")
            return by_number.get(int(v), int(v))
        return _fail(f"expected a {enum_type.__name__} name or number, got {describe(v)}")

    return convert


class _Plan:
    """How one message class turns into plain data and back."""

    def __init__(self, cls: type) -> None:
        self.cls = cls
        self.fields: list[tuple[str, Convert, Convert, Callable[[Any], bool]]] = []
        self.oneofs: dict[str, list[str]] = {}
        for spec in specs_of(cls):
            if isinstance(spec.kind, MapKind):
                out, into = self._kind(spec.kind.value)
                out, into = _map_of(out), _map_in(_scalar_in(spec.kind.key), into)
            else:
                out, into = self._kind(spec.kind)
            if spec.repeated:
                out, into = _list_of(out), _list_in(into)
            self.fields.append((spec.name, out, into, _is_default(spec)))
            if spec.oneof:
                self.oneofs.setdefault(spec.oneof, []).append(spec.name)

    def _kind(self, kind: Any) -> tuple[Convert, Convert]:
        if isinstance(kind, EnumKind):
            return _enum_out(kind.enum_type), _enum_in(kind.enum_type)
        if isinstance(kind, MessageKind):
            child = lookup(kind.full_name)
            if plain_of(child) is not None:  # its fields hold plain data
                return _copy_plain, _plain_in(child)
            return (
                lambda v: _plan(type(v)).unstructure(v),
                lambda v: _plan(child).structure(v, child),
            )
        return (lambda v: v), _scalar_in(kind)

    def unstructure(self, message: Any) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, to_plain, _, is_default in self.fields:
            value = getattr(message, name)
            if not is_default(value):
                out[name] = to_plain(value)
        if message._unknown_fields:
            out[UNKNOWN_KEY] = message._unknown_fields
        return out

    def structure(self, data: Any, cls: Any = None) -> Any:
        if isinstance(data, self.cls):
            return data
        if not isinstance(data, Mapping):
            _fail(f"expected a dict for {self.cls.__name__}, got {describe(data)}")
        known = {name: into for name, _, into, _ in self.fields}
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            try:
                if key == UNKNOWN_KEY:
                    if not isinstance(value, (bytes, bytearray)):
                        _fail(f"expected bytes, got {describe(value)}")
                    kwargs[UNKNOWN_KEY] = bytes(value)
                    continue
                into = known.get(key)
                if into is None:
                    _fail(f"{self.cls.__name__} has no field {key!r}")
                kwargs[key] = None if value is None else into(value)
            except StructureError as exc:
                exc._enter(_segment(key))
                raise
        for group, members in self.oneofs.items():
            present = [n for n in members if kwargs.get(n) is not None]
            if len(present) > 1:
                _fail(f"oneof {group!r} has more than one member: {', '.join(present)}")
        for name, value in list(kwargs.items()):  # None (explicitly) means the default
            if value is None:
                del kwargs[name]
        return self.cls(**kwargs)


def _is_default(spec: FieldSpec) -> Callable[[Any], bool]:
    if spec.presence:
        return lambda v: v is None
    if isinstance(spec.kind, MapKind) or spec.repeated:
        return lambda v: not v
    if spec.kind.name in ("double", "float"):  # -0.0 is not the default: keep its sign
        return lambda v: v == 0.0 and math.copysign(1.0, v) > 0
    return lambda v: not v


def _list_of(item: Convert) -> Convert:
    return lambda v: [item(x) for x in v]  # ordinary lists and dicts: the caller's to change


def _map_of(value: Convert) -> Convert:
    return lambda v: {k: value(x) for k, x in v.items()}


def _list_in(item: Convert) -> Convert:
    def convert(v: Any) -> list[Any]:
        if not isinstance(v, (list, tuple)):
            _fail(f"expected a list, got {describe(v)}")
        out = []
        for x in v:
            try:
                out.append(item(x))
            except StructureError as exc:
                exc._enter(f"[{len(out)}]")
                raise
        return out

    return convert


def _map_in(key: Convert, value: Convert) -> Convert:
    def convert(v: Any) -> dict[Any, Any]:
        if not isinstance(v, Mapping):
            _fail(f"expected a dict, got {describe(v)}")
        out = {}
        for k, x in v.items():
            try:
                out[key(k)] = value(x)
            except StructureError as exc:
                exc._enter(f"[{k!r}]")
                raise
        return out

    return convert


def _plain_in(cls: type) -> Convert:
    """Plain data for a field of ``cls`` (``Struct``, ``Value``, ``ListValue``, ``BoolValue``)."""
    name = cls.full_name  # type: ignore[attr-defined]
    if name == "google.protobuf.Struct":
        return lambda v: (
            v
            if isinstance(v, cls)
            else (
                _check_plain(v)
                if isinstance(v, Mapping)
                else _fail(f"expected a dict, got {describe(v)}")
            )
        )
    if name == "google.protobuf.ListValue":
        return lambda v: (
            v
            if isinstance(v, cls)
            else (
                _check_plain(v)
                if isinstance(v, (list, tuple))
                else _fail(f"expected a list, got {describe(v)}")
            )
        )
    if name == "google.protobuf.Value":
        return _check_plain
    (spec,) = specs_of(cls)  # a wrapper: its plain value is its one field's
    scalar = _scalar_in(spec.kind) if isinstance(spec.kind, Scalar) else _check_plain
    return lambda v: v if isinstance(v, cls) else scalar(v)


_PLANS: dict[type, _Plan] = {}
_LOCK = threading.Lock()


def _plan(cls: type) -> _Plan:
    plan = _PLANS.get(cls)
    if plan is None:
        with _LOCK:
            plan = _PLANS.get(cls) or _Plan(cls)
            _PLANS[cls] = plan
    return plan


def configure(conv: cattrs.Converter) -> cattrs.Converter:
    """Teach ``conv`` (any cattrs converter) the plain form of every message class."""
    conv.register_unstructure_hook_factory(_is_message, lambda cls: _plan(cls).unstructure)
    conv.register_structure_hook_factory(_is_message, lambda cls: _plan(cls).structure)
    return conv


#: A cattrs converter that knows every message class.
converter: cattrs.Converter = configure(cattrs.Converter())


def unstructure(message: Message) -> dict[str, Any]:
    """``message`` as plain snake_case data (see the module docstring)."""
    if not isinstance(message, Message):
        raise TypeError(f"unstructure() needs a message, got {type(message).__name__}")
    return _plan(type(message)).unstructure(message)


def structure(data: Any, cls: type[M]) -> M:
    """The ``cls`` message that plain ``data`` stands for; :class:`StructureError` if none."""
    return _plan(cls).structure(data, cls)  # type: ignore[no-any-return]
