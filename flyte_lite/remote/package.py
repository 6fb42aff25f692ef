"""The entries of a registration package, as ``pyflyte package`` (a tar archive, any
compression) or ``pyflyte serialize`` (a folder) writes them: ``{index}_{name}_{k}.pb``,
``k`` 1 for an admin ``TaskSpec``, 2 a ``WorkflowSpec``, 3 a ``LaunchPlan``."""

from __future__ import annotations

import os
import re
import tarfile
from pathlib import Path
from typing import NamedTuple, Union

from flyte_lite.remote.admin.errors import RegistrationError

__all__ = ["ENTRY_KINDS", "PackageEntry", "read_package"]

#: What ``k`` in an entry's name says it holds.
ENTRY_KINDS = {"1": "task", "2": "workflow", "3": "launch plan"}
_ENTRY = re.compile(r"(?P<index>\d+)_(?P<name>.+)_(?P<k>[123])\.pb\Z")


class PackageEntry(NamedTuple):
    """One entry: where it was read, its index, entity name and kind, and its bytes."""

    origin: str
    position: int
    name: str
    kind: str
    data: bytes


def read_package(path: Union[str, os.PathLike[str]]) -> list[PackageEntry]:
    """Every entry of the package at ``path``, in index order."""
    path = Path(path)
    entries: list[PackageEntry] = []
    try:
        if path.is_dir():
            for child in sorted(path.iterdir()):
                match = _ENTRY.match(child.name)
                if match and child.is_file():
                    entries.append(_entry(str(child), match, child.read_bytes()))
        else:
            with tarfile.open(path, mode="r:*") as archive:
                for member in archive:
                    match = _ENTRY.match(member.name.rsplit("/", 1)[-1])
                    extracted = archive.extractfile(member) if member.isfile() else None
                    if match and extracted is not None:
                        entries.append(_entry(f"{path}:{member.name}", match, extracted.read()))
    except (OSError, tarfile.TarError, EOFError) as exc:
        raise RegistrationError(f"{path}: cannot read the package: {exc}") from None
    if not entries:
        raise RegistrationError(f"{path}: not a pyflyte package (no {{index}}_{{name}}_{{k}}.pb"
                                " entries)")
    return sorted(entries, key=lambda e: e.position)


def _entry(origin: str, match: re.Match[str], data: bytes) -> PackageEntry:
    return PackageEntry(origin, int(match["index"]), match["name"], ENTRY_KINDS[match["k"]], data)
