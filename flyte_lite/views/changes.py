"""A field-level diff of two messages, with readable paths.

Paths name fields with dots and entries with brackets: ``template.container.args``,
``template.interface.inputs.variables[x].type``. Lists of messages that carry a unique
``name``, ``key`` or ``id`` (environment variables, resource entries, secrets, pod spec
containers) are matched by it, not by position, and a list of two-field entries shows its
values directly: ``template.container.resources.limits[cpu]``,
``template.container.env[MODE]``. Other lists of messages are compared item by item
(``variants[0]``), and so are lists of plain values of the same length
(``args[3]``); a list of plain values that grew or shrank is shown whole. Maps and
``Struct`` data are matched by key. Map order does not count (it is not part of a
message's content); the order of a matched list does, and is reported as
``path (order)``.
"""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Iterator, Mapping
from typing import Any, Callable, NamedTuple, Optional

from flyte_lite.message import Message
from flyte_lite.views.messages import SEQUENCES, set_fields
from flyte_lite.wire import specs_of
from flyte_lite.wkt import Duration, Timestamp

__all__ = ["Change", "field_changes", "value_text"]

#: Gives a one-line text for a message shown as a single value (e.g. a type name), or
#: ``None`` to compare it field by field.
Summarizer = Callable[[Message], Optional[str]]

_KEY_FIELDS = ("name", "key", "id")
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-/:@]*\Z")
_UNKNOWN = "<unknown fields>"


class _Missing:
    """The side of a comparison where a field, entry or item is not there."""

    def __repr__(self) -> str:
        return "(unset)"


MISSING: Any = _Missing()


class Change(NamedTuple):
    """One difference: where, the old value's text and the new value's text."""

    path: str
    old: str
    new: str

    def __str__(self) -> str:
        return f"{self.path}: {self.old} -> {self.new}"


def field_changes(
    old: Message, new: Message, *, summarize: Optional[Summarizer] = None
) -> list[Change]:
    """Every difference between ``old`` and ``new``, in field order; empty when equal."""
    if old == new:
        return []
    changes = list(_walk("", old, new, summarize))
    if not changes:  # equal content with different bytes underneath: say so, never hide it
        changes.append(Change("(message)", "differs", "differs"))
    return changes


def _walk(path: str, a: Any, b: Any, summarize: Optional[Summarizer]) -> Iterator[Change]:
    if a is None:
        a = MISSING
    if b is None:
        b = MISSING
    if _same(a, b):
        return
    if summarize is not None:
        a_text = summarize(a) if isinstance(a, Message) else None
        b_text = summarize(b) if isinstance(b, Message) else None
        if (
            (a_text is not None or a is MISSING)
            and (b_text is not None or b is MISSING)
            and a_text != b_text
        ):
            yield Change(path or "(message)", a_text or "(unset)", b_text or "(unset)")
            return
    if _is_message(a) or _is_message(b):
        if _is_message(a) and _is_message(b) and type(a) is not type(b):
            yield Change(path, value_text(a), value_text(b))
            return
        yield from _walk_message(path, a, b, summarize)
    elif isinstance(a, Mapping) or isinstance(b, Mapping):
        if (
            a is not MISSING
            and b is not MISSING
            and not (isinstance(a, Mapping) and isinstance(b, Mapping))
        ):
            yield Change(path, value_text(a), value_text(b))
            return
        yield from _walk_dict(path, a, b, summarize)
    elif isinstance(a, SEQUENCES) or isinstance(b, SEQUENCES):
        if (
            a is not MISSING
            and b is not MISSING
            and not (isinstance(a, SEQUENCES) and isinstance(b, SEQUENCES))
        ):
            yield Change(path, value_text(a), value_text(b))
            return
        yield from _walk_list(path, a, b, summarize)
    else:
        yield Change(path, value_text(a), value_text(b))


def _same(a: Any, b: Any) -> bool:
    if type(a) is not type(b) and not (isinstance(a, enum.Enum) or isinstance(b, enum.Enum)):
        return False  # 1 and True, 1 and 1.0 are different values in a message
    return bool(a == b)


def _is_message(value: Any) -> bool:
    return isinstance(value, Message) and not isinstance(value, (Duration, Timestamp))


def _walk_message(path: str, a: Any, b: Any, summarize: Optional[Summarizer]) -> Iterator[Change]:
    message = a if a is not MISSING else b
    a_fields = set_fields(a) if a is not MISSING else {}
    b_fields = set_fields(b) if b is not MISSING else {}
    if not a_fields and not b_fields:  # an empty message on one side, nothing on the other
        yield Change(path, value_text(a), value_text(b))
        return
    for spec in specs_of(type(message)):
        name = spec.name
        if name not in a_fields and name not in b_fields:
            continue
        if a is not MISSING and b is not MISSING:
            yield from _walk(_join(path, name), getattr(a, name), getattr(b, name), summarize)
        else:
            yield from _walk(
                _join(path, name),
                a_fields.get(name, MISSING),
                b_fields.get(name, MISSING),
                summarize,
            )
    a_unknown = a._unknown_fields if a is not MISSING else b""
    b_unknown = b._unknown_fields if b is not MISSING else b""
    if a_unknown != b_unknown:
        yield Change(_join(path, _UNKNOWN), _hex(a_unknown), _hex(b_unknown))


def _walk_dict(path: str, a: Any, b: Any, summarize: Optional[Summarizer]) -> Iterator[Change]:
    a_items: Mapping[Any, Any] = a if a is not MISSING else {}
    b_items: Mapping[Any, Any] = b if b is not MISSING else {}
    if not a_items and not b_items:
        yield Change(path, value_text(a), value_text(b))
        return
    keys = list(a_items) + [k for k in b_items if k not in a_items]
    for key in keys:
        yield from _walk(
            f"{path}[{key_text(key)}]",
            a_items.get(key, MISSING),
            b_items.get(key, MISSING),
            summarize,
        )


def _walk_list(path: str, a: Any, b: Any, summarize: Optional[Summarizer]) -> Iterator[Change]:
    a_items: list[Any] = list(a) if a is not MISSING else []
    b_items: list[Any] = list(b) if b is not MISSING else []
    items = a_items + b_items
    if not items or not all(isinstance(v, (Message, Mapping)) for v in items):
        if len(a_items) == len(b_items):  # plain values, same count: the ones that changed
            for i, (old, new) in enumerate(zip(a_items, b_items)):
                yield from _walk(f"{path}[{i}]", old, new, summarize)
        else:  # plain values, some added or removed: the whole list
            yield Change(path, value_text(a), value_text(b))
        return
    key_field = _key_field(a_items, b_items)
    if key_field is None:
        for i in range(max(len(a_items), len(b_items))):
            yield from _walk(
                f"{path}[{i}]",
                a_items[i] if i < len(a_items) else MISSING,
                b_items[i] if i < len(b_items) else MISSING,
                summarize,
            )
        return
    a_keyed = {_item_key(v, key_field): v for v in a_items}
    b_keyed = {_item_key(v, key_field): v for v in b_items}
    value_field = _value_field(items[0], key_field)
    for key in list(a_keyed) + [k for k in b_keyed if k not in a_keyed]:
        old, new = a_keyed.get(key, MISSING), b_keyed.get(key, MISSING)
        if value_field is not None:  # a key/value pair: compare the values
            old = old if old is MISSING else getattr(old, value_field)
            new = new if new is MISSING else getattr(new, value_field)
        yield from _walk(f"{path}[{key_text(key)}]", old, new, summarize)
    common = set(a_keyed) & set(b_keyed)
    a_order = [k for k in a_keyed if k in common]
    b_order = [k for k in b_keyed if k in common]
    if a_order != b_order:
        yield Change(f"{path} (order)", _keys_text(a_order), _keys_text(b_order))


def _key_field(a_items: list[Any], b_items: list[Any]) -> Optional[str]:
    """The field that identifies each item in both lists, if there is one."""
    items = a_items + b_items
    first = items[0]
    if isinstance(first, Message):
        if any(type(v) is not type(first) for v in items):
            return None
        names = {spec.name for spec in specs_of(type(first))}
        candidates = [k for k in _KEY_FIELDS if k in names]
    else:
        if not all(isinstance(v, Mapping) for v in items):
            return None
        candidates = ["name"]  # Kubernetes lists (containers, env, volumes) use "name"
    for candidate in candidates:
        if all(_unique_keys(side, candidate) for side in (a_items, b_items)):
            return candidate
    return None


def _unique_keys(items: list[Any], key_field: str) -> bool:
    keys = []
    for item in items:
        key = _item_key(item, key_field)
        if not isinstance(key, (str, int)) or isinstance(key, bool) or key in ("", None):
            return False
        keys.append(key)
    return len(set(keys)) == len(keys)


def _item_key(item: Any, key_field: str) -> Any:
    if isinstance(item, Message):
        return getattr(item, key_field)
    return item.get(key_field)


def _value_field(item: Any, key_field: str) -> Optional[str]:
    """The other field of a two-field message class (a key/value pair), else ``None``."""
    if not isinstance(item, Message):
        return None
    names = [spec.name for spec in specs_of(type(item))]
    if len(names) != 2:
        return None
    return names[1] if names[0] == key_field else names[0]


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def key_text(key: Any) -> str:
    """A map key or list key as it appears in brackets: ``cpu``, ``MODE``, ``"a key"``."""
    if isinstance(key, enum.Enum):
        return key.name.lower()
    if isinstance(key, str):
        return key if _PLAIN_KEY.match(key) else json.dumps(key, ensure_ascii=False)
    if isinstance(key, bool):
        return "true" if key else "false"
    return str(key)


def _keys_text(keys: list[Any]) -> str:
    return f"[{', '.join(key_text(k) for k in keys)}]"


def value_text(value: Any) -> str:
    """A value as one line: strings quoted, enums by name, ``(unset)`` for nothing."""
    if value is MISSING or value is None:
        return "(unset)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return value.name
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (bytes, bytearray)):
        return repr(bytes(value))
    if isinstance(value, (Duration, Timestamp)):
        try:
            return value.to_text()  # protobuf's JSON text: "1.500s", "2024-01-02T03:04:05Z"
        except ValueError:  # out of protobuf's range: shown by its fields, below
            pass
    if isinstance(value, SEQUENCES):
        return f"[{', '.join(value_text(v) for v in value)}]"
    if isinstance(value, Mapping):
        inner = ", ".join(f"{key_text(k)}: {value_text(v)}" for k, v in value.items())
        return f"{{{inner}}}"
    if isinstance(value, Message):
        fields = set_fields(value)
        inner = ", ".join(f"{k}: {value_text(v)}" for k, v in fields.items())
        return f"{{{inner}}}"
    return repr(value)


def _hex(data: bytes) -> str:
    return data.hex() if data else "(none)"
