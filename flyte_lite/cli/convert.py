"""``flyte-lite convert``: a message between binary and JSON; packages to JSON and back."""

from __future__ import annotations

import argparse
import io
import itertools
import os
import sys
import tarfile
from collections.abc import Iterator
from typing import Any, Optional, cast

from flyte_lite.cli.common import (
    EXIT_OK,
    CLIError,
    Loaded,
    add_json_options,
    add_reader_options,
    json_indent,
    json_text,
    write_json_documents,
)

SUMMARY = "convert a message or a package between binary and JSON"
EPILOG = """\
The output format is --to, else OUT's extension (.json: JSON; .pb, .bin: binary),
else the opposite of the input's. The message kind is kept: TaskTemplate bytes become
TaskTemplate JSON, an admin LaunchPlan stays one. Binary -> JSON -> binary gives back
the same bytes, unless the input has fields this version does not know (JSON cannot
carry them: a warning says so).

Several messages (a package, a folder, a JSON array, FlyteAdmin's list) become one
JSON array (OUT .json or -), a package (OUT .tgz, .tar.gz or .tar) or a folder (OUT an
existing folder or ending in /) of pyflyte entries {index}_{name}_{k}.pb, or .json
with --to json: k=1 an admin TaskSpec, k=2 an admin WorkflowSpec, k=3 an admin
LaunchPlan. A package of JSON entries reads back like any package.

JSON dialects:
  flytectl -o json                     (no options: lowerCamelCase, defaults left out)
  FlyteAdmin, Accept: application/json --snake-case --all-fields
  FlyteAdmin's gateway default         --all-fields

examples:
  flyte-lite convert task.pb task.json
  flyte-lite convert task.json task.pb
  flyte-lite convert task.pb - --snake-case --all-fields
  flyte-lite convert task.pb sorted.pb --deterministic
  flyte-lite convert package.tgz tasks.json
  flyte-lite convert package.tgz json-package.tgz --to json
  cat task.json | flyte-lite convert - - --to binary > task.pb"""

_BINARY_SUFFIXES = (".pb", ".bin", ".binpb")
_ARCHIVE_MODES = {".tar.gz": "w:gz", ".tgz": "w:gz", ".tar": "w"}
#: The ``k`` of pyflyte's entry names for each kind of entity.
_ENTRY_NUMBERS = {"task": 1, "workflow": 2, "launch plan": 3}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", metavar="IN", help="a file, package, folder, or - for stdin")
    parser.add_argument(
        "output", metavar="OUT", help="the file, package or folder to write, or - for stdout"
    )
    parser.add_argument("--to", choices=("json", "binary"), default=None, help="the output format")
    parser.add_argument(
        "--deterministic",
        action="store_true",
        help="binary output with map entries sorted by key (protobuf's deterministic mode)",
    )
    add_reader_options(parser, names=False)
    add_json_options(parser)


def run(args: argparse.Namespace) -> int:
    from flyte_lite.cli.common import reader_of
    from flyte_lite.cli.entities import entity_of
    from flyte_lite.cli.sources import iter_messages

    messages = iter_messages(args.input, reader_of(args))
    first = next(messages, None)
    if first is None:
        raise CLIError(args.input, "holds nothing to convert")
    second = next(messages, None)
    if second is None and first.single:
        _write(args, _single(args, first))
        return EXIT_OK
    rest = itertools.chain([first], [second] if second is not None else [], messages)
    lowered = args.output.lower()
    archive_mode = next((m for s, m in _ARCHIVE_MODES.items() if lowered.endswith(s)), None)
    if archive_mode is not None or args.output.endswith(("/", os.sep)) or os.path.isdir(
        args.output
    ):
        _write_entries(args, rest, archive_mode)
        return EXIT_OK
    if (args.to or _target_format(args.output, first.is_json)) == "binary":
        raise CLIError(
            args.output,
            "several messages cannot go in one binary file; write .json, a .tgz or a folder",
        )
    indent = json_indent(args)
    buffer = io.StringIO()
    documents = (json_text(m.origin, m.message, args, indent) for m in rest if entity_of(m))
    write_json_documents(buffer, documents, indent, array=True)
    _write(args, buffer.getvalue().encode("utf-8"))
    return EXIT_OK


def _single(args: argparse.Namespace, loaded: Loaded) -> bytes:
    from flyte_lite.cli.entities import entity_of

    entity_of(loaded)  # refuses what it cannot name before anything is written
    target = args.to or _target_format(args.output, loaded.is_json)
    if target == "json":
        return (json_text(loaded.origin, loaded.message, args, json_indent(args)) + "\n").encode()
    if args.output == "-" and sys.stdout.isatty():
        raise CLIError("<stdout>", "will not write binary to a terminal; redirect it or --to json")
    return _binary(loaded, args.deterministic)


def _binary(loaded: Loaded, deterministic: bool) -> bytes:
    try:
        return loaded.message.to_bytes(deterministic=deterministic)
    except (TypeError, ValueError) as exc:
        raise CLIError(loaded.origin, str(exc)) from None


def _write(args: argparse.Namespace, data: bytes) -> None:
    if args.output == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        return
    try:
        with open(args.output, "wb") as file:
            file.write(data)
    except OSError as exc:
        raise CLIError(args.output, exc.strerror or str(exc)) from None


def _write_entries(args: argparse.Namespace, loaded: Iterator[Loaded], mode: Optional[str]) -> None:
    """Each entity as a pyflyte entry, in a new package (``mode``) or a folder."""
    from flyte_lite.cli.entities import entity_of

    as_json = args.to == "json"
    entries = []
    for index, item in enumerate(loaded):
        entity = entity_of(item)
        spec = Loaded(item.origin, entity.message, item.kind, item.is_json, False)
        if as_json:
            data = (json_text(item.origin, spec.message, args, json_indent(args)) + "\n").encode()
        else:
            data = _binary(spec, args.deterministic)
        name = entity.name.replace("/", "_")
        k = _ENTRY_NUMBERS[entity.kind]
        entries.append((f"{index:02d}_{name}_{k}.{'json' if as_json else 'pb'}", data))
    try:
        if mode is None:
            os.makedirs(args.output, exist_ok=True)
            for name, data in entries:
                with open(os.path.join(args.output, name), "wb") as file:
                    file.write(data)
            return
        with tarfile.open(args.output, cast(Any, mode)) as archive:
            for name, data in entries:
                info = tarfile.TarInfo(name)
                info.size, info.mode = len(data), 0o644
                archive.addfile(info, io.BytesIO(data))
    except OSError as exc:
        raise CLIError(args.output, exc.strerror or str(exc)) from None


def _target_format(output: str, input_was_json: bool) -> str:
    lowered = output.lower()
    if lowered.endswith(".json"):
        return "json"
    if lowered.endswith(_BINARY_SUFFIXES):
        return "binary"
    return "binary" if input_was_json else "json"
