"""``flyte-lite register PACKAGE``: register a package's tasks on FlyteAdmin.

As ``pyflyte register`` does for a package built without fast registration: every
identifier's empty project, domain and version are set to the ones given. One line per
entity as it is done, then a summary; a package holding workflows or launch plans is
refused whole (not supported yet).
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
content it is an error naming the entity and the first field that differs.

{CONNECTION_HELP}

examples:
  flyte-lite register package.tgz -p flytesnacks -d development --version v1
  flyte-lite register serialized/ -p flytesnacks -d development --version v2"""


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add ``register`` to the subcommands."""
    register = commands.add_parser(
        "register", help="register a package's tasks on FlyteAdmin",
        description="register a package's tasks on FlyteAdmin", epilog=_EPILOG,
        parents=[common], formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    register.add_argument("package", metavar="PACKAGE",
                          help="a `pyflyte package` archive or `pyflyte serialize` folder")
    add_connection_options(register)
    register.add_argument("--version", required=True, help="the version to register at")
    register.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    out = sys.stdout

    def progress(done: Registered) -> None:
        id = done.id
        out.write(f"{done.outcome:<8} {done.kind} {id.project}/{id.domain}/{id.name}"
                  f"@{id.version}\n")
        out.flush()

    with one_line_errors(), connect(args) as remote:
        done = remote.register(args.package, version=args.version, progress=progress)
    counts = Counter(r.outcome for r in done)
    noun = "entity" if len(done) == 1 else "entities"
    out.write(f"registered {len(done)} {noun} at version {args.version}: "
              f"{counts['created']} created, {counts['existed']} already registered\n")
    return 0
