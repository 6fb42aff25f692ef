"""``flyte-lite diff``: compare tasks field by field; exit 0 the same, 1 different."""

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
    read_tasks,
    use_color,
)

if TYPE_CHECKING:
    from flyte_lite.cli.changes import Change
    from flyte_lite.remote import FlyteTask

SUMMARY = "compare two tasks field by field"
EPILOG = """\
One line per difference: PATH: OLD -> NEW, with paths such as
  template.container.resources.limits[cpu]
  template.container.env[MODE]
  template.interface.inputs.variables[x].type
(unset) marks a field, entry or item one side does not have. Lists of entries with a
name or key are matched by it; types of inputs and outputs are compared by their
readable names first. With packages or folders, tasks are matched by name (a name
given twice: by its count) and each line starts with the task's name.

--ignore PATH leaves out the changes at PATH and below it. PATH may start anywhere
in the path (id.version matches template.id.version) and * matches any text:
  --ignore 'id.*'                     the identifier (project, domain, name, version)
  --ignore template.container.args
  --ignore 'template.container.env[*]'
--template-only compares the task templates only, not the descriptions. A task from
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
    parser.add_argument("old", metavar="A", help="the old task (file, package, folder or -)")
    parser.add_argument("new", metavar="B", help="the new task (file, package, folder or -)")
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
        help="compare the task templates only, not the descriptions",
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
    old = list(read_tasks(args, [args.old], seen))
    new = list(read_tasks(args, [args.new], seen))
    rows: list[tuple[Optional[str], Optional[Change], Optional[str]]] = []
    if len(old) == 1 and len(new) == 1 and old[0][0].single and new[0][0].single:
        rows = [(None, c, None) for c in _changes(args, old[0], new[0], ignore)]
    else:
        new_by_name = _by_name(new)
        old_by_name = _by_name(old)
        for name, pair in old_by_name.items():
            other = new_by_name.get(name)
            if other is None:
                rows.append((name, None, args.old))
                continue
            rows.extend((name, c, None) for c in _changes(args, pair, other, ignore))
        rows.extend((name, None, args.new) for name in new_by_name if name not in old_by_name)
    if args.format == "json":
        records = [_record(name, change, only_in) for name, change, only_in in rows]
        sys.stdout.write(dumps(records, 2) + "\n")
    else:
        output = Output(sys.stdout, use_color(sys.stdout, args.color))
        for task_name, change, only_in in rows:
            prefix: list[tuple[str, Optional[str]]] = []
            if task_name is not None:
                prefix.append((f"{task_name}: ", None))
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


def _record(name: Optional[str], change: Optional[Change], only_in: Optional[str]) -> Any:
    if change is None:
        return {"task": name, "only_in": only_in}
    return {"task": name, "path": change.path, "old": change.old, "new": change.new}


def _by_name(tasks: Sequence[tuple[Any, FlyteTask]]) -> dict[str, tuple[Any, FlyteTask]]:
    """Tasks by name; a name seen again is kept as ``name#2``, ``name#3``..., in one pass."""
    named: dict[str, tuple[Any, FlyteTask]] = {}
    seen: dict[str, int] = {}
    for pair in tasks:
        name = pair[1].name
        count = seen[name] = seen.get(name, 0) + 1
        key = name if count == 1 else f"{name}#{count}"
        while key in named:  # a real task named like a copy ("t#2"): count on
            count = seen[name] = count + 1
            key = f"{name}#{count}"
        named[key] = pair
    return named


def _changes(
    args: argparse.Namespace,
    old: tuple[Any, FlyteTask],
    new: tuple[Any, FlyteTask],
    ignore: Ignore,
) -> list[Change]:
    from flyte_lite.cli.changes import field_changes
    from flyte_lite.models.admin.task import TaskSpec
    from flyte_lite.models.core.types import LiteralType
    from flyte_lite.remote.pretty import type_summary

    def summarize(message: Any) -> Optional[str]:
        return type_summary(message) if isinstance(message, LiteralType) else None

    a, b = old[1].to_flyte_idl(), new[1].to_flyte_idl()
    if args.template_only:
        a, b = TaskSpec(template=a.template), TaskSpec(template=b.template)
    try:
        changes = field_changes(a, b, summarize=summarize)
    except (CLIError, OSError):
        raise
    except Exception as exc:
        where = f"{old[0].origin} vs {new[0].origin}"
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

