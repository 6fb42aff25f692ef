"""``flyte-lite ls``: one line per task, or records for scripts (JSON, TSV)."""

from __future__ import annotations

import argparse
import sys

from flyte_lite.cli.common import (
    EXIT_OK,
    Output,
    add_reader_options,
    dumps,
    printable,
    read_tasks,
    write_json_documents,
)

SUMMARY = "list tasks, one line each"
EPILOG = """\
Each line: name, type, image, cpu/mem/gpu (and any other resource) as request/limit
(- where unset), retries, timeout, cache version (- when not cached), then what else is
set (accelerator, cache_serializable, interruptible, pod_template, secrets as group/key,
deprecated, project, domain, version), then (inputs) -> (outputs) with Python-like type
names. Values with spaces are quoted. Packages and folders list in pyflyte's numbering
order.

For scripts: --format json (one JSON array of records) or --format tsv (a header line,
then one row per task; tab, newline and backslash escaped as \\t, \\n, \\\\).

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
    from flyte_lite.cli.describe import TSV_COLUMNS, ls_line, task_record, tsv_row

    out = sys.stdout
    tasks = read_tasks(args, args.paths)
    if args.format == "json":
        records = (dumps(task_record(task), 2) for _, task in tasks)
        write_json_documents(out, records, 2, array=True)
    elif args.format == "tsv":
        out.write("\t".join(TSV_COLUMNS) + "\n")
        for _, task in tasks:
            out.write("\t".join(printable(v) for v in tsv_row(task_record(task))) + "\n")
    else:
        output = Output(out, color=False)
        for _, task in tasks:
            output.line((ls_line(task), None))
    return EXIT_OK
