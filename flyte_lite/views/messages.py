"""Generic walks over message objects, by their field declarations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flyte_lite.message import Message
from flyte_lite.wire import specs_of

__all__ = ["SEQUENCES", "set_fields", "unknown_field_bytes"]

#: What repeated fields and JSON lists hold their items in (a tuple when immutable).
SEQUENCES = (list, tuple)


def set_fields(message: Message) -> dict[str, Any]:
    """The fields of ``message`` that hold something, by name, in field-number order.

    That is what would be written (:meth:`flyte_lite.wire.FieldSpec.is_set`).
    """
    found: dict[str, Any] = {}
    for spec in specs_of(type(message)):
        value = getattr(message, spec.name)
        if spec.is_set(value):
            found[spec.name] = value
    return found


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
