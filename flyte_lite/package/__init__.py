"""Registration packages: reading ``pyflyte package`` archives and ``pyflyte serialize``
folders (:mod:`.entries`, over the streaming tar reader :mod:`.tarstream`), the identifiers
inside their entities (:mod:`.references`), and a package as one linked object
(:class:`Package`). Below ``remote`` and ``cli``, which both read packages through it."""

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
from flyte_lite.package.linked import Package, decode_entry
from flyte_lite.package.references import IdentifierUse, identifiers, map_identifiers, references

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
