"""views.changes: a field-level diff of two messages, and the text of the values it shows."""

from __future__ import annotations

import pytest

from flyte_lite.models.core.tasks import TaskMetadata
from flyte_lite.views.changes import field_changes, value_text
from flyte_lite.wkt import Duration, Timestamp


@pytest.mark.parametrize(
    ("value", "text"),
    [
        # protobuf's JSON text, as JSON and `show` write it (one rule, in protojson/wkt.py)
        (Duration(seconds=1, nanos=500_000_000), "1.500s"),
        (Duration(seconds=-3, nanos=-7000), "-3.000007s"),
        (Timestamp(seconds=1704164645, nanos=500_000_000), "2024-01-02T03:04:05.500Z"),
        # out of protobuf's range: the fields, nothing hidden
        (Duration(seconds=1, nanos=-1), "{seconds: 1, nanos: -1}"),
        (Timestamp(seconds=1 << 40), "{seconds: 1099511627776}"),
    ],
)
def test_duration_and_timestamp_text(value: object, text: str) -> None:
    assert value_text(value) == text


def test_a_changed_timeout_shows_both_texts() -> None:
    old = TaskMetadata(timeout=Duration(seconds=90))
    new = TaskMetadata(timeout=Duration(seconds=90, nanos=250_000_000))
    assert [str(c) for c in field_changes(old, new)] == ["timeout: 90s -> 90.250s"]
