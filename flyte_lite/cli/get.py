"""``flyte-lite get task``: tasks from FlyteAdmin, printed as ``show`` prints them.

As flytectl's ``get``: with NAME and ``--version`` (or ``--latest``) one task; with NAME
alone every version of it; with no NAME every task in the project and domain (newest
first, up to ``--limit``).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from flyte_lite.cli.admin import (
    CONNECTION_HELP,
    add_connection_options,
    connect,
    one_line_errors,
)

__all__ = ["add_parser"]

_EPILOG = f"""\
output (-o):
  tree     flytekit's verbose_string() (the default for one task)
  summary  name, type, image, resources, retries, timeout, cache, inputs and outputs
  json     the admin TaskSpec as JSON; several tasks as a JSON array
  yaml     the YAML-like tree of `show --format yaml-like`
  (several tasks without -o: one line each, version first)

{CONNECTION_HELP}

examples:
  flyte-lite get task -p flytesnacks -d development
  flyte-lite get task -p flytesnacks -d development my.module.t1 --latest
  flyte-lite get task -p flytesnacks -d development my.module.t1 --version v2 -o json"""


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add ``get`` and its entities (``task``) to the subcommands."""
    get = commands.add_parser(
        "get", help="fetch entities from FlyteAdmin", description="fetch entities from FlyteAdmin",
        epilog="Run `flyte-lite get task --help` for the options.",
    )
    entities = get.add_subparsers(dest="entity", metavar="ENTITY", required=True)
    task = entities.add_parser(
        "task", help="tasks", description="fetch tasks from FlyteAdmin", epilog=_EPILOG,
        parents=[common], formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    task.add_argument("name", nargs="?", default=None, metavar="NAME", help="the task's name")
    add_connection_options(task)
    which = task.add_mutually_exclusive_group()
    which.add_argument("--version", default=None, help="this version of NAME")
    which.add_argument("--latest", action="store_true", help="the latest version of NAME")
    task.add_argument("-o", "--output", choices=("tree", "summary", "json", "yaml"),
                      default=None, help="how to print (see below)")
    task.add_argument("--limit", type=int, default=100, help="at most this many (default 100)")
    task.add_argument("--filter", action="append", default=None, metavar="FILTER",
                      help="FlyteAdmin's filters, e.g. 'eq(version,v1)' (repeatable)")
    task.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from flyte_lite.cli.sources import CLIError

    if (args.version or args.latest) and not args.name:
        raise CLIError("", "--version and --latest need a NAME")
    with one_line_errors(), connect(args) as remote:
        if args.name and (args.version or args.latest):
            task = remote.fetch_task(name=args.name, version=args.version)
            _write([task], args.output or "tree", single=True)
            return 0
        tasks = list(remote.list_tasks(name=args.name, filters=args.filter,
                                       sort_by="created_at", limit=args.limit))
    _write(tasks, args.output or "lines", single=False)
    return 0


def _write(tasks: list[Any], output: str, *, single: bool) -> None:
    from flyte_lite.cli.describe import ls_line, summary_lines
    from flyte_lite.remote.pretty import tree_lines

    out = sys.stdout
    if output == "json":
        texts = [task.to_json(indent=2) for task in tasks]
        out.write(texts[0] + "\n" if single else "[" + ",\n".join(texts) + "]\n")
        return
    for count, task in enumerate(tasks):
        if output == "lines":
            out.write(f"{task.id.version} {ls_line(task)}\n")
            continue
        if count and output in ("tree", "summary"):
            out.write("\n")
        if output == "tree":
            out.write(task.verbose_string() + "\n")
        elif output == "summary":
            out.write("\n".join(summary_lines(task)) + "\n")
        else:
            lines = [f"--- # {task.id.name}@{task.id.version}",
                     *tree_lines(task.to_flyte_idl(), 0, verbose=True)]
            out.write("\n".join(lines) + "\n")
