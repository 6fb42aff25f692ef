"""Messages of ``flyteidl/core/workflow.proto``."""

from __future__ import annotations

import enum
from typing import Optional

from flyte_lite.message import Message, message
from flyte_lite.models.core.condition import BooleanExpression
from flyte_lite.models.core.execution import QualityOfService
from flyte_lite.models.core.identifier import Identifier
from flyte_lite.models.core.interface import TypedInterface
from flyte_lite.models.core.literals import Binding, LiteralMap, RetryStrategy
from flyte_lite.models.core.tasks import ExtendedResources, K8sPod, Resources
from flyte_lite.models.core.types import Error, LiteralType
from flyte_lite.wire import BOOL, FLOAT, STRING, UINT32, enum_of, field, map_of, msg, protobuf_enum
from flyte_lite.wkt import Duration

__all__ = [
    "Alias",
    "ApproveCondition",
    "ArrayNode",
    "BranchNode",
    "GateNode",
    "IfBlock",
    "IfElseBlock",
    "LaunchPlanTemplate",
    "Node",
    "NodeMetadata",
    "SignalCondition",
    "SleepCondition",
    "TaskNode",
    "TaskNodeOverrides",
    "WorkflowMetadata",
    "WorkflowMetadataDefaults",
    "WorkflowNode",
    "WorkflowTemplate",
]


@message("flyteidl.core.Alias")
class Alias(Message):
    """``flyteidl.core.Alias``."""

    var: str = field(1, STRING)
    alias: str = field(2, STRING)


@message("flyteidl.core.ApproveCondition")
class ApproveCondition(Message):
    """``flyteidl.core.ApproveCondition``."""

    signal_id: str = field(1, STRING)


@message("flyteidl.core.ArrayNode")
class ArrayNode(Message):
    """``flyteidl.core.ArrayNode``."""

    @protobuf_enum("flyteidl.core.ArrayNode.DataMode")
    class DataMode(enum.IntEnum):
        """``flyteidl.core.ArrayNode.DataMode``."""

        SINGLE_INPUT_FILE = 0
        INDIVIDUAL_INPUT_FILES = 1

    @protobuf_enum("flyteidl.core.ArrayNode.ExecutionMode")
    class ExecutionMode(enum.IntEnum):
        """``flyteidl.core.ArrayNode.ExecutionMode``."""

        MINIMAL_STATE = 0
        FULL_STATE = 1

    node: Optional[Node] = field(1, msg("flyteidl.core.Node"))
    parallelism: Optional[int] = field(2, UINT32, oneof="parallelism_option")
    min_successes: Optional[int] = field(3, UINT32, oneof="success_criteria")
    min_success_ratio: Optional[float] = field(4, FLOAT, oneof="success_criteria")
    execution_mode: ArrayNode.ExecutionMode = field(
        5, enum_of("flyteidl.core.ArrayNode.ExecutionMode")
    )
    is_original_sub_node_interface: Optional[bool] = field(6, msg("google.protobuf.BoolValue"))
    data_mode: ArrayNode.DataMode = field(7, enum_of("flyteidl.core.ArrayNode.DataMode"))
    bound_inputs: list[str] = field(8, STRING, repeated=True)
    run_all_sub_nodes: bool = field(9, BOOL)


@message("flyteidl.core.BranchNode")
class BranchNode(Message):
    """``flyteidl.core.BranchNode``."""

    if_else: Optional[IfElseBlock] = field(1, msg("flyteidl.core.IfElseBlock"))


@message("flyteidl.core.GateNode")
class GateNode(Message):
    """``flyteidl.core.GateNode``."""

    approve: Optional[ApproveCondition] = field(
        1, msg("flyteidl.core.ApproveCondition"), oneof="condition"
    )
    signal: Optional[SignalCondition] = field(
        2, msg("flyteidl.core.SignalCondition"), oneof="condition"
    )
    sleep: Optional[SleepCondition] = field(
        3, msg("flyteidl.core.SleepCondition"), oneof="condition"
    )


@message("flyteidl.core.IfBlock")
class IfBlock(Message):
    """``flyteidl.core.IfBlock``."""

    condition: Optional[BooleanExpression] = field(1, msg("flyteidl.core.BooleanExpression"))
    then_node: Optional[Node] = field(2, msg("flyteidl.core.Node"))


@message("flyteidl.core.IfElseBlock")
class IfElseBlock(Message):
    """``flyteidl.core.IfElseBlock``."""

    case: Optional[IfBlock] = field(1, msg("flyteidl.core.IfBlock"))
    other: list[IfBlock] = field(2, msg("flyteidl.core.IfBlock"), repeated=True)
    else_node: Optional[Node] = field(3, msg("flyteidl.core.Node"), oneof="default")
    error: Optional[Error] = field(4, msg("flyteidl.core.Error"), oneof="default")


@message("flyteidl.core.Node")
class Node(Message):
    """``flyteidl.core.Node``."""

    id: str = field(1, STRING)
    metadata: Optional[NodeMetadata] = field(2, msg("flyteidl.core.NodeMetadata"))
    inputs: list[Binding] = field(3, msg("flyteidl.core.Binding"), repeated=True)
    upstream_node_ids: list[str] = field(4, STRING, repeated=True)
    output_aliases: list[Alias] = field(5, msg("flyteidl.core.Alias"), repeated=True)
    task_node: Optional[TaskNode] = field(6, msg("flyteidl.core.TaskNode"), oneof="target")
    workflow_node: Optional[WorkflowNode] = field(
        7, msg("flyteidl.core.WorkflowNode"), oneof="target"
    )
    branch_node: Optional[BranchNode] = field(8, msg("flyteidl.core.BranchNode"), oneof="target")
    gate_node: Optional[GateNode] = field(9, msg("flyteidl.core.GateNode"), oneof="target")
    array_node: Optional[ArrayNode] = field(10, msg("flyteidl.core.ArrayNode"), oneof="target")


@message("flyteidl.core.NodeMetadata")
class NodeMetadata(Message):
    """``flyteidl.core.NodeMetadata``."""

    name: str = field(1, STRING)
    timeout: Optional[Duration] = field(4, msg("google.protobuf.Duration"))
    retries: Optional[RetryStrategy] = field(5, msg("flyteidl.core.RetryStrategy"))
    interruptible: Optional[bool] = field(6, BOOL, oneof="interruptible_value")
    cacheable: Optional[bool] = field(7, BOOL, oneof="cacheable_value")
    cache_version: Optional[str] = field(8, STRING, oneof="cache_version_value")
    cache_serializable: Optional[bool] = field(9, BOOL, oneof="cache_serializable_value")
    config: dict[str, str] = field(10, map_of(STRING, STRING))


@message("flyteidl.core.SignalCondition")
class SignalCondition(Message):
    """``flyteidl.core.SignalCondition``."""

    signal_id: str = field(1, STRING)
    type: Optional[LiteralType] = field(2, msg("flyteidl.core.LiteralType"))
    output_variable_name: str = field(3, STRING)


@message("flyteidl.core.SleepCondition")
class SleepCondition(Message):
    """``flyteidl.core.SleepCondition``."""

    duration: Optional[Duration] = field(1, msg("google.protobuf.Duration"))


@message("flyteidl.core.TaskNode")
class TaskNode(Message):
    """``flyteidl.core.TaskNode``."""

    reference_id: Optional[Identifier] = field(
        1, msg("flyteidl.core.Identifier"), oneof="reference"
    )
    overrides: Optional[TaskNodeOverrides] = field(2, msg("flyteidl.core.TaskNodeOverrides"))


@message("flyteidl.core.TaskNodeOverrides")
class TaskNodeOverrides(Message):
    """``flyteidl.core.TaskNodeOverrides``."""

    resources: Optional[Resources] = field(1, msg("flyteidl.core.Resources"))
    extended_resources: Optional[ExtendedResources] = field(
        2, msg("flyteidl.core.ExtendedResources")
    )
    container_image: str = field(3, STRING)
    pod_template: Optional[K8sPod] = field(4, msg("flyteidl.core.K8sPod"))


@message("flyteidl.core.WorkflowNode")
class WorkflowNode(Message):
    """``flyteidl.core.WorkflowNode``."""

    launchplan_ref: Optional[Identifier] = field(
        1, msg("flyteidl.core.Identifier"), oneof="reference"
    )
    sub_workflow_ref: Optional[Identifier] = field(
        2, msg("flyteidl.core.Identifier"), oneof="reference"
    )


@message("flyteidl.core.LaunchPlanTemplate")
class LaunchPlanTemplate(Message):
    """``flyteidl.core.LaunchPlanTemplate``."""

    id: Optional[Identifier] = field(1, msg("flyteidl.core.Identifier"))
    interface: Optional[TypedInterface] = field(2, msg("flyteidl.core.TypedInterface"))
    fixed_inputs: Optional[LiteralMap] = field(3, msg("flyteidl.core.LiteralMap"))


@message("flyteidl.core.WorkflowMetadata")
class WorkflowMetadata(Message):
    """``flyteidl.core.WorkflowMetadata``."""

    @protobuf_enum("flyteidl.core.WorkflowMetadata.OnFailurePolicy")
    class OnFailurePolicy(enum.IntEnum):
        """``flyteidl.core.WorkflowMetadata.OnFailurePolicy``."""

        FAIL_IMMEDIATELY = 0
        FAIL_AFTER_EXECUTABLE_NODES_COMPLETE = 1

    quality_of_service: Optional[QualityOfService] = field(
        1, msg("flyteidl.core.QualityOfService")
    )
    on_failure: WorkflowMetadata.OnFailurePolicy = field(
        2, enum_of("flyteidl.core.WorkflowMetadata.OnFailurePolicy")
    )
    tags: dict[str, str] = field(3, map_of(STRING, STRING))


@message("flyteidl.core.WorkflowMetadataDefaults")
class WorkflowMetadataDefaults(Message):
    """``flyteidl.core.WorkflowMetadataDefaults``."""

    interruptible: bool = field(1, BOOL)


@message("flyteidl.core.WorkflowTemplate")
class WorkflowTemplate(Message):
    """``flyteidl.core.WorkflowTemplate``."""

    id: Optional[Identifier] = field(1, msg("flyteidl.core.Identifier"))
    metadata: Optional[WorkflowMetadata] = field(2, msg("flyteidl.core.WorkflowMetadata"))
    interface: Optional[TypedInterface] = field(3, msg("flyteidl.core.TypedInterface"))
    nodes: list[Node] = field(4, msg("flyteidl.core.Node"), repeated=True)
    outputs: list[Binding] = field(5, msg("flyteidl.core.Binding"), repeated=True)
    failure_node: Optional[Node] = field(6, msg("flyteidl.core.Node"))
    metadata_defaults: Optional[WorkflowMetadataDefaults] = field(
        7, msg("flyteidl.core.WorkflowMetadataDefaults")
    )
