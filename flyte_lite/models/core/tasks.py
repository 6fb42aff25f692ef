"""Messages of ``flyteidl/core/tasks.proto``."""

from __future__ import annotations

import enum
from typing import Any, Optional

from flyte_lite.message import Message, message
from flyte_lite.models.core.identifier import Identifier
from flyte_lite.models.core.interface import TypedInterface
from flyte_lite.models.core.literals import KeyValuePair, RetryStrategy
from flyte_lite.models.core.security import SecurityContext
from flyte_lite.wire import BOOL, INT32, STRING, UINT32, enum_of, field, map_of, msg, protobuf_enum
from flyte_lite.wkt import Duration

__all__ = [
    "Container",
    "ContainerPort",
    "DataLoadingConfig",
    "ExtendedResources",
    "GPUAccelerator",
    "IOStrategy",
    "K8sObjectMetadata",
    "K8sPod",
    "Resources",
    "RuntimeMetadata",
    "SharedMemory",
    "Sql",
    "TaskMetadata",
    "TaskTemplate",
]


@message("flyteidl.core.Container")
class Container(Message):
    """``flyteidl.core.Container``."""

    @protobuf_enum("flyteidl.core.Container.Architecture")
    class Architecture(enum.IntEnum):
        """``flyteidl.core.Container.Architecture``."""

        UNKNOWN = 0
        AMD64 = 1
        ARM64 = 2
        ARM_V6 = 3
        ARM_V7 = 4

    image: str = field(1, STRING)
    command: list[str] = field(2, STRING, repeated=True)
    args: list[str] = field(3, STRING, repeated=True)
    resources: Optional[Resources] = field(4, msg("flyteidl.core.Resources"))
    env: list[KeyValuePair] = field(5, msg("flyteidl.core.KeyValuePair"), repeated=True)
    config: list[KeyValuePair] = field(6, msg("flyteidl.core.KeyValuePair"), repeated=True)
    ports: list[ContainerPort] = field(7, msg("flyteidl.core.ContainerPort"), repeated=True)
    data_config: Optional[DataLoadingConfig] = field(9, msg("flyteidl.core.DataLoadingConfig"))
    architecture: Container.Architecture = field(
        10, enum_of("flyteidl.core.Container.Architecture")
    )


@message("flyteidl.core.ContainerPort")
class ContainerPort(Message):
    """``flyteidl.core.ContainerPort``."""

    container_port: int = field(1, UINT32)
    name: str = field(2, STRING)


@message("flyteidl.core.DataLoadingConfig")
class DataLoadingConfig(Message):
    """``flyteidl.core.DataLoadingConfig``."""

    @protobuf_enum("flyteidl.core.DataLoadingConfig.LiteralMapFormat")
    class LiteralMapFormat(enum.IntEnum):
        """``flyteidl.core.DataLoadingConfig.LiteralMapFormat``."""

        JSON = 0
        YAML = 1
        PROTO = 2

    enabled: bool = field(1, BOOL)
    input_path: str = field(2, STRING)
    output_path: str = field(3, STRING)
    format: DataLoadingConfig.LiteralMapFormat = field(
        4, enum_of("flyteidl.core.DataLoadingConfig.LiteralMapFormat")
    )
    io_strategy: Optional[IOStrategy] = field(5, msg("flyteidl.core.IOStrategy"))


@message("flyteidl.core.ExtendedResources")
class ExtendedResources(Message):
    """``flyteidl.core.ExtendedResources``."""

    gpu_accelerator: Optional[GPUAccelerator] = field(1, msg("flyteidl.core.GPUAccelerator"))
    shared_memory: Optional[SharedMemory] = field(2, msg("flyteidl.core.SharedMemory"))


@message("flyteidl.core.GPUAccelerator")
class GPUAccelerator(Message):
    """``flyteidl.core.GPUAccelerator``."""

    device: str = field(1, STRING)
    unpartitioned: Optional[bool] = field(2, BOOL, oneof="partition_size_value")
    partition_size: Optional[str] = field(3, STRING, oneof="partition_size_value")


@message("flyteidl.core.IOStrategy")
class IOStrategy(Message):
    """``flyteidl.core.IOStrategy``."""

    @protobuf_enum("flyteidl.core.IOStrategy.DownloadMode")
    class DownloadMode(enum.IntEnum):
        """``flyteidl.core.IOStrategy.DownloadMode``."""

        DOWNLOAD_EAGER = 0
        DOWNLOAD_STREAM = 1
        DO_NOT_DOWNLOAD = 2

    @protobuf_enum("flyteidl.core.IOStrategy.UploadMode")
    class UploadMode(enum.IntEnum):
        """``flyteidl.core.IOStrategy.UploadMode``."""

        UPLOAD_ON_EXIT = 0
        UPLOAD_EAGER = 1
        DO_NOT_UPLOAD = 2

    download_mode: IOStrategy.DownloadMode = field(
        1, enum_of("flyteidl.core.IOStrategy.DownloadMode")
    )
    upload_mode: IOStrategy.UploadMode = field(2, enum_of("flyteidl.core.IOStrategy.UploadMode"))


@message("flyteidl.core.K8sObjectMetadata")
class K8sObjectMetadata(Message):
    """``flyteidl.core.K8sObjectMetadata``."""

    labels: dict[str, str] = field(1, map_of(STRING, STRING))
    annotations: dict[str, str] = field(2, map_of(STRING, STRING))


@message("flyteidl.core.K8sPod")
class K8sPod(Message):
    """``flyteidl.core.K8sPod``."""

    metadata: Optional[K8sObjectMetadata] = field(1, msg("flyteidl.core.K8sObjectMetadata"))
    pod_spec: Optional[dict[str, Any]] = field(2, msg("google.protobuf.Struct"))
    data_config: Optional[DataLoadingConfig] = field(3, msg("flyteidl.core.DataLoadingConfig"))
    primary_container_name: str = field(4, STRING)


@message("flyteidl.core.Resources")
class Resources(Message):
    """``flyteidl.core.Resources``."""

    @protobuf_enum("flyteidl.core.Resources.ResourceName")
    class ResourceName(enum.IntEnum):
        """``flyteidl.core.Resources.ResourceName``."""

        UNKNOWN = 0
        CPU = 1
        GPU = 2
        MEMORY = 3
        STORAGE = 4
        EPHEMERAL_STORAGE = 5

    @message("flyteidl.core.Resources.ResourceEntry")
    class ResourceEntry(Message):
        """``flyteidl.core.Resources.ResourceEntry``."""

        name: Resources.ResourceName = field(1, enum_of("flyteidl.core.Resources.ResourceName"))
        value: str = field(2, STRING)

    requests: list[Resources.ResourceEntry] = field(
        1, msg("flyteidl.core.Resources.ResourceEntry"), repeated=True
    )
    limits: list[Resources.ResourceEntry] = field(
        2, msg("flyteidl.core.Resources.ResourceEntry"), repeated=True
    )


@message("flyteidl.core.RuntimeMetadata")
class RuntimeMetadata(Message):
    """``flyteidl.core.RuntimeMetadata``."""

    @protobuf_enum("flyteidl.core.RuntimeMetadata.RuntimeType")
    class RuntimeType(enum.IntEnum):
        """``flyteidl.core.RuntimeMetadata.RuntimeType``."""

        OTHER = 0
        FLYTE_SDK = 1

    type: RuntimeMetadata.RuntimeType = field(
        1, enum_of("flyteidl.core.RuntimeMetadata.RuntimeType")
    )
    version: str = field(2, STRING)
    flavor: str = field(3, STRING)


@message("flyteidl.core.SharedMemory")
class SharedMemory(Message):
    """``flyteidl.core.SharedMemory``."""

    mount_path: str = field(1, STRING)
    mount_name: str = field(2, STRING)
    size_limit: str = field(3, STRING)


@message("flyteidl.core.Sql")
class Sql(Message):
    """``flyteidl.core.Sql``."""

    @protobuf_enum("flyteidl.core.Sql.Dialect")
    class Dialect(enum.IntEnum):
        """``flyteidl.core.Sql.Dialect``."""

        UNDEFINED = 0
        ANSI = 1
        HIVE = 2
        OTHER = 3

    statement: str = field(1, STRING)
    dialect: Sql.Dialect = field(2, enum_of("flyteidl.core.Sql.Dialect"))


@message("flyteidl.core.TaskMetadata")
class TaskMetadata(Message):
    """``flyteidl.core.TaskMetadata``."""

    discoverable: bool = field(1, BOOL)
    runtime: Optional[RuntimeMetadata] = field(2, msg("flyteidl.core.RuntimeMetadata"))
    timeout: Optional[Duration] = field(4, msg("google.protobuf.Duration"))
    retries: Optional[RetryStrategy] = field(5, msg("flyteidl.core.RetryStrategy"))
    discovery_version: str = field(6, STRING)
    deprecated_error_message: str = field(7, STRING)
    interruptible: Optional[bool] = field(8, BOOL, oneof="interruptible_value")
    cache_serializable: bool = field(9, BOOL)
    tags: dict[str, str] = field(11, map_of(STRING, STRING))
    pod_template_name: str = field(12, STRING)
    cache_ignore_input_vars: list[str] = field(13, STRING, repeated=True)
    is_eager: bool = field(14, BOOL)
    generates_deck: Optional[bool] = field(15, msg("google.protobuf.BoolValue"))
    metadata: Optional[K8sObjectMetadata] = field(16, msg("flyteidl.core.K8sObjectMetadata"))


@message("flyteidl.core.TaskTemplate")
class TaskTemplate(Message):
    """``flyteidl.core.TaskTemplate``."""

    id: Optional[Identifier] = field(1, msg("flyteidl.core.Identifier"))
    type: str = field(2, STRING)
    metadata: Optional[TaskMetadata] = field(3, msg("flyteidl.core.TaskMetadata"))
    interface: Optional[TypedInterface] = field(4, msg("flyteidl.core.TypedInterface"))
    custom: Optional[dict[str, Any]] = field(5, msg("google.protobuf.Struct"))
    container: Optional[Container] = field(6, msg("flyteidl.core.Container"), oneof="target")
    task_type_version: int = field(7, INT32)
    security_context: Optional[SecurityContext] = field(8, msg("flyteidl.core.SecurityContext"))
    extended_resources: Optional[ExtendedResources] = field(
        9, msg("flyteidl.core.ExtendedResources")
    )
    config: dict[str, str] = field(16, map_of(STRING, STRING))
    k8s_pod: Optional[K8sPod] = field(17, msg("flyteidl.core.K8sPod"), oneof="target")
    sql: Optional[Sql] = field(18, msg("flyteidl.core.Sql"), oneof="target")
