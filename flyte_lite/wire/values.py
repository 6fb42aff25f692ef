"""What a value of each scalar kind must be: one rule per kind, for every writer.

The binary encoder and the JSON writer take a value of the exact type at once and
call these on anything else. Each returns the value as that type or raises
``TypeError`` (the wrong kind of value: the caller says what it expected and what it
got) or ``ValueError`` (the right kind out of range, with the reason). They follow
upb: ints exclude bools, floats take ints and bools, bytes take any bytes-like.
"""

from __future__ import annotations

from typing import Any

from flyte_lite.wire.fields import int_range


def as_int(value: Any, kind: str) -> int:
    """An integer field's value (``kind``: ``"int32"``... or ``"enum"``)."""
    if value.__class__ is bool or not isinstance(value, int):
        raise TypeError
    lo, hi = int_range(kind)
    if not lo <= value <= hi:
        raise ValueError(f"{value} is out of range for {kind}")
    return value


def as_float(value: Any, kind: str) -> float:
    """A ``double`` or ``float`` field's value, as a Python float (a 32-bit float field
    rounds it as it is written, to infinity beyond its range, as a C cast does)."""
    if value.__class__ is float:
        return value
    if not isinstance(value, (float, int)):
        raise TypeError
    try:
        return float(value)
    except OverflowError:
        raise ValueError(f"an integer of {int(value).bit_length()} bits is too large "
                         f"for a {kind}") from None


def as_str(value: Any) -> str:
    """A ``string`` field's value."""
    if not isinstance(value, str):
        raise TypeError
    return value


def as_bytes(value: Any) -> bytes:
    """A ``bytes`` field's value (bytes, bytearray or memoryview)."""
    if value.__class__ is bytes:
        return value
    if not isinstance(value, (bytes, bytearray, memoryview)):
        raise TypeError
    return bytes(value)


def as_bool(value: Any) -> bool:
    """A ``bool`` field's value: ``True`` or ``False`` only."""
    if value.__class__ is not bool:
        raise TypeError
    return value
