"""``flyte-lite show``: print tasks, workflows and launch plans readably, or as JSON."""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Iterable, Iterator
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
    use_color,
    write_json_documents,
)
from flyte_lite.cli.entities import read_entities

if TYPE_CHECKING:
    from flyte_lite.cli.entities import Entity

SUMMARY = "print tasks, workflows and launch plans readably"
EPILOG = """\
formats:
  tree       flytekit's verbose_string(): a YAML-like tree of every field set (default)
  yaml-like  the same tree without flytekit's header, one `---` document per entity
  json       the admin TaskSpec, admin WorkflowSpec or admin LaunchPlan as JSON: one
             document for one file, else one JSON array
  jsonl      one compact JSON document a line
  summary    a task's name, id, type, image, resources, accelerator, retries, timeout,
             cache, inputs and outputs, and what else is set; a workflow's nodes, the
             tasks, subworkflows and launch plans it calls, inputs and outputs; a launch
             plan's workflow, schedule, notifications, fixed and default inputs

examples:
  flyte-lite show
  flyte-lite show task.pb other.json
  flyte-lite show package.tgz --format summary
  flyte-lite show package.tgz --name workflows.typed.heavy
  flyte-lite show 27_graphs.gates.gate_wf_2.pb --format summary
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
    entities = read_entities(args, args.paths) if args.paths else _example(args)
    out = sys.stdout
    if args.format in JSON_FORMATS:
        _write_json(args, entities)
        return EXIT_OK
    write_readable(Output(out, use_color(out, args.color)), entities, args.format)
    return EXIT_OK


def write_readable(output: Output, entities: Iterable[Entity], fmt: str) -> None:
    """Entities as ``tree``, ``yaml-like`` or ``summary`` text (``get`` prints the same)."""
    for count, entity in enumerate(entities):
        if fmt == "yaml-like":
            from flyte_lite.views.pretty import tree_lines

            output.line((f"--- # {entity.loaded.origin}", "note"))
            _tree(output, tree_lines(entity.message, 0, verbose=True))
            continue
        if count:
            output.stream.write("\n")
        if fmt == "summary":
            from flyte_lite.cli.describe import entity_summary_lines

            _tree(output, entity_summary_lines(entity))
        elif entity.task is not None:
            _tree(output, entity.task.verbose_string().split("\n"))
        else:
            from flyte_lite.views.pretty import serialized_string

            title = "FlyteWorkflow" if entity.kind == "workflow" else "FlyteLaunchPlan"
            _tree(output, serialized_string(entity.message, title, verbose=True).split("\n"))


def _example(args: argparse.Namespace) -> Iterator[Entity]:
    from flyte_lite.cli.entities import entity_of
    from flyte_lite.cli.example import example_task
    from flyte_lite.cli.sources import Loaded

    if args.verbose:
        sys.stderr.write(
            f"{PROG}: showing a built-in example task; give a file, package or folder\n"
        )
    task = example_task()
    yield entity_of(Loaded("<example>", task.to_flyte_idl(), "spec", False, single=True, task=task))


def _tree(output: Output, lines: list[str]) -> None:
    """YAML-like ``key: value`` lines with the keys coloured."""
    for line in lines:
        key, colon, rest = line.partition(":")
        name = key.lstrip(" ")
        if colon and output.color and name and " " not in name and name[0] not in "-\"":
            output.line((key[: len(key) - len(name)], None), (name, "key"), (colon + rest, None))
        else:
            output.line((line, None))


def _write_json(args: argparse.Namespace, entities: Iterator[Entity]) -> None:
    indent = None if args.format == "jsonl" else json_indent(args)
    first = next(entities, None)
    if first is None:
        return
    single = len(args.paths) <= 1 and first.loaded.single  # one message: no array around it
    documents = (
        json_text(entity.loaded.origin, entity.message, args, indent)
        for entity in itertools.chain([first], entities)
    )
    write_json_documents(sys.stdout, documents, indent, array=args.format == "json" and not single)
