"""Messages of ``flyteidl/core/interface.proto``."""

from __future__ import annotations

from typing import Optional

from flyte_lite.message import Message, message
from flyte_lite.models.core.artifact_id import ArtifactID, ArtifactQuery, ArtifactTag
from flyte_lite.models.core.literals import Literal
from flyte_lite.models.core.types import LiteralType
from flyte_lite.wire import BOOL, STRING, field, map_of, msg

__all__ = ["Parameter", "ParameterMap", "TypedInterface", "Variable", "VariableMap"]


@message("flyteidl.core.TypedInterface")
class TypedInterface(Message):
    """``flyteidl.core.TypedInterface``."""

    inputs: Optional[VariableMap] = field(1, msg("flyteidl.core.VariableMap"))
    outputs: Optional[VariableMap] = field(2, msg("flyteidl.core.VariableMap"))


@message("flyteidl.core.Variable")
class Variable(Message):
    """``flyteidl.core.Variable``."""

    type: Optional[LiteralType] = field(1, msg("flyteidl.core.LiteralType"))
    description: str = field(2, STRING)
    artifact_partial_id: Optional[ArtifactID] = field(3, msg("flyteidl.core.ArtifactID"))
    artifact_tag: Optional[ArtifactTag] = field(4, msg("flyteidl.core.ArtifactTag"))


@message("flyteidl.core.VariableMap")
class VariableMap(Message):
    """``flyteidl.core.VariableMap``."""

    variables: dict[str, Variable] = field(1, map_of(STRING, msg("flyteidl.core.Variable")))


@message("flyteidl.core.Parameter")
class Parameter(Message):
    """``flyteidl.core.Parameter``."""

    var: Optional[Variable] = field(1, msg("flyteidl.core.Variable"))
    default: Optional[Literal] = field(2, msg("flyteidl.core.Literal"), oneof="behavior")
    required: Optional[bool] = field(3, BOOL, oneof="behavior")
    artifact_query: Optional[ArtifactQuery] = field(
        4, msg("flyteidl.core.ArtifactQuery"), oneof="behavior"
    )
    artifact_id: Optional[ArtifactID] = field(5, msg("flyteidl.core.ArtifactID"), oneof="behavior")


@message("flyteidl.core.ParameterMap")
class ParameterMap(Message):
    """``flyteidl.core.ParameterMap``."""

    parameters: dict[str, Parameter] = field(1, map_of(STRING, msg("flyteidl.core.Parameter")))
