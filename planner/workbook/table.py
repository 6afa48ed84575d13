"""Excel tables: a header of strings, rows, filters, banding and a totals row.

The workbook holds values only, no formulas: attachment previews (Outlook,
Quick Look, phones) and Excel's Protected View show stored values and do not
calculate, so a formula would show as an empty cell there. The totals row,
just below the table, therefore holds the sums of all rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from planner.workbook.cells import single_line
from planner.workbook.sheet import Sheet, display_width, text_lines
from planner.workbook.style import HEADER, NOTE, TEXT, TOTAL, Look, wrapped

HEADER_LINE_HEIGHT = 13.0
LINE_HEIGHT = 12.8
MAX_ROW_HEIGHT = 409.0


@dataclass(frozen=True)
class Column:
    header: str
    look: Look = TEXT
    width: float | None = None
    """A fixed width in characters; by default the width fits the content."""
    max_width: float = 45
    min_width: float = 6
    total: bool = False
    """Sum the column in the totals row."""


@dataclass(frozen=True)
class Styled:
    """A value whose look differs from its column's (a status colour, say)."""

    value: Any
    look: Look


Rows = Callable[[], Iterable[Sequence[Any]]]
"""Called twice: once to measure the columns, once to write the rows."""


def unique_headers(headers: Sequence[str]) -> list[str]:
    """Header texts as a table needs them: one line, non-empty, unique."""
    seen: set[str] = set()
    result = []
    for index, header in enumerate(headers, start=1):
        text = single_line(header, 250) or f"Column {index}"
        candidate, number = text, 2
        while candidate.casefold() in seen:
            candidate = f"{text} ({number})"
            number += 1
        seen.add(candidate.casefold())
        result.append(candidate)
    return result


def measure(columns: Sequence[Column], rows: Rows) -> list[float]:
    """Column widths that fit the headers (on up to two lines) and the values."""
    needed = [0.0] * len(columns)
    measured = [c.width is None for c in columns]
    for row in rows():
        for index, value in enumerate(row):
            if not measured[index]:
                continue
            look = columns[index].look
            if isinstance(value, Styled):
                value, look = value.value, value.look
            width = display_width(value, look)
            if width > needed[index]:
                needed[index] = width
    widths = []
    for column, content in zip(columns, needed, strict=True):
        if column.width is not None:
            widths.append(column.width)
            continue
        words = max((len(w) for w in column.header.split()), default=4)
        header = max(words, len(column.header) / 2) + 1
        widths.append(min(column.max_width, max(column.min_width, header, content + 2)))
    return widths


def header_height(headers: Sequence[str], widths: Sequence[float]) -> float:
    # Bold text is wider: wrap as if the column were a tenth narrower.
    lines = max(text_lines(h, w * 0.9) for h, w in zip(headers, widths, strict=True))
    return HEADER_LINE_HEIGHT * lines + 4


@dataclass(frozen=True)
class TableSpec:
    name: str
    """The table's displayName (already unique: see ``Context.table_name``)."""
    columns: Sequence[Column]
    rows: Rows
    empty_note: str
    first_col: int = 1


def write_table(
    sheet: Sheet,
    name: str,
    columns: Sequence[Column],
    rows: Rows,
    *,
    empty_note: str,
    first_col: int = 1,
) -> int:
    """Write one table from the sheet's next row on (see :func:`write_tables`)."""
    return write_tables(sheet, [TableSpec(name, columns, rows, empty_note, first_col)])[0]


def write_tables(sheet: Sheet, specs: Sequence[TableSpec]) -> list[int]:
    """Write tables side by side from the sheet's next row on: one header row, the
    rows, and a totals row under each table that has column totals; register each
    Excel table. Column widths must already be set (see :func:`measure`).
    Returns the number of data rows of each table."""
    width = max(s.first_col + len(s.columns) - 1 for s in specs)
    headers = [unique_headers([c.header for c in s.columns]) for s in specs]
    line: list[Any] = [None] * width
    height = 0.0
    for spec, names in zip(specs, headers, strict=True):
        line[spec.first_col - 1 : spec.first_col - 1 + len(names)] = [(h, HEADER) for h in names]
        height = max(height, header_height(names, [sheet.column_width(spec.first_col + i)
                                                   for i in range(len(names))]))  # fmt: skip
    header_row = sheet.append(line, height=height)
    streams = [iter(spec.rows()) for spec in specs]
    fillers = [_Filler(sheet, spec) for spec in specs]
    counts = [0] * len(specs)
    closed = [False] * len(specs)  # totals row or empty note written
    while not all(closed):
        line = [None] * width
        lines = 1
        for i, spec in enumerate(specs):
            if closed[i]:
                continue
            at = spec.first_col - 1
            row = next(streams[i], None)
            if row is not None:
                counts[i] += 1
                cells, needed = fillers[i].cells(row)
                line[at : at + len(spec.columns)] = cells
                lines = max(lines, needed)
                continue
            closed[i] = True
            if counts[i] == 0:
                line[at] = (spec.empty_note, NOTE)
            elif any(c.total for c in spec.columns):
                line[at : at + len(spec.columns)] = fillers[i].totals()
        if any(item is not None for item in line):
            sheet.append(line, height=row_height(lines) if lines > 1 else None)
    for spec, names, count in zip(specs, headers, counts, strict=True):
        if count:
            _register(sheet, spec, names, header_row, header_row + count)
    return counts


def row_height(lines: int) -> float:
    """Points for ``lines`` lines of 10-point text (Excel's maximum is 409)."""
    return min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines + 3)


class _Filler:
    """Makes one table's cells; text longer than its column wraps, and says how
    many lines the row needs (viewers do not grow rows to fit wrapped text)."""

    def __init__(self, sheet: Sheet, spec: TableSpec) -> None:
        self.sheet = sheet
        self.columns = spec.columns
        self.widths = [sheet.column_width(spec.first_col + i) for i in range(len(spec.columns))]
        self.wrapped = [wrapped(c.look) for c in spec.columns]
        self.sums = [0.0] * len(spec.columns)

    def cells(self, row: Sequence[Any]) -> tuple[list[Any], int]:
        cells = []
        lines = 1
        for index, (column, value) in enumerate(zip(self.columns, row, strict=True)):
            look = column.look
            if isinstance(value, Styled):
                value, look = value.value, value.look
            if column.total and isinstance(value, (int, float)):
                self.sums[index] += value
            if isinstance(value, str) and (len(value) > self.widths[index] - 2 or "\n" in value):
                needed = text_lines(value, self.widths[index])
                if needed > 1 or look.wrap:
                    lines = max(lines, needed)
                    look = self.wrapped[index] if look is column.look else wrapped(look)
            cells.append((value, look))
        return cells, lines

    def totals(self) -> list[Any]:
        items: list[Any] = []
        for index, column in enumerate(self.columns):
            if column.total:
                items.append((self.sums[index], replace(column.look, bold=True, fill=TOTAL.fill)))
            elif index == 0:
                items.append(("Total", TOTAL))
            else:
                items.append((None, TOTAL))
        return items


def _register(sheet: Sheet, spec: TableSpec, names: list[str], top: int, bottom: int) -> None:
    sheet.add_table(spec.name, top, spec.first_col, bottom, names, HEADER)
