"""``flyte-lite register PACKAGE``: register a package on FlyteAdmin.

As ``pyflyte register`` does for a package built without fast registration: tasks, then
workflows and launch plans, with every identifier's empty project, domain and version
(the entities' own and their references) set to the ones given; ``--activate`` then
activates the launch plans. One line per entity as it is done, then a summary.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from typing import TYPE_CHECKING, Any

from flyte_lite.cli.admin import (
    CONNECTION_HELP,
    add_connection_options,
    connect,
    one_line_errors,
)

if TYPE_CHECKING:
    from flyte_lite.remote.remote import Registered

__all__ = ["add_parser"]

_EPILOG = f"""\
An entity registered already with the same content counts as registered; with other
content it is an error naming the entity and the first field that differs. A package
whose references do not resolve (a task node whose task is missing...) is refused whole.

{CONNECTION_HELP}

examples:
  flyte-lite register package.tgz -p flytesnacks -d development --version v1
  flyte-lite register serialized/ -p flytesnacks -d development --version v2 --activate"""


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add ``register`` to the subcommands."""
    register = commands.add_parser(
        "register", help="register a package on FlyteAdmin",
        description="register a package's tasks, workflows and launch plans on FlyteAdmin",
        epilog=_EPILOG,
        parents=[common], formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    register.add_argument("package", metavar="PACKAGE",
                          help="a `pyflyte package` archive or `pyflyte serialize` folder")
    add_connection_options(register)
    register.add_argument("--version", required=True, help="the version to register at")
    register.add_argument("--activate", action="store_true",
                          help="activate the launch plans registered (their schedules run)")
    register.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    out = sys.stdout

    def progress(done: Registered) -> None:
        id = done.id
        out.write(f"{done.outcome:<8} {done.kind} {id.project}/{id.domain}/{id.name}"
                  f"@{id.version}\n")
        out.flush()

    from flyte_lite.cli.common import error_line
    from flyte_lite.remote.admin import RegistrationError

    with one_line_errors(), connect(args) as remote:
        try:
            done = remote.register(args.package, version=args.version,
                                   activate=args.activate, progress=progress)
        except RegistrationError as exc:
            if not exc.problems:
                raise
            lines = [*exc.problems, f"{len(exc.problems)} problems; nothing was registered"]
            sys.stderr.write("".join(error_line(line) for line in lines))
            return 2
    counts = Counter(r.outcome for r in done)
    total = counts["created"] + counts["existed"]
    noun = "entity" if total == 1 else "entities"
    activated = f", {counts['activated']} activated" if args.activate else ""
    out.write(f"registered {total} {noun} at version {args.version}: "
              f"{counts['created']} created, {counts['existed']} already registered"
              f"{activated}\n")
    return 0
