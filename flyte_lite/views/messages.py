"""Generic walks over message objects, by their field declarations."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from flyte_lite.message import Message
from flyte_lite.wire import FieldSpec, specs_of

__all__ = ["SEQUENCES", "set_fields", "unknown_field_bytes"]

#: What repeated fields and JSON lists hold their items in (a tuple when immutable).
SEQUENCES = (list, tuple)


def set_fields(message: Message) -> dict[str, Any]:
    """The fields of ``message`` that hold something, by name, in field-number order.

    That is what would be written: non-empty lists and maps, fields with presence that
    are not ``None``, scalars other than their zero (``-0.0`` counts as set).
    """
    found: dict[str, Any] = {}
    for spec in specs_of(type(message)):
        value = getattr(message, spec.name)
        if _is_set(spec, value):
            found[spec.name] = value
    return found


def _is_set(spec: FieldSpec, value: Any) -> bool:
    if spec.repeated or spec.kind.name == "map":
        return bool(value)
    if spec.presence:
        return value is not None
    if isinstance(value, float) and value == 0.0:
        return math.copysign(1.0, value) < 0
    return bool(value != spec.kind.default)  # type: ignore[union-attr]  # maps are above


def unknown_field_bytes(value: object) -> int:
    """How many bytes of unknown fields ``value`` holds, at any depth."""
    total = 0
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, Message):
            total += len(item._unknown_fields)
            stack.extend(getattr(item, spec.name) for spec in specs_of(type(item)))
        elif isinstance(item, Mapping):
            stack.extend(item.values())
        elif isinstance(item, SEQUENCES):
            stack.extend(item)
    return total
