"""Reading tasks from the places the command accepts: files, packages, folders, stdin.

A ``.pb`` file holds one message: an admin ``TaskSpec`` unless told otherwise; when the
kind is not given it is detected (see :func:`decode_message`). A ``.json`` file holds one
message in any of protobuf's JSON dialects. A ``pyflyte package`` archive and a ``pyflyte
serialize`` folder hold ``{index}_{name}_{k}.pb`` entries: ``k=1`` admin ``TaskSpec``
(read), ``k=2`` workflows and ``k=3`` launch plans (named and skipped). Archives are read as
a stream, one member at a time. ``-`` is standard input, binary or JSON, or an archive.
"""

from __future__ import annotations

import lzma
import os
import re
import sys
import tarfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Callable, NamedTuple, Optional, cast

import orjson

from flyte_lite.cli.messages import unknown_field_bytes
from flyte_lite.json_format import JSONError
from flyte_lite.models.admin.task import Task as AdminTask
from flyte_lite.models.admin.task import TaskSpec
from flyte_lite.models.core.tasks import TaskTemplate
from flyte_lite.remote import FlyteTask
from flyte_lite.wire import DecodeError, Message, specs_of

__all__ = [
    "KINDS",
    "KIND_TITLES",
    "CLIError",
    "Loaded",
    "decode_message",
    "iter_tasks",
    "json_kind",
    "load_message",
]

#: The message class of each kind, in the order detection prefers them.
KINDS: dict[str, type[Message]] = {"spec": TaskSpec, "template": TaskTemplate, "task": AdminTask}
KIND_TITLES = {"spec": "admin TaskSpec", "template": "TaskTemplate", "task": "admin Task"}
Notify = Callable[[str], None]

STDIN = "-"
_ARCHIVE_SUFFIXES = (".tgz", ".tar.gz", ".tar", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
_ENTRY = re.compile(r"(?P<index>\d+)_(?P<name>.+)_(?P<k>[123])\.pb\Z")
_SKIPPED = {"2": "workflow", "3": "launch plan"}
_BOM = b"\xef\xbb\xbf"
_GZIP_MAGIC = b"\x1f\x8b"
_XZ_MAGIC = b"\xfd7zXZ\x00"
_SNIFF_SIZE = 512  # a tar header: "ustar" sits at bytes 257-262
#: What reading a broken archive raises: tarfile's errors, and those of the decompressors.
_ARCHIVE_ERRORS: tuple[type[BaseException], ...] = (
    OSError,  # gzip.BadGzipFile, bz2, missing files
    tarfile.TarError,
    EOFError,  # a compressed stream cut short
    zlib.error,
    lzma.LZMAError,
)


class CLIError(Exception):
    """A problem to report as one line, ``{where}: {message}``, with exit status 2."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}" if where else message)
        self.where = where
        self.message = message


class Loaded(NamedTuple):
    """One message read from ``origin``, its kind, and whether it was written as JSON."""

    origin: str
    message: Message
    kind: str
    is_json: bool


# --- one message ------------------------------------------------------------------------------


def decode_message(data: bytes, kind: Optional[str]) -> tuple[Message, str]:
    """Decode binary ``data`` as ``kind``, or as the kind that fits best.

    Detection decodes the bytes as each kind and keeps the best: first one that makes a
    task (a template with an id), then the fewest unknown-field bytes anywhere inside, then
    admin ``TaskSpec`` before ``TaskTemplate`` before admin ``Task``. The wire format has no
    type tag, so a wrong kind usually decodes too, but with unknown fields or no task in it.
    When no kind decodes, the error of the one that read furthest is raised.
    """
    if kind is not None:
        return KINDS[kind].from_bytes(data), kind
    ranked: list[tuple[tuple[bool, int, int], str, Message]] = []
    errors: list[DecodeError] = []
    for order, (name, cls) in enumerate(KINDS.items()):
        try:
            message = cls.from_bytes(data)
        except DecodeError as exc:
            errors.append(exc)
            continue
        ranked.append(
            ((not _makes_task(message), unknown_field_bytes(message), order), name, message)
        )
    if not ranked:
        raise max(errors, key=lambda e: e.offset)  # max keeps the first of equal offsets
    _, name, message = min(ranked, key=lambda r: r[0])
    return message, name


def _makes_task(message: Message) -> bool:
    try:
        FlyteTask.from_flyte_idl(message)
    except (TypeError, ValueError):
        return False
    return True


def json_kind(data: bytes) -> str:
    """The kind a JSON document most likely is, by its top-level field names.

    The kind with the fewest names it does not know wins, ties going to admin
    ``TaskSpec``, then ``TaskTemplate``; text that is not a JSON object counts as a
    ``TaskSpec`` (its parser then says what is wrong).
    """
    try:
        tree = orjson.loads(data)
    except orjson.JSONDecodeError:
        return "spec"
    if not isinstance(tree, dict):
        return "spec"

    def strangers(cls: type[Message]) -> int:
        names = {n for spec in specs_of(cls) for n in (spec.name, spec.json_name)}
        return sum(1 for key in tree if key not in names)

    return min(KINDS, key=lambda k: strangers(KINDS[k]))


def load_message(
    path: str, kind: Optional[str], notify: Notify, *, stdin: Optional[BinaryIO] = None
) -> Loaded:
    """The one message in file ``path`` (``-``: standard input), binary or JSON."""
    if path == STDIN:
        data = (stdin or sys.stdin.buffer).read()
        origin = "<stdin>"
        is_json = looks_like_json(data)
    else:
        if os.path.isdir(path):
            raise CLIError(path, "is a folder; this command takes one message file")
        if _is_archive_name(path):
            raise CLIError(path, "is a package; this command takes one message file")
        data = _read_file(path)
        origin = path
        if _has_archive_magic(data[:_SNIFF_SIZE]):
            raise CLIError(path, "is a package; this command takes one message file")
        is_json = _is_json_name(path) or (not _is_binary_name(path) and looks_like_json(data))
    return _parse(origin, data, kind, is_json, notify)


def _parse(origin: str, data: bytes, kind: Optional[str], is_json: bool, notify: Notify) -> Loaded:
    if not data:
        raise CLIError(origin, "empty: no message to read")
    if is_json:
        data = data.removeprefix(_BOM)  # some Windows tools write one; JSON parsers refuse it
        chosen = kind or json_kind(data)
        try:
            message = KINDS[chosen].from_json(data)
        except JSONError as exc:
            raise CLIError(origin, str(exc)) from None
        if kind is None:
            notify(f"{origin}: read as {KIND_TITLES[chosen]} JSON (detected; --type to choose)")
        return Loaded(origin, message, chosen, True)
    try:
        message, chosen = decode_message(data, kind)
    except DecodeError as exc:
        raise CLIError(origin, str(exc)) from None
    if kind is None:
        notify(f"{origin}: read as {KIND_TITLES[chosen]} (detected; --type to choose)")
    return Loaded(origin, message, chosen, False)


def looks_like_json(data: bytes) -> bool:
    """Whether ``data`` is a JSON object rather than protobuf bytes.

    It must start with ``{`` (after a byte order mark and whitespace) and parse as JSON:
    protobuf bytes can start that way too (``0a 7b`` is field 1 with a length of 123).
    UTF-8 text starting with ``{`` that is neither JSON nor any message counts as
    malformed JSON, so that the JSON parser says what is wrong with it.
    """
    text = data.removeprefix(_BOM).lstrip(b" \t\r\n")
    if not text.startswith(b"{"):
        return False
    try:
        orjson.loads(text)
    except orjson.JSONDecodeError:
        try:
            text.decode("utf-8")
        except UnicodeDecodeError:
            return False
        return not _decodes_as_any(data)  # malformed JSON: let its parser say why
    return True


def _decodes_as_any(data: bytes) -> bool:
    try:
        decode_message(data, None)
    except DecodeError:
        return False
    return True


# --- many tasks -------------------------------------------------------------------------------


def iter_tasks(
    path: str, kind: Optional[str], notify: Notify, *, stdin: Optional[BinaryIO] = None
) -> Iterator[tuple[str, FlyteTask]]:
    """Every task in ``path``, as ``(origin, task)``, one at a time.

    ``kind`` applies to single message files and standard input; package and folder
    entries are admin ``TaskSpec`` by their naming convention.
    """
    if path == STDIN:
        stream = stdin or sys.stdin.buffer
        head = _read_up_to(stream, _SNIFF_SIZE)
        if _has_archive_magic(head):
            yield from _archive_tasks("<stdin>", _Prefixed(head, stream), notify)
            return
        data = head + stream.read()
        yield _as_task(_parse("<stdin>", data, kind, looks_like_json(data), notify))
        return
    if os.path.isdir(path):
        yield from _folder_tasks(path, notify)
        return
    if _is_archive_name(path):
        yield from _archive_tasks(path, None, notify)
        return
    data = _read_file(path)
    if _has_archive_magic(data[:_SNIFF_SIZE]):
        yield from _archive_tasks(path, None, notify)
        return
    is_json = _is_json_name(path) or (not _is_binary_name(path) and looks_like_json(data))
    yield _as_task(_parse(path, data, kind, is_json, notify))


def _as_task(loaded: Loaded) -> tuple[str, FlyteTask]:
    try:
        return loaded.origin, FlyteTask.from_flyte_idl(loaded.message)
    except (TypeError, ValueError) as exc:
        raise CLIError(loaded.origin, str(exc)) from None


def _entry_task(origin: str, data: bytes) -> tuple[str, FlyteTask]:
    try:
        spec = TaskSpec.from_bytes(data)
    except DecodeError as exc:
        raise CLIError(origin, str(exc)) from None
    return _as_task(Loaded(origin, spec, "spec", False))


def _skip_note(origin: str, match: re.Match[str]) -> str:
    return f"{origin}: skipped {_SKIPPED[match['k']]} {match['name']}"


def _folder_tasks(path: str, notify: Notify) -> Iterator[tuple[str, FlyteTask]]:
    try:
        names = sorted(os.listdir(path))
    except OSError as exc:
        raise CLIError(path, _os_reason(exc)) from None
    entries = [(n, m) for n in names if (m := _ENTRY.match(n)) is not None]
    if not entries:
        raise CLIError(path, "no pyflyte entries ({index}_{name}_{k}.pb) in this folder")
    for name, match in entries:
        origin = os.path.join(path, name)
        if match["k"] != "1":
            notify(_skip_note(origin, match))
            continue
        yield _entry_task(origin, _read_file(origin))


def _archive_tasks(
    path: str, fileobj: Optional[_Prefixed], notify: Notify
) -> Iterator[tuple[str, FlyteTask]]:
    """The tasks of a tar archive (any compression), read as a stream, member by member."""
    found = 0
    try:
        archive = _open_stream(path, fileobj)
    except _ARCHIVE_ERRORS as exc:
        raise CLIError(path, _archive_reason(exc)) from None
    with archive:
        members = iter(archive)
        while True:
            try:
                member = next(members, None)
                if member is None:
                    break
                match = _ENTRY.match(member.name.rsplit("/", 1)[-1])
                if match is None or not member.isfile():
                    continue
                found += 1
                origin = f"{path}:{member.name}"
                if match["k"] != "1":
                    notify(_skip_note(origin, match))
                    continue
                extracted = archive.extractfile(member)
                data = extracted.read() if extracted is not None else b""
            except _ARCHIVE_ERRORS as exc:
                raise CLIError(path, _archive_reason(exc)) from None
            yield _entry_task(origin, data)
    if not found:
        raise CLIError(path, "not a pyflyte package: no {index}_{name}_{k}.pb members")


def _open_stream(path: str, fileobj: Optional[_Prefixed]) -> tarfile.TarFile:
    """``path`` (or ``fileobj``) opened as a tar stream: read forward once, any compression."""
    if fileobj is not None:
        return tarfile.open(fileobj=cast(BinaryIO, fileobj), mode="r|*")
    return tarfile.open(path, mode="r|*")


def _archive_reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return _os_reason(exc)
    text = str(exc) or type(exc).__name__
    return f"unreadable archive: {text}"


# --- files ------------------------------------------------------------------------------------


def _read_file(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise CLIError(path, _os_reason(exc)) from None


def _os_reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _is_archive_name(path: str) -> bool:
    return path.lower().endswith(_ARCHIVE_SUFFIXES)


def _is_json_name(path: str) -> bool:
    return path.lower().endswith(".json")


def _is_binary_name(path: str) -> bool:
    return path.lower().endswith((".pb", ".bin", ".binpb"))


def _has_archive_magic(head: bytes) -> bool:
    return head.startswith(_GZIP_MAGIC) or head.startswith(_XZ_MAGIC) or head[257:262] == b"ustar"


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
        self._head = head
        self._stream = stream

    def read(self, size: int = -1) -> bytes:
        if self._head:
            if size < 0:
                data, self._head = self._head + self._stream.read(), b""
                return data
            data, self._head = self._head[:size], self._head[size:]
            return data
        return self._stream.read(size)
