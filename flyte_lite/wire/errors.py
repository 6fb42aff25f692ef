"""Errors raised by the wire codec, each naming the field it concerns."""

from __future__ import annotations

from typing import Any, Optional


def describe(value: Any, kind: Optional[str] = None) -> str:
    """A value for an error message: ``kind`` (by default its type's name) and its repr
    cut to 60 characters."""
    text = repr(value)
    return f"{kind or type(value).__name__} {text if len(text) <= 60 else text[:57] + '...'}"


class _FieldPathError(Exception):
    """An error that learns its field path while the stack unwinds."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.message = ""  # full protobuf name of the outermost message, when known
        self._segments: list[str] = []  # innermost first

    def _enter(self, segment: str) -> None:
        """Record that the error happened inside ``segment`` (a field name or ``[i]``)."""
        if segment:
            self._segments.append(segment)

    @property
    def path(self) -> str:
        """The field path from the outermost message: ``container.args[2]``."""
        text = ""
        for segment in reversed(self._segments):
            text += segment if (not text or segment.startswith("[")) else "." + segment
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        # rebuilt with its path and message name, e.g. across processes
        return (_rebuild, (type(self), self.args, self.__dict__.copy()))

    def _where(self) -> str:
        where = ".".join(p for p in (self.message, self.path) if p)
        return f"{where}: " if where else ""


def _rebuild(cls: type[_FieldPathError], args: tuple[Any, ...],
             state: dict[str, Any]) -> _FieldPathError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class DecodeError(_FieldPathError, ValueError):
    """Bytes that are not a valid encoding of the message being read.

    ``reason`` says what is wrong, ``offset`` is the byte position in the input where
    it was found, ``path`` names the field being read and ``message`` the full protobuf
    name of the outermost message.
    """

    def __init__(self, reason: str, offset: int) -> None:
        super().__init__(reason)
        self.offset = offset

    def __str__(self) -> str:
        return f"{self._where()}{self.reason} (at byte {self.offset})"


class EncodeError(_FieldPathError, TypeError, ValueError):
    """A value that cannot be written into the field it was given for.

    Both a ``TypeError`` (wrong kind of value) and a ``ValueError`` (right kind, wrong
    value), so callers can catch whichever they think of. ``path`` names the field.
    """

    def __str__(self) -> str:
        return f"{self._where()}{self.reason}"
