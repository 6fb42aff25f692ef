"""Where each message class's decoder and encoder are: in the module generated beside
its model module (``_<module>_codec.py``, see ``flyte_lite.codegen``), or else
generated from its field declarations at first use (by ``flyte_lite.wire.codegen``,
imported only then)."""

from __future__ import annotations

from typing import Any, Callable

from flyte_lite.wire.generated import Functions, Unit
from flyte_lite.wire.runtime import HELPERS

#: The module generated codec code imports its helpers from.
RUNTIME = "flyte_lite.wire.runtime"


def _unit(cls: type, variant: str) -> Unit:
    from flyte_lite.wire import codegen

    return codegen.unit_of(cls)


#: Every class's decoder and encoder (parts ``decode``, ``encode``, and for a class
#: whose fields hold plain data, ``decode_plain`` and ``encode_plain``).
CODEC = Functions("codec", HELPERS, RUNTIME, _unit, lambda part: "codec", lambda key: None)

_DECODERS: dict[type, Callable[..., Any]] = {}
_ENCODERS: dict[type, Callable[..., None]] = {}


def decoder_for(cls: type) -> Callable[..., Any]:
    """``decode(buf, pos, end, depth, base)`` of ``cls``."""
    decode = _DECODERS.get(cls)
    if decode is None:
        decode = _DECODERS[cls] = CODEC.get(cls, "decode")
    return decode


def encoder_for(cls: type) -> Callable[..., None]:
    """``encode(message, out, deterministic)`` of ``cls``."""
    encode = _ENCODERS.get(cls)
    if encode is None:
        encode = _ENCODERS[cls] = CODEC.get(cls, "encode")
    return encode
