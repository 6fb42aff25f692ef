"""The entries of a registration package: a ``pyflyte package`` tar archive (any
compression, read as a stream) or a ``pyflyte serialize`` folder.

An entry is named ``{index}_{name}_{k}.pb`` (or ``.json``): ``k`` 1 for an admin
``TaskSpec``, 2 a ``WorkflowSpec``, 3 a ``LaunchPlan``. Entries come back in pyflyte's
numbering order. Each entry's size is checked against ``max_size`` before it is read,
members that are not entries are never read, and memory stays flat whatever else an
archive holds.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from typing import BinaryIO, NamedTuple, Optional, Union

from flyte_lite.package import tarstream

__all__ = [
    "DEFAULT_MAX_SIZE",
    "ENTRY_KINDS",
    "EntryName",
    "EntryTooLarge",
    "NotAnArchive",
    "PackageEntry",
    "PackageError",
    "archive_entries",
    "folder_entries",
    "parse_entry_name",
    "read_entries",
    "read_file",
]

#: What ``k`` in an entry's name says it holds.
ENTRY_KINDS = {"1": "task", "2": "workflow", "3": "launch plan"}
#: The largest entry read unless the caller says otherwise (pyflyte's are kilobytes).
DEFAULT_MAX_SIZE = 64 << 20
_ENTRY = re.compile(r"(?P<index>\d+)_(?P<name>.+)_(?P<k>[123])\.(?P<ext>pb|json)\Z")


class PackageError(ValueError):
    """A package cannot be read: ``origin`` (the path, or ``archive:member``) and why."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin, self.reason = origin, reason


class NotAnArchive(PackageError):
    """Compressed data that holds no tar archive."""


class EntryTooLarge(PackageError):
    """An entry over the size limit (not read)."""

    def __init__(self, origin: str, size: int, limit: int) -> None:
        super().__init__(origin, f"{size} bytes, over the {limit}-byte limit; not read")
        self.size, self.limit = size, limit


class EntryName(NamedTuple):
    """What an entry's file name says: pyflyte's index (``position``), the entity name,
    its kind (``task``, ``workflow``, ``launch plan``) and extension (``pb`` or ``json``)."""

    position: int
    name: str
    kind: str
    ext: str


class PackageEntry(NamedTuple):
    """One entry read: where (``origin``), what its name says, and its bytes."""

    origin: str
    entry: EntryName
    data: bytes


#: Decides, from an entry's origin and name, whether to read it (the CLI notes what it skips).
Wanted = Callable[[str, EntryName], bool]


def parse_entry_name(path: str) -> Optional[EntryName]:
    """The entry name of ``path``'s last part, or ``None`` if it is not one."""
    match = _ENTRY.match(path.rsplit("/", 1)[-1])
    if match is None:
        return None
    return EntryName(int(match["index"]), match["name"], ENTRY_KINDS[match["k"]], match["ext"])


def read_entries(path: Union[str, os.PathLike[str]], *, max_size: int = DEFAULT_MAX_SIZE,
                 wanted: Optional[Wanted] = None) -> list[PackageEntry]:
    """The entries of the archive or folder at ``path`` that ``wanted`` accepts (all by
    default), in pyflyte's order."""
    text = os.fspath(path)
    if os.path.isdir(text):
        return folder_entries(text, max_size=max_size, wanted=wanted)
    try:
        file = open(text, "rb")  # noqa: SIM115  # closed below
    except OSError as exc:
        raise PackageError(text, exc.strerror or str(exc)) from None
    with file:
        head = file.read(tarstream.HEAD_SIZE)
        file.seek(0)
        return archive_entries(text, file, head, max_size=max_size, wanted=wanted)


def folder_entries(path: str, *, max_size: int = DEFAULT_MAX_SIZE,
                   wanted: Optional[Wanted] = None) -> list[PackageEntry]:
    """The entries of a ``pyflyte serialize`` folder (its files named as entries)."""
    try:
        names = sorted(os.listdir(path))
    except OSError as exc:
        raise PackageError(path, exc.strerror or str(exc)) from None
    named = [(name, entry) for name in names if (entry := parse_entry_name(name)) is not None]
    if not named:
        raise PackageError(path, "no pyflyte entries ({index}_{name}_{k}.pb) in this folder")
    found = []
    for name, entry in named:
        origin = os.path.join(path, name)
        if wanted is None or wanted(origin, entry):
            found.append(((entry.position, name), PackageEntry(origin, entry,
                                                            read_file(origin, max_size))))
    return [e for _, e in sorted(found, key=lambda f: f[0])]


def archive_entries(path: str, raw: BinaryIO, head: bytes, *,
                    max_size: int = DEFAULT_MAX_SIZE,
                    wanted: Optional[Wanted] = None) -> list[PackageEntry]:
    """The entries of the tar archive read from ``raw`` (from its start), whose first
    bytes are ``head`` (they tell the compression)."""
    found = False
    entries = []
    member: Optional[tarstream.Member] = None
    try:
        stream = tarstream.open_stream(raw, head)
        for member, data in tarstream.members(stream):
            entry = parse_entry_name(member.name)
            if not member.is_file or entry is None:
                continue
            found = True
            origin = f"{path}:{member.name}"
            if wanted is not None and not wanted(origin, entry):
                continue
            if member.size > max_size:
                raise EntryTooLarge(origin, member.size, max_size)
            order = (entry.position, member.name)
            entries.append((order, PackageEntry(origin, entry, data.read())))
    except tarstream.TarError as exc:
        if member is None and tarstream.is_compressed(head):  # no first header inside
            raise NotAnArchive(path, "compressed data that is not a tar archive") from None
        raise PackageError(path, f"unreadable archive: {exc}") from None
    except EOFError:
        raise PackageError(path, "unreadable archive: unexpected end of data") from None
    except tarstream.DECOMPRESSION_ERRORS:
        raise PackageError(path, "unreadable archive: invalid compressed data") from None
    if not found:
        raise PackageError(path, "not a pyflyte package: no {index}_{name}_{k}.pb members")
    return [e for _, e in sorted(entries, key=lambda f: f[0])]


def read_file(path: str, max_size: int) -> bytes:
    """The bytes of the file at ``path``, refused (unread) when over ``max_size``."""
    try:
        with open(path, "rb") as file:
            size = os.fstat(file.fileno()).st_size
            if size > max_size:
                raise EntryTooLarge(path, size, max_size)
            data = file.read(max_size + 1)
    except OSError as exc:
        raise PackageError(path, exc.strerror or str(exc)) from None
    if len(data) > max_size:  # a pipe or a file that grew
        raise EntryTooLarge(path, len(data), max_size)
    return data
