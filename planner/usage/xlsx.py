"""Reading an Excel workbook's rows, defensively.

The file size is capped *before* opening; the zip directory is checked
(member count, total and per-part uncompressed size, compression ratio) so a
zip bomb is refused before anything is decompressed; the worksheets are then
scanned a chunk at a time for rows too large to build; openpyxl finally reads
it with ``read_only=True, data_only=True`` while defusedxml guards its XML
parsers (entity bombs and external entities are refused).
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from planner.usage.errors import UsageImportError
from planner.usage.raw import DEFAULT_LIMITS, Limits, MiB, RawRow, RawTable
from planner.usage.values import Cell

_CHUNK = 1024 * 1024


def _too_many_rows(name: str, limits: Limits) -> UsageImportError:
    return UsageImportError(
        f"{name} has more than {limits.max_rows:,} rows; split it or export a shorter period"
    )


def check_zip(path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
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
        cap, what = _part_cap(member.filename, limits)
        if expanded > cap:
            raise UsageImportError(
                f"{name} is refused: its {what} would expand to {expanded / MiB:,.0f} MiB "
                f"(at most {cap / MiB:,.0f} MiB); it was not opened"
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


def _part_cap(part: str, limits: Limits) -> tuple[int, str]:
    if part.startswith("xl/worksheets/") and part.endswith(".xml"):
        return limits.max_sheet_bytes, "worksheet"
    if part == "xl/sharedStrings.xml":
        return limits.max_shared_strings_bytes, "table of texts"
    return limits.max_part_bytes, f"part {part!r}"


_ROW_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s>/]")
_ROWS_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?sheetData>")


def check_rows(path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse a workbook with a row larger than ``limits.max_row_bytes`` of XML.

    openpyxl builds each row whole before handing it over, so one huge row
    would fill memory however the rows are read; the worksheets are scanned
    a chunk at a time first (their size is already capped by :func:`check_zip`).
    """
    try:
        with zipfile.ZipFile(path) as archive:
            for member in archive.infolist():
                if _part_cap(member.filename, limits)[1] == "worksheet":
                    _check_sheet_rows(archive, member, limits, path.name)
    except UsageImportError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError):
        # A damaged part (bad compressed data or checksum), found by reading it.
        raise UsageImportError(f"{path.name} is damaged: not a readable Excel workbook") from None


def _check_sheet_rows(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, limits: Limits, name: str
) -> None:
    last: int | None = None  # where the latest row starts, in the part
    offset = 0  # where ``data`` starts, in the part
    tail = b""
    with archive.open(member) as stream:
        while chunk := stream.read(_CHUNK):
            data = tail + chunk
            for match in _ROW_START.finditer(data):
                if match.end() <= len(tail):
                    continue  # seen in the previous chunk
                start = offset + match.start()
                if last is not None and start - last > limits.max_row_bytes:
                    raise _row_too_large(name, start - last, limits)
                last = start
            end = _ROWS_END.search(data)
            if end is not None and last is not None:
                if offset + end.start() - last > limits.max_row_bytes:
                    raise _row_too_large(name, offset + end.start() - last, limits)
                return
            if last is not None and offset + len(data) - last > limits.max_row_bytes:
                raise _row_too_large(name, offset + len(data) - last, limits)
            tail = data[-64:]
            offset += len(data) - len(tail)


def _row_too_large(name: str, size: int, limits: Limits) -> UsageImportError:
    return UsageImportError(
        f"{name} is refused: one of its rows is {size / MiB:,.1f} MiB of data "
        f"(at most {limits.max_row_bytes / MiB:,.0f} MiB); it was not opened"
    )


def read_xlsx(path: Path, limits: Limits = DEFAULT_LIMITS, sheet: str | None = None) -> RawTable:
    size = path.stat().st_size
    if size > limits.max_xlsx_bytes:
        raise UsageImportError(
            f"{path.name} is too large ({size / MiB:.0f} MiB; at most "
            f"{limits.max_xlsx_bytes / MiB:.0f} MiB for a workbook): export a shorter "
            "period or save it as CSV"
        )
    check_zip(path, limits)
    check_rows(path, limits)
    import openpyxl  # here, not at the top: it costs 0.1 s and the app starts without it

    if not openpyxl.DEFUSEDXML:
        # Without defusedxml openpyxl expands XML entities: never read a workbook then.
        raise UsageImportError(
            "Excel files cannot be read safely here (defusedxml is not active); use CSV"
        )
    # Our own handle, closed by us: openpyxl leaves the file open when a sheet fails to
    # parse (until the garbage collector finds it), so the workbook gets a file object.
    handle = path.open("rb")
    try:
        with warnings.catch_warnings():  # e.g. "no default style": noise, not the user's concern
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a bad or hostile file
        handle.close()
        raise UsageImportError(
            f"{path.name} is not a valid or safe Excel workbook ({_reason(exc)})"
        ) from None
    workbook = _Closing(workbook, handle)
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


class _Closing:
    """The read-only workbook and the file under it, closed together."""

    def __init__(self, workbook: Any, handle: Any) -> None:
        self._workbook = workbook
        self._handle = handle

    def __getattr__(self, name: str) -> Any:
        return getattr(self._workbook, name)

    def __getitem__(self, name: str) -> Any:
        return self._workbook[name]

    def close(self) -> None:
        try:
            self._workbook.close()
        finally:
            self._handle.close()


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
            if count > limits.max_rows + limits.max_title_lines:
                raise _too_many_rows(name, limits)
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
