"""A usage file as raw rows: its bounds, how it is opened, the table its reader makes."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from planner.usage.errors import UsageImportError
from planner.usage.values import Cell

MiB = 1024 * 1024

RawRow = tuple[int, tuple[Cell, ...]]
"""A non-blank row: its line (CSV) or row number (XLSX), and its cells."""


@dataclass(frozen=True)
class Limits:
    """Bounds that keep a hostile or mistaken file from exhausting the machine."""

    max_csv_bytes: int = 100 * MiB
    max_xlsx_bytes: int = 50 * MiB
    max_rows: int = 2_000_000
    """Data rows; the header and title lines above it (``max_title_lines``) come on top."""
    max_columns: int = 500
    max_zip_members: int = 1_000
    max_uncompressed_bytes: int = 1024 * MiB
    max_compression_ratio: float = 200.0
    """Uncompressed ÷ compressed size of any member bigger than 1 MiB once expanded."""
    max_sheet_bytes: int = 512 * MiB
    """A worksheet's XML once expanded (2 million rows of a usage report take ~300 MiB)."""
    max_shared_strings_bytes: int = 32 * MiB
    """The workbook's table of texts, which openpyxl holds in memory whole."""
    max_part_bytes: int = 16 * MiB
    """Any other part (styles, relationships, properties …)."""
    max_row_bytes: int = 1 * MiB
    """One ``<row>`` of a worksheet, which openpyxl builds whole before handing it over."""
    max_title_lines: int = 50
    """Lines a report may have above its data (titles, dates, the header) beyond ``max_rows``."""
    columnar_from_bytes: int = 8 * MiB
    """A per-user weekly CSV this large or larger is read by the columnar engine
    (:mod:`planner.usage.columnar`), which streams it in bounded memory."""
    max_columnar_bytes: int = 1024 * MiB
    """The largest CSV the columnar engine reads (a tenant's year of person-weeks)."""
    max_columnar_rows: int = 20_000_000
    """Data rows the columnar engine reads (100,000 people over four years)."""


DEFAULT_LIMITS = Limits()


def open_regular(path: Path) -> IO[bytes]:
    """``path`` opened for reading, refused unless it is a regular file.

    Opened without blocking, then checked on the open handle: a named pipe
    (which would block until someone writes) or a device is refused, and a
    file swapped for one after a check cannot slip through.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise UsageImportError(f"cannot read {path.name}: {exc.strerror or exc}") from None
    try:
        kind = os.fstat(fd).st_mode
        if not stat.S_ISREG(kind):
            what = "a folder" if stat.S_ISDIR(kind) else "not a regular file (a pipe or a device)"
            raise UsageImportError(f"{path.name} is {what}; choose the exported file itself")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


@dataclass
class RawTable:
    """The rows of a file, with what was learnt about how it is written."""

    kind: str
    """``csv`` or ``xlsx``."""
    rows: Iterator[RawRow]
    unit: str = "line"
    """How a row's position is named in messages: ``line`` (CSV) or ``row`` (XLSX)."""
    encoding: str | None = None
    delimiter: str | None = None
    decimal: str = "."
    sheet: str | None = None
    notes: list[str] = field(default_factory=list)

    def describe(self) -> str:
        if self.kind == "xlsx":
            return f"Excel workbook, sheet '{self.sheet}'"
        names = {",": "comma", ";": "semicolon", "\t": "tab"}
        separator = names.get(self.delimiter or ",", repr(self.delimiter))
        decimal = ", decimal comma" if self.decimal == "," else ""
        return f"CSV, {self.encoding}, {separator}-separated{decimal}"


MAX_SMALL_TEXT_BYTES = 64 * 1024
"""A mapping file names a few columns: far less than this."""


def read_small_text(path: Path, what: str) -> str:
    """A small text file (a column mapping), refused unread when larger than it can be:
    a 2 GiB file given by mistake must not fill memory."""
    if path.stat().st_size > MAX_SMALL_TEXT_BYTES:
        raise UsageImportError(
            f"the {what} {path.name} is larger than {MAX_SMALL_TEXT_BYTES // 1024} KiB; "
            "it holds one 'field=column' a line"
        )
    with open_regular(path) as handle:
        return handle.read(MAX_SMALL_TEXT_BYTES + 1).decode("utf-8-sig")
