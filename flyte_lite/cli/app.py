"""The ``flyte-lite`` command: argument parsing and the four subcommands.

Each subcommand is a thin layer over :class:`~flyte_lite.FlyteTask` and the message
classes; reading inputs lives in :mod:`.sources`, the one-line descriptions in
:mod:`.describe`, the field-level diff in :mod:`.diff`. Errors the user can act on are
:class:`~.sources.CLIError`: one line on stderr, exit status 2.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Callable, Optional, TextIO

from flyte_lite import __version__

if TYPE_CHECKING:
    from flyte_lite.remote import FlyteTask
    from flyte_lite.wire import Message

__all__ = ["build_parser", "main"]

PROG = "flyte-lite"
EXIT_OK, EXIT_DIFFERENT, EXIT_ERROR = 0, 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports it
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE

_DESCRIPTION = """\
Inspect, convert and compare Flyte task specs and pyflyte packages, without flytekit.

Inputs: a .pb file (an admin TaskSpec, as `pyflyte package` writes; TaskTemplate and
admin Task bytes are detected, or named with --type), a .json file in any of Flyte's
JSON dialects, a `pyflyte package` archive (.tgz, .tar.gz, .tar), a `pyflyte serialize`
folder, or - for standard input."""

_MAIN_EPILOG = """\
examples:
  flyte-lite show                          a built-in example task
  flyte-lite show package.tgz              every task in a package
  flyte-lite ls package.tgz                one line per task
  flyte-lite convert task.pb task.json     binary -> JSON
  flyte-lite diff old.pb new.pb            what changed, field by field

Run `flyte-lite COMMAND --help` for each command's options."""

_SHOW_EPILOG = """\
formats:
  tree       flytekit's verbose_string(): a YAML-like tree of every field set (default)
  yaml-like  the same tree without flytekit's header, one `---` document per task
  json       the admin TaskSpec as JSON (see the JSON options)
  summary    name, type, image, resources, retries, timeout, cache, inputs and outputs

examples:
  flyte-lite show
  flyte-lite show task.pb other.json
  flyte-lite show package.tgz --format summary
  flyte-lite show serialized/ --format json --compact > tasks.jsonl
  curl -s $ADMIN/api/v1/tasks/proj/dev/my.task/v1 | flyte-lite show -"""

_LS_EPILOG = """\
Each line: name, type, image, cpu/mem/gpu (and any other resource) as request/limit
(- where unset), retries, timeout, cache version (- when not cached), then
(inputs) -> (outputs) with Python-like type names, sorted by name.

examples:
  flyte-lite ls package.tgz
  flyte-lite ls serialized/ | grep gpu=1
  flyte-lite ls task.pb other.json"""

_CONVERT_EPILOG = """\
The output format is --to, else OUT's extension (.json: JSON; .pb, .bin: binary),
else the opposite of the input's. The message kind is kept: TaskTemplate bytes become
TaskTemplate JSON. Binary -> JSON -> binary gives back the same bytes, unless the
input has fields this version does not know (JSON cannot carry them: a warning says so).

JSON dialects:
  flytectl -o json                     (no options: lowerCamelCase, defaults left out)
  FlyteAdmin, Accept: application/json --snake-case --all-fields
  FlyteAdmin's gateway default         --all-fields

examples:
  flyte-lite convert task.pb task.json
  flyte-lite convert task.json task.pb
  flyte-lite convert task.pb - --snake-case --all-fields
  flyte-lite convert task.pb sorted.pb --deterministic
  cat task.json | flyte-lite convert - - --to binary > task.pb"""

_DIFF_EPILOG = """\
One line per difference: PATH: OLD -> NEW, with paths such as
  template.container.resources.limits[cpu]
  template.container.env[MODE]
  template.interface.inputs.variables[x].type
(unset) marks a field, entry or item one side does not have. Lists of entries with a
name or key are matched by it; types of inputs and outputs are compared by their
readable names first. With packages or folders, tasks are matched by name and each line
starts with the task's name.

exit status: 0 the same, 1 different, 2 trouble (like diff).

examples:
  flyte-lite diff old.pb new.pb
  flyte-lite diff task.pb task-from-admin.json
  flyte-lite diff old/package.tgz new/package.tgz"""


# --- the parser -------------------------------------------------------------------------------


def _add_type_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--type",
        choices=("spec", "template", "task"),
        default=None,
        help="what a single .pb/.json/stdin input holds: admin TaskSpec (spec), TaskTemplate "
        "(template) or admin Task (task); detected when not given. Package and folder "
        "entries are always TaskSpecs.",
    )


def _add_json_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("JSON options")
    group.add_argument(
        "--snake-case",
        action="store_true",
        help="proto field names (snake_case) instead of lowerCamelCase",
    )
    group.add_argument(
        "--all-fields",
        action="store_true",
        help="also write fields that hold their default value",
    )
    group.add_argument(
        "--enum-numbers", action="store_true", help="enum values as numbers, not names"
    )
    layout = group.add_mutually_exclusive_group()
    layout.add_argument(
        "--indent", type=_indent, default=2, metavar="N", help="spaces per level (default 2)"
    )
    layout.add_argument("--compact", action="store_true", help="one line per message")


def _indent(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 <= value <= 16:
        raise argparse.ArgumentTypeError("must be between 0 and 16")
    return value


def _subparser(
    commands: Any, name: str, summary: str, epilog: str, common: argparse.ArgumentParser
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = commands.add_parser(
        name,
        help=summary,
        description=summary,
        epilog=epilog,
        parents=[common],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    """The ``flyte-lite`` argument parser with its subcommands."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=_DESCRIPTION,
        epilog=_MAIN_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "-q", "--quiet", action="store_true", help="no notes on stderr (errors still show)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    show = _subparser(commands, "show", "print tasks readably", _SHOW_EPILOG, common)
    show.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files, packages, folders or - (none: a built-in example task)",
    )
    show.add_argument(
        "--format",
        choices=("tree", "yaml-like", "json", "summary"),
        default="tree",
        help="how to print each task (default: tree)",
    )
    _add_type_option(show)
    _add_json_options(show)
    show.set_defaults(run=_run_show)

    ls = _subparser(commands, "ls", "list tasks, one line each", _LS_EPILOG, common)
    ls.add_argument("paths", nargs="+", metavar="PACKAGE", help="packages, folders, files or -")
    _add_type_option(ls)
    ls.set_defaults(run=_run_ls)

    convert = _subparser(
        commands, "convert", "convert a message between binary and JSON", _CONVERT_EPILOG, common
    )
    convert.add_argument("input", metavar="IN", help="a .pb or .json file, or - for stdin")
    convert.add_argument("output", metavar="OUT", help="the file to write, or - for stdout")
    convert.add_argument("--to", choices=("json", "binary"), default=None, help="the output format")
    convert.add_argument(
        "--deterministic",
        action="store_true",
        help="binary output with map entries sorted by key (protobuf's deterministic mode)",
    )
    _add_type_option(convert)
    _add_json_options(convert)
    convert.set_defaults(run=_run_convert)

    diff = _subparser(commands, "diff", "compare two tasks field by field", _DIFF_EPILOG, common)
    diff.add_argument("old", metavar="A", help="the old task (file, package, folder or -)")
    diff.add_argument("new", metavar="B", help="the new task (file, package, folder or -)")
    _add_type_option(diff)
    diff.set_defaults(run=_run_diff)
    return parser


# --- running ----------------------------------------------------------------------------------


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run ``flyte-lite`` with ``argv`` (default: the process arguments); the exit status."""
    _tolerant_output(sys.stdout)
    _tolerant_output(sys.stderr)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_ERROR
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        status = run(args)
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()  # the reader left (`| head`): stop quietly, as `cat` does
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        _flush_quietly()
        _error("interrupted")
        return EXIT_INTERRUPTED
    except Exception as exc:
        from flyte_lite.cli.sources import CLIError

        _flush_quietly()  # what was printed before the error stays printed
        if isinstance(exc, CLIError):
            _error(str(exc))
        else:  # a bug: still one line, with what a report needs
            _error(f"internal error: {type(exc).__name__}: {exc}")
        return EXIT_ERROR
    return status


def _flush_quietly() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()


def _tolerant_output(stream: TextIO) -> None:
    """Write what the terminal's encoding cannot show as escapes, never fail on it."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="backslashreplace")


def _silence_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    finally:
        os.close(devnull)


def _error(text: str) -> None:
    sys.stderr.write(f"{PROG}: error: {_one_line(text)}\n")
    sys.stderr.flush()


def _notifier(args: argparse.Namespace) -> Callable[[str], None]:
    def notify(text: str) -> None:
        if not args.quiet:
            sys.stderr.write(f"{PROG}: {_one_line(text)}\n")

    return notify


def _one_line(text: str) -> str:
    return " ".join(text.split("\n"))


@contextlib.contextmanager
def _about(origin: str) -> Iterator[None]:
    """Turn an unexpected error while handling ``origin`` into a one-line ``CLIError``."""
    from flyte_lite.cli.sources import CLIError

    try:
        yield
    except (CLIError, OSError):
        raise
    except Exception as exc:
        raise CLIError(origin, f"{type(exc).__name__}: {exc}") from exc


def _tasks(args: argparse.Namespace, paths: Sequence[str]) -> Iterator[tuple[str, FlyteTask]]:
    from flyte_lite.cli.sources import iter_tasks

    notify = _notifier(args)
    for path in paths:
        yield from iter_tasks(path, args.type, notify)


# --- show ---------------------------------------------------------------------------------


def _run_show(args: argparse.Namespace) -> int:
    if args.paths:
        tasks = _tasks(args, args.paths)
    else:
        from flyte_lite.cli.example import example_task

        _notifier(args)("showing a built-in example task; give a file, package or folder")
        tasks = iter([("<example>", example_task())])
    render = _SHOW_FORMATS[args.format]
    out = sys.stdout
    for count, (origin, task) in enumerate(tasks):
        with _about(origin):
            text = render(origin, task, args)
        if count and args.format in ("tree", "summary"):
            out.write("\n")
        out.write(text)
    return EXIT_OK


def _show_tree(origin: str, task: FlyteTask, args: argparse.Namespace) -> str:
    return task.verbose_string() + "\n"


def _show_yaml(origin: str, task: FlyteTask, args: argparse.Namespace) -> str:
    from flyte_lite.remote.pretty import tree_lines

    lines = [f"--- # {origin}", *tree_lines(task.to_flyte_idl(), 0, verbose=True)]
    return "\n".join(lines) + "\n"


def _show_json(origin: str, task: FlyteTask, args: argparse.Namespace) -> str:
    return _json_text(origin, task.to_flyte_idl(), args, _notifier(args))


def _show_summary(origin: str, task: FlyteTask, args: argparse.Namespace) -> str:
    from flyte_lite.cli.describe import summary_lines

    return "\n".join(summary_lines(task)) + "\n"


_SHOW_FORMATS: dict[str, Callable[[str, FlyteTask, argparse.Namespace], str]] = {
    "tree": _show_tree,
    "yaml-like": _show_yaml,
    "json": _show_json,
    "summary": _show_summary,
}


def _json_text(
    origin: str, message: Message, args: argparse.Namespace, notify: Callable[[str], None]
) -> str:
    """``message`` as JSON text with the command's JSON options, ending in a newline."""
    from flyte_lite.cli.messages import unknown_field_bytes
    from flyte_lite.cli.sources import CLIError
    from flyte_lite.json_format import JSONError

    dropped = unknown_field_bytes(message)
    if dropped:
        notify(
            f"{origin}: warning: {dropped} bytes of fields unknown to flyte-lite have no JSON "
            "form and are left out"
        )
    try:
        text = message.to_json(
            indent=args.indent, compact=args.compact, ensure_ascii=False,
            preserving_proto_field_name=args.snake_case,
            always_print_fields_with_no_presence=args.all_fields,
            use_integers_for_enums=args.enum_numbers,
        )
    except JSONError as exc:  # a value with no JSON form, e.g. a Duration out of range
        raise CLIError(origin, f"cannot write as JSON: {exc}") from None
    return text + "\n"


# --- ls -------------------------------------------------------------------------------------


def _run_ls(args: argparse.Namespace) -> int:
    from flyte_lite.cli.describe import ls_line

    out = sys.stdout
    for origin, task in _tasks(args, args.paths):
        with _about(origin):
            line = ls_line(task)
        out.write(line + "\n")
    return EXIT_OK


# --- convert --------------------------------------------------------------------------------

_BINARY_SUFFIXES = (".pb", ".bin", ".binpb")


def _run_convert(args: argparse.Namespace) -> int:
    from flyte_lite.cli.sources import CLIError, load_message

    notify = _notifier(args)
    loaded = load_message(args.input, args.type, notify)
    target = args.to or _target_format(args.output, loaded.is_json)
    where = "<stdout>" if args.output == "-" else args.output
    if target == "json":
        data = _json_text(loaded.origin, loaded.message, args, notify).encode("utf-8")
    else:
        with _about(loaded.origin):
            data = loaded.message.to_bytes(deterministic=args.deterministic)
    if args.output == "-":
        if target == "binary" and sys.stdout.isatty():
            raise CLIError(where, "will not write binary to a terminal; redirect it or --to json")
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        return EXIT_OK
    try:
        with open(args.output, "wb") as file:
            file.write(data)
    except OSError as exc:
        raise CLIError(args.output, exc.strerror or str(exc)) from None
    return EXIT_OK


def _target_format(output: str, input_was_json: bool) -> str:
    lowered = output.lower()
    if lowered.endswith(".json"):
        return "json"
    if lowered.endswith(_BINARY_SUFFIXES):
        return "binary"
    return "binary" if input_was_json else "json"


# --- diff -------------------------------------------------------------------------------------


def _run_diff(args: argparse.Namespace) -> int:
    from flyte_lite.cli.diff import Change

    old = list(_tasks(args, [args.old]))
    new = list(_tasks(args, [args.new]))
    lines: list[str] = []
    if len(old) == 1 and len(new) == 1:
        lines = [str(c) for c in _task_changes(old[0], new[0])]
    else:
        old_by_name = _by_name(old)
        new_by_name = _by_name(new)
        for name, (origin, task) in old_by_name.items():
            other = new_by_name.get(name)
            if other is None:
                lines.append(f"{name}: only in {args.old}")
                continue
            changes: list[Change] = _task_changes((origin, task), other)
            lines.extend(f"{name}: {c}" for c in changes)
        lines.extend(
            f"{name}: only in {args.new}" for name in new_by_name if name not in old_by_name
        )
    for line in lines:
        sys.stdout.write(line + "\n")
    return EXIT_DIFFERENT if lines else EXIT_OK


def _by_name(tasks: list[tuple[str, FlyteTask]]) -> dict[str, tuple[str, FlyteTask]]:
    named: dict[str, tuple[str, FlyteTask]] = {}
    for origin, task in tasks:
        name = task.name
        copy = 2
        while name in named:  # the same name twice in one package: keep both
            name, copy = f"{task.name}#{copy}", copy + 1
        named[name] = (origin, task)
    return named


def _task_changes(old: tuple[str, FlyteTask], new: tuple[str, FlyteTask]) -> list[Any]:
    from flyte_lite.cli.diff import field_changes
    from flyte_lite.models.core.types import LiteralType
    from flyte_lite.remote.pretty import type_summary

    def summarize(message: Message) -> Optional[str]:
        return type_summary(message) if isinstance(message, LiteralType) else None

    with _about(f"{old[0]} vs {new[0]}"):
        return field_changes(old[1].to_flyte_idl(), new[1].to_flyte_idl(), summarize=summarize)
