"""Messages of ``flyteidl/core/literals.proto``."""

from __future__ import annotations

from typing import Any, Optional

from flyte_lite.message import Message, message
from flyte_lite.models.core.types import (
    BlobType,
    Error,
    LiteralType,
    OutputReference,
    SchemaType,
    StructuredDatasetType,
)
from flyte_lite.wire import BOOL, BYTES, DOUBLE, INT64, STRING, UINT32, UINT64, field, map_of, msg
from flyte_lite.wkt import Duration, Timestamp

__all__ = [
    "Binary",
    "Binding",
    "BindingData",
    "BindingDataCollection",
    "BindingDataMap",
    "Blob",
    "BlobMetadata",
    "KeyValuePair",
    "Literal",
    "LiteralCollection",
    "LiteralMap",
    "LiteralOffloadedMetadata",
    "Primitive",
    "RetryStrategy",
    "Scalar",
    "Schema",
    "StructuredDataset",
    "StructuredDatasetMetadata",
    "Union",
    "UnionInfo",
    "Void",
]


@message("flyteidl.core.Binary")
class Binary(Message):
    """``flyteidl.core.Binary``."""

    value: bytes = field(1, BYTES)
    tag: str = field(2, STRING)


@message("flyteidl.core.Binding")
class Binding(Message):
    """``flyteidl.core.Binding``."""

    var: str = field(1, STRING)
    binding: Optional[BindingData] = field(2, msg("flyteidl.core.BindingData"))


@message("flyteidl.core.BindingData")
class BindingData(Message):
    """``flyteidl.core.BindingData``."""

    scalar: Optional[Scalar] = field(1, msg("flyteidl.core.Scalar"), oneof="value")
    collection: Optional[BindingDataCollection] = field(
        2, msg("flyteidl.core.BindingDataCollection"), oneof="value"
    )
    promise: Optional[OutputReference] = field(
        3, msg("flyteidl.core.OutputReference"), oneof="value"
    )
    map: Optional[BindingDataMap] = field(4, msg("flyteidl.core.BindingDataMap"), oneof="value")
    union: Optional[UnionInfo] = field(5, msg("flyteidl.core.UnionInfo"))
    offloaded_metadata: Optional[LiteralOffloadedMetadata] = field(
        6, msg("flyteidl.core.LiteralOffloadedMetadata"), oneof="value"
    )


@message("flyteidl.core.BindingDataCollection")
class BindingDataCollection(Message):
    """``flyteidl.core.BindingDataCollection``."""

    bindings: list[BindingData] = field(1, msg("flyteidl.core.BindingData"), repeated=True)


@message("flyteidl.core.BindingDataMap")
class BindingDataMap(Message):
    """``flyteidl.core.BindingDataMap``."""

    bindings: dict[str, BindingData] = field(1, map_of(STRING, msg("flyteidl.core.BindingData")))


@message("flyteidl.core.Blob")
class Blob(Message):
    """``flyteidl.core.Blob``."""

    metadata: Optional[BlobMetadata] = field(1, msg("flyteidl.core.BlobMetadata"))
    uri: str = field(3, STRING)


@message("flyteidl.core.BlobMetadata")
class BlobMetadata(Message):
    """``flyteidl.core.BlobMetadata``."""

    type: Optional[BlobType] = field(1, msg("flyteidl.core.BlobType"))


@message("flyteidl.core.KeyValuePair")
class KeyValuePair(Message):
    """``flyteidl.core.KeyValuePair``."""

    key: str = field(1, STRING)
    value: str = field(2, STRING)


@message("flyteidl.core.Literal")
class Literal(Message):
    """``flyteidl.core.Literal``."""

    scalar: Optional[Scalar] = field(1, msg("flyteidl.core.Scalar"), oneof="value")
    collection: Optional[LiteralCollection] = field(
        2, msg("flyteidl.core.LiteralCollection"), oneof="value"
    )
    map: Optional[LiteralMap] = field(3, msg("flyteidl.core.LiteralMap"), oneof="value")
    hash: str = field(4, STRING)
    metadata: dict[str, str] = field(5, map_of(STRING, STRING))
    offloaded_metadata: Optional[LiteralOffloadedMetadata] = field(
        8, msg("flyteidl.core.LiteralOffloadedMetadata"), oneof="value"
    )


@message("flyteidl.core.LiteralCollection")
class LiteralCollection(Message):
    """``flyteidl.core.LiteralCollection``."""

    literals: list[Literal] = field(1, msg("flyteidl.core.Literal"), repeated=True)


@message("flyteidl.core.LiteralMap")
class LiteralMap(Message):
    """``flyteidl.core.LiteralMap``."""

    literals: dict[str, Literal] = field(1, map_of(STRING, msg("flyteidl.core.Literal")))


@message("flyteidl.core.LiteralOffloadedMetadata")
class LiteralOffloadedMetadata(Message):
    """``flyteidl.core.LiteralOffloadedMetadata``."""

    uri: str = field(1, STRING)
    size_bytes: int = field(2, UINT64)
    inferred_type: Optional[LiteralType] = field(3, msg("flyteidl.core.LiteralType"))


@message("flyteidl.core.Primitive")
class Primitive(Message):
    """``flyteidl.core.Primitive``."""

    integer: Optional[int] = field(1, INT64, oneof="value")
    float_value: Optional[float] = field(2, DOUBLE, oneof="value")
    string_value: Optional[str] = field(3, STRING, oneof="value")
    boolean: Optional[bool] = field(4, BOOL, oneof="value")
    datetime: Optional[Timestamp] = field(5, msg("google.protobuf.Timestamp"), oneof="value")
    duration: Optional[Duration] = field(6, msg("google.protobuf.Duration"), oneof="value")


@message("flyteidl.core.RetryStrategy")
class RetryStrategy(Message):
    """``flyteidl.core.RetryStrategy``."""

    retries: int = field(5, UINT32)


@message("flyteidl.core.Scalar")
class Scalar(Message):
    """``flyteidl.core.Scalar``."""

    primitive: Optional[Primitive] = field(1, msg("flyteidl.core.Primitive"), oneof="value")
    blob: Optional[Blob] = field(2, msg("flyteidl.core.Blob"), oneof="value")
    binary: Optional[Binary] = field(3, msg("flyteidl.core.Binary"), oneof="value")
    schema: Optional[Schema] = field(4, msg("flyteidl.core.Schema"), oneof="value")
    none_type: Optional[Void] = field(5, msg("flyteidl.core.Void"), oneof="value")
    error: Optional[Error] = field(6, msg("flyteidl.core.Error"), oneof="value")
    generic: Optional[dict[str, Any]] = field(7, msg("google.protobuf.Struct"), oneof="value")
    structured_dataset: Optional[StructuredDataset] = field(
        8, msg("flyteidl.core.StructuredDataset"), oneof="value"
    )
    union: Optional[Union] = field(9, msg("flyteidl.core.Union"), oneof="value")


@message("flyteidl.core.Schema")
class Schema(Message):
    """``flyteidl.core.Schema``."""

    uri: str = field(1, STRING)
    type: Optional[SchemaType] = field(3, msg("flyteidl.core.SchemaType"))


@message("flyteidl.core.StructuredDataset")
class StructuredDataset(Message):
    """``flyteidl.core.StructuredDataset``."""

    uri: str = field(1, STRING)
    metadata: Optional[StructuredDatasetMetadata] = field(
        2, msg("flyteidl.core.StructuredDatasetMetadata")
    )


@message("flyteidl.core.StructuredDatasetMetadata")
class StructuredDatasetMetadata(Message):
    """``flyteidl.core.StructuredDatasetMetadata``."""

    structured_dataset_type: Optional[StructuredDatasetType] = field(
        1, msg("flyteidl.core.StructuredDatasetType")
    )


@message("flyteidl.core.Union")
class Union(Message):
    """``flyteidl.core.Union``."""

    value: Optional[Literal] = field(1, msg("flyteidl.core.Literal"))
    type: Optional[LiteralType] = field(2, msg("flyteidl.core.LiteralType"))


@message("flyteidl.core.UnionInfo")
class UnionInfo(Message):
    """``flyteidl.core.UnionInfo``."""

    targetType: Optional[LiteralType] = field(1, msg("flyteidl.core.LiteralType"))


@message("flyteidl.core.Void")
class Void(Message):
    """``flyteidl.core.Void``."""
