"""JSONError, the error of protobuf's JSON mapping, and the helpers that word it."""

from __future__ import annotations

import json
import re
from typing import Any, NoReturn, TypeVar

from flyte_lite.wire import WireMessage
from flyte_lite.wire.errors import FieldPathError, describe
from flyte_lite.wire.primitives import MAX_DEPTH as MAX_DEPTH  # one limit: bytes and JSON

M = TypeVar("M", bound=WireMessage)


class JSONError(FieldPathError, ValueError):
    """JSON that does not fit the message, or a message value that has no JSON form.

    ``reason`` says what is wrong, ``path`` where (``template.metadata.timeout``,
    ``container.args[2]``, ``custom["a key"]``), ``message`` the full protobuf name of
    the outermost message.
    """


class _UnknownEnumName(JSONError):
    """An enum string that names no value: ``ignore_unknown_fields`` skips it, as protobuf does."""


class _Reparse(Exception):
    """orjson's reading of the text may differ from ``json.loads``'s here: read it again."""


_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def _key_segment(key: Any) -> str:
    """The path segment of an object member: ``.name``, or ``["odd key"]``."""
    if isinstance(key, str) and _IDENT.match(key):
        return "." + key
    try:
        return "[" + json.dumps(key, ensure_ascii=False) + "]"
    except (TypeError, ValueError):
        return f"[{key!r}]"


_JSON_KINDS = {str: "string", int: "number", float: "number", list: "array",
               tuple: "array", dict: "object"}


def _describe(value: Any) -> str:
    """A value for an error message, named as JSON names it."""
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    return describe(value, _JSON_KINDS.get(type(value)))


def _fail(reason: str) -> NoReturn:
    raise JSONError(reason)
