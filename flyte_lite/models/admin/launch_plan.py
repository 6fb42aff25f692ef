"""Messages of ``flyteidl/admin/launch_plan.proto``."""

from __future__ import annotations

import enum
from typing import Optional

from flyte_lite.message import Message, message
from flyte_lite.models.admin.cluster_assignment import ClusterAssignment
from flyte_lite.models.admin.common import (
    Annotations,
    AuthRole,
    Envs,
    Labels,
    NamedEntityIdentifier,
    Notification,
    RawOutputDataConfig,
)
from flyte_lite.models.admin.schedule import Schedule
from flyte_lite.models.core.execution import QualityOfService
from flyte_lite.models.core.execution_envs import ExecutionEnvAssignment
from flyte_lite.models.core.identifier import Identifier
from flyte_lite.models.core.interface import ParameterMap, VariableMap
from flyte_lite.models.core.literals import LiteralMap
from flyte_lite.models.core.security import SecurityContext
from flyte_lite.models.rpc.any import Any
from flyte_lite.wire import BOOL, INT32, STRING, enum_of, field, msg, protobuf_enum
from flyte_lite.wkt import Timestamp

__all__ = [
    "ActiveLaunchPlanRequest",
    "Auth",
    "ConcurrencyLimitBehavior",
    "ConcurrencyPolicy",
    "LaunchPlan",
    "LaunchPlanClosure",
    "LaunchPlanCreateRequest",
    "LaunchPlanCreateResponse",
    "LaunchPlanList",
    "LaunchPlanMetadata",
    "LaunchPlanSpec",
    "LaunchPlanState",
    "LaunchPlanUpdateRequest",
    "LaunchPlanUpdateResponse",
]


@protobuf_enum("flyteidl.admin.ConcurrencyLimitBehavior")
class ConcurrencyLimitBehavior(enum.IntEnum):
    """``flyteidl.admin.ConcurrencyLimitBehavior``."""

    CONCURRENCY_LIMIT_BEHAVIOR_UNSPECIFIED = 0
    CONCURRENCY_LIMIT_BEHAVIOR_SKIP = 1


@protobuf_enum("flyteidl.admin.LaunchPlanState")
class LaunchPlanState(enum.IntEnum):
    """``flyteidl.admin.LaunchPlanState``."""

    INACTIVE = 0
    ACTIVE = 1


@message("flyteidl.admin.ActiveLaunchPlanRequest")
class ActiveLaunchPlanRequest(Message):
    """``flyteidl.admin.ActiveLaunchPlanRequest``."""

    id: Optional[NamedEntityIdentifier] = field(1, msg("flyteidl.admin.NamedEntityIdentifier"))


@message("flyteidl.admin.Auth")
class Auth(Message):
    """``flyteidl.admin.Auth``."""

    assumable_iam_role: str = field(1, STRING)
    kubernetes_service_account: str = field(2, STRING)


@message("flyteidl.admin.ConcurrencyPolicy")
class ConcurrencyPolicy(Message):
    """``flyteidl.admin.ConcurrencyPolicy``."""

    max: int = field(1, INT32)
    behavior: ConcurrencyLimitBehavior = field(
        2, enum_of("flyteidl.admin.ConcurrencyLimitBehavior")
    )


@message("flyteidl.admin.LaunchPlan")
class LaunchPlan(Message):
    """``flyteidl.admin.LaunchPlan``."""

    id: Optional[Identifier] = field(1, msg("flyteidl.core.Identifier"))
    spec: Optional[LaunchPlanSpec] = field(2, msg("flyteidl.admin.LaunchPlanSpec"))
    closure: Optional[LaunchPlanClosure] = field(3, msg("flyteidl.admin.LaunchPlanClosure"))


@message("flyteidl.admin.LaunchPlanClosure")
class LaunchPlanClosure(Message):
    """``flyteidl.admin.LaunchPlanClosure``."""

    state: LaunchPlanState = field(1, enum_of("flyteidl.admin.LaunchPlanState"))
    expected_inputs: Optional[ParameterMap] = field(2, msg("flyteidl.core.ParameterMap"))
    expected_outputs: Optional[VariableMap] = field(3, msg("flyteidl.core.VariableMap"))
    created_at: Optional[Timestamp] = field(4, msg("google.protobuf.Timestamp"))
    updated_at: Optional[Timestamp] = field(5, msg("google.protobuf.Timestamp"))


@message("flyteidl.admin.LaunchPlanCreateRequest")
class LaunchPlanCreateRequest(Message):
    """``flyteidl.admin.LaunchPlanCreateRequest``."""

    id: Optional[Identifier] = field(1, msg("flyteidl.core.Identifier"))
    spec: Optional[LaunchPlanSpec] = field(2, msg("flyteidl.admin.LaunchPlanSpec"))


@message("flyteidl.admin.LaunchPlanCreateResponse")
class LaunchPlanCreateResponse(Message):
    """``flyteidl.admin.LaunchPlanCreateResponse``."""


@message("flyteidl.admin.LaunchPlanList")
class LaunchPlanList(Message):
    """``flyteidl.admin.LaunchPlanList``."""

    launch_plans: list[LaunchPlan] = field(1, msg("flyteidl.admin.LaunchPlan"), repeated=True)
    token: str = field(2, STRING)


@message("flyteidl.admin.LaunchPlanMetadata")
class LaunchPlanMetadata(Message):
    """``flyteidl.admin.LaunchPlanMetadata``."""

    schedule: Optional[Schedule] = field(1, msg("flyteidl.admin.Schedule"))
    notifications: list[Notification] = field(2, msg("flyteidl.admin.Notification"), repeated=True)
    launch_conditions: Optional[Any] = field(3, msg("google.protobuf.Any"))


@message("flyteidl.admin.LaunchPlanSpec")
class LaunchPlanSpec(Message):
    """``flyteidl.admin.LaunchPlanSpec`` (flyteidl deprecates ``role``, ``auth``, ``auth_role``)."""

    workflow_id: Optional[Identifier] = field(1, msg("flyteidl.core.Identifier"))
    entity_metadata: Optional[LaunchPlanMetadata] = field(
        2, msg("flyteidl.admin.LaunchPlanMetadata")
    )
    default_inputs: Optional[ParameterMap] = field(3, msg("flyteidl.core.ParameterMap"))
    fixed_inputs: Optional[LiteralMap] = field(4, msg("flyteidl.core.LiteralMap"))
    role: str = field(5, STRING)
    labels: Optional[Labels] = field(6, msg("flyteidl.admin.Labels"))
    annotations: Optional[Annotations] = field(7, msg("flyteidl.admin.Annotations"))
    auth: Optional[Auth] = field(8, msg("flyteidl.admin.Auth"))
    auth_role: Optional[AuthRole] = field(9, msg("flyteidl.admin.AuthRole"))
    security_context: Optional[SecurityContext] = field(10, msg("flyteidl.core.SecurityContext"))
    quality_of_service: Optional[QualityOfService] = field(
        16, msg("flyteidl.core.QualityOfService")
    )
    raw_output_data_config: Optional[RawOutputDataConfig] = field(
        17, msg("flyteidl.admin.RawOutputDataConfig")
    )
    max_parallelism: int = field(18, INT32)
    interruptible: Optional[bool] = field(19, msg("google.protobuf.BoolValue"))
    overwrite_cache: bool = field(20, BOOL)
    envs: Optional[Envs] = field(21, msg("flyteidl.admin.Envs"))
    execution_env_assignments: list[ExecutionEnvAssignment] = field(
        22, msg("flyteidl.core.ExecutionEnvAssignment"), repeated=True
    )
    cluster_assignment: Optional[ClusterAssignment] = field(
        23, msg("flyteidl.admin.ClusterAssignment")
    )
    concurrency_policy: Optional[ConcurrencyPolicy] = field(
        24, msg("flyteidl.admin.ConcurrencyPolicy")
    )


@message("flyteidl.admin.LaunchPlanUpdateRequest")
class LaunchPlanUpdateRequest(Message):
    """``flyteidl.admin.LaunchPlanUpdateRequest``."""

    id: Optional[Identifier] = field(1, msg("flyteidl.core.Identifier"))
    state: LaunchPlanState = field(2, enum_of("flyteidl.admin.LaunchPlanState"))


@message("flyteidl.admin.LaunchPlanUpdateResponse")
class LaunchPlanUpdateResponse(Message):
    """``flyteidl.admin.LaunchPlanUpdateResponse``."""
