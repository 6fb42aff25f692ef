"""Errors that name the field they concern: the codec's, and the base of them all."""

from __future__ import annotations

from typing import Any, Optional


def describe(value: Any, kind: Optional[str] = None) -> str:
    """A value for an error message: ``kind`` (by default its type's name) and its repr
    cut to 60 characters."""
    text = repr(value)
    return f"{kind or type(value).__name__} {text if len(text) <= 60 else text[:57] + '...'}"


class FieldPathError(Exception):
    """An error about one place in a message: bytes, JSON or plain data that do not fit,
    or a value that cannot be written.

    ``reason`` says what is wrong. ``path`` is where, from the outermost message down:
    field names joined by dots, list indexes and odd map keys in brackets
    (``template.container.args[2]``, ``custom["a key"]``); empty for the message itself.
    ``message`` is the full protobuf name of the outermost message, when known.
    :class:`DecodeError`, :class:`EncodeError`, ``JSONError`` and ``StructureError``
    derive from it, so ``except FieldPathError`` catches any of them.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.message = ""
        self._segments: list[str] = []  # innermost first: "name", ".name", "[3]", '["k"]'

    def _enter(self, segment: str) -> None:
        """Record, while the stack unwinds, that the error happened inside ``segment``:
        a field name (``"name"`` or ``".name"``) or a bracketed index or key."""
        if segment:
            self._segments.append(segment)

    @property
    def path(self) -> str:
        """Where the problem is, from the outermost message: ``container.args[2]``."""
        text = "".join(s if s[0] in ".[" else "." + s for s in reversed(self._segments))
        return text[1:] if text[:1] == "." else text

    def __str__(self) -> str:
        where = ": ".join(p for p in (self.message, self.path) if p)
        return f"{where}: {self.reason}" if where else self.reason

    def __reduce__(self) -> tuple[Any, ...]:
        # rebuilt with its path and message name, e.g. across processes
        return (_rebuild, (type(self), self.args, self.__dict__.copy()))


def _rebuild(cls: type[FieldPathError], args: tuple[Any, ...],
             state: dict[str, Any]) -> FieldPathError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class DecodeError(FieldPathError, ValueError):
    """Bytes that are not a valid encoding of the message being read.

    ``reason`` says what is wrong, ``offset`` is the byte position in the input where
    it was found, ``path`` names the field being read and ``message`` the full protobuf
    name of the outermost message.
    """

    def __init__(self, reason: str, offset: int) -> None:
        super().__init__(reason)
        self.offset = offset

    def __str__(self) -> str:
        return f"{_where(self)}{self.reason} (at byte {self.offset})"


class EncodeError(FieldPathError, TypeError, ValueError):
    """A value that cannot be written into the field it was given for.

    Both a ``TypeError`` (wrong kind of value) and a ``ValueError`` (right kind, wrong
    value), so callers can catch whichever they think of. ``path`` names the field.
    """

    def __str__(self) -> str:
        return f"{_where(self)}{self.reason}"


def _where(error: FieldPathError) -> str:
    """The codec's prefix: message name and path as one dotted name, then ``": "``."""
    where = ".".join(p for p in (error.message, error.path) if p)
    return f"{where}: " if where else ""
