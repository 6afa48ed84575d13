"""Reading a usage file (CSV or XLSX) into rows of cells, defensively.

CSV: the encoding is sniffed (UTF-8 with or without BOM, UTF-16 with BOM,
else Windows-1252), then the separator (``,`` ``;`` or tab) from the first
lines. Quoted fields may hold separators and line breaks; blank lines are
skipped; trailing empty cells are dropped. The decimal separator the file
uses (``,`` after a French Excel) is a hint for the few ambiguous numbers.

XLSX: the file size is capped *before* opening; the zip directory is checked
(member count, total uncompressed size, compression ratio) so a zip bomb is
refused before anything is decompressed; openpyxl then reads it with
``read_only=True, data_only=True`` and only while defusedxml guards its XML
parsers (entity bombs and external entities are refused). A file that is not
really a workbook (a CSV or an HTML page renamed ``.xlsx``, an old ``.xls``,
random bytes) is named for what it is.

Only regular files are read (a pipe or a device could block forever or never
end), each opened once without blocking and checked before a byte is read.
CSV text is streamed: the file is never held whole in memory. Rows are
produced lazily (``RawTable.rows``), at most ``Limits.max_rows`` data rows
(plus a few title lines above the header).
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import statistics
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from planner.usage.errors import UsageImportError
from planner.usage.raw import DEFAULT_LIMITS, Limits, MiB, RawRow, RawTable, open_regular
from planner.usage.xlsx import check_rows, check_zip, read_xlsx

__all__ = [
    "Limits",
    "RawRow",
    "RawTable",
    "check_rows",
    "check_zip",
    "decode",
    "open_regular",
    "read_csv",
    "read_table",
    "read_xlsx",
    "sniff_delimiter",
]


def read_table(
    path: Path, limits: Limits = DEFAULT_LIMITS, sheet: str | None = None, max_bytes: int = 0
) -> RawTable:
    """Open ``path`` as CSV or XLSX (by content, not only by name). ``max_bytes``: a CSV
    cap above ``limits.max_csv_bytes`` (a file the columnar engine may read)."""
    with open_regular(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        head = handle.read(8)
    if size == 0:
        raise UsageImportError(f"{path.name} is empty")
    suffix = path.suffix.lower()
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return read_xlsx(path, limits, sheet)
    if suffix in (".xlsx", ".xlsm"):
        raise UsageImportError(f"{path.name} is not really an Excel workbook: {_what_is(path)}")
    if head.startswith(b"\xd0\xcf\x11\xe0") or suffix == ".xls":
        raise UsageImportError(
            f"{path.name} is an old Excel 97–2003 (.xls) or protected file; "
            "save it as .xlsx or CSV and import that"
        )
    return read_csv(path, limits, max_bytes)


def _what_is(path: Path) -> str:
    """A plain description of a file that claims to be a workbook but is not one."""
    with path.open("rb") as handle:
        sample = handle.read(4096)
    if sample.startswith(b"\xd0\xcf\x11\xe0"):
        return "it is an old Excel 97–2003 file or a password-protected workbook"
    lowered = sample.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered[:1024]:
        return "it is a web page (HTML) saved with an .xlsx name"
    if lowered.startswith(b"<?xml"):
        return "it is an XML file, not a workbook"
    if lowered.startswith(b"%pdf"):
        return "it is a PDF document"
    try:
        sample.decode("utf-8")
        return "it is a text file (a CSV renamed .xlsx?); rename it .csv"
    except UnicodeDecodeError:
        return "its content is not a workbook (unknown binary data)"


# --------------------------------------------------------------------- CSV

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8 with BOM"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16 with BOM"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16 with BOM"),
)
_DELIMITERS = (",", ";", "\t")
_SEP_HINT = re.compile(r"\ufeff?sep=([,;\t|])[ \t]*\r?\n")
_SNIFF_CHARS = 64 * 1024
_DECIMAL_COMMA = re.compile(r"(?<![0-9.,])[0-9]+,[0-9]{1,2}(?![0-9.,])", re.ASCII)
_DECIMAL_POINT = re.compile(r"(?<![0-9.,])[0-9]+\.[0-9]{1,2}(?![0-9.,])", re.ASCII)


def read_csv(path: Path, limits: Limits = DEFAULT_LIMITS, max_bytes: int = 0) -> RawTable:
    with open_regular(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > max(max_bytes, limits.max_csv_bytes):
            raise too_large(path.name, size, max(max_bytes, limits.max_csv_bytes))
        codec, encoding = sniff_encoding(handle, path.name)
    with _text(path, codec) as stream:
        sample = stream.read(_SNIFF_CHARS)
    if not sample.strip():
        raise UsageImportError(f"{path.name} is empty")
    hint = _SEP_HINT.match(sample)
    first_line = 1
    if hint:  # Excel's "sep=;" first line names the separator
        delimiter, first_line = hint[1], 2
        sample = sample[hint.end() :]
    else:
        delimiter = sniff_delimiter(sample)
    decimal = "," if delimiter == ";" else "."
    if delimiter != ";":
        commas = len(_DECIMAL_COMMA.findall(sample)) if delimiter != "," else 0
        if commas > len(_DECIMAL_POINT.findall(sample)):
            decimal = ","
    return RawTable(
        kind="csv",
        rows=_csv_rows(path, codec, delimiter, limits, first_line),
        encoding=encoding,
        delimiter=delimiter,
        decimal=decimal,
    )


def too_large(name: str, size: int, limit: int) -> UsageImportError:
    return UsageImportError(
        f"{name} is too large ({size / MiB:.0f} MiB; at most {limit / MiB:.0f} MiB): "
        "export a shorter period"
    )


def _text(path: Path, codec: str) -> IO[str]:
    return io.TextIOWrapper(open_regular(path), encoding=codec, newline="")


_CHUNK = 1024 * 1024


def sniff_encoding(handle: IO[bytes], name: str = "the file") -> tuple[str, str]:
    """The codec of a CSV and a plain name of it, read a chunk at a time (bounded memory)."""
    head = handle.read(_CHUNK)
    for bom, codec, label in _BOMS:
        if head.startswith(bom):
            _check_decodes(head, handle, codec, name, label)
            return codec, label
    if b"\x00" in head[:4096]:
        raise UsageImportError(
            f"{name} looks like a binary file, not CSV text "
            "(save it as CSV UTF-8 or as an Excel workbook)"
        )
    for codec, label in (("utf-8", "UTF-8"), ("cp1252", "Windows-1252 (not UTF-8)")):
        handle.seek(0)
        if _decodes(handle.read(_CHUNK), handle, codec):
            return codec, label
    return "latin-1", "Latin-1 (not UTF-8)"


def _decodes(head: bytes, handle: IO[bytes], codec: str) -> bool:
    decoder = codecs.getincrementaldecoder(codec)()
    chunk = head
    try:
        while chunk:
            decoder.decode(chunk)
            chunk = handle.read(_CHUNK)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _check_decodes(head: bytes, handle: IO[bytes], codec: str, name: str, label: str) -> None:
    if not _decodes(head, handle, codec):
        raise UsageImportError(
            f"{name} starts like {label} text but is damaged (invalid characters)"
        )


def decode(data: bytes, name: str = "the file") -> tuple[str, str]:
    """The text of a small CSV held in memory and a plain name of its encoding."""
    codec, label = sniff_encoding(io.BytesIO(data), name)
    return data.decode(codec), label


def sniff_delimiter(sample: str) -> str:
    """The separator that splits the first lines into the most regular columns."""
    cut = sample.rfind("\n")
    if 0 < cut < len(sample) - 1:
        sample = sample[: cut + 1]
    best, best_score = ",", 0.0
    for delimiter in _DELIMITERS:
        try:
            rows = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
            widths = [w for row in rows if (w := len(_trim(row))) >= 2]
        except csv.Error:
            continue
        if not widths:
            continue
        # Many lines split into many columns: a decimal comma splits a ';' file's
        # lines in two, never into as many columns as the real separator does.
        score = len(widths) * (statistics.median_low(widths) - 1)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _trim(row: list[str]) -> list[str]:
    end = len(row)
    while end and not row[end - 1].strip():
        end -= 1
    return row[:end]


def _csv_rows(
    path: Path, codec: str, delimiter: str, limits: Limits, first_line: int = 1
) -> Iterator[RawRow]:
    name = path.name
    line = first_line
    count = 0
    with _text(path, codec) as stream:
        if first_line == 2:
            stream.readline()  # the "sep=;" line
        reader = csv.reader(stream, delimiter=delimiter)
        try:
            for row in reader:
                start, line = line, reader.line_num + first_line
                cells = _trim(row)
                if not cells:
                    continue
                count += 1
                if count > limits.max_rows + limits.max_title_lines:
                    raise _too_many_rows(name, limits)
                if len(cells) > limits.max_columns:
                    raise UsageImportError(
                        f"{name}, line {start}: more than {limits.max_columns} columns"
                    )
                yield start, tuple(c.strip() or None for c in cells)
        except csv.Error as exc:
            raise UsageImportError(f"{name}, line {line}: unreadable CSV ({exc})") from None
        except UnicodeDecodeError:  # changed on disk since it was checked
            raise UsageImportError(f"{name}, line {line}: invalid characters") from None


def _too_many_rows(name: str, limits: Limits) -> UsageImportError:
    return UsageImportError(
        f"{name} has more than {limits.max_rows:,} rows; split it or export a shorter period"
    )
