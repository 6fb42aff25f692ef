"""``flyte-lite show``: print tasks readably, or as JSON."""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

from flyte_lite.cli.common import (
    EXIT_OK,
    PROG,
    Output,
    add_json_options,
    add_reader_options,
    check_json_options,
    json_indent,
    json_text,
    read_tasks,
    use_color,
    write_json_documents,
)

if TYPE_CHECKING:
    from flyte_lite.cli.sources import Loaded
    from flyte_lite.remote import FlyteTask

SUMMARY = "print tasks readably"
EPILOG = """\
formats:
  tree       flytekit's verbose_string(): a YAML-like tree of every field set (default)
  yaml-like  the same tree without flytekit's header, one `---` document per task
  json       the admin TaskSpec as JSON: one document for one file, else one JSON array
  jsonl      one compact JSON document a line
  summary    name, id, type, image, resources, accelerator, retries, timeout, cache,
             inputs and outputs, and what else is set

examples:
  flyte-lite show
  flyte-lite show task.pb other.json
  flyte-lite show package.tgz --format summary
  flyte-lite show package.tgz --name workflows.typed.heavy
  flyte-lite show serialized/ --format jsonl > tasks.jsonl
  flytectl get task -p proj -d dev my.task -o json | flyte-lite show - --format summary"""

FORMATS = ("tree", "yaml-like", "json", "jsonl", "summary")
JSON_FORMATS = ("json", "jsonl")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files, packages, folders or - (none: a built-in example task)",
    )
    parser.add_argument(
        "--format", choices=FORMATS, default="tree", help="how to print each task (default: tree)"
    )
    add_reader_options(parser)
    add_json_options(parser)


def run(args: argparse.Namespace) -> int:
    check_json_options(args, args.format, JSON_FORMATS)
    tasks = read_tasks(args, args.paths) if args.paths else _example(args)
    out = sys.stdout
    if args.format in JSON_FORMATS:
        _write_json(args, tasks)
        return EXIT_OK
    output = Output(out, use_color(out, args.color))
    for count, (loaded, task) in enumerate(tasks):
        if args.format == "yaml-like":
            from flyte_lite.remote.pretty import tree_lines

            output.line((f"--- # {loaded.origin}", "note"))
            _tree(output, tree_lines(task.to_flyte_idl(), 0, verbose=True))
            continue
        if count:
            out.write("\n")
        if args.format == "summary":
            from flyte_lite.cli.describe import summary_lines

            _tree(output, summary_lines(task))
        else:
            _tree(output, task.verbose_string().split("\n"))
    return EXIT_OK


def _example(args: argparse.Namespace) -> Iterator[tuple[Loaded, FlyteTask]]:
    from flyte_lite.cli.example import example_task
    from flyte_lite.cli.sources import Loaded

    if args.verbose:
        sys.stderr.write(
            f"{PROG}: showing a built-in example task; give a file, package or folder\n"
        )
    task = example_task()
    yield Loaded("<example>", task.to_flyte_idl(), "spec", False, single=True), task


def _tree(output: Output, lines: list[str]) -> None:
    """YAML-like ``key: value`` lines with the keys coloured."""
    for line in lines:
        key, colon, rest = line.partition(":")
        name = key.lstrip(" ")
        if colon and output.color and name and " " not in name and name[0] not in "-\"":
            output.line((key[: len(key) - len(name)], None), (name, "key"), (colon + rest, None))
        else:
            output.line((line, None))


def _write_json(args: argparse.Namespace, tasks: Iterator[tuple[Loaded, FlyteTask]]) -> None:
    indent = None if args.format == "jsonl" else json_indent(args)
    first = next(tasks, None)
    if first is None:
        return
    single = len(args.paths) <= 1 and first[0].single  # one message: no array around it
    documents = (
        json_text(loaded.origin, task.to_flyte_idl(), args, indent)
        for loaded, task in itertools.chain([first], tasks)
    )
    write_json_documents(sys.stdout, documents, indent, array=args.format == "json" and not single)
