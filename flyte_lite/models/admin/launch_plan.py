"""Messages of ``flyteidl/admin/launch_plan.proto``."""

from __future__ import annotations

import enum
from typing import Optional

import attrs

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
from flyte_lite.wire import (
    BOOL,
    INT32,
    STRING,
    Message,
    enum_of,
    field,
    msg,
    protobuf_enum,
    protobuf_message,
)
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


@protobuf_message("flyteidl.admin.ActiveLaunchPlanRequest")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class ActiveLaunchPlanRequest(Message):
    """``flyteidl.admin.ActiveLaunchPlanRequest``."""

    id: Optional[NamedEntityIdentifier] = field(1, msg("flyteidl.admin.NamedEntityIdentifier"))


@protobuf_message("flyteidl.admin.Auth")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class Auth(Message):
    """``flyteidl.admin.Auth``."""

    assumable_iam_role: str = field(1, STRING)
    kubernetes_service_account: str = field(2, STRING)


@protobuf_message("flyteidl.admin.ConcurrencyPolicy")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class ConcurrencyPolicy(Message):
    """``flyteidl.admin.ConcurrencyPolicy``."""

    max: int = field(1, INT32)
    behavior: ConcurrencyLimitBehavior = field(
        2, enum_of("flyteidl.admin.ConcurrencyLimitBehavior")
    )


@protobuf_message("flyteidl.admin.LaunchPlan")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class LaunchPlan(Message):
    """``flyteidl.admin.LaunchPlan``."""

    id: Optional[Identifier] = field(1, msg("flyteidl.core.Identifier"))
    spec: Optional[LaunchPlanSpec] = field(2, msg("flyteidl.admin.LaunchPlanSpec"))
    closure: Optional[LaunchPlanClosure] = field(3, msg("flyteidl.admin.LaunchPlanClosure"))


@protobuf_message("flyteidl.admin.LaunchPlanClosure")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class LaunchPlanClosure(Message):
    """``flyteidl.admin.LaunchPlanClosure``."""

    state: LaunchPlanState = field(1, enum_of("flyteidl.admin.LaunchPlanState"))
    expected_inputs: Optional[ParameterMap] = field(2, msg("flyteidl.core.ParameterMap"))
    expected_outputs: Optional[VariableMap] = field(3, msg("flyteidl.core.VariableMap"))
    created_at: Optional[Timestamp] = field(4, msg("google.protobuf.Timestamp"))
    updated_at: Optional[Timestamp] = field(5, msg("google.protobuf.Timestamp"))


@protobuf_message("flyteidl.admin.LaunchPlanCreateRequest")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class LaunchPlanCreateRequest(Message):
    """``flyteidl.admin.LaunchPlanCreateRequest``."""

    id: Optional[Identifier] = field(1, msg("flyteidl.core.Identifier"))
    spec: Optional[LaunchPlanSpec] = field(2, msg("flyteidl.admin.LaunchPlanSpec"))


@protobuf_message("flyteidl.admin.LaunchPlanCreateResponse")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class LaunchPlanCreateResponse(Message):
    """``flyteidl.admin.LaunchPlanCreateResponse``."""


@protobuf_message("flyteidl.admin.LaunchPlanList")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class LaunchPlanList(Message):
    """``flyteidl.admin.LaunchPlanList``."""

    launch_plans: list[LaunchPlan] = field(1, msg("flyteidl.admin.LaunchPlan"), repeated=True)
    token: str = field(2, STRING)


@protobuf_message("flyteidl.admin.LaunchPlanMetadata")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class LaunchPlanMetadata(Message):
    """``flyteidl.admin.LaunchPlanMetadata``."""

    schedule: Optional[Schedule] = field(1, msg("flyteidl.admin.Schedule"))
    notifications: list[Notification] = field(2, msg("flyteidl.admin.Notification"), repeated=True)
    launch_conditions: Optional[Any] = field(3, msg("google.protobuf.Any"))


@protobuf_message("flyteidl.admin.LaunchPlanSpec")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
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


@protobuf_message("flyteidl.admin.LaunchPlanUpdateRequest")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class LaunchPlanUpdateRequest(Message):
    """``flyteidl.admin.LaunchPlanUpdateRequest``."""

    id: Optional[Identifier] = field(1, msg("flyteidl.core.Identifier"))
    state: LaunchPlanState = field(2, enum_of("flyteidl.admin.LaunchPlanState"))


@protobuf_message("flyteidl.admin.LaunchPlanUpdateResponse")
@attrs.frozen(kw_only=True, slots=False, eq=False, repr=False)
class LaunchPlanUpdateResponse(Message):
    """``flyteidl.admin.LaunchPlanUpdateResponse``."""
