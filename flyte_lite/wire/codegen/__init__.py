"""Build each message class's decoder and encoder from its field declarations.

For every class the generator writes the source of two functions, specialised to its
fields (tags as literals, one branch per field), as a :class:`~flyte_lite.wire.generated.Unit`:
``python -m flyte_lite.codegen`` writes the model classes' units into modules beside
their model modules, and other classes' units are run at first use. Decoder and encoder
mirror each other: the same field order, the same kinds.

    decode(buf, pos, end, depth, base) -> message
        Reads ``buf[pos:end]``. ``base`` is a message of the same class to merge into
        (protobuf's rule for a singular message field that appears twice) or None.
    encode(message, out, deterministic)
        Appends the message's bytes to bytearray ``out``.

A class whose Python form is plain data declares ``_pb_plain``: the name of its one
field (``Struct`` is its ``fields`` dict) or of the oneof that holds all its fields
(``Value`` is whichever member is set). Such a class also gets ``decode_plain``, which
returns that plain value (or the message itself when plain data cannot show what was
read, such as unknown fields), and ``encode_plain``, which writes plain data directly;
fields of the class hold the plain value and use these, so no wrapper objects are built.
"""

from __future__ import annotations

from flyte_lite.wire.codegen.decode import Decoding
from flyte_lite.wire.codegen.encode import Encoding
from flyte_lite.wire.generated import Unit

__all__ = ["Generator", "unit_of"]


def unit_of(cls: type, variant: str = "codec") -> Unit:
    """The generated code of ``cls``: its decoder, encoder and their helpers."""
    return Generator(cls).unit()


class Generator(Decoding, Encoding):
    """Writes the decoder and encoder source of one message class.

    Each generated function has one error handler: the decoder names the field from
    the tag being read, the encoder from the field it is writing, so a
    :class:`DecodeError` or :class:`EncodeError` carries the full field path.
    The parts: ``binding`` (what names stand for), ``reading`` (wire reading and map
    entries), ``plain`` (plain-data classes), ``decode`` and ``encode``.
    """

    def unit(self) -> Unit:
        """The decoder's and encoder's source and what its names stand for."""
        text = self.decode_source() + "\n\n" + self.encode_source()
        parts = {"decode": "decode", "encode": "encode"}
        # A default message's attribute dict: each decoded message starts as a copy of
        # it. CPython lets such copies share the class's keys (PEP 412), which halves
        # a small message's memory against a dict of its own. Immutable, so the message
        # (or plain value) read from no bytes is shared: a million empty entries cost a
        # million references, not a million objects.
        computed = {"TEMPLATE": "C().__dict__", "set_dict": "dict_setter(C)",
                    "EMPTY": "decode(b'', 0, 0, 0, None)"}
        if self.plain is not None:
            parts.update(decode_plain="decode_plain", encode_plain="encode_plain")
            computed["EMPTY_PLAIN"] = "decode_plain(b'', 0, 0, 0, None)"
        return Unit(self.cls, "codec", text, parts, dict(self.ns), dict(self.links),
                    computed)
