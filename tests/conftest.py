"""Shared test helpers: fixture paths, the reference implementation (flyteidl on upb) and
its JSON of the fixtures (made once a run)."""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

# Hypothesis profiles: "default" is quick (a quarter of the examples of earlier
# sessions), "ci" runs twenty times the default's, as many as before. Pick one with
# HYPOTHESIS_PROFILE=ci (CI=true picks "ci" too). Every random test takes its example
# count from the profile (tests.strategies.examples scales each test's share), and the
# tests whose input grows to show a bound take their sizes from it (tests.strategies.input_size:
# full under ci, a quicker size that still shows the bound otherwise).
settings.register_profile("default", max_examples=25, deadline=None,
                          suppress_health_check=list(HealthCheck))
settings.register_profile("ci", settings.get_profile("default"), max_examples=500,
                          print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE")
                      or ("ci" if os.environ.get("CI", "").lower() == "true" else "default"))

FIXTURES = Path(__file__).parent / "fixtures"
TASK_FIXTURES = sorted((FIXTURES / "tasks").glob("*.pb"))


def _reference_version() -> tuple[int, int]:
    from google.protobuf import __version__

    major, minor = __version__.split(".")[:2]
    return int(major), int(minor)


#: flyte_lite follows protobuf 7.34+ (the test extra's floor from Python 3.10). On
#: Python 3.9 pip installs protobuf 6.x, whose upb and json_format differ in two
#: corner cases; the tests that meet them check that the older behaviour is still
#: the documented one instead of comparing.
OLD_REFERENCE = _reference_version() < (7, 34)


def reference_class(full_name: str) -> Any:
    """The flyteidl (protobuf) class for a full message name."""
    import flyteidl.admin.launch_plan_pb2
    import flyteidl.admin.project_pb2
    import flyteidl.admin.task_pb2
    import flyteidl.admin.workflow_pb2
    import flyteidl.core.compiler_pb2
    import flyteidl.core.execution_pb2
    import flyteidl.core.workflow_pb2  # noqa: F401
    import google.rpc.status_pb2  # noqa: F401
    from google.protobuf import message_factory, symbol_database

    pool = symbol_database.Default().pool
    return message_factory.GetMessageClass(pool.FindMessageTypeByName(full_name))


@functools.cache
def reference_dict(full_name: str, data: bytes, **options: bool) -> dict[str, Any]:
    """json_format's ``MessageToDict`` of the ``full_name`` message that ``data`` encodes,
    made once a run for the test modules that compare with it: never change it."""
    from google.protobuf import json_format

    message = reference_class(full_name).FromString(data)
    return json_format.MessageToDict(message, **options)  # type: ignore[no-any-return]


@functools.cache
def reference_json(full_name: str, data: bytes, **options: bool) -> str:
    """json_format's ``MessageToJson`` of the ``full_name`` message that ``data`` encodes,
    made once a run."""
    from google.protobuf import json_format

    return json_format.MessageToJson(reference_class(full_name).FromString(data), **options)


@pytest.fixture(scope="session", autouse=True)
def _reference_is_upb() -> None:
    from google.protobuf.internal import api_implementation

    assert api_implementation.Type() == "upb", "the oracle must be protobuf's upb backend"
