"""The protobuf wire format, independent of any particular schema.

Message classes declare their fields with :func:`field` and are registered under their
full protobuf names with :func:`register` (``flyte_lite.message.message`` does both); the
codec's decoders and encoders are generated from those declarations (ahead of time for
the model classes, see ``flyte_lite.codegen``; at first use for other classes).
"""

from flyte_lite.wire.errors import DecodeError, EncodeError, FieldPathError
from flyte_lite.wire.fields import (
    BOOL,
    BYTES,
    DOUBLE,
    FIXED32_,
    FIXED64_,
    FLOAT,
    INT32,
    INT64,
    SFIXED32,
    SFIXED64,
    SINT32,
    SINT64,
    STRING,
    UINT32,
    UINT64,
    FieldSpec,
    enum_of,
    field,
    map_of,
    msg,
    protobuf_enum,
    specs_of,
)
from flyte_lite.wire.message import WireMessage
from flyte_lite.wire.registry import lookup, register, registered

__all__ = [
    "BOOL",
    "BYTES",
    "DOUBLE",
    "FIXED32_",
    "FIXED64_",
    "FLOAT",
    "INT32",
    "INT64",
    "SFIXED32",
    "SFIXED64",
    "SINT32",
    "SINT64",
    "STRING",
    "UINT32",
    "UINT64",
    "DecodeError",
    "EncodeError",
    "FieldPathError",
    "FieldSpec",
    "WireMessage",
    "enum_of",
    "field",
    "lookup",
    "map_of",
    "msg",
    "protobuf_enum",
    "register",
    "registered",
    "specs_of",
]
