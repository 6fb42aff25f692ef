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
from typing import Any

from flyte_lite.cli.admin import (
    CONNECTION_HELP,
    add_connection_options,
    connect,
    one_line_errors,
)

__all__ = ["add_parser"]

_TASK_EPILOG = f"""\
output (-o):
  tree     flytekit's verbose_string() (the default for one task)
  summary  name, type, image, resources, retries, timeout, cache, inputs and outputs
  json     the admin TaskSpec as JSON; several tasks as a JSON array
  yaml     the YAML-like tree of `show --format yaml-like`
  (several tasks without -o: one line each, version first)

{CONNECTION_HELP}

examples:
  flyte-lite get task -p flytesnacks -d development
  flyte-lite get task -p flytesnacks -d development my.module.t1 --latest
  flyte-lite get task -p flytesnacks -d development my.module.t1 --version v2 -o json"""


_MESSAGE_EPILOG = """\
output (-o):
  tree     the admin {message}'s set fields, YAML-like (the default for one)
  summary  {summary}
  json     the admin {message} as JSON (flytectl's -o json); several as a JSON array
  yaml     the same as tree, with a `--- # name@version` line before each
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
    """One entity (NAME with ``--version`` or ``--latest``) or a list, printed: tasks as
    ``show`` prints them, workflows and launch plans as FlyteAdmin's messages."""
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
    write = _write if tasks else _write_messages
    write(found, args.output or ("tree" if single else "lines"), single=single)
    return 0


def _write_messages(messages: list[Any], output: str, *, single: bool) -> None:
    from flyte_lite.remote.pretty import tree_lines

    out = sys.stdout
    if output == "json":
        texts = [m.to_json(indent=2) for m in messages]
        out.write(texts[0] + "\n" if single else "[" + ",\n".join(texts) + "]\n")
        return
    for count, message in enumerate(messages):
        id = message.id
        lines, gist = _summary(message)
        if output == "lines":
            out.write(f"{id.version} {id.name} {gist}\n")
            continue
        if count and output != "yaml":
            out.write("\n")
        if output == "summary":
            out.write("\n".join(lines) + "\n")
            continue
        head = [f"--- # {id.name}@{id.version}"] if output == "yaml" else []
        out.write("\n".join([*head, *tree_lines(message, 0, verbose=True)]) + "\n")


def _summary(message: Any) -> tuple[list[str], str]:
    """A workflow's or launch plan's summary lines, and its one-line gist."""
    from flyte_lite.models.admin.workflow import Workflow, WorkflowSpec
    from flyte_lite.package import references

    id = message.id
    lines = [f"id: {id.project}/{id.domain}/{id.name}@{id.version}"]
    if isinstance(message, Workflow):
        closure = message.closure.compiled_workflow if message.closure is not None else None
        primary = closure.primary if closure is not None else None
        template = primary.template if primary is not None else None
        if template is None:
            return [*lines, "no compiled template"], "no compiled template"
        interface = template.interface
        inputs = interface.inputs.variables if interface and interface.inputs else {}
        outputs = interface.outputs.variables if interface and interface.outputs else {}
        calls = references(WorkflowSpec(template=template))
        tasks = list(dict.fromkeys(use.id.name for use in calls if use.kind == "task"))
        lines += [f"nodes: {len(template.nodes)}", f"inputs: {_names(inputs)}",
                  f"outputs: {_names(outputs)}", f"tasks: {', '.join(tasks) or '-'}"]
        return lines, f"{len(template.nodes)} nodes, {len(tasks)} tasks"
    spec, closure = message.spec, message.closure
    state = _enum_name(closure.state) if closure is not None else "-"
    wf = spec.workflow_id if spec is not None else None
    workflow = f"{wf.name}@{wf.version}" if wf is not None else "-"
    metadata = spec.entity_metadata if spec is not None else None
    schedule = metadata.schedule if metadata is not None else None
    when = schedule.to_json() if schedule is not None else "-"
    fixed = spec.fixed_inputs.literals if spec and spec.fixed_inputs else {}
    defaults = spec.default_inputs.parameters if spec and spec.default_inputs else {}
    lines += [f"state: {state}", f"workflow: {workflow}", f"schedule: {when}",
              f"fixed inputs: {_names(fixed)}", f"default inputs: {_names(defaults)}"]
    return lines, f"{state} -> {workflow}"


def _names(mapping: Any) -> str:
    return ", ".join(sorted(mapping)) or "-"


def _enum_name(value: int) -> str:
    return getattr(value, "name", str(int(value)))


def _write(tasks: list[Any], output: str, *, single: bool) -> None:
    from flyte_lite.cli.describe import ls_line, summary_lines
    from flyte_lite.remote.pretty import tree_lines

    out = sys.stdout
    if output == "json":
        texts = [task.to_json(indent=2) for task in tasks]
        out.write(texts[0] + "\n" if single else "[" + ",\n".join(texts) + "]\n")
        return
    for count, task in enumerate(tasks):
        if output == "lines":
            out.write(f"{task.id.version} {ls_line(task)}\n")
            continue
        if count and output in ("tree", "summary"):
            out.write("\n")
        if output == "tree":
            out.write(task.verbose_string() + "\n")
        elif output == "summary":
            out.write("\n".join(summary_lines(task)) + "\n")
        else:
            lines = [f"--- # {task.id.name}@{task.id.version}",
                     *tree_lines(task.to_flyte_idl(), 0, verbose=True)]
            out.write("\n".join(lines) + "\n")
