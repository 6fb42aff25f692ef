"""short_string / verbose_string / _repr_html_: flytekit's layout, readable values."""

from __future__ import annotations

import re
from typing import Any

import attrs
import pytest

from flyte_lite.models.admin.description_entity import DescriptionEntity
from flyte_lite.models.core.identifier import Identifier
from flyte_lite.models.core.literals import RetryStrategy
from flyte_lite.models.core.tasks import Container, TaskMetadata
from flyte_lite.models.core.types import (
    LiteralType,
    SimpleType,
)
from flyte_lite.remote import FlyteTask
from flyte_lite.views.pretty import serialized_string, tree_lines
from flyte_lite.wkt import Duration, Timestamp
from tests.remote.goldens import COMPILE, cases, remote_task

ADD_ONE_VERBOSE = """\
Flyte Serialized object (FlyteTask):
  template:
    id:
      resource_type: TASK
      project: flytesnacks
      domain: development
      name: workflows.typed.add_one
      version: v1
    type: python-task
    metadata:
      runtime:
        type: FLYTE_SDK
        version: 1.15.4
        flavor: python
      retries: {}
      generates_deck: false
    interface:
      inputs:
        variables:
          x:
            type:
              simple: INTEGER
            description: the number
      outputs:
        variables:
          o0:
            type:
              simple: INTEGER
            description: x + 1
    container:
      image: ghcr.io/example/default:0.1
      args:
        - pyflyte-execute
        - --inputs
        - "{{.input}}"
        - --output-prefix
        - "{{.outputPrefix}}"
        - --raw-output-data-prefix
        - "{{.rawOutputDataPrefix}}"
        - --checkpoint-path
        - "{{.checkpointOutputPrefix}}"
        - --prev-checkpoint
        - "{{.prevCheckpointPrefix}}"
        - --resolver
        - flytekit.core.python_auto_container.default_task_resolver
        - --
        - task-module
        - workflows.typed
        - task-name
        - add_one
      resources: {}
  description:
    short_description: Add one to x.
    long_description:
      format: DESCRIPTION_FORMAT_RST"""


def add_one() -> FlyteTask:
    return remote_task("tasks/add_one.pb")


def make(**template: Any) -> FlyteTask:
    args: dict[str, Any] = {
        "id": Identifier(name="t"),
        "type": "python-task",
        "metadata": None,
        "interface": None,
        "custom": None,
    }
    args.update(template)
    return FlyteTask(**args)


def body(task: FlyteTask, verbose: bool) -> list[str]:
    """The lines of the template's tree, from indent 0."""
    return tree_lines(task.template, 0, verbose=verbose)


def test_verbose_string_of_add_one() -> None:
    task = add_one()
    assert task.verbose_string() == ADD_ONE_VERBOSE
    assert str(task) == ADD_ONE_VERBOSE


def test_short_string_of_add_one_skips_empty_messages() -> None:
    task = add_one()
    expected = ADD_ONE_VERBOSE.replace("      retries: {}\n", "").replace(
        "      resources: {}\n", ""
    )
    assert task.short_string() == expected
    assert repr(task) == expected


def test_layout_is_flytekits_with_names_for_numbers() -> None:
    """Every scalar line of flytekit's short_string, enum numbers named, appears in ours, in order.

    flytekit prints lists and maps as Python reprs (the lines containing "[" or "{"); we nest them.
    """
    assert cases()["strings"]["entity_type_text"] == add_one().entity_type_text
    theirs = (COMPILE / "short_string.txt").read_text().splitlines()
    assert theirs == (COMPILE / "verbose_string.txt").read_text().splitlines()
    ours = add_one().short_string().splitlines()
    assert theirs[0] == ours[0] == "Flyte Serialized object (FlyteTask):"
    names = {
        "      resource_type: 1": "      resource_type: TASK",
        "        type: 1": "        type: FLYTE_SDK",
    }
    wanted = [names.get(line, line) for line in theirs if "[" not in line and "{" not in line]
    it = iter(ours)
    missing = [line for line in wanted if not any(line == mine for mine in it)]
    assert missing == []
    assert len(wanted) == 19


def test_repr_html_escapes() -> None:
    task = make(id=Identifier(name="<b>t</b>"), container=Container(image="a&b", args=["<x>"]))
    assert task._repr_html_() == (
        "<h4>FlyteTask <code>&lt;b&gt;t&lt;/b&gt;</code></h4><pre>template:\n"
        "  id:\n"
        "    name: &lt;b&gt;t&lt;/b&gt;\n"
        "  type: python-task\n"
        "  container:\n"
        "    image: a&amp;b\n"
        "    args:\n"
        "      - &lt;x&gt;</pre>"
    )


def test_short_string_abbreviates_long_values() -> None:
    long = "x" * 100
    task = make(
        container=Container(image=long, args=[f"a{i}" for i in range(25)]),
        config={f"k{i:02d}": "v" for i in range(21)},
    )
    short = body(task, verbose=False)
    assert "  image: " + "x" * 80 + " [...]" in short
    assert short[short.index("  args:") + 20 : short.index("  args:") + 22] == [
        "    - a19",
        "    - [...] 5 more",
    ]
    assert "  [...]: 1 more" in short and "  k19: v" in short and "  k20: v" not in short
    verbose = body(task, verbose=True)
    assert "  image: " + long in verbose
    assert "    - a24" in verbose and "  k20: v" in verbose
    assert not any("[...]" in line for line in verbose)


def test_short_string_cuts_only_when_that_is_shorter() -> None:
    just_over = "y" * 86  # 80 kept + " [...]" would be as long as the whole string
    cut = "z" * 87
    short = body(make(container=Container(image=just_over, args=[cut])), verbose=False)
    assert "  image: " + just_over in short
    assert "    - " + "z" * 80 + " [...]" in short


def test_durations_timestamps_and_unknown_fields() -> None:
    metadata = TaskMetadata(
        timeout=Duration(seconds=-1, nanos=-500_000_000),
        retries=RetryStrategy(retries=0, _unknown_fields=b"\x08\x01"),
    )
    task = make(metadata=metadata)
    assert body(task, verbose=True)[3:7] == [
        "metadata:",
        "  timeout: -1.500s",
        "  retries:",
        "    (unknown fields): 0801",
    ]
    assert body(task, verbose=False)[6] == "    (unknown fields): 2 bytes"
    heavy = FlyteTask.from_bytes((COMPILE.parent / "tasks" / "heavy.pb").read_bytes())
    assert "      timeout: 1800s" in heavy.short_string().splitlines()
    assert _tree(Timestamp(seconds=-1, nanos=1000)) == ["seconds: -1", "nanos: 1000"]
    docs = DescriptionEntity(id=Identifier(name="d"))
    assert tree_lines(docs, 0, verbose=True) == ["id:", "  name: d"]


def _tree(message: Any) -> list[str]:
    return tree_lines(message, 0, verbose=True)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Duration(), "0s"),
        (Duration(seconds=90, nanos=250_000_000), "90.250s"),
        (Duration(nanos=1_000), "0.000001s"),
        (Duration(nanos=1), "0.000000001s"),
        (Duration(seconds=-3, nanos=-7000), "-3.000007s"),
        (Timestamp(), "1970-01-01T00:00:00Z"),
        (Timestamp(seconds=1704164645, nanos=123456000), "2024-01-02T03:04:05.123456Z"),
        (Timestamp(seconds=-62135596800), "0001-01-01T00:00:00Z"),
    ],
)
def test_time_values(value: Any, text: str) -> None:
    task = make(metadata=TaskMetadata(timeout=value) if isinstance(value, Duration) else None)
    if isinstance(value, Duration):
        assert f"  timeout: {text}" in body(task, verbose=True)
    else:
        wrapped = attrs.evolve(_STAMP_HOLDER, created_at=value)
        assert _tree(wrapped) == [f"created_at: {text}"]


def test_invalid_time_values_show_their_fields() -> None:
    mixed_signs = make(metadata=TaskMetadata(timeout=Duration(seconds=1, nanos=-1)))
    assert body(mixed_signs, verbose=True)[4:7] == [
        "  timeout:",
        "    seconds: 1",
        "    nanos: -1",
    ]
    too_late = attrs.evolve(_STAMP_HOLDER, created_at=Timestamp(seconds=1 << 40))
    assert _tree(too_late) == ["created_at:", f"  seconds: {1 << 40}"]


_STAMP_HOLDER = __import__("flyte_lite.models.admin.task", fromlist=["TaskClosure"]).TaskClosure()


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plain words", "plain words"),
        ("--inputs", "--inputs"),
        ("ghcr.io/x:0.1", "ghcr.io/x:0.1"),
        ("1.15.4", "1.15.4"),
        ("", '""'),
        ("1", '"1"'),
        ("2.5e3", '"2.5e3"'),
        ("true", '"true"'),
        ("No", '"No"'),
        ("null", '"null"'),
        ("{{.input}}", '"{{.input}}"'),
        ("- item", '"- item"'),
        ("-", '"-"'),
        ("key: value", '"key: value"'),
        ("a #comment", '"a #comment"'),
        ("ends:", '"ends:"'),
        (" padded", '" padded"'),
        ("two\nlines", '"two\\nlines"'),
        ("tab\there", '"tab\\there"'),
        ("'quoted'", "\"'quoted'\""),
        ("h\u00e9llo \u2713", "h\u00e9llo \u2713"),
    ],
)
def test_strings_are_quoted_only_when_ambiguous(text: str, shown: str) -> None:
    assert body(make(custom={"v": text}), verbose=True)[4] == f"  v: {shown}"
    assert body(make(custom={text: 1.0}), verbose=True)[4] == f"  {shown}: 1.0"


def test_struct_data_nests() -> None:
    custom = {"none": None, "b": True, "f": 1.5, "l": [1.0, [], {}, {"k": "v"}, ["a"]], "e": {}}
    lines = body(make(custom=custom), verbose=True)
    assert lines[3:] == [
        "custom:",
        "  none: null",
        "  b: true",
        "  f: 1.5",
        "  l:",
        "    - 1.0",
        "    - []",
        "    - {}",
        "    - k: v",
        "    - - a",
        "  e: {}",
    ]


def test_empty_oneof_members_are_shown_even_when_short() -> None:
    sql = FlyteTask.from_bytes((COMPILE.parent / "tasks" / "sqlite_query.pb").read_bytes())
    short = sql.short_string().splitlines()
    i = short.index("          results:")
    assert short[i : i + 4] == [
        "          results:",
        "            type:",
        "              schema: {}",
        "            description: results",
    ]


def test_serialized_string_of_any_message() -> None:
    lt = LiteralType(simple=SimpleType.STRING)
    assert serialized_string(lt, "LiteralType", verbose=False) == (
        "Flyte Serialized object (LiteralType):\n  simple: STRING"
    )
    assert serialized_string(LiteralType(), "LiteralType", verbose=True) == (
        "Flyte Serialized object (LiteralType):"
    )


def test_unknown_enum_numbers_print_as_numbers() -> None:
    lt = LiteralType(simple=42)  # type: ignore[arg-type]
    assert serialized_string(lt, "LiteralType", verbose=True).endswith("  simple: 42")


def test_every_fixture_renders() -> None:
    for path in sorted((COMPILE.parent / "tasks").glob("*.pb")):
        task = FlyteTask.from_bytes(path.read_bytes())
        verbose, short = task.verbose_string(), task.short_string()
        assert verbose.startswith("Flyte Serialized object (FlyteTask):\n  template:\n    id:\n")
        assert len(short) <= len(verbose)
        assert not re.search(r"^( {2})* \S", verbose, re.M), "indentation is two spaces per level"
