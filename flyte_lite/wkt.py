"""protobuf's well-known types that Flyte messages use.

``Duration`` and ``Timestamp`` are small lossless classes (seconds + nanos) that
convert to and from ``timedelta``/``datetime``. Fields of type ``Struct``, ``Value``
and ``ListValue`` hold plain Python data (``dict``, ``list``, ``str``, ``float``,
``bool``, ``None``), and ``BoolValue`` fields hold ``Optional[bool]``; the message
classes below are what that data is written as. Where bytes carry something plain data
cannot show (unknown fields, a ``Value`` with no kind set), the message object itself
stands in the data, so nothing read is ever lost.
"""

from __future__ import annotations

import enum
import functools
from typing import TYPE_CHECKING, Any, Optional

from flyte_lite.message import Message, message
from flyte_lite.wire import (
    BOOL,
    DOUBLE,
    INT32,
    INT64,
    STRING,
    enum_of,
    field,
    map_of,
    msg,
    protobuf_enum,
)

if TYPE_CHECKING:
    import datetime as _dt

__all__ = [
    "BoolValue",
    "Duration",
    "ListValue",
    "NullValue",
    "Struct",
    "Timestamp",
    "Value",
]

_NANOS = 1_000_000_000


@functools.cache
def _epoch() -> _dt.datetime:
    """1970-01-01T00:00:00Z (datetime is imported on first use: reading and writing
    tasks need none of it)."""
    import datetime

    return datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


@message("google.protobuf.Duration")
class Duration(Message):
    """A signed span of time: ``seconds`` and ``nanos`` of the same sign."""

    seconds: int = field(1, INT64)
    nanos: int = field(2, INT32)

    @classmethod
    def from_timedelta(cls, value: _dt.timedelta) -> Duration:
        """The exact duration of ``value`` (microsecond precision)."""
        micros = (value.days * 86400 + value.seconds) * 1_000_000 + value.microseconds
        seconds, rest = divmod(abs(micros), 1_000_000)
        sign = -1 if micros < 0 else 1
        return cls(seconds=sign * seconds, nanos=sign * rest * 1000)

    def to_timedelta(self) -> _dt.timedelta:
        """This duration as a ``timedelta``; sub-microsecond nanos are truncated."""
        import datetime

        return datetime.timedelta(seconds=self.seconds, microseconds=int(self.nanos / 1000))

    def total_nanos(self) -> int:
        """The whole duration in nanoseconds."""
        return self.seconds * _NANOS + self.nanos

    def to_text(self) -> str:
        """protobuf's JSON form, ``"300s"`` or ``"-1.500s"``; ``ValueError`` if invalid."""
        from flyte_lite.protojson.wkt import duration_text

        return duration_text(self.seconds, self.nanos)


@message("google.protobuf.Timestamp")
class Timestamp(Message):
    """A point in time: seconds since the Unix epoch in UTC, plus non-negative nanos."""

    seconds: int = field(1, INT64)
    nanos: int = field(2, INT32)

    @classmethod
    def from_datetime(cls, value: _dt.datetime) -> Timestamp:
        """The instant ``value`` names; a naive datetime is taken as UTC (as flytekit does)."""
        if value.tzinfo is None:
            value = value.replace(tzinfo=_epoch().tzinfo)
        delta = value - _epoch()
        micros = (delta.days * 86400 + delta.seconds) * 1_000_000 + delta.microseconds
        seconds, rest = divmod(micros, 1_000_000)
        return cls(seconds=seconds, nanos=rest * 1000)

    def to_datetime(self) -> _dt.datetime:
        """This instant as an aware UTC ``datetime``; sub-microsecond nanos are truncated."""
        import datetime

        delta = datetime.timedelta(seconds=self.seconds, microseconds=self.nanos // 1000)
        return _epoch() + delta

    def to_text(self) -> str:
        """RFC 3339 in UTC, ``"2024-01-02T03:04:05.123Z"``; ``ValueError`` if invalid."""
        from flyte_lite.protojson.wkt import timestamp_text

        return timestamp_text(self.seconds, self.nanos)


@protobuf_enum("google.protobuf.NullValue")
class NullValue(enum.IntEnum):
    """The only value of ``Value.null_value``."""

    NULL_VALUE = 0


@message("google.protobuf.Struct")
class Struct(Message):
    """A JSON object. Fields of this type hold a ``dict`` of plain data."""

    fields: dict[str, Any] = field(1, map_of(STRING, msg("google.protobuf.Value")))

    _pb_plain = "fields"


@message("google.protobuf.Value")
class Value(Message):
    """One JSON value. Plain data stands for it: ``None``, ``bool``, a number, ``str``,
    ``dict`` or ``list`` (a Python ``int`` is written as a double, like any number)."""

    null_value: Optional[int] = field(1, enum_of(NullValue), oneof="kind")
    number_value: Optional[float] = field(2, DOUBLE, oneof="kind")
    string_value: Optional[str] = field(3, STRING, oneof="kind")
    bool_value: Optional[bool] = field(4, BOOL, oneof="kind")
    struct_value: Optional[dict[str, Any]] = field(5, msg("google.protobuf.Struct"), oneof="kind")
    list_value: Optional[list[Any]] = field(6, msg("google.protobuf.ListValue"), oneof="kind")

    _pb_plain = "kind"


@message("google.protobuf.ListValue")
class ListValue(Message):
    """A JSON array. Fields of this type hold a ``list`` of plain data."""

    values: list[Any] = field(1, msg("google.protobuf.Value"), repeated=True)

    _pb_plain = "values"


@message("google.protobuf.BoolValue")
class BoolValue(Message):
    """A ``bool`` with presence. Fields of this type hold ``Optional[bool]``."""

    value: bool = field(1, BOOL)

    _pb_plain = "value"
