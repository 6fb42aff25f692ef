"""Readable text for messages: flytekit's ``short_string`` layout, with names instead of numbers.

flytekit prints ``Flyte Serialized object (FlyteTask):`` and then a YAML-like tree of the
set fields, two spaces per level, with enums as numbers and lists and maps as Python reprs
cut at 80 columns. Here enums print by name, lists and maps are nested entries, durations
and timestamps print as ``1800s`` and ``2024-01-02T03:04:05Z``, and strings are quoted
(JSON-style) only where a plain word would be ambiguous.

``verbose=True`` shows everything that is set, including set-but-empty messages as ``{}``
and unknown fields as hex. ``verbose=False`` skips empty messages (as flytekit does; but
not an empty oneof member, which still tells which member is set), counts unknown bytes,
and keeps the first :data:`SHORT_MAX_CHARS` characters of a longer string (when that is
shorter) and the first :data:`SHORT_MAX_ITEMS` items of a longer list or map, marking each
cut with ``[...]``.
"""

from __future__ import annotations

import enum
import json
from typing import Any, Optional

from flyte_lite.message import Message
from flyte_lite.models.core.types import BlobType, LiteralType, SimpleType
from flyte_lite.wire import specs_of
from flyte_lite.wkt import Duration, Timestamp

__all__ = [
    "HEADER",
    "SHORT_MAX_CHARS",
    "SHORT_MAX_ITEMS",
    "serialized_string",
    "tree_lines",
    "type_summary",
]

#: ``short_string`` keeps this many characters of a string (and bytes of a bytes value).
SHORT_MAX_CHARS = 80
#: ``short_string`` shows this many items of a list or entries of a map.
SHORT_MAX_ITEMS = 20
#: The first line, as flytekit writes it.
HEADER = "Flyte Serialized object ({}):"

_PAD = "  "
_CUT = " [...]"
# a value is cut only when that makes it shorter
_CUT_AFTER = SHORT_MAX_CHARS + len(_CUT)
# Plain words a YAML reader would not take as a string.
_RESERVED = {"", "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n"}
_INDICATORS = set("[]{}#&*!|>'\"%@`,")
_UNKNOWN_KEY = "(unknown fields)"


def serialized_string(message: Message, title: str, *, verbose: bool) -> str:
    """flytekit's header line for ``title`` followed by the tree of ``message``."""
    lines = [HEADER.format(title), *tree_lines(message, 1, verbose=verbose)]
    return "\n".join(lines)


def tree_lines(message: Message, indent: int, *, verbose: bool) -> list[str]:
    """The set fields of ``message`` as YAML-like lines starting at ``indent`` levels."""
    return _map_lines(_message_entries(message, verbose), indent, verbose)


# --- turning values into tree nodes -----------------------------------------------------------

# A node is ("scalar", text), ("map", entries, more) or ("seq", items, more): entries are
# (key text, value) pairs, items are values, ``more`` counts entries cut by short mode.


def _message_entries(message: Message, verbose: bool) -> list[tuple[str, Any]]:
    entries: list[tuple[str, Any]] = []
    for spec in specs_of(type(message)):
        value = getattr(message, spec.name)
        if not spec.is_set(value):
            continue
        if (
            not verbose
            and spec.oneof is None  # an empty oneof member still says which one is set
            and isinstance(value, Message)
            and _is_empty_message(value, verbose)
        ):
            continue
        entries.append((spec.name, value))
    if message._unknown_fields:
        entries.append((_UNKNOWN_KEY, _UnknownFields(message._unknown_fields)))
    return entries


def _is_empty_message(message: Message, verbose: bool) -> bool:
    if isinstance(message, (Duration, Timestamp)) and not message._unknown_fields:
        return False  # shown as text, even when zero
    return not _message_entries(message, verbose)


class _UnknownFields:
    """Raw bytes of fields the schema does not know, shown as hex."""

    def __init__(self, data: bytes) -> None:
        self.data = data


def _node(value: Any, verbose: bool) -> tuple[Any, ...]:
    if isinstance(value, (Duration, Timestamp)) and not value._unknown_fields:
        text = _duration_text(value) if isinstance(value, Duration) else _timestamp_text(value)
        if text is not None:
            return ("scalar", text)
    if isinstance(value, Message):
        return ("map", _message_entries(value, verbose), 0)
    if isinstance(value, dict):
        entries = [(_key_text(k), v) for k, v in value.items()]
        return _maybe_cut("map", entries, verbose)
    if isinstance(value, (list, tuple)):
        return _maybe_cut("seq", list(value), verbose)
    return ("scalar", _scalar_text(value, verbose))


def _maybe_cut(kind: str, items: list[Any], verbose: bool) -> tuple[Any, ...]:
    if verbose or len(items) <= SHORT_MAX_ITEMS:
        return (kind, items, 0)
    return (kind, items[:SHORT_MAX_ITEMS], len(items) - SHORT_MAX_ITEMS)


def _map_lines(
    entries: list[tuple[str, Any]], indent: int, verbose: bool, more: int = 0
) -> list[str]:
    pad = _PAD * indent
    lines: list[str] = []
    for key, value in entries:
        node = _node(value, verbose)
        if node[0] == "scalar":
            lines.append(f"{pad}{key}: {node[1]}")
        elif not node[1]:
            lines.append(f"{pad}{key}: {'{}' if node[0] == 'map' else '[]'}")
        else:
            lines.append(f"{pad}{key}:")
            lines.extend(_node_lines(node, indent + 1, verbose))
    if more:
        lines.append(f"{pad}{_CUT.strip()}: {more} more")
    return lines


def _seq_lines(items: list[Any], indent: int, verbose: bool, more: int = 0) -> list[str]:
    pad = _PAD * indent
    lines: list[str] = []
    for item in items:
        node = _node(item, verbose)
        if node[0] == "scalar":
            lines.append(f"{pad}- {node[1]}")
        elif not node[1]:
            lines.append(f"{pad}- {'{}' if node[0] == 'map' else '[]'}")
        else:
            inner = _node_lines(node, indent + 1, verbose)
            # The first line of the item goes on the dash: "- key: value".
            inner[0] = f"{pad}- {inner[0][len(pad) + len(_PAD) :]}"
            lines.extend(inner)
    if more:
        lines.append(f"{pad}- {_CUT.strip()} {more} more")
    return lines


def _node_lines(node: tuple[Any, ...], indent: int, verbose: bool) -> list[str]:
    if node[0] == "map":
        return _map_lines(node[1], indent, verbose, node[2])
    return _seq_lines(node[1], indent, verbose, node[2])


# --- scalars --------------------------------------------------------------------------------


def _scalar_text(value: Any, verbose: bool) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return value.name
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        if not verbose and len(value) > _CUT_AFTER:
            return _string_text(value[:SHORT_MAX_CHARS]) + _CUT
        return _string_text(value)
    if isinstance(value, (bytes, bytearray)):
        if not verbose and len(value) > _CUT_AFTER:
            return repr(bytes(value[:SHORT_MAX_CHARS])) + _CUT
        return repr(bytes(value))
    if isinstance(value, _UnknownFields):
        if not verbose:
            return f"{len(value.data)} bytes"
        return value.data.hex()
    return repr(value)


def _key_text(key: Any) -> str:
    if isinstance(key, str):
        return _string_text(key)
    return _scalar_text(key, True)


def _string_text(text: str) -> str:
    """``text`` as is when a YAML reader would read it back as that string, else quoted."""
    if _needs_quotes(text):
        return json.dumps(text, ensure_ascii=False)
    return text


def _needs_quotes(text: str) -> bool:
    if text.lower() in _RESERVED or text != text.strip() or not text.isprintable():
        return True
    if text[0] in _INDICATORS or (text[0] in "-?:" and (len(text) == 1 or text[1] == " ")):
        return True
    if ": " in text or " #" in text or text.endswith(":"):
        return True
    try:
        float(text)
    except ValueError:
        return False
    return True


def _duration_text(value: Duration) -> Optional[str]:
    """``"300s"``, ``"-1.500s"``: protobuf's JSON form; ``None`` if it is not a valid one."""
    try:
        return value.to_text()
    except ValueError:
        return None


def _timestamp_text(value: Timestamp) -> Optional[str]:
    """RFC 3339 in UTC, ``"2024-01-02T03:04:05.123Z"``; ``None`` if it is not a valid one."""
    try:
        return value.to_text()
    except ValueError:
        return None


# --- literal types in one line ---------------------------------------------------------------

_SIMPLE_NAMES = {
    SimpleType.NONE: "None",
    SimpleType.INTEGER: "int",
    SimpleType.FLOAT: "float",
    SimpleType.STRING: "str",
    SimpleType.BOOLEAN: "bool",
    SimpleType.DATETIME: "datetime",
    SimpleType.DURATION: "timedelta",
    SimpleType.BINARY: "bytes",
    SimpleType.ERROR: "Error",
    SimpleType.STRUCT: "dict",
}


def type_summary(literal_type: Optional[LiteralType]) -> str:
    """A Python-like name for a ``LiteralType``: ``List[Dict[str, float]]``, ``Optional[str]``.

    Unions holding ``None`` read ``Optional[...]``; a struct with a JSON schema title (a
    dataclass) reads as that title; blobs read ``FlyteFile``/``FlyteDirectory`` with
    their format in brackets; enums list their values: ``Enum[red, green]``.
    """
    lt = literal_type
    if lt is None:
        return "?"
    if lt.simple is not None:
        if lt.simple == SimpleType.STRUCT:
            title = lt.metadata.get("title") if isinstance(lt.metadata, dict) else None
            if isinstance(title, str) and title:
                return title
        return _SIMPLE_NAMES.get(lt.simple, f"SimpleType({int(lt.simple)})")
    if lt.collection_type is not None:
        return f"List[{type_summary(lt.collection_type)}]"
    if lt.map_value_type is not None:
        return f"Dict[str, {type_summary(lt.map_value_type)}]"
    if lt.union_type is not None:
        return _union_summary(lt.union_type.variants)
    if lt.enum_type is not None:
        return f"Enum[{', '.join(lt.enum_type.values)}]"
    if lt.blob is not None:
        multipart = lt.blob.dimensionality == BlobType.BlobDimensionality.MULTIPART
        kind = "FlyteDirectory" if multipart else "FlyteFile"
        return f"{kind}[{lt.blob.format}]" if lt.blob.format else kind
    if lt.structured_dataset_type is not None:
        fmt = lt.structured_dataset_type.format
        return f"StructuredDataset[{fmt}]" if fmt else "StructuredDataset"
    if lt.schema is not None:
        return "FlyteSchema"
    return "?"


def _union_summary(variants: list[LiteralType]) -> str:
    others = [v for v in variants if v.simple != SimpleType.NONE]
    if len(others) == len(variants):
        return f"Union[{', '.join(type_summary(v) for v in variants)}]"
    if not others:
        return "None"
    inner = type_summary(others[0]) if len(others) == 1 else _union_summary(others)
    return f"Optional[{inner}]"
