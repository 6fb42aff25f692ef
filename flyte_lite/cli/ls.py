"""``flyte-lite ls``: one line per task, workflow or launch plan, or records for scripts."""

from __future__ import annotations

import argparse
import sys

from flyte_lite.cli.common import (
    EXIT_OK,
    Output,
    add_reader_options,
    dumps,
    printable,
    write_json_documents,
)
from flyte_lite.cli.entities import read_entities

SUMMARY = "list tasks, workflows and launch plans, one line each"
EPILOG = """\
A task's line: name, type, image, cpu/mem/gpu (and any other resource) as
request/limit (- where unset), retries, timeout, cache version (- when not cached),
then what else is set (accelerator, cache_serializable, interruptible, pod_template,
secrets as group/key, deprecated, project, domain, version), then (inputs) -> (outputs)
with Python-like type names.
A workflow's line: name, `workflow`, nodes=N (top level), the tasks, subworkflows and
launch plans its nodes call, project/domain/version when set, (inputs) -> (outputs).
A launch plan's line: name, `launchplan`, workflow=, schedule= (cron(...) or
rate(N UNIT), - when none), project/domain/version when set, fixed=(name=value, ...)
and defaults=(name: type = value, ...).
Values with spaces are quoted. Packages and folders list in pyflyte's numbering order.

For scripts: --format json (one JSON array of records, each with its "kind") or
--format tsv (a header line, then one row per entity; tab, newline and backslash
escaped as \\t, \\n, \\\\; columns that do not apply to a kind are empty).

examples:
  flyte-lite ls package.tgz
  flyte-lite ls serialized/ | grep gpu=1
  flyte-lite ls package.tgz --format tsv | cut -f1,6
  flyte-lite ls task.pb other.json --format json"""

FORMATS = ("text", "json", "tsv")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PACKAGE", help="packages, folders, files or -")
    parser.add_argument(
        "--format", choices=FORMATS, default="text", help="text lines (default), json or tsv"
    )
    add_reader_options(parser)


def run(args: argparse.Namespace) -> int:
    from flyte_lite.cli.describe import TSV_COLUMNS, entity_ls_line, entity_record, tsv_row

    out = sys.stdout
    entities = read_entities(args, args.paths)
    if args.format == "json":
        records = (dumps(entity_record(entity), 2) for entity in entities)
        write_json_documents(out, records, 2, array=True)
    elif args.format == "tsv":
        out.write("\t".join(TSV_COLUMNS) + "\n")
        for entity in entities:
            out.write("\t".join(printable(v) for v in tsv_row(entity_record(entity))) + "\n")
    else:
        output = Output(out, color=False)
        for entity in entities:
            output.line((entity_ls_line(entity), None))
    return EXIT_OK
