"""Reading Flyte entities from the places the command accepts: files, packages, folders, stdin.

A ``.pb`` file holds one message: an admin ``TaskSpec``, ``TaskTemplate`` or admin
``Task``, an admin ``WorkflowSpec`` or admin ``Workflow``, or an admin ``LaunchPlan``,
told by ``--type`` or detected (see :func:`decode_message`). A ``.json`` file holds one
message in any of protobuf's JSON dialects, a JSON array of them (``flytectl get task
NAME -o json``) or FlyteAdmin's list answer (``{"tasks": [...], "token": ...}``, and the
same with ``workflows`` or ``launchPlans``); a ``.yaml`` file the same as ``flytectl -o
yaml`` writes it (with the ``yaml`` extra). A ``pyflyte package`` archive and a ``pyflyte
serialize`` folder hold ``{index}_{name}_{k}.pb`` entries: ``k=1`` admin ``TaskSpec``,
``k=2`` admin ``WorkflowSpec``, ``k=3`` admin ``LaunchPlan``; they are read in pyflyte's
numbering order. ``-`` is standard input: binary, JSON, YAML or an archive.
"""

from __future__ import annotations

import datetime
import importlib
import io
import os
import re
import sys
from collections.abc import Iterator
from typing import Any, BinaryIO, Optional, cast

import orjson

from flyte_lite.cli.common import (
    DEFAULT_MAX_SIZE,
    ENTITY_OF,
    KIND_TITLES,
    CLIError,
    Loaded,
    Reader,
)
from flyte_lite.json_format import JSONError
from flyte_lite.message import Message
from flyte_lite.models.admin.launch_plan import LaunchPlan as AdminLaunchPlan
from flyte_lite.models.admin.task import Task as AdminTask
from flyte_lite.models.admin.task import TaskSpec
from flyte_lite.models.admin.workflow import Workflow as AdminWorkflow
from flyte_lite.models.admin.workflow import WorkflowSpec
from flyte_lite.models.core.identifier import Identifier, ResourceType
from flyte_lite.models.core.tasks import TaskTemplate
from flyte_lite.package import tarstream
from flyte_lite.package.entries import (
    EntryTooLarge,
    NotAnArchive,
    PackageError,
    archive_entries,
    parse_entry_name,
    read_entries,
    read_file,
)
from flyte_lite.remote import FlyteTask
from flyte_lite.remote.task import BYTES_KINDS as TASK_KINDS
from flyte_lite.wire import DecodeError, specs_of
from flyte_lite.wire.primitives import decode_varint

__all__ = [
    "DEFAULT_MAX_SIZE",
    "ENTITY_OF",
    "KINDS",
    "KIND_TITLES",
    "NOT_FLYTE",
    "TASK_KINDS",
    "CLIError",
    "Loaded",
    "Reader",
    "decode_message",
    "iter_messages",
    "iter_tasks",
    "json_kind",
    "looks_like_json",
    "task_of",
]

#: The message class of each kind ``--type`` names: ``TASK_KINDS`` (FlyteTask's
#: ``from_bytes`` kinds, in the order detection prefers them), then the others.
KINDS: dict[str, type[Message]] = {
    **TASK_KINDS,
    "workflow": WorkflowSpec,
    "admin-workflow": AdminWorkflow,
    "launchplan": AdminLaunchPlan,
}
NOT_FLYTE = "not a Flyte task, workflow or launch plan"

STDIN = "-"
_ARCHIVE_SUFFIXES = (".tgz", ".tar.gz", ".tar", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
#: What pyflyte's ``_2`` and ``_3`` entries hold, and the same by identifier resource type.
#: The kind of message each of pyflyte's entries holds, by the kind its name says.
_ENTRY_KINDS = {"task": "spec", "workflow": "workflow", "launch plan": "launchplan"}
#: Binary readings tried when no task reading is plausible: where the identifier is (field
#: numbers), the resource type it must have, and the kind then read.
_ENTITY_READINGS = (
    ((1, 1), ResourceType.WORKFLOW, "workflow"),
    ((1,), ResourceType.WORKFLOW, "admin-workflow"),
    ((1,), ResourceType.LAUNCH_PLAN, "launchplan"),
)
#: Top-level keys of FlyteAdmin's list answers, and the kind of their items.
_LISTS = {"tasks": "task", "workflows": "admin-workflow", "launchPlans": "launchplan",
          "launch_plans": "launchplan"}
_BOM = b"\xef\xbb\xbf"
_YAML_START = re.compile(rb"(---|-? *[\"']?[A-Za-z_][A-Za-z0-9_]*[\"']? *:)")


# --- one binary message -----------------------------------------------------------------------


def decode_message(data: bytes, kind: Optional[str]) -> tuple[Message, str]:
    """Decode binary ``data`` as ``kind``, or as the kind whose reading is plausible.

    The wire format has no type tag, so bytes of one kind usually decode as another too,
    with nonsense in them. A task reading is plausible when the message, its template and
    the template's identifier have no unknown fields at their top, and the identifier
    names a task (resource type ``TASK``) with a printable name; the first plausible kind
    in the order admin ``TaskSpec``, ``TaskTemplate``, admin ``Task`` wins. Then the
    bytes are a workflow or launch plan when they hold, where that message has its
    identifier, one of that resource type (see :data:`_ENTITY_READINGS`) and decode as
    that message with no unknown fields at its top. When no task kind decodes, the
    ``DecodeError`` that read furthest is raised; when none is plausible, a
    ``ValueError`` saying so.
    """
    if kind is not None:
        return KINDS[kind].from_bytes(data), kind
    errors: list[DecodeError] = []
    for name, cls in TASK_KINDS.items():
        try:
            message = cls.from_bytes(data)
        except DecodeError as exc:
            errors.append(exc)
            continue
        if _plausible(message):
            return message, name
    other = _entity_reading(data)
    if other is not None:
        return other
    if len(errors) == len(TASK_KINDS):
        raise max(errors, key=lambda e: e.offset)  # max keeps the first of equals
    raise ValueError(
        f"{NOT_FLYTE}: no reading of the bytes has an identifier of resource type TASK, "
        "WORKFLOW or LAUNCH_PLAN and no unknown fields at the top; --type reads them as "
        "one kind regardless"
    )


def _plausible(message: Message) -> bool:
    template = _template_of(message)
    if message._unknown_fields or template is None or template._unknown_fields:
        return False
    ident = template.id
    if isinstance(message, AdminTask) and message.id is not None:
        ident = message.id
    return _task_identifier(ident)


def _template_of(message: Message) -> Optional[TaskTemplate]:
    if isinstance(message, TaskTemplate):
        return message
    if isinstance(message, TaskSpec):
        return message.template
    if isinstance(message, AdminTask):
        compiled = message.closure.compiled_task if message.closure is not None else None
        return compiled.template if compiled is not None else None
    return None


def _task_identifier(ident: Optional[Identifier]) -> bool:
    return _identifier_of(ident, ResourceType.TASK)


def _identifier_of(ident: Optional[Identifier], resource: ResourceType) -> bool:
    return (
        ident is not None
        and not ident._unknown_fields
        and ident.resource_type == resource
        and ident.name.isprintable()
        and bool(ident.name)
    )


def _entity_reading(data: bytes) -> Optional[tuple[Message, str]]:
    """The workflow or launch plan in ``data``, told by its identifier, with no unknown
    fields at the top of the message, its template or its spec; else ``None``."""
    for path, resource, kind in _ENTITY_READINGS:
        raw = _field_bytes(data, path)
        if raw is None:
            continue
        try:
            ident = Identifier.from_bytes(raw)
            if not _identifier_of(ident, resource):
                continue
            message = KINDS[kind].from_bytes(data)
        except DecodeError:
            continue
        parts = (message, getattr(message, "template", None), getattr(message, "spec", None))
        if not any(part._unknown_fields for part in parts if part is not None):
            return message, kind
    return None


def _field_bytes(data: bytes, path: tuple[int, ...]) -> Optional[bytes]:
    """The last length-delimited field at ``path`` (field numbers), or ``None``."""
    for number in path:
        found, pos, end = None, 0, len(data)
        try:
            while pos < end:
                tag, pos = decode_varint(data, pos, end)
                wire_type = tag & 7
                if wire_type == 0:
                    _, pos = decode_varint(data, pos, end)
                elif wire_type == 1:
                    pos += 8
                elif wire_type == 5:
                    pos += 4
                elif wire_type == 2:
                    size, pos = decode_varint(data, pos, end)
                    if tag >> 3 == number and pos + size <= end:
                        found = data[pos : pos + size]
                    pos += size
                else:
                    return None
        except DecodeError:
            return None
        if found is None or pos != end:
            return None
        data = found
    return data


# --- JSON and YAML ----------------------------------------------------------------------------


def json_kind(tree: Any) -> str:
    """The task kind a JSON object most likely is, by its top-level field names.

    The kind with the fewest names it does not know wins, ties going to admin
    ``TaskSpec``, then ``TaskTemplate``; anything that is not an object counts as a
    ``TaskSpec`` (its parser then says what is wrong).
    """
    if isinstance(tree, (bytes, str)):
        try:
            tree = orjson.loads(tree)
        except orjson.JSONDecodeError:
            return "spec"
    if not isinstance(tree, dict):
        return "spec"

    def strangers(cls: type[Message]) -> int:
        names = {n for spec in specs_of(cls) for n in (spec.name, spec.json_name)}
        return sum(1 for key in tree if key not in names)

    return min(TASK_KINDS, key=lambda k: strangers(TASK_KINDS[k]))


def looks_like_json(data: bytes) -> bool:
    """Whether ``data`` is JSON text (an object or an array) rather than protobuf bytes.

    It must start with ``{`` or ``[`` (after a byte order mark and whitespace) and parse
    as JSON: protobuf bytes can start that way too (``0a 7b`` is field 1 with a length of
    123). UTF-8 text starting that way that is neither JSON nor any message counts as
    malformed JSON, so that the JSON parser says what is wrong with it.
    """
    text = data.removeprefix(_BOM).lstrip(b" \t\r\n")
    if not text.startswith((b"{", b"[")):
        return False
    try:
        orjson.loads(text)
    except orjson.JSONDecodeError:
        try:
            text.decode("utf-8")
        except UnicodeDecodeError:
            return False
        try:
            decode_message(data, None)
        except (DecodeError, ValueError):
            return True  # malformed JSON: let its parser say why
        return False
    return True


def _looks_like_yaml(data: bytes) -> bool:
    try:
        text = data.removeprefix(_BOM).decode("utf-8")
    except UnicodeDecodeError:
        return False
    lines = (line for line in text.splitlines() if line.strip() and not line.startswith("#"))
    first = next(lines, "")
    return _YAML_START.match(first.encode()) is not None and first.isprintable()


def _json_messages(origin: str, data: bytes, reader: Reader) -> Iterator[Loaded]:
    data = data.removeprefix(_BOM)  # some Windows tools write one; JSON parsers refuse it
    try:
        tree = orjson.loads(data)
    except orjson.JSONDecodeError:
        tree = None  # malformed, or a number orjson cannot hold: from_json says which
    if tree is None or (isinstance(tree, dict) and _list_key(tree) is None):
        yield _tree_message(origin, tree, reader, single=True, text=data)
        return
    yield from _tree_messages(origin, tree, reader)


def _yaml_messages(origin: str, data: bytes, reader: Reader) -> Iterator[Loaded]:
    """The documents of ``flytectl -o yaml`` output: each a message or a list of them."""
    documents = _load_yaml(origin, data)
    if len(documents) == 1:
        yield from _tree_messages(origin, documents[0], reader)
        return
    items = [i for d in documents for i in (d if isinstance(d, list) else [d])]
    yield from _tree_messages(origin, items, reader)


def _load_yaml(origin: str, data: bytes) -> list[Any]:
    try:
        yaml: Any = importlib.import_module("yaml")
    except ImportError:
        raise CLIError(
            origin, "reading YAML needs PyYAML: pip install 'flyte-lite[yaml]'"
        ) from None

    def compose_node(self: Any, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.events.AliasEvent):  # a few aliases can stand for billions
            raise yaml.composer.ComposerError(
                None, None, "aliases are not JSON data", self.peek_event().start_mark
            )
        return yaml.SafeLoader.compose_node(self, parent, index)

    # YAML as JSON data: no aliases; timestamps stay the strings protobuf's JSON reads
    loader: Any = type("JSONDataLoader", (yaml.SafeLoader,), {"compose_node": compose_node})
    loader.yaml_implicit_resolvers = {
        key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    try:
        documents = [d for d in yaml.load_all(data, Loader=loader) if d is not None]
    except yaml.YAMLError as exc:
        raise CLIError(origin, f"invalid YAML: {' '.join(str(exc).split())}") from None
    if not documents:
        raise CLIError(origin, "empty: no message to read")
    for document in documents:
        _check_json_data(origin, document)
    return documents


def _check_json_data(origin: str, value: Any) -> None:
    """YAML can hold what JSON cannot (dates, binary, non-string keys): refuse those."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key in item:
                if not isinstance(key, str):
                    raise CLIError(origin, f"a YAML mapping key that is not a string: {key!r}")
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, (bytes, datetime.date)):
            raise CLIError(origin, f"a YAML value JSON cannot hold: {item!r}")


def _tree_messages(origin: str, tree: Any, reader: Reader) -> Iterator[Loaded]:
    """The messages in JSON data: an object, FlyteAdmin's list answer, or a list of those."""
    items = tree if isinstance(tree, list) else [tree]
    many = isinstance(tree, list)
    if not items:
        raise CLIError(origin, "an empty list: nothing to read")
    for position, item in enumerate(items):
        where = f"{origin}[{position}]" if many else origin
        key = _list_key(item) if isinstance(item, dict) else None
        if key is not None:
            yield from _admin_list(where, item, key, reader)
            continue
        yield _tree_message(where, item, reader, single=not many)


def _list_key(tree: dict[str, Any]) -> Optional[str]:
    for key in _LISTS:
        if isinstance(tree.get(key), list) and set(tree) <= {key, "token"}:
            return key
    return None


def _admin_list(origin: str, tree: dict[str, Any], key: str, reader: Reader) -> Iterator[Loaded]:
    token = tree.get("token")
    if token:
        reader.warn(
            f"{origin}: warning: FlyteAdmin's list has more pages (token {token!r}); "
            "only this page is read"
        )
    items = tree[key]
    if not items:
        raise CLIError(origin, f"FlyteAdmin's list holds no {ENTITY_OF[_LISTS[key]]}s")
    kind = None if key == "tasks" else _LISTS[key]  # tasks: admin Tasks, or as detected
    for position, item in enumerate(items):
        yield _tree_message(f"{origin}.{key}[{position}]", item, reader, single=False, kind=kind)


def _tree_message(
    origin: str,
    tree: Any,
    reader: Reader,
    *,
    single: bool,
    text: Optional[bytes] = None,
    kind: Optional[str] = None,
) -> Loaded:
    """The message in JSON data ``tree``; or in ``text``, the JSON it was read from, when
    given (then read again exactly: duplicate keys, numbers orjson cannot hold). ``kind``
    is the kind a FlyteAdmin list holds."""
    if text is None and not isinstance(tree, dict):
        raise CLIError(origin, f"expected a message as a JSON object, got {_json_type(tree)}")
    kind = reader.kind or kind or (_json_entity_kind(tree) if isinstance(tree, dict) else "spec")
    try:
        cls = KINDS[kind]
        message = cls.from_json(text) if text is not None else cls.from_dict(tree)
    except JSONError as exc:
        raise CLIError(origin, str(exc)) from None
    _note_kind(origin, kind, True, reader)
    return Loaded(origin, message, kind, True, single=single)


def _json_entity_kind(tree: dict[str, Any]) -> str:
    """The kind of a JSON object: by its identifiers' resource types, else by its fields.

    An admin ``WorkflowSpec`` has a ``template`` with a workflow's identifier or nodes, an
    admin ``Workflow`` a workflow's identifier or a ``closure.compiledWorkflow``, an admin
    ``LaunchPlan`` a launch plan's identifier or a ``spec``; the rest is a task kind
    (:func:`json_kind`).
    """
    template, closure = tree.get("template"), tree.get("closure")
    template = template if isinstance(template, dict) else {}
    closure = closure if isinstance(closure, dict) else {}
    resource, template_resource = _resource_of(tree.get("id")), _resource_of(template.get("id"))
    if template_resource == ResourceType.WORKFLOW or "nodes" in template:
        return "workflow"
    compiled = {"compiledWorkflow", "compiled_workflow"} & set(closure)
    if resource == ResourceType.WORKFLOW or compiled:
        return "admin-workflow"
    if resource == ResourceType.LAUNCH_PLAN or isinstance(tree.get("spec"), dict):
        return "launchplan"
    return json_kind(tree)


def _resource_of(ident: Any) -> Optional[ResourceType]:
    """The resource type a JSON identifier names (by name or number), if any."""
    if not isinstance(ident, dict):
        return None
    value = ident.get("resourceType", ident.get("resource_type"))
    for resource in ResourceType:
        if value in (resource.name, int(resource)):
            return resource
    return None


def _json_type(value: Any) -> str:
    names = {str: "a string", bool: "a boolean", int: "a number", float: "a number",
             list: "a list", type(None): "null"}
    return names.get(type(value), type(value).__name__)


# --- one input --------------------------------------------------------------------------------


def iter_messages(
    path: str, reader: Reader, *, stdin: Optional[BinaryIO] = None
) -> Iterator[Loaded]:
    """Every message in ``path`` (a file, package, folder or ``-``), one at a time."""
    if path == STDIN:
        stream = stdin or sys.stdin.buffer
        head = _read_up_to(stream, tarstream.HEAD_SIZE)
        if tarstream.is_archive(head):
            yield from _package_messages("<stdin>", reader, cast(BinaryIO, _Prefixed(head, stream)),
                                         head)
            return
        data = head + _read_up_to(stream, reader.max_size + 1 - len(head))
        _check_size("<stdin>", len(data), reader)
        yield from _file_messages("<stdin>", data, reader)
        return
    if os.path.isdir(path) or _is_archive_name(path):
        yield from _package_messages(path, reader)
        return
    data = _read_file(path, reader)
    if tarstream.is_archive(data[:tarstream.HEAD_SIZE]):
        yield from _package_messages(path, reader, io.BytesIO(data), data[:tarstream.HEAD_SIZE])
        return
    yield from _file_messages(path, data, reader)


def iter_tasks(
    path: str, reader: Reader, *, stdin: Optional[BinaryIO] = None
) -> Iterator[tuple[Loaded, FlyteTask]]:
    """Every task in ``path``, with the message it was read from; notes what else is
    skipped (workflows, launch plans)."""
    for loaded in iter_messages(path, reader, stdin=stdin):
        if ENTITY_OF[loaded.kind] == "task":
            yield loaded, task_of(loaded)
        else:
            reader.note(f"{loaded.origin}: skipped {ENTITY_OF[loaded.kind]}")


def task_of(loaded: Loaded) -> FlyteTask:
    """The task in a message of a task kind that was read; refuses one that names
    something else (its identifier's resource type)."""
    task = loaded.task
    if task is None:
        try:
            task = FlyteTask.from_flyte_idl(loaded.message)
        except (TypeError, ValueError) as exc:
            raise CLIError(loaded.origin, str(exc)) from None
    resource = task.id.resource_type
    if resource not in (ResourceType.TASK, ResourceType.UNSPECIFIED):
        raise CLIError(
            loaded.origin,
            f"read as {KIND_TITLES[loaded.kind]}, but its identifier's resource type is "
            f"{resource.name}, not TASK",
        )
    return task


def _file_messages(origin: str, data: bytes, reader: Reader) -> Iterator[Loaded]:
    if not data:
        raise CLIError(origin, "empty: no message to read")
    name = origin.lower()
    if name.endswith((".yaml", ".yml")):
        yield from _yaml_messages(origin, data, reader)
        return
    binary_name = name.endswith((".pb", ".bin", ".binpb"))
    if name.endswith(".json") or (not binary_name and looks_like_json(data)):
        yield from _json_messages(origin, data, reader)
        return
    entry = parse_entry_name(os.path.basename(origin))
    kind = reader.kind
    if kind is None and entry is not None and entry.kind != "task":  # pyflyte's name tells
        kind = _ENTRY_KINDS[entry.kind]
    try:
        message, kind = decode_message(data, kind)
    except ValueError as exc:  # DecodeError too
        if not binary_name and _looks_like_yaml(data):
            yield from _yaml_messages(origin, data, reader)
            return
        detail = str(exc)
        if isinstance(exc, DecodeError) and reader.kind is None:
            detail = f"{NOT_FLYTE}: {detail}"
        elif kind is not None:
            detail += _other_reading(data, kind)
        raise CLIError(origin, detail) from None
    _note_kind(origin, kind, False, reader)
    yield Loaded(origin, message, kind, False, single=True)


def _other_reading(data: bytes, kind: str) -> str:
    """What to add to the error of reading ``data`` as ``kind``: the kind they read as."""
    try:
        other = decode_message(data, None)[1]
    except ValueError:  # DecodeError too
        return ""
    return "" if other == kind else f"; the bytes read as {KIND_TITLES[other]} (--type {other})"


def _note_kind(origin: str, kind: str, is_json: bool, reader: Reader) -> None:
    if reader.kind is None:
        form = " JSON" if is_json else ""
        reader.note(f"{origin}: read as {KIND_TITLES[kind]}{form} (detected; --type to choose)")


def _entry_message(origin: str, data: bytes, ext: str, entry_kind: str,
                   reader: Reader) -> Loaded:
    """A package or folder entry, binary or JSON: an admin ``TaskSpec``, admin
    ``WorkflowSpec`` or admin ``LaunchPlan`` (``entry_kind`` ``task``, ``workflow``,
    ``launch plan``)."""
    kind = _ENTRY_KINDS[entry_kind]
    if kind != "spec":
        cls = KINDS[kind]
        try:
            message = cls.from_json(data) if ext == "json" else cls.from_bytes(data)
        except ValueError as exc:  # DecodeError, JSONError
            raise CLIError(origin, str(exc)) from None
        return Loaded(origin, message, kind, ext == "json", single=False)
    task = reader.seen.get(data) if reader.seen is not None else None
    if task is None:
        try:  # decoded bytes hold only values that can be written: no check needed
            task = FlyteTask.from_json(data) if ext == "json" else FlyteTask.from_bytes(data)
        except ValueError as exc:  # DecodeError, JSONError, or no template
            raise CLIError(origin, str(exc)) from None
        if reader.seen is not None:
            reader.seen[data] = task
    return Loaded(origin, task.to_flyte_idl(), "spec", ext == "json", single=False, task=task)


# --- packages and folders ---------------------------------------------------------------------


def _package_messages(path: str, reader: Reader, raw: Optional[BinaryIO] = None,
                      head: bytes = b"") -> Iterator[Loaded]:
    """The entries of a package (an archive read from ``raw``, from ``path`` if it is
    None, or a folder), in pyflyte's numbering order; each entry's size is checked
    against the limit before it is read."""
    try:
        if raw is not None:
            entries = archive_entries(path, raw, head, max_size=reader.max_size)
        else:
            entries = read_entries(path, max_size=reader.max_size)
    except PackageError as exc:
        raise _cli_error(exc) from None
    for entry in entries:
        yield _entry_message(entry.origin, entry.data, entry.entry.ext, entry.entry.kind, reader)


# --- files ------------------------------------------------------------------------------------


def _check_size(origin: str, size: int, reader: Reader) -> None:
    if size > reader.max_size:
        raise CLIError(
            origin,
            f"{size} bytes, over the {reader.max_size}-byte limit; not read "
            "(--max-size to raise it)",
        )


def _read_file(path: str, reader: Reader) -> bytes:
    try:
        return read_file(path, reader.max_size)
    except PackageError as exc:
        raise _cli_error(exc) from None


def _cli_error(exc: PackageError) -> CLIError:
    """The CLI's words for a package reader's error."""
    if isinstance(exc, EntryTooLarge):
        return CLIError(exc.origin, f"{exc.reason} (--max-size to raise it)")
    if isinstance(exc, NotAnArchive):
        return CLIError(exc.origin, f"{NOT_FLYTE}, nor a pyflyte package: {exc.reason}")
    return CLIError(exc.origin, exc.reason)


def _is_archive_name(path: str) -> bool:
    return path.lower().endswith(_ARCHIVE_SUFFIXES)


def _read_up_to(stream: BinaryIO, size: int) -> bytes:
    chunks = []
    while size > 0:
        chunk = stream.read(size)
        if not chunk:
            break
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


class _Prefixed:
    """A read-only stream: ``head`` (already read), then the rest of ``stream``."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self.head = head
        self._rest = head
        self._stream = stream

    def read(self, size: int = -1) -> bytes:
        if self._rest:
            if size < 0:
                data, self._rest = self._rest + self._stream.read(), b""
                return data
            data, self._rest = self._rest[:size], self._rest[size:]
            return data
        return self._stream.read(size)
