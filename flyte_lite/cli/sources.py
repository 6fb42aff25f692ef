"""Reading tasks from the places the command accepts: files, packages, folders, stdin.

A ``.pb`` file holds one message: an admin ``TaskSpec``, ``TaskTemplate`` or admin
``Task``, told by ``--type`` or detected (see :func:`decode_message`). A ``.json`` file
holds one message in any of protobuf's JSON dialects, a JSON array of them (``flytectl
get task NAME -o json``) or FlyteAdmin's list answer ``{"tasks": [...], "token": ...}``;
a ``.yaml`` file the same as ``flytectl -o yaml`` writes it (with the ``yaml`` extra). A
``pyflyte package`` archive and a ``pyflyte serialize`` folder hold
``{index}_{name}_{k}.pb`` entries: ``k=1`` admin ``TaskSpec`` (read), ``k=2`` workflows
and ``k=3`` launch plans (named in a note and skipped); they are read in pyflyte's
numbering order. ``-`` is standard input: binary, JSON, YAML or an archive.

Workflows and launch plans given on their own are refused with one line that says what
they are: flyte-lite reads tasks only for now.
"""

from __future__ import annotations

import datetime
import importlib
import io
import os
import re
import sys
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO, NamedTuple, Optional, cast

import orjson

from flyte_lite.cli import tarstream
from flyte_lite.cli.common import DEFAULT_MAX_SIZE, CLIError, Loaded, Reader
from flyte_lite.json_format import JSONError
from flyte_lite.message import Message
from flyte_lite.models.admin.task import Task as AdminTask
from flyte_lite.models.admin.task import TaskSpec
from flyte_lite.models.core.identifier import Identifier, ResourceType
from flyte_lite.models.core.tasks import TaskTemplate
from flyte_lite.remote import FlyteTask
from flyte_lite.wire import DecodeError, specs_of
from flyte_lite.wire.primitives import decode_varint

__all__ = [
    "DEFAULT_MAX_SIZE",
    "KINDS",
    "KIND_TITLES",
    "NOT_FLYTE",
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

#: The message class of each kind, in the order detection prefers them.
KINDS: dict[str, type[Message]] = {"spec": TaskSpec, "template": TaskTemplate, "task": AdminTask}
KIND_TITLES = {"spec": "admin TaskSpec", "template": "TaskTemplate", "task": "admin Task"}
NOT_FLYTE = "not a Flyte task spec, template or admin Task"

STDIN = "-"
_ARCHIVE_SUFFIXES = (".tgz", ".tar.gz", ".tar", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
_ENTRY = re.compile(r"(?P<index>\d+)_(?P<name>.+)_(?P<k>[123])\.(?P<ext>pb|json)\Z")
#: What pyflyte's ``_2`` and ``_3`` entries hold, and the same by identifier resource type.
_ENTRY_KINDS = {"2": "workflow spec", "3": "launch plan"}
_RESOURCE_KINDS = {
    ResourceType.WORKFLOW: "workflow spec",
    ResourceType.LAUNCH_PLAN: "launch plan",
    ResourceType.DATASET: "dataset",
}
#: Top-level keys of FlyteAdmin's list answers for what is not a task.
_OTHER_LISTS = {"workflows": "workflows", "launchPlans": "launch plans",
                "launch_plans": "launch plans"}
_BOM = b"\xef\xbb\xbf"
_SNIFF_SIZE = 512  # a tar header: "ustar" sits at bytes 257-262
_YAML_START = re.compile(rb"(---|-? *[\"']?[A-Za-z_][A-Za-z0-9_]*[\"']? *:)")


# --- one binary message -----------------------------------------------------------------------


def decode_message(data: bytes, kind: Optional[str]) -> tuple[Message, str]:
    """Decode binary ``data`` as ``kind``, or as the kind whose reading is plausible.

    The wire format has no type tag, so bytes of one kind usually decode as another too,
    with nonsense in them. A reading is plausible when the message, its template and the
    template's identifier have no unknown fields at their top, and the identifier names a
    task (resource type ``TASK``) with a printable name; the first plausible kind in the
    order admin ``TaskSpec``, ``TaskTemplate``, admin ``Task`` wins. When no kind decodes,
    the ``DecodeError`` that read furthest is raised; when none is plausible, a
    ``ValueError`` saying so.
    """
    if kind is not None:
        return KINDS[kind].from_bytes(data), kind
    errors: list[DecodeError] = []
    for name, cls in KINDS.items():
        try:
            message = cls.from_bytes(data)
        except DecodeError as exc:
            errors.append(exc)
            continue
        if _plausible(message):
            return message, name
    if len(errors) == len(KINDS):
        raise max(errors, key=lambda e: e.offset)  # max keeps the first of equals
    raise ValueError(
        f"{NOT_FLYTE}: no reading of the bytes is a task (an identifier of resource type TASK, "
        "no unknown fields at the top); --type reads them as one kind regardless"
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
    return (
        ident is not None
        and not ident._unknown_fields
        and ident.resource_type == ResourceType.TASK
        and ident.name.isprintable()
        and bool(ident.name)
    )


def _other_entity(data: bytes) -> Optional[str]:
    """What the bytes are when they hold the identifier of a workflow or launch plan.

    An admin ``LaunchPlan`` has its identifier in field 1, an admin ``WorkflowSpec`` in
    field 1 of field 1 (its template), like a ``TaskTemplate`` and an admin ``TaskSpec``.
    """
    for path in ((1,), (1, 1)):
        raw = _field_bytes(data, path)
        if raw is None:
            continue
        try:
            ident = Identifier.from_bytes(raw)
        except DecodeError:
            continue
        what = _RESOURCE_KINDS.get(ident.resource_type)
        if what is not None and not ident._unknown_fields and ident.name.isprintable():
            because = f"its identifier's resource type is {ident.resource_type.name}"
            return _not_a_task(what, because)
    return None


def _not_a_task(what: str, because: str) -> str:
    return f"is a {what}, not a task ({because}); flyte-lite reads tasks only for now"


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
    """The kind a JSON object most likely is, by its top-level field names.

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

    return min(KINDS, key=lambda k: strangers(KINDS[k]))


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
        raise CLIError(origin, "an empty list: no task to read")
    for position, item in enumerate(items):
        where = f"{origin}[{position}]" if many else origin
        key = _list_key(item) if isinstance(item, dict) else None
        if key is not None:
            yield from _admin_list(where, item, key, reader)
            continue
        yield _tree_message(where, item, reader, single=not many)


def _list_key(tree: dict[str, Any]) -> Optional[str]:
    for key in ("tasks", *_OTHER_LISTS):
        if isinstance(tree.get(key), list) and set(tree) <= {key, "token"}:
            return key
    return None


def _admin_list(origin: str, tree: dict[str, Any], key: str, reader: Reader) -> Iterator[Loaded]:
    if key != "tasks":
        raise CLIError(
            origin, f"is FlyteAdmin's list of {_OTHER_LISTS[key]}; flyte-lite reads tasks only"
        )
    token = tree.get("token")
    if token:
        reader.warn(
            f"{origin}: warning: FlyteAdmin's list has more pages (token {token!r}); "
            "only this page is read"
        )
    tasks = tree["tasks"]
    if not tasks:
        raise CLIError(origin, "FlyteAdmin's list holds no tasks")
    for position, item in enumerate(tasks):
        yield _tree_message(f"{origin}.tasks[{position}]", item, reader, single=False)


def _tree_message(
    origin: str, tree: Any, reader: Reader, *, single: bool, text: Optional[bytes] = None
) -> Loaded:
    """The message in JSON data ``tree``; or in ``text``, the JSON it was read from, when
    given (then read again exactly: duplicate keys, numbers orjson cannot hold)."""
    if text is None and not isinstance(tree, dict):
        raise CLIError(origin, f"expected a task as a JSON object, got {_json_type(tree)}")
    kind = reader.kind or (_checked_kind(origin, tree) if isinstance(tree, dict) else "spec")
    try:
        cls = KINDS[kind]
        message = cls.from_json(text) if text is not None else cls.from_dict(tree)
    except JSONError as exc:
        raise CLIError(origin, str(exc)) from None
    _note_kind(origin, kind, True, reader)
    return Loaded(origin, message, kind, True, single=single)


def _checked_kind(origin: str, tree: dict[str, Any]) -> str:
    """The kind of a JSON object; refuses a workflow or launch plan by its identifier."""
    for ident in (tree.get("id"), (tree.get("template") or {}).get("id")):
        if isinstance(ident, dict):
            value = ident.get("resourceType", ident.get("resource_type"))
            for resource, what in _RESOURCE_KINDS.items():
                if value in (resource.name, int(resource)):
                    raise CLIError(
                        origin, _not_a_task(what, f"its identifier's resource type is {value}")
                    )
    return json_kind(tree)


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
        head = _read_up_to(stream, _SNIFF_SIZE)
        if _has_archive_magic(head):
            yield from _archive_messages("<stdin>", _Prefixed(head, stream), reader)
            return
        data = head + _read_up_to(stream, reader.max_size + 1 - len(head))
        _check_size("<stdin>", len(data), reader)
        yield from _file_messages("<stdin>", data, reader)
        return
    if os.path.isdir(path):
        yield from _folder_messages(path, reader)
        return
    if _is_archive_name(path):
        yield from _archive_messages(path, None, reader)
        return
    data = _read_file(path, reader)
    if _has_archive_magic(data[:_SNIFF_SIZE]):
        yield from _archive_messages(path, _Prefixed(data, io.BytesIO()), reader)
        return
    yield from _file_messages(path, data, reader)


def iter_tasks(
    path: str, reader: Reader, *, stdin: Optional[BinaryIO] = None
) -> Iterator[tuple[Loaded, FlyteTask]]:
    """Every task in ``path``, with the message it was read from."""
    for loaded in iter_messages(path, reader, stdin=stdin):
        yield loaded, task_of(loaded)


def task_of(loaded: Loaded) -> FlyteTask:
    """The task in a message that was read; refuses what is not a task."""
    task = loaded.task
    if task is None:
        try:
            task = FlyteTask.from_flyte_idl(loaded.message)
        except (TypeError, ValueError) as exc:
            raise CLIError(loaded.origin, str(exc)) from None
    what = _RESOURCE_KINDS.get(task.id.resource_type)
    if what is not None:
        because = f"its identifier's resource type is {task.id.resource_type.name}"
        raise CLIError(loaded.origin, _not_a_task(what, because))
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
    entry = _ENTRY.match(os.path.basename(origin))
    if reader.kind is None and entry is not None and entry["k"] in _ENTRY_KINDS:
        what = _ENTRY_KINDS[entry["k"]]
        because = f"pyflyte's _{entry['k']}.pb files hold {what}s"
        raise CLIError(origin, _not_a_task(what, because))
    try:
        message, kind = decode_message(data, reader.kind)
    except ValueError as exc:  # DecodeError too
        other = _other_entity(data)
        if other is not None:
            raise CLIError(origin, other) from None
        if not binary_name and _looks_like_yaml(data):
            yield from _yaml_messages(origin, data, reader)
            return
        detail = str(exc)
        if isinstance(exc, DecodeError) and reader.kind is None:
            detail = f"{NOT_FLYTE}: {detail}"
        raise CLIError(origin, detail) from None
    _note_kind(origin, kind, False, reader)
    yield Loaded(origin, message, kind, False, single=True)


def _note_kind(origin: str, kind: str, is_json: bool, reader: Reader) -> None:
    if reader.kind is None:
        form = " JSON" if is_json else ""
        reader.note(f"{origin}: read as {KIND_TITLES[kind]}{form} (detected; --type to choose)")


def _entry_message(origin: str, data: bytes, ext: str, reader: Reader) -> Loaded:
    """A package or folder entry: an admin ``TaskSpec``, binary or JSON."""
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


class _Entry(NamedTuple):
    order: tuple[int, str]
    origin: str
    ext: str
    data: bytes


def _entries_in_order(entries: Iterable[_Entry], reader: Reader) -> Iterator[Loaded]:
    for entry in sorted(entries, key=lambda e: e.order):
        yield _entry_message(entry.origin, entry.data, entry.ext, reader)


def _is_task(origin: str, match: re.Match[str], reader: Reader) -> bool:
    """Whether a pyflyte entry holds a task; notes what is skipped."""
    if match["k"] != "1":
        reader.note(f"{origin}: skipped {_ENTRY_KINDS[match['k']]} {match['name']}")
        return False
    return True


def _folder_messages(path: str, reader: Reader) -> Iterator[Loaded]:
    try:
        names = sorted(os.listdir(path))
    except OSError as exc:
        raise CLIError(path, _os_reason(exc)) from None
    matches = [(name, m) for name in names if (m := _ENTRY.match(name)) is not None]
    if not matches:
        raise CLIError(path, "no pyflyte entries ({index}_{name}_{k}.pb) in this folder")
    entries = []
    for name, match in matches:
        origin = os.path.join(path, name)
        if _is_task(origin, match, reader):
            data = _read_file(origin, reader)
            entries.append(_Entry((int(match["index"]), name), origin, match["ext"], data))
    yield from _entries_in_order(entries, reader)


def _archive_messages(path: str, stream: Optional[_Prefixed], reader: Reader) -> Iterator[Loaded]:
    """The tasks of a tar archive (any compression), in pyflyte's numbering order.

    The archive is read as a stream, once; each member's size is checked against the
    limit before it is read, and members that are not pyflyte entries are never read.
    """
    if stream is not None:
        entries = _archive_entries(path, stream, reader)
    else:
        try:
            file = open(path, "rb")  # noqa: SIM115  # closed below
        except OSError as exc:
            raise CLIError(path, _os_reason(exc)) from None
        with file:
            entries = _archive_entries(path, _Prefixed(file.read(_SNIFF_SIZE), file), reader)
    yield from _entries_in_order(entries, reader)


def _archive_entries(path: str, raw: _Prefixed, reader: Reader) -> list[_Entry]:
    found = False
    entries = []
    member: Optional[tarstream.Member] = None
    try:
        stream = tarstream.open_stream(cast(BinaryIO, raw), raw.head)
        for member, data in tarstream.members(stream):
            match = _ENTRY.match(member.name.rsplit("/", 1)[-1])
            if not member.is_file or match is None:
                continue
            found = True
            origin = f"{path}:{member.name}"
            if not _is_task(origin, match, reader):
                continue
            _check_size(origin, member.size, reader)
            order = (int(match["index"]), member.name)
            entries.append(_Entry(order, origin, match["ext"], data.read()))
    except tarstream.TarError as exc:
        if member is None and tarstream.is_compressed(raw.head):  # no first header inside
            raise CLIError(
                path,
                f"{NOT_FLYTE}, nor a pyflyte package: compressed data that is not a tar archive",
            ) from None
        raise CLIError(path, f"unreadable archive: {exc}") from None
    except EOFError:
        raise CLIError(path, "unreadable archive: unexpected end of data") from None
    except tarstream.DECOMPRESSION_ERRORS:
        raise CLIError(path, "unreadable archive: invalid compressed data") from None
    if not found:
        raise CLIError(path, "not a pyflyte package: no {index}_{name}_{k}.pb members")
    return entries


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
        with open(path, "rb") as file:
            size = os.fstat(file.fileno()).st_size
            _check_size(path, size, reader)
            data = file.read(reader.max_size + 1)
    except OSError as exc:
        raise CLIError(path, _os_reason(exc)) from None
    _check_size(path, len(data), reader)  # a pipe or a file that grew
    return data


def _os_reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _is_archive_name(path: str) -> bool:
    return path.lower().endswith(_ARCHIVE_SUFFIXES)


def _has_archive_magic(head: bytes) -> bool:
    return tarstream.is_compressed(head) or head[257:262] == b"ustar"


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
