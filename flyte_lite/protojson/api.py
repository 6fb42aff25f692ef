"""protobuf's canonical JSON mapping (ProtoJSON), for any message class.

Works from a class's field declarations (:func:`flyte_lite.wire.specs_of`) alone, and
matches ``google.protobuf.json_format`` on protobuf's upb backend: what
``MessageToDict`` writes, :func:`to_dict` writes; what ``Parse``/``ParseDict`` accept,
:func:`from_json`/:func:`from_dict` accept into the same message, and what they reject
is rejected with a :class:`JSONError` naming the JSON path.

The mapping, in short: lowerCamelCase names out (``preserving_proto_field_name`` keeps
the proto names), either name in; 64-bit integers as strings out, numbers or strings in
(``"1e2"`` included); enums by name out, unknown numbers as numbers; bytes as standard
base64 out, standard or URL-safe in; ``Duration`` as ``"1.500s"``; ``Timestamp`` as
RFC 3339 with ``Z`` out, any offset in; ``Struct``/``Value``/``ListValue`` as plain JSON;
wrappers bare; ``Any`` as its message's JSON plus ``"@type"`` (the class is the registered
one named by the type URL's last segment); non-finite floats as ``"NaN"``/``"Infinity"``/
``"-Infinity"``; ``null`` unsets a field (and is JSON null inside a ``Value``). Fields
without presence are left out when they hold their default, unless
``always_print_fields_with_no_presence``.
Unknown fields kept from the wire have no JSON form and are not written.

Like the codec, every class gets dumpers and loaders generated with the field names,
kinds and tables baked in (for the default options ahead of time, beside the model
modules; for other options and classes at first use). JSON text is read and written by orjson; the
standard library's decoder takes over only for text orjson cannot represent exactly
(``NaN`` literals, integers past 64 bits, duplicate keys, lone surrogates), so that
the rules are those of ``json.loads``, as in ``json_format.Parse``.
"""

from __future__ import annotations

import json
import re
from typing import Any, Optional, Union

import orjson

from flyte_lite.protojson.errors import JSONError, M, _Reparse
from flyte_lite.protojson.generator import _dumper, _loader, _Options, _wkt_from_plain
from flyte_lite.protojson.scalars import IGNORING
from flyte_lite.wire import WireMessage

# ---------------------------------------------------------------------------------------
# the public functions


def _options(
    preserving_proto_field_name: bool,
    always_print_fields_with_no_presence: bool,
    use_integers_for_enums: bool,
    float_precision: Optional[int] = None,
) -> int:
    if float_precision is not None and (
            float_precision.__class__ is not int or float_precision < 0):
        raise TypeError(f"float_precision must be a non-negative int, got {float_precision!r}")
    return (
        (_Options.NAMES if preserving_proto_field_name else 0)
        | (_Options.ALWAYS if always_print_fields_with_no_presence else 0)
        | (_Options.ENUM_INTS if use_integers_for_enums else 0)
        | (0 if float_precision is None else (float_precision + 1) << _Options.PRECISION_SHIFT)
    )


def _dump(message: WireMessage, options: int) -> Any:
    if not isinstance(message, WireMessage):
        raise TypeError(f"needs a message, got {type(message).__name__}")
    try:
        return _dumper(type(message), options)(message)
    except JSONError as exc:
        exc.message = message.full_name
        raise
    except RecursionError:
        raise JSONError("message nested too deeply to write as JSON") from None


def to_dict(
    message: WireMessage,
    *,
    preserving_proto_field_name: bool = False,
    always_print_fields_with_no_presence: bool = False,
    use_integers_for_enums: bool = False,
    float_precision: Optional[int] = None,
) -> Any:
    """``message`` as JSON data (``json_format.MessageToDict`` with the same options).

    A regular message gives a ``dict``; well-known types give their JSON value (a
    ``Duration`` a string, a ``Value`` any JSON value). Raises :class:`JSONError` for a
    value with no JSON form (a ``Duration`` out of range, ``NaN`` in a ``Struct``...).
    ``float_precision`` writes 32-bit float fields with that many significant digits,
    as json_format did up to protobuf 5.
    """
    return _dump(message, _options(preserving_proto_field_name,
                                   always_print_fields_with_no_presence,
                                   use_integers_for_enums, float_precision))


# json.dumps(ensure_ascii=True) escapes everything outside ' '..'~': past the controls
# (which orjson escapes as json.dumps does) that is DEL and everything non-ASCII
# (written as a negated class: "[\x7f-\U0010ffff]" is the same but takes ~9 ms to compile)
_NOT_ASCII = re.compile("[^\x00-\x7e]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000  # a UTF-16 surrogate pair, as JSON spells characters past U+FFFF
    return f"\\u{0xD800 | code >> 10:04x}\\u{0xDC00 | code & 0x3FF:04x}"


def to_json(
    message: WireMessage,
    *,
    indent: Union[int, str, None] = 2,
    sort_keys: bool = False,
    ensure_ascii: bool = True,
    float_precision: Optional[int] = None,
    preserving_proto_field_name: bool = False,
    always_print_fields_with_no_presence: bool = False,
    use_integers_for_enums: bool = False,
    compact: bool = False,
) -> str:
    """``message`` as JSON text, exactly as ``json_format.MessageToJson`` writes it with
    the same options and defaults (``indent=2``, ``ensure_ascii=True``), which is
    ``json.dumps`` of :func:`to_dict` with ``indent``, ``sort_keys`` and ``ensure_ascii``.

    ``compact=True`` writes the shortest text instead (``indent`` is ignored): what
    ``json.dumps`` writes with ``separators=(",", ":")``. It and the default layout are
    written by orjson; other layouts by the standard library (slower).
    """
    options = _options(preserving_proto_field_name, always_print_fields_with_no_presence,
                       use_integers_for_enums, float_precision)
    if not compact and indent != 2:
        return json.dumps(_dump(message, options), indent=indent, sort_keys=sort_keys,
                          ensure_ascii=ensure_ascii)
    layout = (0 if compact else orjson.OPT_INDENT_2) | (orjson.OPT_SORT_KEYS if sort_keys else 0)
    try:
        text = orjson.dumps(_dump(message, options | _Options.TEXT), option=layout).decode()
    except orjson.JSONEncodeError as exc:
        raise JSONError(f"cannot write JSON: {exc}") from None
    if ensure_ascii and (not text.isascii() or "\x7f" in text):
        text = _NOT_ASCII.sub(_escape, text)
    return text


def from_dict(cls: type[M], value: Any, *, ignore_unknown_fields: bool = False) -> M:
    """The message of class ``cls`` that JSON data ``value`` stands for (``ParseDict``).

    Raises :class:`JSONError` naming the path of anything ``ParseDict`` rejects.
    """
    return _from_tree(cls, value, ignore_unknown_fields, python=True)


def from_json(
    cls: type[M],
    text: Union[str, bytes, bytearray, memoryview],
    *,
    ignore_unknown_fields: bool = False,
) -> M:
    """The message of class ``cls`` that JSON ``text`` stands for (``json_format.Parse``).

    Raises :class:`JSONError` naming the path of anything ``Parse`` rejects: malformed
    JSON, duplicate keys, unknown fields (unless ``ignore_unknown_fields``), wrong
    types, integers out of range, bad enum names, Durations and Timestamps.
    """
    if isinstance(text, (bytearray, memoryview)):
        text = bytes(text)
    elif not isinstance(text, (str, bytes)):
        raise TypeError(f"from_json() needs str or bytes, got {type(text).__name__}")
    try:
        tree, python = _read(text)
        try:
            return _from_tree(cls, tree, ignore_unknown_fields, python)
        except _Reparse:
            return _from_tree(cls, _read_exactly(text), ignore_unknown_fields, True)
    except JSONError as exc:
        exc.message = cls.full_name
        raise


def _from_tree(cls: type[M], tree: Any, ignore: bool, python: bool) -> M:
    token = IGNORING.set(ignore)
    try:
        result = _loader(cls, python)(tree, 0, None)
    except JSONError as exc:
        exc.message = cls.full_name
        raise
    finally:
        IGNORING.reset(token)
    if not isinstance(result, cls):
        result = _wkt_from_plain(cls, result)
    return result


def _read(text: Union[str, bytes]) -> tuple[Any, bool]:
    """Parse JSON text; ``True`` second when the standard library had to do it."""
    try:
        tree = orjson.loads(text)
    except orjson.JSONDecodeError:
        return _read_exactly(text), True
    # orjson keeps the last of duplicate keys where the reference rejects them. Every
    # key has one ':' after it, and each ':' in a string stays one ':' when written
    # back (unless escaped as \u003a), so fewer colons after a round trip means a key
    # was dropped.
    # (orjson writes at most 254 levels: deeper text is read by the standard library,
    # which names what is wrong with it, and then refused as nested too deeply)
    try:
        if isinstance(text, str):
            suspicious = "\\u003" in text or orjson.dumps(tree).count(b":") != text.count(":")
        else:
            suspicious = b"\\u003" in text or orjson.dumps(tree).count(b":") != text.count(b":")
    except orjson.JSONEncodeError:
        suspicious = True
    if suspicious:
        return _read_exactly(text), True
    return tree, False


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise JSONError(f"invalid JSON: duplicate key {key!r}")
            seen.add(key)
    return out


def _read_exactly(text: Union[str, bytes]) -> Any:
    """Parse JSON text as ``json.loads`` does (the reference's parser), duplicates refused."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise JSONError(f"invalid JSON: not UTF-8 ({exc})") from None
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates)
    except JSONError:
        raise
    except (ValueError, RecursionError) as exc:
        raise JSONError(f"invalid JSON: {exc}") from None
