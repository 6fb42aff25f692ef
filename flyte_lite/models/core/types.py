"""Messages of ``flyteidl/core/types.proto``."""

from __future__ import annotations

import enum
from typing import Any, Optional

from flyte_lite.message import Message, message
from flyte_lite.wire import BYTES, INT32, STRING, enum_of, field, map_of, msg, protobuf_enum

__all__ = [
    "BlobType",
    "EnumType",
    "Error",
    "LiteralType",
    "OutputReference",
    "PromiseAttribute",
    "SchemaType",
    "SimpleType",
    "StructuredDatasetType",
    "TypeAnnotation",
    "TypeStructure",
    "UnionType",
]


@protobuf_enum("flyteidl.core.SimpleType")
class SimpleType(enum.IntEnum):
    """``flyteidl.core.SimpleType``."""

    NONE = 0
    INTEGER = 1
    FLOAT = 2
    STRING = 3
    BOOLEAN = 4
    DATETIME = 5
    DURATION = 6
    BINARY = 7
    ERROR = 8
    STRUCT = 9


@message("flyteidl.core.BlobType")
class BlobType(Message):
    """``flyteidl.core.BlobType``."""

    @protobuf_enum("flyteidl.core.BlobType.BlobDimensionality")
    class BlobDimensionality(enum.IntEnum):
        """``flyteidl.core.BlobType.BlobDimensionality``."""

        SINGLE = 0
        MULTIPART = 1

    format: str = field(1, STRING)
    dimensionality: BlobType.BlobDimensionality = field(
        2, enum_of("flyteidl.core.BlobType.BlobDimensionality")
    )


@message("flyteidl.core.EnumType")
class EnumType(Message):
    """``flyteidl.core.EnumType``."""

    values: list[str] = field(1, STRING, repeated=True)


@message("flyteidl.core.Error")
class Error(Message):
    """``flyteidl.core.Error``."""

    failed_node_id: str = field(1, STRING)
    message: str = field(2, STRING)


@message("flyteidl.core.LiteralType")
class LiteralType(Message):
    """``flyteidl.core.LiteralType``."""

    simple: Optional[SimpleType] = field(1, enum_of("flyteidl.core.SimpleType"), oneof="type")
    schema: Optional[SchemaType] = field(2, msg("flyteidl.core.SchemaType"), oneof="type")
    collection_type: Optional[LiteralType] = field(
        3, msg("flyteidl.core.LiteralType"), oneof="type"
    )
    map_value_type: Optional[LiteralType] = field(4, msg("flyteidl.core.LiteralType"), oneof="type")
    blob: Optional[BlobType] = field(5, msg("flyteidl.core.BlobType"), oneof="type")
    metadata: Optional[dict[str, Any]] = field(6, msg("google.protobuf.Struct"))
    enum_type: Optional[EnumType] = field(7, msg("flyteidl.core.EnumType"), oneof="type")
    structured_dataset_type: Optional[StructuredDatasetType] = field(
        8, msg("flyteidl.core.StructuredDatasetType"), oneof="type"
    )
    annotation: Optional[TypeAnnotation] = field(9, msg("flyteidl.core.TypeAnnotation"))
    union_type: Optional[UnionType] = field(10, msg("flyteidl.core.UnionType"), oneof="type")
    structure: Optional[TypeStructure] = field(11, msg("flyteidl.core.TypeStructure"))


@message("flyteidl.core.OutputReference")
class OutputReference(Message):
    """``flyteidl.core.OutputReference``."""

    node_id: str = field(1, STRING)
    var: str = field(2, STRING)
    attr_path: list[PromiseAttribute] = field(
        3, msg("flyteidl.core.PromiseAttribute"), repeated=True
    )


@message("flyteidl.core.PromiseAttribute")
class PromiseAttribute(Message):
    """``flyteidl.core.PromiseAttribute``."""

    string_value: Optional[str] = field(1, STRING, oneof="value")
    int_value: Optional[int] = field(2, INT32, oneof="value")


@message("flyteidl.core.SchemaType")
class SchemaType(Message):
    """``flyteidl.core.SchemaType``."""

    @message("flyteidl.core.SchemaType.SchemaColumn")
    class SchemaColumn(Message):
        """``flyteidl.core.SchemaType.SchemaColumn``."""

        @protobuf_enum("flyteidl.core.SchemaType.SchemaColumn.SchemaColumnType")
        class SchemaColumnType(enum.IntEnum):
            """``flyteidl.core.SchemaType.SchemaColumn.SchemaColumnType``."""

            INTEGER = 0
            FLOAT = 1
            STRING = 2
            BOOLEAN = 3
            DATETIME = 4
            DURATION = 5

        name: str = field(1, STRING)
        type: SchemaType.SchemaColumn.SchemaColumnType = field(
            2, enum_of("flyteidl.core.SchemaType.SchemaColumn.SchemaColumnType")
        )

    columns: list[SchemaType.SchemaColumn] = field(
        3, msg("flyteidl.core.SchemaType.SchemaColumn"), repeated=True
    )


@message("flyteidl.core.StructuredDatasetType")
class StructuredDatasetType(Message):
    """``flyteidl.core.StructuredDatasetType``."""

    @message("flyteidl.core.StructuredDatasetType.DatasetColumn")
    class DatasetColumn(Message):
        """``flyteidl.core.StructuredDatasetType.DatasetColumn``."""

        name: str = field(1, STRING)
        literal_type: Optional[LiteralType] = field(2, msg("flyteidl.core.LiteralType"))

    columns: list[StructuredDatasetType.DatasetColumn] = field(
        1, msg("flyteidl.core.StructuredDatasetType.DatasetColumn"), repeated=True
    )
    format: str = field(2, STRING)
    external_schema_type: str = field(3, STRING)
    external_schema_bytes: bytes = field(4, BYTES)


@message("flyteidl.core.TypeAnnotation")
class TypeAnnotation(Message):
    """``flyteidl.core.TypeAnnotation``."""

    annotations: Optional[dict[str, Any]] = field(1, msg("google.protobuf.Struct"))


@message("flyteidl.core.TypeStructure")
class TypeStructure(Message):
    """``flyteidl.core.TypeStructure``."""

    tag: str = field(1, STRING)
    dataclass_type: dict[str, LiteralType] = field(
        2, map_of(STRING, msg("flyteidl.core.LiteralType"))
    )


@message("flyteidl.core.UnionType")
class UnionType(Message):
    """``flyteidl.core.UnionType``."""

    variants: list[LiteralType] = field(1, msg("flyteidl.core.LiteralType"), repeated=True)
