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

Rows are produced lazily (``RawTable.rows``), capped at ``Limits.max_rows``.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import statistics
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
    max_columns: int = 500
    max_zip_members: int = 1_000
    max_uncompressed_bytes: int = 1024 * MiB
    max_compression_ratio: float = 200.0
    """Uncompressed ÷ compressed size of any member bigger than 1 MiB once expanded."""


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


def read_table(path: Path, limits: Limits = Limits(), sheet: str | None = None) -> RawTable:
    """Open ``path`` as CSV or XLSX (by content, not only by name)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise UsageImportError(f"cannot read {path.name}: {exc.strerror or exc}") from None
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
    return read_csv(path, limits)


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


def read_csv(path: Path, limits: Limits = Limits()) -> RawTable:
    size = path.stat().st_size
    if size > limits.max_csv_bytes:
        raise UsageImportError(
            f"{path.name} is too large ({size / MiB:.0f} MiB; at most "
            f"{limits.max_csv_bytes / MiB:.0f} MiB): export a shorter period"
        )
    text, encoding = decode(path.read_bytes(), path.name)
    if not text.strip():
        raise UsageImportError(f"{path.name} is empty")
    sample = text[:_SNIFF_CHARS]
    hint = _SEP_HINT.match(text)
    first_line = 1
    if hint:  # Excel's "sep=;" first line names the separator
        delimiter, text, first_line = hint[1], text[hint.end() :], 2
    else:
        delimiter = sniff_delimiter(sample)
    decimal = "," if delimiter == ";" else "."
    if delimiter != ";":
        commas = len(_DECIMAL_COMMA.findall(sample)) if delimiter != "," else 0
        if commas > len(_DECIMAL_POINT.findall(sample)):
            decimal = ","
    return RawTable(
        kind="csv",
        rows=_csv_rows(text, delimiter, limits, path.name, first_line),
        encoding=encoding,
        delimiter=delimiter,
        decimal=decimal,
    )


def decode(data: bytes, name: str = "the file") -> tuple[str, str]:
    """The text of a CSV and a plain name of its encoding."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), label
            except UnicodeDecodeError:
                raise UsageImportError(
                    f"{name} starts like {label} text but is damaged (invalid characters)"
                ) from None
    if b"\x00" in data[:4096]:
        raise UsageImportError(
            f"{name} looks like a binary file, not CSV text "
            "(save it as CSV UTF-8 or as an Excel workbook)"
        )
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252 (not UTF-8)"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "Latin-1 (not UTF-8)"


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
    text: str, delimiter: str, limits: Limits, name: str, first_line: int = 1
) -> Iterator[RawRow]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    line = first_line
    count = 0
    try:
        for row in reader:
            start, line = line, reader.line_num + first_line
            cells = _trim(row)
            if not cells:
                continue
            count += 1
            if count > limits.max_rows:
                raise UsageImportError(
                    f"{name} has more than {limits.max_rows:,} rows; split it or export a "
                    "shorter period"
                )
            if len(cells) > limits.max_columns:
                raise UsageImportError(
                    f"{name}, line {start}: more than {limits.max_columns} columns"
                )
            yield start, tuple(c.strip() or None for c in cells)
    except csv.Error as exc:
        raise UsageImportError(f"{name}, line {line}: unreadable CSV ({exc})") from None


# -------------------------------------------------------------------- XLSX


def check_zip(path: Path, limits: Limits = Limits()) -> None:
    """Refuse a workbook whose zip directory announces a bomb, before decompressing.

    The sizes are the directory's claims; Python's zipfile never returns more
    bytes than a member claims, so checking the claims bounds what openpyxl
    can decompress afterwards.
    """
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise UsageImportError(f"{name} is damaged: not a readable Excel workbook") from None
    if len(members) > limits.max_zip_members:
        raise UsageImportError(
            f"{name} is not a plausible workbook: {len(members):,} parts inside "
            f"(at most {limits.max_zip_members:,})"
        )
    total = 0
    for member in members:
        total += member.file_size
        expanded = member.file_size
        ratio = expanded / max(member.compress_size, 1)
        if expanded > MiB and ratio > limits.max_compression_ratio:
            raise UsageImportError(
                f"{name} is refused: a part expands {ratio:,.0f} times "
                "(a 'zip bomb'); it was not opened"
            )
    if total > limits.max_uncompressed_bytes:
        raise UsageImportError(
            f"{name} is refused: it would expand to {total / MiB:,.0f} MiB "
            f"(at most {limits.max_uncompressed_bytes / MiB:,.0f} MiB)"
        )
    names = {m.filename for m in members}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        kind = "a Word document" if "word/document.xml" in names else "a zip archive"
        raise UsageImportError(f"{name} is {kind}, not an Excel workbook")


def read_xlsx(path: Path, limits: Limits = Limits(), sheet: str | None = None) -> RawTable:
    size = path.stat().st_size
    if size > limits.max_xlsx_bytes:
        raise UsageImportError(
            f"{path.name} is too large ({size / MiB:.0f} MiB; at most "
            f"{limits.max_xlsx_bytes / MiB:.0f} MiB for a workbook): export a shorter "
            "period or save it as CSV"
        )
    check_zip(path, limits)
    import openpyxl  # here, not at the top: it costs 0.1 s and the app starts without it

    if not openpyxl.DEFUSEDXML:
        # Without defusedxml openpyxl expands XML entities: never read a workbook then.
        raise UsageImportError(
            "Excel files cannot be read safely here (defusedxml is not active); use CSV"
        )
    try:
        with warnings.catch_warnings():  # e.g. "no default style": noise, not the user's concern
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a bad or hostile file
        raise UsageImportError(
            f"{path.name} is not a valid or safe Excel workbook ({_reason(exc)})"
        ) from None
    try:
        names = list(workbook.sheetnames)
        worksheets = workbook.worksheets
        if sheet is not None:
            if sheet not in names:
                raise UsageImportError(
                    f"{path.name} has no sheet '{sheet}' (sheets: {', '.join(names)})"
                )
            chosen = workbook[sheet]
        elif worksheets:
            chosen = worksheets[0]
        else:
            raise UsageImportError(f"{path.name} has no worksheet")
    except BaseException:
        workbook.close()
        raise
    table = RawTable(
        kind="xlsx",
        rows=_xlsx_rows(workbook, chosen, limits, path.name),
        unit="row",
        sheet=chosen.title,
    )
    if len(names) > 1:
        table.notes.append(f"read sheet '{chosen.title}' of {len(names)} ({', '.join(names)})")
    return table


def _reason(exc: BaseException) -> str:
    text = type(exc).__name__
    cause = exc.__cause__ or exc.__context__
    if cause is not None and "Entities" in type(cause).__name__:
        return "it declares XML entities, which are refused for safety"
    if "Entities" in text or "DTD" in text:
        return "it declares XML entities, which are refused for safety"
    return str(exc).splitlines()[0][:120] if str(exc) else text


def _xlsx_rows(workbook: Any, sheet: Any, limits: Limits, name: str) -> Iterator[RawRow]:
    count = 0
    number = 0
    try:
        rows = sheet.iter_rows(values_only=True, max_col=limits.max_columns)
        for number, row in enumerate(rows, start=1):
            cells = [_cell(v) for v in row]
            while cells and cells[-1] is None:
                cells.pop()
            if not cells:
                if number > 2 * limits.max_rows:
                    break
                continue
            count += 1
            if count > limits.max_rows:
                raise UsageImportError(
                    f"{name} has more than {limits.max_rows:,} rows; split it or export a "
                    "shorter period"
                )
            yield number, tuple(cells)
    except UsageImportError:
        raise
    except Exception as exc:  # the sheet XML is parsed while iterating
        raise UsageImportError(
            f"{name} is not a valid or safe Excel workbook (row {number + 1}: {_reason(exc)})"
        ) from None
    finally:
        workbook.close()


def _cell(value: object) -> Cell:
    if value is None or isinstance(value, bool | int | float | dt.date):
        return value
    if isinstance(value, dt.time):
        return value.isoformat()
    text = str(value).strip()
    return text or None
