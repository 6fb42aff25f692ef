"""Helpers for code generated at run time (the codec's and the JSON mapping's)."""

from __future__ import annotations

import linecache
from typing import Any, Callable, Optional

from flyte_lite.wire.fields import EnumKind, FieldSpec, MapKind

Lines = list[str]


def indent(lines: Lines, n: int = 1) -> Lines:
    """``lines`` indented by ``n`` levels of four spaces."""
    pad = "    " * n
    return [pad + line for line in lines]


def compile_into(source: str, namespace: dict[str, Any], filename: str) -> None:
    """Run ``source`` in ``namespace``, registering it so tracebacks show its lines."""
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    exec(compile(source, filename, "exec"), namespace)


def dict_setter(cls: type) -> Callable[[Any, dict[str, Any]], None]:
    """What sets an instance's ``__dict__`` whole, past a frozen class's ``__setattr__``:
    one call fills a new message."""
    for klass in cls.__mro__:
        descriptor = klass.__dict__.get("__dict__")
        if descriptor is not None:
            setter: Callable[[Any, dict[str, Any]], None] = descriptor.__set__
            return setter
    raise TypeError(f"{cls.__name__} instances have no __dict__ (declare it with slots=False)")


def plain_of(cls: type) -> Optional[str]:
    """The field or oneof whose value stands for instances of ``cls`` (``Struct``: its
    ``fields`` dict), if the class declares one with ``_pb_plain``."""
    return getattr(cls, "_pb_plain", None)


def default_source(spec: FieldSpec, namespace: dict[str, Any]) -> str:
    """Source for a field's value when none was read: proto3's zero, an empty list or
    dict, or ``None`` for a field with presence (an enum's zero member is bound in
    ``namespace`` as ``D_<name>``)."""
    if isinstance(spec.kind, MapKind):
        return "{}"
    if spec.repeated:
        return "[]"
    if spec.presence:
        return "None"
    if isinstance(spec.kind, EnumKind):
        namespace["D_" + spec.name] = spec.kind.default
        return "D_" + spec.name
    return repr(spec.kind.default)
