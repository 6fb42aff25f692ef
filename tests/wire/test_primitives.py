"""The wire primitives against the encoding rules, as a table of (value, bytes)."""

from __future__ import annotations

import pytest

from flyte_lite.wire import DecodeError
from flyte_lite.wire import primitives as P

VARINTS = [
    (0, "00"),
    (1, "01"),
    (127, "7f"),
    (128, "8001"),
    (300, "ac02"),
    (16383, "ff7f"),
    (16384, "808001"),
    (2**32 - 1, "ffffffff0f"),
    (2**63, "80808080808080808001"),
    (2**64 - 1, "ffffffffffffffffff01"),
]


@pytest.mark.parametrize(("value", "hexed"), VARINTS)
def test_varint_table(value: int, hexed: str) -> None:
    data = bytes.fromhex(hexed)
    assert P.encode_varint(value) == data
    assert P.decode_varint(data, 0, len(data)) == (value, len(data))


@pytest.mark.parametrize(
    ("value", "hexed"), [(-1, "ffffffffffffffffff01"), (-(2**31), "80808080f8ffffffff01")]
)
def test_negative_int32_is_ten_bytes(value: int, hexed: str) -> None:
    assert P.encode_signed_varint(value) == bytes.fromhex(hexed)


@pytest.mark.parametrize(
    ("signed", "unsigned"),
    [
        (0, 0),
        (-1, 1),
        (1, 2),
        (-2, 3),
        (2**31 - 1, 2**32 - 2),
        (-(2**31), 2**32 - 1),
        (-(2**63), 2**64 - 1),
    ],
)
def test_zigzag(signed: int, unsigned: int) -> None:
    assert P.zigzag_encode(signed) == unsigned
    assert P.zigzag_decode(unsigned) == signed


def test_varint_bits_past_64_are_dropped() -> None:
    data = bytes.fromhex("ffffffffffffffffff7f")
    assert P.decode_varint(data, 0, len(data)) == (2**64 - 1, 10)


@pytest.mark.parametrize(
    ("hexed", "reason", "offset"),
    [
        ("", "truncated varint", 0),
        ("80", "truncated varint", 0),
        ("ffffffffffffffffffff01", "varint longer than 10 bytes", 0),
    ],
)
def test_bad_varints(hexed: str, reason: str, offset: int) -> None:
    data = bytes.fromhex(hexed)
    with pytest.raises(DecodeError) as info:
        P.decode_varint(data, 0, len(data))
    assert info.value.reason == reason
    assert info.value.offset == offset


def test_length_past_end_is_rejected_before_slicing() -> None:
    data = bytes.fromhex("ffffffff07") + b"x"
    with pytest.raises(DecodeError, match="runs past the end"):
        P.decode_length(data, 0, len(data))


@pytest.mark.parametrize("hexed", ["808080808000", "8080808010"])
def test_length_and_tag_are_at_most_32_bits(hexed: str) -> None:
    data = bytes.fromhex(hexed)
    with pytest.raises(DecodeError, match="does not fit in 32 bits"):
        P.decode_length(data, 0, len(data))
    with pytest.raises(DecodeError, match="does not fit in 32 bits"):
        P.decode_tag(data, 0, len(data))


@pytest.mark.parametrize(
    ("hexed", "end"),
    [
        ("0805", 2),
        ("11" + "00" * 8, 9),
        ("1a0161", 3),
        ("1d" + "00" * 4, 5),
        ("1b08011c", 4),
        ("1b1b1c1c", 4),
    ],
)
def test_skip_field_returns_end_of_value(hexed: str, end: int) -> None:
    data = bytes.fromhex(hexed)
    assert P.skip_field(data, 0, 1, len(data), data[0], 0) == end


@pytest.mark.parametrize(
    ("hexed", "reason"),
    [
        ("0e", "invalid wire type 6"),
        ("0f", "invalid wire type 7"),
        ("0c", "end-group for field 1 without a matching start"),
        ("05", "field number 0 is invalid"),
        ("1b0801", "group of field 3 is not closed"),
        ("1b24", "end-group for field 4 inside a group of field 3"),
        ("19" + "00" * 7, "truncated fixed-width value"),
    ],
)
def test_skip_field_errors(hexed: str, reason: str) -> None:
    data = bytes.fromhex(hexed)
    with pytest.raises(DecodeError) as info:
        P.skip_field(data, 0, 1, len(data), data[0], 0)
    assert info.value.reason == reason


def test_groups_count_toward_the_nesting_limit() -> None:
    deep = bytes.fromhex("0b" * 101 + "0c" * 101)
    with pytest.raises(DecodeError, match="nesting deeper"):
        P.skip_field(deep, 0, 1, len(deep), deep[0], 0)
    ok = bytes.fromhex("0b" * 100 + "0c" * 100)
    assert P.skip_field(ok, 0, 1, len(ok), ok[0], 0) == len(ok)


def test_errors_pickle_with_their_path() -> None:
    import pickle

    from flyte_lite.wire import EncodeError

    decode_error = DecodeError("truncated varint", 7)
    decode_error._enter("args[2]")
    decode_error._enter("container")
    decode_error.message = "flyteidl.core.TaskTemplate"
    encode_error = EncodeError("expected string, got int 5")
    encode_error._enter("type")
    for error in (decode_error, encode_error):
        again = pickle.loads(pickle.dumps(error))
        assert type(again) is type(error)
        assert str(again) == str(error) and again.path == error.path
    assert pickle.loads(pickle.dumps(decode_error)).offset == 7
