"""Protobuf wire primitives: varints, zigzag, fixed-width numbers, tags, skipping.

A tag is ``(field_number << 3) | wire_type``. Wire types: 0 varint, 1 fixed64,
2 length-delimited, 3 start group, 4 end group, 5 fixed32; 6 and 7 do not exist.
"""

from __future__ import annotations

import math
import struct

from flyte_lite.wire.errors import DecodeError

VARINT, FIXED64, LEN, START_GROUP, END_GROUP, FIXED32 = 0, 1, 2, 3, 4, 5

MASK32 = (1 << 32) - 1
MASK64 = (1 << 64) - 1
MAX_FIELD_NUMBER = (1 << 29) - 1
#: protobuf's default recursion limit, for bytes and JSON alike: messages nested deeper
#: than this are rejected.
MAX_DEPTH = 100

# One-byte varints, shared so the common case allocates nothing.
_ONE_BYTE = tuple(bytes((i,)) for i in range(128))

pack_double = struct.Struct("<d").pack
pack_fixed32 = struct.Struct("<I").pack
pack_fixed64 = struct.Struct("<Q").pack
pack_sfixed32 = struct.Struct("<i").pack
pack_sfixed64 = struct.Struct("<q").pack
unpack_double = struct.Struct("<d").unpack_from
unpack_fixed32 = struct.Struct("<I").unpack_from
unpack_fixed64 = struct.Struct("<Q").unpack_from
unpack_sfixed32 = struct.Struct("<i").unpack_from
unpack_sfixed64 = struct.Struct("<q").unpack_from


_pack_f32 = struct.Struct("<f").pack
_unpack_f32 = struct.Struct("<f").unpack_from


def pack_float(value: float) -> bytes:
    """Write a float field's 4 bytes as protobuf does: a C ``(float)`` cast.

    Doubles beyond float range become infinities (``struct`` would raise). A NaN
    keeps its sign and the top 23 bits of its payload; the cast also sets the quiet
    bit, except for a NaN whose low 29 payload bits are zero: that is how
    :func:`unpack_float` widens a float NaN, which must be written back bit for bit
    (the FPU would quiet a signalling one).
    """
    if value == value:
        try:
            return _pack_f32(value)
        except OverflowError:
            return _pack_f32(math.copysign(math.inf, value))
    bits = unpack_fixed64(pack_double(value))[0]
    payload = (bits >> 29) & 0x7FFFFF
    if bits & 0x1FFFFFFF or not payload:
        payload |= 0x400000
    return pack_fixed32((bits >> 63) << 31 | 0x7F800000 | payload)


def unpack_float(buf: bytes, pos: int = 0) -> tuple[float]:
    """Read a float field at ``pos`` (like ``struct.unpack_from``), NaN payloads kept.

    A NaN is widened to a double by hand: the FPU would set its quiet bit.
    """
    value = _unpack_f32(buf, pos)
    if value[0] != value[0]:
        bits = unpack_fixed32(buf, pos)[0]
        wide = (bits >> 31) << 63 | 0x7FF << 52 | (bits & 0x7FFFFF) << 29
        return unpack_double(pack_fixed64(wide))
    return value


def encode_varint(value: int) -> bytes:
    """Encode a non-negative integer below 2**64 as a varint."""
    if value < 128:
        return _ONE_BYTE[value]
    out = bytearray()
    while value > 127:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def encode_signed_varint(value: int) -> bytes:
    """Encode an int32/int64 value: negatives take ten bytes (two's complement)."""
    return encode_varint(value & MASK64 if value < 0 else value)


def zigzag_encode(value: int) -> int:
    """Map signed to unsigned so small magnitudes stay small (sint32/sint64)."""
    return (value << 1) ^ -1 if value < 0 else value << 1


def zigzag_decode(value: int) -> int:
    """Inverse of :func:`zigzag_encode`."""
    return (value >> 1) ^ -(value & 1)


def make_tag(number: int, wire_type: int) -> bytes:
    """The encoded tag bytes for a field number and wire type."""
    return encode_varint((number << 3) | wire_type)


def decode_varint(buf: bytes, pos: int, end: int) -> tuple[int, int]:
    """Read a varint at ``pos`` that must end before ``end``: ``(value, new_pos)``.

    At most ten bytes are read; bits past the 64th are dropped, as protobuf does.
    """
    result = 0
    shift = 0
    start = pos
    while True:
        if pos >= end:
            raise DecodeError("truncated varint", start)
        byte = buf[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if byte < 0x80:
            return result & MASK64, pos
        shift += 7
        if shift >= 70:
            raise DecodeError("varint longer than 10 bytes", start)


def _decode_varint32(buf: bytes, pos: int, end: int, what: str) -> tuple[int, int]:
    # Tags and lengths are at most five bytes and must fit in 32 bits, as upb requires.
    value, new_pos = decode_varint(buf, pos, end)
    if new_pos - pos > 5 or value > MASK32:
        raise DecodeError(f"{what} does not fit in 32 bits", pos)
    return value, new_pos


def decode_length(buf: bytes, pos: int, end: int) -> tuple[int, int]:
    """Read a length prefix at ``pos``: ``(payload_start, payload_end)``, both checked.

    A length that runs past ``end`` is reported at the offset of the prefix.
    """
    start = pos
    if pos < end and buf[pos] < 0x80:
        n = buf[pos]
        pos += 1
    else:
        n, pos = _decode_varint32(buf, pos, end, "length")
    stop = pos + n
    if stop > end:
        raise DecodeError(f"length {n} runs past the end of the data ({end - pos} bytes left)",
                          start)
    return pos, stop


def decode_tag(buf: bytes, pos: int, end: int) -> tuple[int, int]:
    """Read a tag of more than one byte: ``(tag, new_pos)``; rejects tags over 32 bits."""
    return _decode_varint32(buf, pos, end, "tag")


def skip_field(buf: bytes, tag_pos: int, pos: int, end: int, tag: int, depth: int) -> int:
    """Skip the value of an unknown field whose tag was read at ``tag_pos``.

    Returns the position after the value. Groups are skipped whole (they count toward
    the nesting limit); a stray end-group, wire types 6 and 7 and field number 0 are
    errors.
    """
    if tag >> 3 == 0:
        raise DecodeError("field number 0 is invalid", tag_pos)
    return _skip_value(buf, tag_pos, pos, end, tag, depth)


def _skip_value(buf: bytes, tag_pos: int, pos: int, end: int, tag: int, depth: int) -> int:
    # Inside a group upb checks no field numbers: a field 0 there is skipped like any other.
    wire_type = tag & 7
    if wire_type == VARINT:
        return decode_varint(buf, pos, end)[1]
    if wire_type == LEN:
        return decode_length(buf, pos, end)[1]
    if wire_type == FIXED64:
        pos += 8
    elif wire_type == FIXED32:
        pos += 4
    elif wire_type == START_GROUP:
        return _skip_group(buf, pos, end, tag >> 3, depth + 1, tag_pos)
    elif wire_type == END_GROUP:
        raise DecodeError(f"end-group for field {tag >> 3} without a matching start", tag_pos)
    else:
        raise DecodeError(f"invalid wire type {wire_type}", tag_pos)
    if pos > end:
        raise DecodeError("truncated fixed-width value", pos - (8 if wire_type == 1 else 4))
    return pos


def _skip_group(buf: bytes, pos: int, end: int, number: int, depth: int, start: int) -> int:
    if depth > MAX_DEPTH:
        raise DecodeError(f"nesting deeper than {MAX_DEPTH} levels", start)
    while pos < end:
        tag_pos = pos
        tag, pos = decode_tag(buf, pos, end)
        if tag & 7 == END_GROUP:
            if tag >> 3 != number:
                raise DecodeError(
                    f"end-group for field {tag >> 3} inside a group of field {number}", tag_pos)
            return pos
        pos = _skip_value(buf, tag_pos, pos, end, tag, depth)
    raise DecodeError(f"group of field {number} is not closed", start)
