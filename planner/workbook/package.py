"""A zip package written entry by entry, copying unchanged entries as they are.

:mod:`planner.workbook.table_parts` copies the package xlsxwriter wrote into the
final file, changing a few entries. ``zipfile`` can only copy an entry by
decompressing and compressing it again (the whole package, ~30 MB of XML at 10,000
use cases: a third of a second), and in Python 3.11 gives no public way to choose
the compression level of a streamed entry. So this writes the zip format itself —
local headers, the central directory and its end record, as PKZIP's APPNOTE
describes them, no ZIP64 — reading the source with ``zipfile``'s public API
(``ZipInfo`` fields, ``header_offset`` included): an unchanged entry's compressed
bytes are copied as they are; an entry that changes is compressed here, at
:data:`LEVEL`. Entries keep their order, names and timestamps: the same source gives
the same bytes.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO

LEVEL = 1
"""zlib's fastest level, for the entries rewritten here (the sheets that gain tables).
Measured on the 10,000-use-case workbook: ~22 MB of sheet XML compressed in ~0.06 s of
CPU instead of ~0.17 s at zlib's default level, the file 3.4 MB instead of 2.7 MB."""
CHUNK = 1 << 20
LIMIT = 0xFFFF_FFFF
"""Sizes and offsets past this need ZIP64, which no workbook of the app comes near."""

_LOCAL = struct.Struct("<IHHHHHIIIHH")
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
_END = struct.Struct("<IHHHHIIH")
_LOCAL_SIGNATURE = 0x04034B50
_CENTRAL_SIGNATURE = 0x02014B50
_END_SIGNATURE = 0x06054B50
_VERSION = 20
"""Version needed to extract deflated entries (2.0)."""
_DESCRIPTOR = 0x08
"""Flag: sizes in a data descriptor after the data (never written here)."""


@dataclass
class _Entry:
    name: bytes
    flags: int
    method: int
    time: int
    date: int
    crc: int
    compressed: int
    size: int
    offset: int
    made_by: int
    external: int


class PackageWriter:
    """Writes a zip file to ``target`` (a seekable binary file, at its start)."""

    def __init__(self, target: IO[bytes]) -> None:
        self.target = target
        self.start = target.tell()
        self.entries: list[_Entry] = []

    def copy(self, source: zipfile.ZipFile, raw: IO[bytes], info: zipfile.ZipInfo) -> None:
        """Copy ``info``'s entry of ``source`` as it is; ``raw`` is the file ``source``
        reads, opened on its own (its compressed bytes are read there)."""
        raw.seek(info.header_offset)
        header = raw.read(_LOCAL.size)
        fields = _LOCAL.unpack(header)
        if fields[0] != _LOCAL_SIGNATURE:
            raise zipfile.BadZipFile(f"{info.filename}: no local header")
        raw.seek(fields[9] + fields[10], 1)  # past the name and extra field
        entry = self._entry(info.filename, info.date_time, info.flag_bits & ~_DESCRIPTOR,
                            info.compress_type, info)  # fmt: skip
        entry.crc, entry.compressed, entry.size = info.CRC, info.compress_size, info.file_size
        self._header(entry)
        left = info.compress_size
        while left:
            chunk = raw.read(min(CHUNK, left))
            if not chunk:
                raise zipfile.BadZipFile(f"{info.filename}: truncated")
            self.target.write(chunk)
            left -= len(chunk)

    def write(self, name: str, like: zipfile.ZipInfo, chunks: Iterable[bytes]) -> None:
        """A new entry ``name`` made of ``chunks``, deflated at :data:`LEVEL`, with the
        timestamp and attributes of ``like`` (an entry of the source)."""
        entry = self._entry(name, like.date_time, 0, zipfile.ZIP_DEFLATED, like)
        self._header(entry)
        packer = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
        crc = size = compressed = 0
        for chunk in chunks:
            crc = zlib.crc32(chunk, crc)
            size += len(chunk)
            data = packer.compress(chunk)
            compressed += len(data)
            self.target.write(data)
        data = packer.flush()
        compressed += len(data)
        self.target.write(data)
        entry.crc, entry.compressed, entry.size = crc, compressed, size
        end = self.target.tell()
        self.target.seek(self.start + entry.offset)
        self._header(entry)
        self.target.seek(end)

    def close(self) -> None:
        """The central directory and its end record."""
        where = self._tell()
        for e in self.entries:
            fields = (e.made_by, _VERSION, e.flags, e.method, e.time, e.date, e.crc)
            sizes = (e.compressed, e.size, len(e.name), 0, 0, 0, 0, e.external, e.offset)
            self.target.write(_CENTRAL.pack(_CENTRAL_SIGNATURE, *fields, *sizes) + e.name)
        size = self._tell() - where
        count = len(self.entries)
        if count > 0xFFFF:
            raise ValueError("too many entries for a zip file without ZIP64")
        self.target.write(_END.pack(_END_SIGNATURE, 0, 0, count, count, size, where, 0))

    def _entry(
        self,
        name: str,
        date_time: tuple[int, int, int, int, int, int],
        flags: int,
        method: int,
        like: zipfile.ZipInfo,
    ) -> _Entry:
        encoded = name.encode("ascii", "strict") if name.isascii() else name.encode()
        if not name.isascii():
            flags |= 0x800  # UTF-8 name
        year, month, day, hour, minute, second = date_time
        entry = _Entry(
            name=encoded,
            flags=flags,
            method=method,
            time=hour << 11 | minute << 5 | second // 2,
            date=(year - 1980) << 9 | month << 5 | day,
            crc=0,
            compressed=0,
            size=0,
            offset=self._tell(),
            made_by=like.create_system << 8 | like.create_version,
            external=like.external_attr,
        )
        self.entries.append(entry)
        return entry

    def _header(self, e: _Entry) -> None:
        if max(e.compressed, e.size, e.offset) > LIMIT:
            raise ValueError("the workbook is too large for a zip file without ZIP64")
        fields = (_VERSION, e.flags, e.method, e.time, e.date, e.crc, e.compressed, e.size)
        self.target.write(_LOCAL.pack(_LOCAL_SIGNATURE, *fields, len(e.name), 0) + e.name)

    def _tell(self) -> int:
        return self.target.tell() - self.start


def inflated(source: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """An entry's bytes, in chunks."""
    with source.open(info) as stream:
        while chunk := stream.read(CHUNK):
            yield chunk
