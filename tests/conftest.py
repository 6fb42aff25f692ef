"""Shared test helpers: fixture paths and the reference implementation (flyteidl on upb)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
TASK_FIXTURES = sorted((FIXTURES / "tasks").glob("*.pb"))


def reference_class(full_name: str) -> Any:
    """The flyteidl (protobuf) class for a full message name."""
    import flyteidl.admin.task_pb2
    import flyteidl.core.workflow_pb2  # noqa: F401
    from google.protobuf import message_factory, symbol_database

    pool = symbol_database.Default().pool
    return message_factory.GetMessageClass(pool.FindMessageTypeByName(full_name))


@pytest.fixture(scope="session", autouse=True)
def _reference_is_upb() -> None:
    from google.protobuf.internal import api_implementation

    assert api_implementation.Type() == "upb", "the oracle must be protobuf's upb backend"
