"""The well-known types' JSON: their names, and Duration and Timestamp as text."""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any, Callable

from flyte_lite.protojson.errors import _describe, _fail
from flyte_lite.wire import WireMessage

# ---------------------------------------------------------------------------------------
# well-known types: names, limits and formats

_DURATION = "google.protobuf.Duration"
_TIMESTAMP = "google.protobuf.Timestamp"
_STRUCT = "google.protobuf.Struct"
_VALUE = "google.protobuf.Value"
_LIST_VALUE = "google.protobuf.ListValue"
_NULL_VALUE = "google.protobuf.NullValue"
_WRAPPERS = frozenset(
    f"google.protobuf.{n}Value"
    for n in ("Double", "Float", "Int64", "UInt64", "Int32", "UInt32", "Bool", "String", "Bytes")
)
_ANY = "google.protobuf.Any"
_UNSUPPORTED = frozenset(("google.protobuf.FieldMask",))

_EPOCH = _dt.datetime(1970, 1, 1)


_NANOS = 1_000_000_000
#: protobuf's ranges: a Duration spans at most 10000 years either way, a Timestamp
#: lies in years 0001 to 9999.
DURATION_MAX_SECONDS = 315_576_000_000
TIMESTAMP_MIN_SECONDS = -62_135_596_800  # 0001-01-01T00:00:00Z
TIMESTAMP_MAX_SECONDS = 253_402_300_799  # 9999-12-31T23:59:59Z


def check_duration(seconds: int, nanos: int) -> None:
    """Raise ``ValueError`` unless ``seconds``/``nanos`` make a valid protobuf Duration."""
    if not -DURATION_MAX_SECONDS <= seconds <= DURATION_MAX_SECONDS:
        raise ValueError(f"Duration seconds {seconds} out of range "
                         f"[-{DURATION_MAX_SECONDS}, {DURATION_MAX_SECONDS}]")
    if not -_NANOS < nanos < _NANOS:
        raise ValueError(f"Duration nanos {nanos} out of range [-999999999, 999999999]")
    if (nanos < 0 < seconds) or (seconds < 0 < nanos):
        raise ValueError(f"Duration seconds {seconds} and nanos {nanos} have different signs")


def check_timestamp(seconds: int, nanos: int) -> None:
    """Raise ``ValueError`` unless ``seconds``/``nanos`` make a valid protobuf Timestamp."""
    if not TIMESTAMP_MIN_SECONDS <= seconds <= TIMESTAMP_MAX_SECONDS:
        raise ValueError(f"Timestamp seconds {seconds} out of range (years 0001 to 9999)")
    if not 0 <= nanos < _NANOS:
        raise ValueError(f"Timestamp nanos {nanos} out of range [0, 999999999]")


def _fraction(nanos: int) -> str:
    """0, 3, 6 or 9 fraction digits: as few as show ``nanos`` exactly."""
    if nanos == 0:
        return ""
    if nanos % 1_000_000 == 0:
        return f".{nanos // 1_000_000:03d}"
    if nanos % 1000 == 0:
        return f".{nanos // 1000:06d}"
    return f".{nanos:09d}"


def duration_text(seconds: int, nanos: int) -> str:
    """A Duration's JSON form, ``"300s"`` or ``"-1.500s"``; ``ValueError`` if invalid."""
    check_duration(seconds, nanos)
    sign = "-" if seconds < 0 or nanos < 0 else ""
    return f"{sign}{abs(seconds)}{_fraction(abs(nanos))}s"


def timestamp_text(seconds: int, nanos: int) -> str:
    """A Timestamp's JSON form, RFC 3339 in UTC (``"2024-01-02T03:04:05.123Z"``);
    ``ValueError`` if invalid."""
    check_timestamp(seconds, nanos)
    t = _EPOCH + _dt.timedelta(seconds=seconds)
    return (f"{t.year:04d}-{t.month:02d}-{t.day:02d}T{t.hour:02d}:{t.minute:02d}:"
            f"{t.second:02d}{_fraction(nanos)}Z")


def _checked(check: Callable[[int, int], None], seconds: int, nanos: int) -> None:
    try:
        check(seconds, nanos)
    except ValueError as exc:
        _fail(str(exc))


def _seconds_nanos(message: Any, full_name: str) -> tuple[int, int]:
    if not isinstance(message, WireMessage) or message.full_name != full_name:
        _fail(f"expected {full_name}, got {_describe(message)}")
    seconds, nanos = message.seconds, message.nanos  # type: ignore[attr-defined]
    if not isinstance(seconds, int) or not isinstance(nanos, int):
        _fail(f"{full_name} seconds and nanos must be integers")
    return int(seconds), int(nanos)


def _duration_out(message: Any) -> str:
    seconds, nanos = _seconds_nanos(message, _DURATION)
    _checked(check_duration, seconds, nanos)
    return duration_text(seconds, nanos)


def _timestamp_out(message: Any) -> str:
    seconds, nanos = _seconds_nanos(message, _TIMESTAMP)
    _checked(check_timestamp, seconds, nanos)
    return timestamp_text(seconds, nanos)


def _fraction_nanos(digits_with_point: str, negative: bool) -> int:
    """Nanoseconds of a ``.123``-style fraction, rounded as protobuf rounds it."""
    # Through a float, like the reference, so that odd spellings it takes ("1.s",
    # ".5e-3", "1_0") give the same value here.
    return round(float(("-0" if negative else "0") + digits_with_point) * 1e9)


def parse_duration(text: Any) -> tuple[int, int]:
    """``(seconds, nanos)`` of a Duration's JSON text; :class:`JSONError` if it is not one."""
    if not isinstance(text, str):
        _fail(f'a Duration is a string like "1.5s", not {_describe(text)}')
    if not text or text[-1] != "s":
        _fail(f'a Duration ends with "s": {text!r}')
    try:
        point = text.find(".")
        if point == -1:
            seconds, nanos = int(text[:-1]), 0
        else:
            seconds = int(text[:point])
            nanos = _fraction_nanos(text[point:-1], text[0] == "-")
    except (ValueError, OverflowError):
        _fail(f"not a Duration: {text!r}")
    _checked(check_duration, seconds, nanos)
    return seconds, nanos


_TIMESTAMP_FAST = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})"
    r"(\.[0-9]{1,9})?(?:Z|([+-])([0-9]{2}):([0-9]{2}))\Z"
)


def parse_timestamp(text: Any) -> tuple[int, int]:
    """``(seconds, nanos)`` of a Timestamp's RFC 3339 text, any offset; :class:`JSONError`
    if it is not one."""
    if not isinstance(text, str):
        _fail(f"a Timestamp is an RFC 3339 string, not {_describe(text)}")
    match = _TIMESTAMP_FAST.match(text)
    try:
        if match is not None:
            y, mo, d, h, mi, s, frac, sign, oh, om = match.groups()
            when = _dt.datetime(int(y), int(mo), int(d), int(h), int(mi), int(s))
            offset = 0 if sign is None else (int(oh) * 60 + int(om)) * 60
            seconds = (when - _EPOCH) // _dt.timedelta(seconds=1)
            seconds += -offset if sign == "+" else offset
            nanos = _fraction_nanos(frac, False) if frac else 0
        else:
            seconds, nanos = _parse_timestamp_slowly(text)
    except (ValueError, OverflowError) as exc:
        _fail(f"not an RFC 3339 Timestamp: {text!r} ({exc})")
    _checked(check_timestamp, seconds, nanos)
    return seconds, nanos


def _parse_timestamp_slowly(text: str) -> tuple[int, int]:
    """Any spelling the reference accepts: single-digit fields, spaces, ``+-5:00``...

    The reference finds the offset at the first ``Z``, else the first ``+``, else the
    last ``-``; reads the rest with ``strptime("%Y-%m-%dT%H:%M:%S")`` and ``float``.
    """
    at = text.find("Z")
    if at == -1:
        at = text.find("+")
    if at == -1:
        at = text.rfind("-")
    if at == -1:
        raise ValueError("no time zone offset")
    clock, _, frac = text[:at].partition(".")
    if "t" in clock:
        raise ValueError("a lowercase 't' is not accepted")
    when = _dt.datetime.strptime(clock, "%Y-%m-%dT%H:%M:%S")
    seconds = (when - _EPOCH) // _dt.timedelta(seconds=1)
    if len(frac) > 9:
        raise ValueError("more than 9 fraction digits")
    nanos = _fraction_nanos("." + frac, False) if frac else 0
    if text[at] == "Z":
        if len(text) != at + 1:
            raise ValueError("text after 'Z'")
        return seconds, nanos
    zone = text[at:]
    colon = zone.find(":")
    if colon == -1:
        raise ValueError("offset without ':'")
    offset = (int(zone[1:colon]) * 60 + int(zone[colon + 1 :])) * 60
    return seconds - offset if zone[0] == "+" else seconds + offset, nanos
