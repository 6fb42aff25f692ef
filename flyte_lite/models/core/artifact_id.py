"""Messages of ``flyteidl/core/artifact_id.proto``."""

from __future__ import annotations

import enum
from typing import Optional

from flyte_lite.message import Message, message
from flyte_lite.wire import BOOL, STRING, enum_of, field, map_of, msg, protobuf_enum
from flyte_lite.wkt import Timestamp

__all__ = [
    "ArtifactBindingData",
    "ArtifactID",
    "ArtifactKey",
    "ArtifactQuery",
    "ArtifactTag",
    "Granularity",
    "InputBindingData",
    "LabelValue",
    "Operator",
    "Partitions",
    "RuntimeBinding",
    "TimePartition",
    "TimeTransform",
]


@protobuf_enum("flyteidl.core.Granularity")
class Granularity(enum.IntEnum):
    """``flyteidl.core.Granularity``."""

    UNSET = 0
    MINUTE = 1
    HOUR = 2
    DAY = 3
    MONTH = 4


@protobuf_enum("flyteidl.core.Operator")
class Operator(enum.IntEnum):
    """``flyteidl.core.Operator``."""

    MINUS = 0
    PLUS = 1


@message("flyteidl.core.ArtifactBindingData")
class ArtifactBindingData(Message):
    """``flyteidl.core.ArtifactBindingData``."""

    partition_key: Optional[str] = field(5, STRING, oneof="partition_data")
    bind_to_time_partition: Optional[bool] = field(6, BOOL, oneof="partition_data")
    time_transform: Optional[TimeTransform] = field(7, msg("flyteidl.core.TimeTransform"))


@message("flyteidl.core.ArtifactID")
class ArtifactID(Message):
    """``flyteidl.core.ArtifactID``."""

    artifact_key: Optional[ArtifactKey] = field(1, msg("flyteidl.core.ArtifactKey"))
    version: str = field(2, STRING)
    partitions: Optional[Partitions] = field(3, msg("flyteidl.core.Partitions"))
    time_partition: Optional[TimePartition] = field(4, msg("flyteidl.core.TimePartition"))


@message("flyteidl.core.ArtifactKey")
class ArtifactKey(Message):
    """``flyteidl.core.ArtifactKey``."""

    project: str = field(1, STRING)
    domain: str = field(2, STRING)
    name: str = field(3, STRING)
    org: str = field(4, STRING)


@message("flyteidl.core.ArtifactTag")
class ArtifactTag(Message):
    """``flyteidl.core.ArtifactTag``."""

    artifact_key: Optional[ArtifactKey] = field(1, msg("flyteidl.core.ArtifactKey"))
    value: Optional[LabelValue] = field(2, msg("flyteidl.core.LabelValue"))


@message("flyteidl.core.InputBindingData")
class InputBindingData(Message):
    """``flyteidl.core.InputBindingData``."""

    var: str = field(1, STRING)


@message("flyteidl.core.LabelValue")
class LabelValue(Message):
    """``flyteidl.core.LabelValue``."""

    static_value: Optional[str] = field(1, STRING, oneof="value")
    time_value: Optional[Timestamp] = field(2, msg("google.protobuf.Timestamp"), oneof="value")
    triggered_binding: Optional[ArtifactBindingData] = field(
        3, msg("flyteidl.core.ArtifactBindingData"), oneof="value"
    )
    input_binding: Optional[InputBindingData] = field(
        4, msg("flyteidl.core.InputBindingData"), oneof="value"
    )
    runtime_binding: Optional[RuntimeBinding] = field(
        5, msg("flyteidl.core.RuntimeBinding"), oneof="value"
    )


@message("flyteidl.core.Partitions")
class Partitions(Message):
    """``flyteidl.core.Partitions``."""

    value: dict[str, LabelValue] = field(1, map_of(STRING, msg("flyteidl.core.LabelValue")))


@message("flyteidl.core.RuntimeBinding")
class RuntimeBinding(Message):
    """``flyteidl.core.RuntimeBinding``."""


@message("flyteidl.core.TimePartition")
class TimePartition(Message):
    """``flyteidl.core.TimePartition``."""

    value: Optional[LabelValue] = field(1, msg("flyteidl.core.LabelValue"))
    granularity: Granularity = field(2, enum_of("flyteidl.core.Granularity"))


@message("flyteidl.core.TimeTransform")
class TimeTransform(Message):
    """``flyteidl.core.TimeTransform``."""

    transform: str = field(1, STRING)
    op: Operator = field(2, enum_of("flyteidl.core.Operator"))


@message("flyteidl.core.ArtifactQuery")
class ArtifactQuery(Message):
    """``flyteidl.core.ArtifactQuery``."""

    artifact_id: Optional[ArtifactID] = field(
        1, msg("flyteidl.core.ArtifactID"), oneof="identifier"
    )
    artifact_tag: Optional[ArtifactTag] = field(
        2, msg("flyteidl.core.ArtifactTag"), oneof="identifier"
    )
    uri: Optional[str] = field(3, STRING, oneof="identifier")
    binding: Optional[ArtifactBindingData] = field(
        4, msg("flyteidl.core.ArtifactBindingData"), oneof="identifier"
    )
