"""Real task specs written by flytekit (tests/fixtures) against flyteidl on upb."""

from __future__ import annotations

from pathlib import Path

import pytest

from flyte_lite.models.admin.task import TaskSpec
from tests.conftest import TASK_FIXTURES, reference_class

RefTaskSpec = reference_class("flyteidl.admin.TaskSpec")


@pytest.fixture(params=TASK_FIXTURES, ids=lambda p: p.stem)
def fixture_bytes(request: pytest.FixtureRequest) -> bytes:
    path: Path = request.param
    return path.read_bytes()


def test_there_are_fixtures() -> None:
    assert len(TASK_FIXTURES) >= 10


def test_round_trip_is_byte_exact(fixture_bytes: bytes) -> None:
    assert TaskSpec.from_bytes(fixture_bytes).to_bytes() == fixture_bytes


def test_deterministic_matches_reference(fixture_bytes: bytes) -> None:
    ours = TaskSpec.from_bytes(fixture_bytes).to_bytes(deterministic=True)
    theirs = RefTaskSpec.FromString(fixture_bytes).SerializeToString(deterministic=True)
    assert ours == theirs


def test_content_matches_reference(fixture_bytes: bytes) -> None:
    """What we decode is what upb decodes: our re-encoding parses to an equal message."""
    ours = TaskSpec.from_bytes(fixture_bytes)
    assert RefTaskSpec.FromString(ours.to_bytes()) == RefTaskSpec.FromString(fixture_bytes)
    assert TaskSpec.from_bytes(RefTaskSpec.FromString(fixture_bytes).SerializeToString()) == ours


def test_flytekit_empty_messages_survive() -> None:
    """flytekit writes empty `retries`; the set-but-empty message must be kept."""
    data = (Path(__file__).parent / "fixtures" / "tasks" / "add_one.pb").read_bytes()
    spec = TaskSpec.from_bytes(data)
    assert spec.template is not None and spec.template.metadata is not None
    assert spec.template.metadata.retries is not None
    assert spec.template.metadata.retries.retries == 0
    assert b"\x2a\x00" in spec.template.metadata.to_bytes()
