"""``flyte-lite diff``: compare tasks, workflows and launch plans field by field; exit 0
the same, 1 different."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Optional

from flyte_lite.cli.common import (
    EXIT_DIFFERENT,
    EXIT_OK,
    CLIError,
    Output,
    add_reader_options,
    dumps,
    use_color,
)
from flyte_lite.cli.entities import read_entities

if TYPE_CHECKING:
    from flyte_lite.cli.entities import Entity
    from flyte_lite.message import Message
    from flyte_lite.remote import FlyteTask
    from flyte_lite.views.changes import Change

SUMMARY = "compare tasks, workflows and launch plans field by field"
EPILOG = """\
One line per difference: PATH: OLD -> NEW, with paths such as
  template.container.resources.limits[cpu]
  template.container.env[MODE]
  template.interface.inputs.variables[x].type
(unset) marks a field, entry or item one side does not have. Lists of entries with a
name or key are matched by it; types of inputs and outputs are compared by their
readable names first. Tasks compare as admin TaskSpecs, workflows as admin
WorkflowSpecs (an admin Workflow by its compiled templates), launch plans as admin
LaunchPlans. With packages or folders, entities are matched by kind and name (a name
given twice: by its count) and each line starts with the name: a task's alone, a
workflow's or launch plan's after its kind (`workflow NAME: ...`).

--ignore PATH leaves out the changes at PATH and below it. PATH may start anywhere
in the path (id.version matches template.id.version) and * matches any text:
  --ignore 'id.*'                     the identifier (project, domain, name, version)
  --ignore template.container.args
  --ignore 'template.container.env[*]'
--template-only compares the templates only: not the descriptions of tasks and
workflows, nor the closure (state, timestamps) of launch plans. A task from
`pyflyte package` and the same task from FlyteAdmin (`flytectl get task -o json`)
differ by construction in the id's project, domain and version, and in the
description: `--template-only --ignore 'id.*'` compares the rest.

exit status: 0 the same, 1 different, 2 trouble (like diff).

examples:
  flyte-lite diff old.pb new.pb
  flyte-lite diff --template-only --ignore 'id.*' task.pb task-from-admin.json
  flyte-lite diff old/package.tgz new/package.tgz --ignore id.version
  flyte-lite diff old.tgz new.tgz --format json | jq '.[].path'"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("old", metavar="A", help="the old side (file, package, folder or -)")
    parser.add_argument("new", metavar="B", help="the new side (file, package, folder or -)")
    parser.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="PATH",
        help="leave out changes at PATH and below (* globs; repeatable)",
    )
    parser.add_argument(
        "--template-only",
        action="store_true",
        help="compare the templates only, not descriptions nor launch plan closures",
    )
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="text lines (default) or json"
    )
    add_reader_options(parser)


def run(args: argparse.Namespace) -> int:
    if args.old == "-" and args.new == "-":
        raise CLIError("", "only one side can be standard input (-)")
    ignore = Ignore(args.ignore)
    seen: dict[bytes, FlyteTask] = {}  # an entry with the same bytes on both sides: read once
    old = list(read_entities(args, [args.old], seen))
    new = list(read_entities(args, [args.new], seen))
    rows: list[tuple[Optional[_Key], Optional[Change], Optional[str]]] = []
    if len(old) == 1 and len(new) == 1 and old[0].loaded.single and new[0].loaded.single:
        rows = [(None, c, None) for c in _changes(args, old[0], new[0], ignore)]
    else:
        new_by_name = _by_name(new)
        old_by_name = _by_name(old)
        for key, entity in old_by_name.items():
            other = new_by_name.get(key)
            if other is None:
                rows.append((key, None, args.old))
                continue
            rows.extend((key, c, None) for c in _changes(args, entity, other, ignore))
        rows.extend((key, None, args.new) for key in new_by_name if key not in old_by_name)
    if args.format == "json":
        records = [_record(key, change, only_in) for key, change, only_in in rows]
        sys.stdout.write(dumps(records, 2) + "\n")
    else:
        output = Output(sys.stdout, use_color(sys.stdout, args.color))
        for row_key, change, only_in in rows:
            prefix: list[tuple[str, Optional[str]]] = []
            if row_key is not None:
                prefix.append((f"{_key_text(row_key)}: ", None))
            if change is None:
                output.line(*prefix, (f"only in {only_in}", "note"))
            else:
                output.line(
                    *prefix,
                    (f"{change.path}: ", None),
                    (change.old, "old"),
                    (" -> ", None),
                    (change.new, "new"),
                )
    return EXIT_DIFFERENT if rows else EXIT_OK


#: An entity's key in a package: its kind and its name (``name#2`` for a second one).
_Key = tuple[str, str]


def _key_text(key: _Key) -> str:
    kind, name = key
    return name if kind == "task" else f"{kind} {name}"


def _record(key: Optional[_Key], change: Optional[Change], only_in: Optional[str]) -> Any:
    from flyte_lite.cli.describe import KIND_WORDS

    record: dict[str, Any] = {"task": key[1] if key is not None and key[0] == "task" else None}
    if key is not None:
        record.update(kind=KIND_WORDS[key[0]], name=key[1])
    if change is None:
        return {**record, "only_in": only_in}
    return {**record, "path": change.path, "old": change.old, "new": change.new}


def _by_name(entities: Sequence[Entity]) -> dict[_Key, Entity]:
    """Entities by kind and name; a name seen again is kept as ``name#2``, ``name#3``...,
    in one pass."""
    named: dict[_Key, Entity] = {}
    seen: dict[_Key, int] = {}
    for entity in entities:
        first = (entity.kind, entity.name)
        count = seen[first] = seen.get(first, 0) + 1
        key = first if count == 1 else (entity.kind, f"{entity.name}#{count}")
        while key in named:  # a real entity named like a copy ("t#2"): count on
            count = seen[first] = count + 1
            key = (entity.kind, f"{entity.name}#{count}")
        named[key] = entity
    return named


def _compared(entity: Entity, template_only: bool) -> Message:
    """The message compared: the canonical one, or its templates only."""
    from flyte_lite.models.admin.launch_plan import LaunchPlan
    from flyte_lite.models.admin.task import TaskSpec
    from flyte_lite.models.admin.workflow import WorkflowSpec

    message = entity.message
    if not template_only:
        return message
    if isinstance(message, TaskSpec):
        return TaskSpec(template=message.template)
    if isinstance(message, WorkflowSpec):
        return WorkflowSpec(template=message.template, sub_workflows=message.sub_workflows)
    assert isinstance(message, LaunchPlan)
    return LaunchPlan(id=message.id, spec=message.spec)


def _changes(args: argparse.Namespace, old: Entity, new: Entity, ignore: Ignore) -> list[Change]:
    from flyte_lite.models.core.types import LiteralType
    from flyte_lite.views.changes import Change, field_changes
    from flyte_lite.views.pretty import type_summary

    def summarize(message: Any) -> Optional[str]:
        return type_summary(message) if isinstance(message, LiteralType) else None

    if old.kind != new.kind:
        return [Change("(kind)", old.kind, new.kind)]
    a, b = _compared(old, args.template_only), _compared(new, args.template_only)
    try:
        changes = field_changes(a, b, summarize=summarize)
    except (CLIError, OSError):
        raise
    except Exception as exc:
        where = f"{old.loaded.origin} vs {new.loaded.origin}"
        raise CLIError(where, f"{type(exc).__name__}: {exc}") from exc
    return [c for c in changes if not ignore(c.path)]


class Ignore:
    """``--ignore`` patterns: does one match a change's path, from any part of it on?

    A path is split into parts (``template``, ``container``, ``env``, ``[MODE]``); a
    pattern matches when it equals, with ``*`` as any text, a run of parts starting at
    any part and ending at any part (so a pattern covers what is below it).
    """

    _PART = re.compile(r"\[(?:\"(?:[^\"\\]|\\.)*\"|[^\]]*)\]|[^.\[]+")

    def __init__(self, patterns: Sequence[str]) -> None:
        self.patterns = [
            re.compile(".*".join(re.escape(piece) for piece in p.split("*")) + r"\Z")
            for p in patterns
        ]

    def __call__(self, path: str) -> bool:
        if not self.patterns:
            return False
        spans = [(m.start(), m.end()) for m in self._PART.finditer(path)]
        for i, (start, _) in enumerate(spans):
            for _, end in spans[i:]:
                if any(pattern.match(path[start:end]) for pattern in self.patterns):
                    return True
        return False

