"""``flyte-lite get task|workflow|launchplan``: entities from FlyteAdmin.

As flytectl's ``get``: with NAME and ``--version`` (or ``--latest``) one entity; with NAME
alone every version of it; with no NAME every one in the project and domain (newest
first, up to ``--limit``). Tasks print as ``show`` prints them; workflows and launch
plans as FlyteAdmin's messages (admin ``Workflow``, ``LaunchPlan``).
"""

from __future__ import annotations

import argparse
import functools
import sys
from typing import TYPE_CHECKING, Any

from flyte_lite.cli.admin import (
    CONNECTION_HELP,
    add_connection_options,
    connect,
    one_line_errors,
)

if TYPE_CHECKING:
    from flyte_lite.cli.entities import Entity

__all__ = ["add_parser"]

_TASK_EPILOG = f"""\
output (-o):
  tree     flytekit's verbose_string() (the default for one task)
  summary  name, type, image, resources, retries, timeout, cache, inputs and outputs
  json     the admin TaskSpec as JSON; several tasks as a JSON array
  yaml     the admin TaskSpec as YAML (needs `pip install 'flyte-lite[yaml]'`)
  (several tasks without -o: one line each, version first)

{CONNECTION_HELP}

examples:
  flyte-lite get task -p flytesnacks -d development
  flyte-lite get task -p flytesnacks -d development my.module.t1 --latest
  flyte-lite get task -p flytesnacks -d development my.module.t1 --version v2 -o json"""


_MESSAGE_EPILOG = """\
output (-o):
  tree     the {entity}'s set fields, YAML-like, as `show` prints it (the default for one)
  summary  {summary}
  json     the admin {message} as JSON (flytectl's -o json); several as a JSON array
  yaml     the same as YAML (needs `pip install 'flyte-lite[yaml]'`)
  (several without -o: one line each, version first)

{connection}

examples:
  flyte-lite get {entity} -p flytesnacks -d development
  flyte-lite get {entity} -p flytesnacks -d development NAME --latest -o summary"""

#: CLI entity name -> (the client's kind, help, the admin message, what summary shows)
_ENTITIES = {
    "task": ("task", "tasks", "TaskSpec", ""),
    "workflow": ("workflow", "workflows", "Workflow",
                 "id, node count, inputs, outputs, the tasks it calls"),
    "launchplan": ("launch plan", "launch plans", "LaunchPlan",
                   "id, state, workflow, schedule, fixed and default inputs"),
}


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add ``get`` and its entities (``task``, ``workflow``, ``launchplan``)."""
    get = commands.add_parser(
        "get", help="fetch entities from FlyteAdmin", description="fetch entities from FlyteAdmin",
        epilog="Run `flyte-lite get ENTITY --help` for the options.",
    )
    entities = get.add_subparsers(dest="entity", metavar="ENTITY", required=True)
    for entity, (kind, plural, message, summary) in _ENTITIES.items():
        epilog = _TASK_EPILOG if entity == "task" else _MESSAGE_EPILOG.format(
            message=message, summary=summary, connection=CONNECTION_HELP, entity=entity)
        parser = entities.add_parser(
            entity, help=plural, description=f"fetch {plural} from FlyteAdmin",
            epilog=epilog, parents=[common],
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        parser.add_argument("name", nargs="?", default=None, metavar="NAME",
                            help=f"the {kind}'s name")
        add_connection_options(parser)
        which = parser.add_mutually_exclusive_group()
        which.add_argument("--version", default=None, help="this version of NAME")
        which.add_argument("--latest", action="store_true", help="the latest version of NAME")
        parser.add_argument("-o", "--output", choices=("tree", "summary", "json", "yaml"),
                            default=None, help="how to print (see below)")
        parser.add_argument("--limit", type=int, default=100,
                            help="at most this many (default 100)")
        parser.add_argument("--filter", action="append", default=None, metavar="FILTER",
                            help="FlyteAdmin's filters, e.g. 'eq(version,v1)' (repeatable)")
        parser.set_defaults(run=run, kind=kind)


def run(args: argparse.Namespace) -> int:
    """One entity (NAME with ``--version`` or ``--latest``) or a list, printed as ``show``
    and ``ls`` print what they read."""
    from flyte_lite.cli.sources import CLIError

    if (args.version or args.latest) and not args.name:
        raise CLIError("", "--version and --latest need a NAME")
    single = bool(args.name and (args.version or args.latest))
    tasks = args.kind == "task"
    with one_line_errors(), connect(args) as remote:
        if single:
            found = [remote.fetch_task(name=args.name, version=args.version) if tasks else
                     remote.fetch_message(args.kind, name=args.name, version=args.version)]
        else:
            listing = remote.list_tasks if tasks else functools.partial(
                remote.list_messages, args.kind)
            found = list(listing(name=args.name, filters=args.filter, sort_by="created_at",
                                 limit=args.limit))
    entities = [_entity(item, single) for item in found]
    _write(entities, args.output or ("tree" if single else "lines"), single=single)
    return 0


def _entity(item: Any, single: bool) -> Entity:
    """A fetched task (a FlyteTask) or admin Workflow / LaunchPlan as the CLI's entity."""
    from flyte_lite.cli.common import Loaded
    from flyte_lite.cli.entities import entity_of
    from flyte_lite.models.admin.workflow import Workflow
    from flyte_lite.remote import FlyteTask

    origin = f"{item.id.name}@{item.id.version}"
    if isinstance(item, FlyteTask):
        return entity_of(Loaded(origin, item.to_flyte_idl(), "spec", False, single, task=item))
    kind = "admin-workflow" if isinstance(item, Workflow) else "launchplan"
    return entity_of(Loaded(origin, item, kind, False, single))


def _write(entities: list[Entity], output: str, *, single: bool) -> None:
    """``json``/``yaml``: the message fetched (a task's admin TaskSpec, else FlyteAdmin's
    Workflow or LaunchPlan); ``lines``: the version, then the ``ls`` line; else ``show``'s text."""
    from flyte_lite.cli.common import Output, dumps, write_json_documents
    from flyte_lite.cli.describe import entity_ls_line
    from flyte_lite.cli.show import write_readable

    out = sys.stdout
    if output in ("json", "yaml"):
        data = [entity.loaded.message.to_dict() for entity in entities]
        if output == "yaml":
            out.write(_yaml_text(data[0] if single else data))
        else:
            write_json_documents(out, (dumps(d, 2) for d in data), 2, array=not single)
        return
    if output == "lines":
        for entity in entities:
            version = entity.id.version if entity.id is not None else ""
            Output(out, False).line((f"{version} {entity_ls_line(entity)}", None))
        return
    write_readable(Output(out, False), entities, "summary" if output == "summary" else "tree")


def _yaml_text(data: Any) -> str:
    """``data`` as YAML, as ``flytectl -o yaml`` writes it (needs the ``yaml`` extra)."""
    import importlib

    from flyte_lite.cli.sources import CLIError

    try:
        yaml: Any = importlib.import_module("yaml")
    except ImportError:
        raise CLIError("", "-o yaml needs PyYAML: pip install 'flyte-lite[yaml]'") from None
    return str(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
