"""Messages of ``flyteidl/core/condition.proto``."""

from __future__ import annotations

import enum
from typing import Optional

from flyte_lite.message import Message, message
from flyte_lite.models.core.literals import Primitive, Scalar
from flyte_lite.wire import STRING, enum_of, field, msg, protobuf_enum

__all__ = ["BooleanExpression", "ComparisonExpression", "ConjunctionExpression", "Operand"]


@message("flyteidl.core.BooleanExpression")
class BooleanExpression(Message):
    """``flyteidl.core.BooleanExpression``."""

    conjunction: Optional[ConjunctionExpression] = field(
        1, msg("flyteidl.core.ConjunctionExpression"), oneof="expr"
    )
    comparison: Optional[ComparisonExpression] = field(
        2, msg("flyteidl.core.ComparisonExpression"), oneof="expr"
    )


@message("flyteidl.core.ComparisonExpression")
class ComparisonExpression(Message):
    """``flyteidl.core.ComparisonExpression``."""

    @protobuf_enum("flyteidl.core.ComparisonExpression.Operator")
    class Operator(enum.IntEnum):
        """``flyteidl.core.ComparisonExpression.Operator``."""

        EQ = 0
        NEQ = 1
        GT = 2
        GTE = 3
        LT = 4
        LTE = 5

    operator: ComparisonExpression.Operator = field(
        1, enum_of("flyteidl.core.ComparisonExpression.Operator")
    )
    left_value: Optional[Operand] = field(2, msg("flyteidl.core.Operand"))
    right_value: Optional[Operand] = field(3, msg("flyteidl.core.Operand"))


@message("flyteidl.core.ConjunctionExpression")
class ConjunctionExpression(Message):
    """``flyteidl.core.ConjunctionExpression``."""

    @protobuf_enum("flyteidl.core.ConjunctionExpression.LogicalOperator")
    class LogicalOperator(enum.IntEnum):
        """``flyteidl.core.ConjunctionExpression.LogicalOperator``."""

        AND = 0
        OR = 1

    operator: ConjunctionExpression.LogicalOperator = field(
        1, enum_of("flyteidl.core.ConjunctionExpression.LogicalOperator")
    )
    left_expression: Optional[BooleanExpression] = field(2, msg("flyteidl.core.BooleanExpression"))
    right_expression: Optional[BooleanExpression] = field(3, msg("flyteidl.core.BooleanExpression"))


@message("flyteidl.core.Operand")
class Operand(Message):
    """``flyteidl.core.Operand``."""

    primitive: Optional[Primitive] = field(1, msg("flyteidl.core.Primitive"), oneof="val")
    var: Optional[str] = field(2, STRING, oneof="val")
    scalar: Optional[Scalar] = field(3, msg("flyteidl.core.Scalar"), oneof="val")
