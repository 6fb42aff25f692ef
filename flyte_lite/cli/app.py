"""The ``flyte-lite`` command: the parser, built from a table of subcommands, and ``main``.

Each subcommand lives in its own module with ``SUMMARY``, ``EPILOG``,
``add_arguments(parser)`` and ``run(args) -> exit status`` (or, for one with commands
below it, ``add_parser(commands, common)``); adding one is a line in :data:`COMMANDS`.
Errors the user can act on are :class:`~.sources.CLIError`: one line on stderr, exit
status 2.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Sequence
from typing import Any, Callable, Optional, TextIO

from flyte_lite._version import __version__
from flyte_lite.cli.common import EXIT_ERROR, PROG, error_line

__all__ = ["COMMANDS", "build_parser", "main"]

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports it
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE

#: Subcommand name -> the module that implements it, in the order ``--help`` lists them.
COMMANDS = {
    "show": "flyte_lite.cli.show",
    "ls": "flyte_lite.cli.ls",
    "convert": "flyte_lite.cli.convert",
    "diff": "flyte_lite.cli.diff",
    "check": "flyte_lite.cli.check",
    "graph": "flyte_lite.cli.graph",

    "get": "flyte_lite.cli.get",
    "register": "flyte_lite.cli.register",
    "completion": "flyte_lite.cli.completion",
}

_DESCRIPTION = """\
Inspect, convert, compare, check and draw Flyte tasks, workflows, launch plans and
pyflyte packages, without flytekit.

Inputs: a .pb file (an admin TaskSpec, TaskTemplate or admin Task; an admin
WorkflowSpec or Workflow; an admin LaunchPlan: detected, or named with --type), a
.json file in any of Flyte's JSON dialects (one message, a JSON array as `flytectl get
task NAME -o json` prints, or FlyteAdmin's {"tasks": [...]}, {"workflows": [...]} or
{"launchPlans": [...]} list), a .yaml file from `flytectl -o yaml` (needs the yaml
extra), a `pyflyte package` archive (.tgz, .tar.gz, .tar), a `pyflyte serialize`
folder, or - for standard input."""

_MAIN_EPILOG = """\
examples:
  flyte-lite show                          a built-in example task
  flyte-lite show package.tgz              every task in a package
  flyte-lite ls package.tgz                one line per task
  flyte-lite convert task.pb task.json     binary -> JSON
  flyte-lite diff old.pb new.pb            what changed, field by field
  flyte-lite check package.tgz             problems FlyteAdmin would refuse
  flyte-lite graph wf_2.pb --format mermaid  a workflow's graph
  flyte-lite completion bash               a completion script for your shell

Run `flyte-lite COMMAND --help` for each command's options."""


def _common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "-v", "--verbose", action="store_true", help="notes on stderr: kinds detected, skipped"
    )
    common.add_argument(
        "-q", "--quiet", action="store_true", help="no warnings on stderr (errors still show)"
    )
    common.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the output: auto (default) on a terminal unless NO_COLOR is set",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    """The ``flyte-lite`` argument parser with its subcommands."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=_DESCRIPTION,
        epilog=_MAIN_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    common = _common_options()
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module_name in COMMANDS.items():
        module: Any = importlib.import_module(module_name)
        if hasattr(module, "add_parser"):  # it builds its own parser (get: entities below it)
            module.add_parser(commands, common)
            continue
        sub = commands.add_parser(
            name,
            help=module.SUMMARY,
            description=module.SUMMARY,
            epilog=module.EPILOG,
            parents=[common],
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        module.add_arguments(sub)
        sub.set_defaults(run=module.run)
    return parser


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
    collecting = gc.isenabled()
    # Messages hold no reference cycles; on a big package the cyclic collector would
    # scan every task read so far again and again (a third of diff's time), for nothing.
    gc.disable()
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
    finally:
        if collecting:
            gc.enable()
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
    try:
        fileno = sys.stdout.fileno()
    except (OSError, ValueError):  # not a real file (captured output)
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fileno)
    finally:
        os.close(devnull)


def _error(text: str) -> None:
    sys.stderr.write(error_line(text))
    sys.stderr.flush()
