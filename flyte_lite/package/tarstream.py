"""Reading a tar archive as a stream, one member at a time, with nothing kept behind.

``tarfile`` in stream mode keeps a ``TarInfo`` for every member it has read and spends
about as long on each header as flyte_lite spends decoding a small task. Packages only
need names, sizes and regular-file data, so this reader parses the 512-byte headers
itself (POSIX ustar with its name prefix, GNU long names, pax ``path`` and ``size``
records, base-256 sizes), checks each header's checksum, and lets the caller look at a
member's name and size before deciding to read its data or skip it. Skipped data is read
in bounded chunks and dropped, so memory stays flat whatever the archive holds.
Compressed archives (gzip, xz, bzip2) are decompressed as they are read.
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import zlib
from collections.abc import Iterator
from typing import BinaryIO, NamedTuple, Optional, cast

__all__ = [
    "DECOMPRESSION_ERRORS",
    "HEAD_SIZE",
    "Member",
    "TarError",
    "is_archive",
    "is_compressed",
    "members",
    "open_stream",
]

BLOCK = 512
#: How many first bytes :func:`is_archive` looks at: one tar header block.
HEAD_SIZE = BLOCK
_REGULAR = (b"0", b"\0", b"7")  # regular file, old-style regular file, contiguous file
_SKIP_CHUNK = 1 << 20
#: The most a GNU long name or pax header may hold; real ones are a few hundred bytes.
_MAX_META = 1 << 20
_GZIP_MAGIC = b"\x1f\x8b"
_XZ_MAGIC = b"\xfd7zXZ\x00"
_BZ2_MAGIC = b"BZh"


class TarError(Exception):
    """The archive cannot be read: a bad header, or the data ends too soon."""


class Member(NamedTuple):
    """A member's header: its path, its size in bytes, whether it is a regular file."""

    name: str
    size: int
    is_file: bool


def open_stream(raw: BinaryIO, head: bytes) -> BinaryIO:
    """``raw`` decompressed by what its first bytes (``head``) say: gzip, xz, bzip2, or
    none (the stream as it is)."""
    if head.startswith(_GZIP_MAGIC):
        return cast(BinaryIO, gzip.GzipFile(fileobj=raw, mode="rb"))
    if head.startswith(_XZ_MAGIC):
        return cast(BinaryIO, lzma.LZMAFile(raw))
    if head.startswith(_BZ2_MAGIC):
        return cast(BinaryIO, bz2.BZ2File(raw))
    return raw


def is_compressed(head: bytes) -> bool:
    """Whether ``head`` starts a gzip, xz or bzip2 stream."""
    return head.startswith((_GZIP_MAGIC, _XZ_MAGIC)) or (
        head.startswith(_BZ2_MAGIC) and head[3:4].isdigit()
    )


def is_archive(head: bytes) -> bool:
    """Whether ``head`` (the first :data:`HEAD_SIZE` bytes) starts a gzip, xz or bzip2
    stream or a POSIX tar archive."""
    return is_compressed(head) or _is_ustar(head)


def _is_ustar(header: bytes) -> bool:
    """Whether a tar header block is POSIX ustar (it then has a name prefix)."""
    return header[257:262] == b"ustar"


def members(stream: BinaryIO) -> Iterator[tuple[Member, _Data]]:
    """Each member of the tar ``stream`` with a reader of its data.

    The data must be read (``read()``) or left before the next member is asked for;
    what is left is skipped.
    """
    offset = 0
    long_name: Optional[str] = None
    pax: dict[str, str] = {}
    while True:
        header = _read_exactly(stream, BLOCK, offset)
        if header is None or header == bytes(BLOCK):
            return  # the end: a zero block, or (leniently) no more data
        _check(header, offset)
        typeflag = header[156:157]
        size = _number(header[124:136], offset)
        name = long_name or pax.get("path") or _name(header)
        if "size" in pax:
            size = _pax_size(pax["size"], offset)
        offset += BLOCK
        padded = size + (-size % BLOCK)
        if typeflag in (b"L", b"x", b"g"):
            if size > _MAX_META:
                raise TarError(f"a {size}-byte extended header (at byte {offset - BLOCK})")
            meta = _read_exactly(stream, padded, offset)
            if meta is None:
                raise TarError("unexpected end of data")
            offset += padded
            if typeflag == b"L":
                long_name = meta[:size].split(b"\0", 1)[0].decode("utf-8", "surrogateescape")
            elif typeflag == b"x":
                pax = _pax_records(meta[:size], offset)
            continue
        long_name, pax = None, {}
        data = _Data(stream, size, padded, offset)
        yield Member(name, size, typeflag in _REGULAR), data
        data.finish()
        offset += padded


class _Data:
    """A member's data: read once, or skipped in bounded chunks."""

    def __init__(self, stream: BinaryIO, size: int, padded: int, offset: int) -> None:
        self._stream, self._size, self._padded, self._offset = stream, size, padded, offset
        self._done = False

    def read(self) -> bytes:
        data = _read_exactly(self._stream, self._padded, self._offset)
        if data is None:
            raise TarError("unexpected end of data")
        self._done = True
        return data[: self._size]

    def finish(self) -> None:
        if self._done:
            return
        left = self._padded
        while left:
            chunk = self._stream.read(min(left, _SKIP_CHUNK))
            if not chunk:
                raise TarError("unexpected end of data")
            left -= len(chunk)
        self._done = True


def _read_exactly(stream: BinaryIO, size: int, offset: int) -> Optional[bytes]:
    """``size`` bytes; ``None`` at a clean end; ``TarError`` when the data stops inside."""
    data = stream.read(size)
    if len(data) == size:
        return data
    parts = [data]
    got = len(data)
    while got < size:
        chunk = stream.read(size - got)
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
    if got == size:
        return b"".join(parts)
    if got == 0:
        return None
    raise TarError("unexpected end of data")


def _check(header: bytes, offset: int) -> None:
    field = header[148:156]
    stored = _number(field, offset)
    computed = sum(header) - sum(field) + 8 * 32  # the field itself counts as spaces
    if stored != computed:
        raise TarError(f"not a tar header (bad checksum at byte {offset})")


def _number(field: bytes, offset: int) -> int:
    if field[:1] and field[0] & 0x80:  # base-256, for sizes of 8 GiB and more
        value = int.from_bytes(field[1:], "big")
        return -value if field[0] & 0x40 else value
    text = field.split(b"\0", 1)[0].strip(b" ")
    try:
        return int(text, 8) if text else 0
    except ValueError:
        raise TarError(f"not a tar header (bad number at byte {offset})") from None


def _name(header: bytes) -> str:
    name = header[:100].split(b"\0", 1)[0]
    if _is_ustar(header):
        prefix = header[345:500].split(b"\0", 1)[0]
        if prefix:
            name = prefix + b"/" + name
    return name.decode("utf-8", "surrogateescape")


def _pax_records(data: bytes, offset: int) -> dict[str, str]:
    """``LENGTH KEY=VALUE\\n`` records, as POSIX pax writes them."""
    records: dict[str, str] = {}
    pos = 0
    while pos < len(data) and data[pos:pos + 1] != b"\0":
        space = data.find(b" ", pos)
        try:
            length = int(data[pos:space])
        except ValueError:
            raise TarError(f"a bad pax header (at byte {offset})") from None
        if space < 0 or length <= 0 or pos + length > len(data):
            raise TarError(f"a bad pax header (at byte {offset})")
        key, _, value = data[space + 1 : pos + length - 1].partition(b"=")
        records[key.decode("utf-8", "surrogateescape")] = value.decode("utf-8", "surrogateescape")
        pos += length
    return records


def _pax_size(text: str, offset: int) -> int:
    if not text.isdigit():
        raise TarError(f"a bad pax size {text!r} (at byte {offset})")
    return int(text)


#: What a broken compressed stream raises while it is read.
DECOMPRESSION_ERRORS: tuple[type[BaseException], ...] = (
    gzip.BadGzipFile,
    zlib.error,
    lzma.LZMAError,
    EOFError,
    OSError,  # bz2 reports invalid data as OSError
)
