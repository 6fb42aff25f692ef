"""``Message``, the base of every message class (bytes and protobuf's JSON mapping), and
the ``@message`` decorator that declares one."""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any, Callable, Optional, TypeVar, Union

import attrs

from flyte_lite.wire import registry
from flyte_lite.wire.message import WireMessage

if sys.version_info >= (3, 11):
    from typing import dataclass_transform
else:  # pragma: no cover - only type checkers read the marker

    def dataclass_transform(**_: Any) -> Callable[[Any], Any]:
        return lambda decorated: decorated


__all__ = ["Message", "lookup", "message", "registered"]

M = TypeVar("M", bound="Message")

_PROTOJSON: Optional[ModuleType] = None


def _protojson() -> ModuleType:
    """flyte_lite.protojson, imported on first use (it loads orjson) and kept."""
    global _PROTOJSON
    if _PROTOJSON is None:
        from flyte_lite import protojson

        _PROTOJSON = protojson
    return _PROTOJSON


class Message(WireMessage):
    """A protobuf message: immutable all the way down (repeated and map fields hold
    read-only lists and dicts), compared and hashed by value, written as protobuf's bytes
    (:meth:`to_bytes`, :meth:`from_bytes`) and as protobuf's JSON mapping.
    """

    def to_dict(self, *, preserving_proto_field_name: bool = False,
                always_print_fields_with_no_presence: bool = False,
                use_integers_for_enums: bool = False,
                float_precision: Optional[int] = None) -> Any:
        """This message as JSON data, as ``json_format.MessageToDict`` gives it."""
        return _protojson().to_dict(
            self, preserving_proto_field_name=preserving_proto_field_name,
            always_print_fields_with_no_presence=always_print_fields_with_no_presence,
            use_integers_for_enums=use_integers_for_enums, float_precision=float_precision)

    def to_json(self, *, indent: Union[int, str, None] = 2, sort_keys: bool = False,
                ensure_ascii: bool = True, float_precision: Optional[int] = None,
                preserving_proto_field_name: bool = False,
                always_print_fields_with_no_presence: bool = False,
                use_integers_for_enums: bool = False, compact: bool = False) -> str:
        """This message as JSON text, exactly as ``json_format.MessageToJson`` writes it
        with the same options and defaults; ``compact=True`` for the shortest text."""
        text: str = _protojson().to_json(
            self, indent=indent, sort_keys=sort_keys, ensure_ascii=ensure_ascii,
            float_precision=float_precision,
            preserving_proto_field_name=preserving_proto_field_name,
            always_print_fields_with_no_presence=always_print_fields_with_no_presence,
            use_integers_for_enums=use_integers_for_enums, compact=compact)
        return text

    @classmethod
    def from_dict(cls: type[M], d: Any, *, ignore_unknown_fields: bool = False) -> M:
        """The message JSON data ``d`` stands for, as ``json_format.ParseDict`` reads it;
        raises :class:`flyte_lite.JSONError` naming the JSON path of what it rejects."""
        message: M = _protojson().from_dict(cls, d, ignore_unknown_fields=ignore_unknown_fields)
        return message

    @classmethod
    def from_json(cls: type[M], text: Union[str, bytes], *,
                  ignore_unknown_fields: bool = False) -> M:
        """The message JSON text stands for, as ``json_format.Parse`` reads it; raises
        :class:`flyte_lite.JSONError` naming the JSON path of what it rejects."""
        message: M = _protojson().from_json(cls, text,
                                            ignore_unknown_fields=ignore_unknown_fields)
        return message


def lookup(full_name: str) -> type[Message]:
    """The registered class for a full protobuf name; ``KeyError`` if there is none."""
    return registry.lookup(full_name)  # type: ignore[return-value]


def registered() -> dict[str, type[Message]]:
    """A copy of the registry: every message class imported so far, by full name."""
    return registry.registered()  # type: ignore[return-value]


@dataclass_transform(kw_only_default=True, frozen_default=True, eq_default=False,
                     field_specifiers=(attrs.field,))
def message(full_name: str) -> Callable[[type[M]], type[M]]:
    """Class decorator: a frozen, keyword-only attrs message class registered under its
    full protobuf name, e.g. ``@message("flyteidl.core.TaskTemplate")``."""

    def declare(cls: type[M]) -> type[M]:
        frozen = attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
        return registry.register(full_name, frozen(cls))

    return declare
