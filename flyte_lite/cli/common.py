"""What the subcommands share: options, reading entities, writing text and JSON, progress.

Human-readable output goes through :class:`Output`, which escapes every character that
is not printable (a task name such as ``"evil\\x1b[2J\\nforged"`` cannot clear the screen
or forge a line) and colours only a terminal. Notes (what was detected or skipped) print
with ``-v`` only; warnings (something was left out) always; errors are one line.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Callable, NamedTuple, Optional, TextIO

from flyte_lite.package.entries import DEFAULT_MAX_SIZE

if TYPE_CHECKING:
    from flyte_lite.message import Message
    from flyte_lite.remote import FlyteTask

__all__ = [
    "DEFAULT_MAX_SIZE",
    "PROG",
    "CLIError",
    "Loaded",
    "Output",
    "Reader",
    "add_json_options",
    "add_reader_options",
    "check_json_options",
    "error_line",
    "json_text",
    "printable",
    "reader_of",
    "write_json_documents",
]

PROG = "flyte-lite"
EXIT_OK, EXIT_DIFFERENT, EXIT_ERROR = 0, 1, 2

#: ``--type`` values: what each names (sources.KINDS has their message classes)
KIND_TITLES = {
    "spec": "admin TaskSpec",
    "template": "TaskTemplate",
    "task": "admin Task",
    "workflow": "admin WorkflowSpec",
    "admin-workflow": "admin Workflow",
    "launchplan": "admin LaunchPlan",
}
#: The entity each kind of message holds.
ENTITY_OF = {
    "spec": "task",
    "template": "task",
    "task": "task",
    "workflow": "workflow",
    "admin-workflow": "workflow",
    "launchplan": "launch plan",
}
#: ``--kind`` values, and the entity kind each names.
KIND_NAMES = {"task": "task", "workflow": "workflow", "launchplan": "launch plan"}
Notify = Callable[[str], None]

class CLIError(Exception):
    """A problem to report as one line, ``{where}: {message}``, with exit status 2."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}" if where else message)
        self.where = where
        self.message = message


class Loaded(NamedTuple):
    """One message read from ``origin``: its kind, and how it was written.

    ``single`` says the input held just this one message; ``task`` is the task read
    from it, when the source made it already.
    """

    origin: str
    message: Message
    kind: str
    is_json: bool
    single: bool
    task: Optional[FlyteTask] = None


class Reader(NamedTuple):
    """How to read inputs: the kind named by ``--type``, the size limit, where notes go.

    ``seen``, when given, maps the bytes of package entries read so far to their tasks:
    an entry with the same bytes is the same task, and is not decoded again (tasks are
    immutable, so sharing one is safe). ``diff`` shares it between its two sides.
    """

    kind: Optional[str] = None
    max_size: int = DEFAULT_MAX_SIZE
    note: Notify = lambda text: None
    warn: Notify = lambda text: None
    seen: Optional[dict[bytes, FlyteTask]] = None


_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}
#: ANSI colours by role; used only when :func:`use_color` says so.
_COLORS = {"old": "31", "new": "32", "key": "36", "note": "33", "path": "1"}


# --- text -------------------------------------------------------------------------------------


def printable(text: str) -> str:
    """``text`` with every character that is not printable written as an escape."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else _escape(ch) for ch in text)


def _escape(ch: str) -> str:
    if ch in _ESCAPES:
        return _ESCAPES[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else (
        f"\\U{code:08x}"
    )


def use_color(stream: TextIO, choice: str) -> bool:
    """``--color``: ``always``, ``never``, or ``auto`` (a terminal, without ``NO_COLOR``)."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty is not None and isatty())


class Output:
    """Lines of human-readable text on ``stream``, escaped, coloured when asked."""

    def __init__(self, stream: TextIO, color: bool) -> None:
        self.stream = stream
        self.color = color

    def paint(self, text: str, role: str) -> str:
        """``text`` (already escaped) in the colour of ``role``."""
        return f"\x1b[{_COLORS[role]}m{text}\x1b[0m" if self.color and text else text

    def line(self, *parts: tuple[str, Optional[str]]) -> None:
        """One line made of ``(text, role)`` parts; each text is escaped, then coloured."""
        self.stream.write(
            "".join(
                self.paint(printable(text), role) if role else printable(text)
                for text, role in parts
            )
            + "\n"
        )


def error_line(text: str) -> str:
    """``flyte-lite: error: TEXT`` as one escaped line."""
    return f"{PROG}: error: {printable(' '.join(text.splitlines()))}\n"


# --- options ----------------------------------------------------------------------------------


def add_reader_options(parser: argparse.ArgumentParser, *, names: bool = True) -> None:
    """``--type`` and ``--max-size``; ``--name`` and ``--kind`` where a command takes
    several entities."""
    parser.add_argument(
        "--type",
        choices=tuple(KIND_TITLES),
        default=None,
        help="what a single .pb/.json/stdin input holds: admin TaskSpec (spec), TaskTemplate "
        "(template), admin Task (task), admin WorkflowSpec (workflow), admin Workflow "
        "(admin-workflow) or admin LaunchPlan (launchplan); detected when not given. "
        "Package and folder entries are told by their names (_1, _2, _3).",
    )
    parser.add_argument(
        "--max-size",
        type=_size,
        default=DEFAULT_MAX_SIZE,
        metavar="BYTES",
        help="refuse a file or package member larger than this, without reading it "
        "(default 64M; K, M, G suffixes)",
    )
    if names:
        parser.add_argument(
            "--name",
            action="append",
            default=[],
            metavar="NAME",
            help="only the tasks, workflows and launch plans with this name (* and ? globs; "
            "repeatable)",
        )
        parser.add_argument(
            "--kind",
            action="append",
            choices=tuple(KIND_NAMES),
            default=[],
            help="only the entities of this kind (repeatable; default: all)",
        )


def _size(text: str) -> int:
    units = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30}
    scale = units.get(text[-1:].lower(), 1)
    digits = text[:-1] if scale != 1 else text
    try:
        value = int(digits) * scale
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 1000000, 64M)") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return value


def add_json_options(parser: argparse.ArgumentParser) -> None:
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
        "--indent", type=_indent, default=None, metavar="N", help="spaces per level (default 2)"
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


_JSON_FLAGS = {
    "snake_case": "--snake-case",
    "all_fields": "--all-fields",
    "enum_numbers": "--enum-numbers",
    "compact": "--compact",
}


def check_json_options(args: argparse.Namespace, fmt: str, json_formats: Sequence[str]) -> None:
    """Refuse JSON options given with an output format they do not apply to."""
    given = [flag for attr, flag in _JSON_FLAGS.items() if getattr(args, attr)]
    if args.indent is not None:
        given.append("--indent")
    if given and fmt not in json_formats:
        raise CLIError(
            "", f"{given[0]} applies to JSON output ({', '.join(json_formats)}), not {fmt}"
        )
    if fmt == "jsonl" and (args.indent is not None or args.compact):
        raise CLIError("", f"{'--indent' if args.indent is not None else '--compact'} does not "
                       "apply to jsonl, which is one compact document a line")


def json_indent(args: argparse.Namespace) -> Optional[int]:
    """The JSON layout asked for: ``None`` compact, else spaces per level."""
    if args.compact:
        return None
    return 2 if args.indent is None else int(args.indent)


# --- reading ----------------------------------------------------------------------------------


def reader_of(
    args: argparse.Namespace, seen: Optional[dict[bytes, FlyteTask]] = None
) -> Reader:
    """How to read inputs, from the command's options."""

    def note(text: str) -> None:
        if args.verbose:
            sys.stderr.write(f"{PROG}: {printable(text)}\n")

    def warn(text: str) -> None:
        if not args.quiet:
            sys.stderr.write(f"{PROG}: {printable(text)}\n")

    return Reader(kind=args.type, max_size=args.max_size, note=note, warn=warn, seen=seen)


class Progress:
    """``N entities, R/s`` on a terminal's stderr, once the work has run over a second."""

    DELAY = 1.0
    EVERY = 0.1

    def __init__(self, stream: TextIO) -> None:
        isatty = getattr(stream, "isatty", None)
        self.stream = stream
        self.enabled = bool(isatty is not None and isatty())
        self.start = self.last = time.monotonic()
        self.shown = False

    def tick(self, count: int) -> None:
        if not self.enabled or count % 16:
            return
        now = time.monotonic()
        if now - self.start < self.DELAY or now - self.last < self.EVERY:
            return
        self.last = now
        rate = count / (now - self.start)
        self.stream.write(f"\r{PROG}: {count} entities, {rate:.0f}/s\x1b[K")
        self.stream.flush()
        self.shown = True

    def done(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False


# --- JSON -------------------------------------------------------------------------------------


def json_text(
    origin: str, message: Message, args: argparse.Namespace, indent: Optional[int]
) -> str:
    """``message`` as one JSON document (no final newline) with the command's options."""
    import orjson

    from flyte_lite.json_format import JSONError
    from flyte_lite.views.messages import unknown_field_bytes

    dropped = unknown_field_bytes(message)
    if dropped and not args.quiet:
        sys.stderr.write(
            f"{PROG}: {printable(origin)}: warning: {dropped} bytes of fields unknown to "
            "flyte-lite have no JSON form and are left out\n"
        )
    try:
        data = message.to_dict(
            preserving_proto_field_name=args.snake_case,
            always_print_fields_with_no_presence=args.all_fields,
            use_integers_for_enums=args.enum_numbers,
        )
        return dumps(data, indent)
    except (JSONError, orjson.JSONEncodeError) as exc:  # e.g. a Duration out of range
        raise CLIError(origin, f"cannot write as JSON: {exc}") from None


def dumps(data: Any, indent: Optional[int]) -> str:
    """JSON text of ``data``: compact, or with ``indent`` spaces per level."""
    import orjson

    if indent is None:
        return orjson.dumps(data).decode()
    if indent == 2:
        return orjson.dumps(data, option=orjson.OPT_INDENT_2).decode()
    return json.dumps(data, indent=indent, ensure_ascii=False)


def write_json_documents(
    stream: TextIO, documents: Iterable[str], indent: Optional[int], *, array: bool
) -> None:
    """Documents as one JSON array (streamed), or the single one alone when not ``array``."""
    if not array:
        for document in documents:
            stream.write(document + "\n")
        return
    pad = " " * indent if indent is not None else ""
    separator = ",\n" if indent is not None else ","
    stream.write("[")
    count = 0
    for count, document in enumerate(documents, 1):
        if count > 1:
            stream.write(separator)
        elif indent is not None:
            stream.write("\n")
        stream.write(pad + document.replace("\n", "\n" + pad) if pad else document)
    stream.write("\n]\n" if count and indent is not None else "]\n")
