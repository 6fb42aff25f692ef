"""The base class of every message."""

from __future__ import annotations

from typing import ClassVar, Optional, TypeVar, Union

import attrs

from flyte_lite.wire.codegen import codec_for
from flyte_lite.wire.errors import DecodeError, EncodeError
from flyte_lite.wire.fields import specs_of

M = TypeVar("M", bound="Message")
Buffer = Union[bytes, bytearray, memoryview]


@attrs.frozen(kw_only=True, slots=False)
class Message:
    """A protobuf message: immutable, compared by value, encoded by its field declarations.

    Fields not known to the class are kept as raw bytes and written back after the
    known fields, so decoding and re-encoding never loses anything.
    """

    _unknown_fields: bytes = attrs.field(default=b"", repr=False, alias="_unknown_fields")

    #: The full protobuf name, e.g. ``"flyteidl.core.TaskTemplate"``.
    full_name: ClassVar[str] = ""

    #: For a class that Python code sees as plain data (``Struct`` as a ``dict``): the
    #: name of its only field, or of the oneof holding all its fields, whose value
    #: stands for the message. Fields of such a class hold that plain value.
    _pb_plain: ClassVar[Optional[str]] = None

    @classmethod
    def from_bytes(cls: type[M], data: Buffer) -> M:
        """Decode ``data``; raises :class:`DecodeError` naming the field and byte offset."""
        if not isinstance(data, bytes):
            if not isinstance(data, (bytearray, memoryview)):
                raise TypeError(f"{cls.__name__}.from_bytes() needs bytes, "
                                f"got {type(data).__name__}")
            data = bytes(data)
        try:
            return codec_for(cls).decode(data, 0, len(data), 0, None)  # type: ignore[no-any-return]
        except DecodeError as exc:
            exc.message = cls.full_name
            raise

    def to_bytes(self, *, deterministic: bool = False) -> bytes:
        """Encode this message. ``deterministic`` sorts map entries by key."""
        try:
            return bytes(codec_for(type(self)).encode(self, deterministic))
        except EncodeError as exc:
            exc.message = self.full_name
            raise
        except RecursionError:
            raise EncodeError("message nested too deeply to encode") from None

    def which_oneof(self, group: str) -> Optional[str]:
        """The name of the member of oneof ``group`` that is set, or ``None``."""
        members = [s.name for s in specs_of(type(self)) if s.oneof == group]
        if not members:
            raise ValueError(f"{type(self).__name__} has no oneof named {group!r}")
        for name in members:
            if getattr(self, name) is not None:
                return name
        return None
