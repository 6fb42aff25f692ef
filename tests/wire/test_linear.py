"""Decoding does work linear in the input and keeps memory bounded by it, on any input.

No timing: the work is counted. A hook around a child decoder adds up the bytes each
call reads or copies from the message it merges into (``base``); merging every repeat
of a singular message field into a copy of all that came before does work quadratic
in the number of repeats, which these counts catch at a few thousand repeats.
Memory is tracemalloc's peak, a multiple of the input size; the inputs are a fortieth of
their full size under the default hypothesis profile (tracemalloc makes decoding some 20
times slower; the ratios are the same, within 1, at either size) and full size under
the ci profile.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

import flyte_lite
from flyte_lite.models import load_all
from flyte_lite.wire import codecs, codegen
from flyte_lite.wire.generated import global_name
from tests.conftest import reference_class
from tests.strategies import input_size

load_all()

TT = "flyteidl.core.TaskTemplate"
STRUCT = "google.protobuf.Struct"


def _unknown_size(base: Any) -> int:
    return len(getattr(base, "_unknown_fields", b""))


@contextmanager
def counting(parent: str, name: str, warm_up: bytes) -> Iterator[list[int]]:
    """Count, in ``counter[0]``, the bytes that ``parent``'s decoder ``name`` (a child's
    decoder in the parent's generated code) reads plus those of the base it copies.
    Decoding ``warm_up`` first puts the parent's code in place."""
    cls = flyte_lite.message_class(parent)
    cls.from_bytes(warm_up)
    link = codegen.unit_of(cls).links[name]  # the child's function the parent calls
    namespace = codecs.decoder_for(cls).__globals__
    name = global_name(link.cls, link.part)
    assert namespace[name] is codecs.CODEC.get(link.cls, link.part)
    counter = [0]
    original = namespace[name]

    def counted(buf: bytes, pos: int, end: int, depth: int, base: Any,
                spans: Any = None) -> Any:
        counter[0] += end - pos + _unknown_size(base)
        if spans is not None:
            spans = list(spans)
            counter[0] += sum(stop - start for start, stop in spans)
            spans = iter(spans)
            return original(buf, pos, end, depth, base, spans)
        return original(buf, pos, end, depth, base)

    namespace[name] = counted
    try:
        yield counter
    finally:
        namespace[name] = original


def _field(number: int, payload: bytes) -> bytes:
    from flyte_lite.wire.primitives import encode_varint

    return encode_varint(number << 3 | 2) + encode_varint(len(payload)) + payload


# every shape: (class, child decoder counted, input of n repeats)
REPEATS = {
    # TaskTemplate.container again and again, each time with an unknown field
    "message": (TT, "dec_container", lambda n: b"\x32\x03\x98\x06\x00" * n),
    # TaskTemplate.custom (a Struct, plain data) the same way
    "struct": (TT, "dec_custom", lambda n: b"\x2a\x03\x98\x06\x00" * n),
    # one Struct entry whose Value comes again and again
    "entry value": (STRUCT, "dec_fields_v",
                    lambda n: _field(1, _field(1, b"k") + _field(2, b"\x98\x06\x00") * n)),
}


@pytest.mark.parametrize("shape", REPEATS)
def test_repeated_singular_message_merges_in_linear_work(shape: str) -> None:
    parent, child, make = REPEATS[shape]
    cls = flyte_lite.message_class(parent)
    data = make(3000)
    with counting(parent, child, make(2)) as counter:
        message = cls.from_bytes(data)
    # each byte read about twice at most (once as it comes, once when merged)
    assert counter[0] <= 3 * len(data), counter[0]
    # and the result is upb's
    reference = reference_class(parent).FromString(data)
    assert message.to_bytes(deterministic=True) == reference.SerializeToString(deterministic=True)


def test_work_grows_linearly() -> None:
    parent, child, make = REPEATS["message"]
    cls = flyte_lite.message_class(parent)
    counts = []
    for n in (1000, 4000):
        with counting(parent, child, make(2)) as counter:
            cls.from_bytes(make(n))
        counts.append(counter[0])
    assert counts[1] <= 4.5 * counts[0], counts  # quadratic would be 16x


NULL = _field(2, b"\x08\x00")  # Value {null_value: NULL_VALUE}


@pytest.mark.parametrize("values", [
    [NULL, _field(2, b"")],  # null, then an empty Value: null stays
    [NULL, _field(2, b"\x98\x06\x00")],  # null, then only an unknown field
    [_field(2, b"\x11" + bytes(7) + b"\x40"), NULL],  # a number, then null
    [NULL, _field(2, _field(5, b""))],  # null, then an empty struct
])
def test_struct_value_merges_as_upb(values: list[bytes]) -> None:
    data = _field(2, _field(1, b"".join(values)))  # K8sPod.pod_spec: an entry, key ""
    pod = flyte_lite.message_class("flyteidl.core.K8sPod").from_bytes(data)
    reference = reference_class("flyteidl.core.K8sPod").FromString(data)
    assert pod.to_bytes(deterministic=True) == reference.SerializeToString(deterministic=True)


def test_struct_value_merge_from_the_issue() -> None:
    data = bytes.fromhex("12080a06120208001200")
    pod = flyte_lite.message_class("flyteidl.core.K8sPod").from_bytes(data)
    assert pod.to_bytes(deterministic=True).hex() == "12080a060a0012020800"


def test_oneof_member_repeated_then_replaced_still_checks_its_bytes() -> None:
    # container twice (the second has a bad string), then k8s_pod: the oneof keeps
    # k8s_pod, but upb reads the bad bytes before and rejects them
    bad = b"\x32\x02\x0a\x00" + b"\x32\x03\x0a\x01\xff" + b"\x8a\x01\x00"
    with pytest.raises(Exception):  # noqa: B017
        reference_class(TT).FromString(bad)
    with pytest.raises(flyte_lite.DecodeError,
                       match=r"TaskTemplate\.container\.image: invalid UTF-8"):
        flyte_lite.message_class(TT).from_bytes(bad)
    good = b"\x32\x02\x0a\x00" + b"\x32\x03\x0a\x01a" + b"\x8a\x01\x00" + b"\x32\x00"
    ours = flyte_lite.message_class(TT).from_bytes(good)
    assert ours.to_bytes() == reference_class(TT).FromString(good).SerializeToString()


# -- memory: a decoded message costs at most 60 times its encoding ---------------------------

#: The bound the README states: peak memory while decoding, over the input's size.
MEMORY_BOUND = 60


def _peak_ratio(cls: Any, data: bytes, warm_up: bytes) -> float:
    cls.from_bytes(warm_up)  # generate the code first: it is not the input's cost
    tracemalloc.start()
    try:
        message = cls.from_bytes(data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    del message
    return peak / len(data)


def _interface(n: int) -> bytes:
    variable = _field(2, _field(1, b"\x08\x01"))  # Variable {type {simple: INTEGER}}
    return _field(1, b"".join(_field(1, _field(1, b"v%07d" % i) + variable) for i in range(n)))


# the issue's shapes: (class, input, bound)
SHAPES = {
    "empty union variants": ("flyteidl.core.LiteralType",
                             lambda n: _field(10, b"\x0a\x00" * n), 10),
    "empty Container.env entries": ("flyteidl.core.Container", lambda n: b"\x2a\x00" * n, 10),
    "interface variables": ("flyteidl.core.TypedInterface", _interface, MEMORY_BOUND),
    "tiny union variants": ("flyteidl.core.LiteralType",
                            lambda n: _field(10, b"\x0a\x02\x08\x01" * n), 10),
    "small union variants": ("flyteidl.core.LiteralType",  # 5 bytes each, not shared
                             lambda n: _field(10, b"\x0a\x03\x08\x80\x01" * n), MEMORY_BOUND),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_decoded_memory_is_bounded(shape: str) -> None:
    name, make, bound = SHAPES[shape]
    cls = flyte_lite.message_class(name)
    ratio = _peak_ratio(cls, make(input_size(100_000, 2_500)), make(2))
    print(f"{shape}: {ratio:.1f}x")
    assert ratio <= bound, f"{shape}: {ratio:.1f}x the input"


def _small_payload(cls: Any) -> bytes:
    """The encoding of a message of ``cls`` with one field set, three bytes long."""
    from flyte_lite.wire.fields import specs_of

    for spec in specs_of(cls):
        if spec.number < 16 and spec.kind.wire_type == 0:
            return bytes([spec.number << 3 | (2 if spec.repeated else 0)]) + (
                b"\x01\x01" if spec.repeated else b"\x80\x01")
    return b"\x98\x06\x00"  # an unknown field


def _repeated_message_fields() -> list[tuple[str, str]]:
    from flyte_lite.models import message_classes
    from flyte_lite.wire.fields import MessageKind, specs_of

    return [(name, spec.name) for name, cls in message_classes().items()
            for spec in specs_of(cls)
            if spec.repeated and isinstance(spec.kind, MessageKind)]


@pytest.mark.parametrize(("name", "field_name"), _repeated_message_fields())
def test_every_repeated_message_field_decodes_in_bounded_memory(name: str,
                                                                field_name: str) -> None:
    from flyte_lite.wire.fields import specs_of
    from flyte_lite.wire.registry import lookup

    cls = flyte_lite.message_class(name)
    spec = next(s for s in specs_of(cls) if s.name == field_name)
    element = _field(spec.number, _small_payload(lookup(spec.kind.full_name)))  # type: ignore[union-attr]
    for unit in (element, _field(spec.number, b"")):  # small elements, empty ones
        ratio = _peak_ratio(cls, unit * input_size(20_000, 500), unit)
        print(f"{name}.{field_name} {len(unit)} B: {ratio:.1f}x")
        assert ratio <= MEMORY_BOUND, f"{name}.{field_name}: {ratio:.1f}x the input"
