"""Registration packages: reading ``pyflyte package`` archives and ``pyflyte serialize``
folders (:mod:`.entries`, over the streaming tar reader :mod:`.tarstream`), the identifiers
inside their entities (:mod:`.identifier_walk`), and a package as one linked object
(:class:`Package`). Below ``remote`` and ``cli``, which both read packages through it.

Names are imported on first use, so that reading entries does not load the models.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flyte_lite._lazy import lazy_getattr

if TYPE_CHECKING:
    from flyte_lite.package.entries import (
        DEFAULT_MAX_SIZE,
        ENTRY_KINDS,
        EntryName,
        EntryTooLarge,
        NotAnArchive,
        PackageEntry,
        PackageError,
        parse_entry_name,
        read_entries,
    )
    from flyte_lite.package.identifier_walk import (
        IdentifierUse,
        identifiers,
        map_identifiers,
        references,
    )
    from flyte_lite.package.linked import Package, decode_entry

_MODULES = {
    "entries": ("DEFAULT_MAX_SIZE", "ENTRY_KINDS", "EntryName", "EntryTooLarge", "NotAnArchive",
                "PackageEntry", "PackageError", "parse_entry_name", "read_entries"),
    "linked": ("Package", "decode_entry"),
    "identifier_walk": ("IdentifierUse", "identifiers", "map_identifiers", "references"),
}
_WHERE = {name: module for module, names in _MODULES.items() for name in names}

__all__ = [
    "DEFAULT_MAX_SIZE",
    "ENTRY_KINDS",
    "EntryName",
    "EntryTooLarge",
    "IdentifierUse",
    "NotAnArchive",
    "Package",
    "PackageEntry",
    "PackageError",
    "decode_entry",
    "identifiers",
    "map_identifiers",
    "parse_entry_name",
    "read_entries",
    "references",
]


__getattr__ = lazy_getattr(__name__, _WHERE)
