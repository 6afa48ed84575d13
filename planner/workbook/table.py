"""Excel tables: a header of strings, rows, filters, banding and a totals row.

The workbook holds values only, no formulas: attachment previews (Outlook,
Quick Look, phones) and Excel's Protected View show stored values and do not
calculate, so a formula would show as an empty cell there. The totals row,
just below the table, therefore holds the sums of all rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date as Date
from functools import partial
from itertools import repeat
from math import isfinite
from operator import contains, is_not, itemgetter
from typing import Any

from planner.i18n import _
from planner.workbook.cells import TRIGGERS, single_line
from planner.workbook.sheet import SHORT_TEXT, Sheet, display_width, rounded, text_lines
from planner.workbook.style import HEADER, NOTE, TEXT, TOTAL, Look, wrapped

HEADER_LINE_HEIGHT = 13.0
LINE_HEIGHT = 12.8
MAX_ROW_HEIGHT = 409.0
REMEMBERED = 4096
"""Texts whose wrapped lines a table column remembers (see ``_Filler``)."""


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


def measure(columns: Sequence[Column], rows: Rows | list[Sequence[Any]]) -> list[float]:
    """Column widths that fit the headers (on up to two lines) and the values."""
    data = rows if isinstance(rows, list) else list(rows())
    widths = []
    for index, column in enumerate(columns):
        if column.width is not None:
            widths.append(column.width)
            continue
        content = _content_width(list(map(itemgetter(index), data)), column.look)
        title = _(column.header)
        words = max((len(w) for w in title.split()), default=4)
        header = max(words, len(title) / 2) + 1
        widths.append(min(column.max_width, max(column.min_width, header, content + 2)))
    return widths


_NONE = type(None)
_TEXTS = frozenset({str, _NONE})
_NUMBERS = frozenset({int, float, _NONE})


def _content_width(values: list[Any], look: Look) -> float:
    """The widest of :func:`display_width` over ``values``, found by kind: the
    longest text, the largest and the most negative number (a width grows with
    the number's size). A column of texts or of numbers (and empty cells) is read at
    C speed; a date's width depends on its look only; a ``Styled`` value met again
    (the same object) is measured once."""
    kinds = set(map(type, values))
    widest = 0.0
    if kinds <= _TEXTS:  # an empty text is 0 wide, as no text
        texts: list[str] = list(filter(None, values)) if _NONE in kinds else values
        numbers: list[float] = []
    elif kinds <= _NUMBERS:
        texts = []
        numbers = list(filter(partial(is_not, None), values)) if _NONE in kinds else values
    else:
        texts, numbers = [], []
        styled: dict[int, Styled] = {}
        for value in values:
            kind = value.__class__
            if kind is str:
                texts.append(value)
            elif kind is float or kind is int:
                numbers.append(value)
            elif kind is Date:
                widest = max(widest, 12 if look.fmt == "date" else 7)  # see display_width
            elif kind is Styled:
                styled[id(value)] = value
            elif value is not None:
                widest = max(widest, display_width(value, look))
        for one in styled.values():
            widest = max(widest, display_width(one.value, one.look))
    if texts:
        if any(map(contains, texts, repeat("\n"))):  # only the longest line of a text counts
            multi_line = [t for t in texts if "\n" in t]
            longest = max(len(line) for t in multi_line for line in t.split("\n"))
            single = [t for t in texts if "\n" not in t]
            longest = max(longest, max(map(len, single), default=0))
        else:
            longest = max(map(len, texts))
        widest = max(widest, longest * (1.1 if look.bold else 1.0))
    if numbers:
        widest = max(widest, display_width(max(numbers, key=abs), look),
                     display_width(min(numbers), look))  # fmt: skip
    return widest


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


Beside = tuple[int, Callable[[int], Sequence[Any]]]
"""Cells beside the tables, not part of them: (first column, ``items(k)``), where
``items(0)`` are the header row's items and ``items(k)`` the k-th data row's."""


def write_tables(
    sheet: Sheet, specs: Sequence[TableSpec], beside: Beside | None = None
) -> list[int]:
    """Write tables side by side from the sheet's next row on: one header row, the
    rows, and a totals row under each table that has column totals; register each
    Excel table. Column widths must already be set (see :func:`measure`). Rows are
    written once, top to bottom: ``beside`` gives the helper cells of each row.
    Returns the number of data rows of each table."""
    width = max(s.first_col + len(s.columns) - 1 for s in specs)
    headers = [unique_headers([_(c.header) for c in s.columns]) for s in specs]
    line: list[Any] = [None] * width
    height = 0.0
    for spec, names in zip(specs, headers, strict=True):
        line[spec.first_col - 1 : spec.first_col - 1 + len(names)] = [(h, HEADER) for h in names]
        height = max(height, header_height(names, [sheet.column_width(spec.first_col + i)
                                                   for i in range(len(names))]))  # fmt: skip
    header_row = sheet.append(line, height=height)
    if beside is not None:
        sheet.write_cells(header_row, beside[0], beside[1](0))
    streams = [iter(spec.rows()) for spec in specs]
    fillers = [_Filler(sheet, spec) for spec in specs]
    counts = [0] * len(specs)
    closed = [False] * len(specs)  # totals row or empty note written
    while not all(closed):
        r = -1  # the row, once started
        lines = 1
        for i, spec in enumerate(specs):
            if closed[i]:
                continue
            row = next(streams[i], None)
            if row is not None:
                if r < 0:
                    r = sheet.next_row()
                counts[i] += 1
                lines = max(lines, fillers[i].write(row, r))
                continue
            closed[i] = True
            if counts[i] == 0:
                part: tuple[list[Any], list[Any]] = ([spec.empty_note], [NOTE])
            elif any(c.total for c in spec.columns):
                part = fillers[i].totals()
            else:
                continue
            if r < 0:
                r = sheet.next_row()
            sheet.write_part(r, spec.first_col - 1, *part)
        if r >= 0:
            if lines > 1:
                sheet.row_height(r, row_height(lines))
            data_row = r + 1 - header_row
            if beside is not None and all(data_row <= count for count in counts):
                sheet.write_cells(r + 1, beside[0], beside[1](data_row))
    for filler, count in zip(fillers, counts, strict=True):
        if count:
            sheet.note_font(filler.smallest)
    for spec, names, count in zip(specs, headers, counts, strict=True):
        if count:
            _register(sheet, spec, names, header_row, header_row + count)
    return counts


def row_height(lines: int) -> float:
    """Points for ``lines`` lines of 10-point text (Excel's maximum is 409)."""
    return min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines + 3)


class _Filler:
    """Writes one table's cells, a row at a time; text longer than its column wraps, and
    says how many lines the row needs (viewers do not grow rows to fit wrapped text).

    Each cell is written as :meth:`Sheet.write_part <planner.workbook.sheet.Sheet.write_part>`
    writes it (text with ``write_string`` only, cleaned, quote-prefixed when it starts like a
    formula; figures rounded as the app rounds them), the common cells — text that fits its
    column and needs no cleaning, numbers, dates, empty cells in the column's look — here
    with the column's format found once, any other through the sheet."""

    def __init__(self, sheet: Sheet, spec: TableSpec) -> None:
        self.sheet = sheet
        self.columns = spec.columns
        self.at = spec.first_col - 1
        self.looks = [c.look for c in spec.columns]
        self.widths = [sheet.column_width(spec.first_col + i) for i in range(len(spec.columns))]
        # Text up to ``limits`` characters fits its column as it is; up to
        # ``one_line`` it still fits on one line once wrapped (see text_lines).
        self.limits = [w - 2 for w in self.widths]
        self.one_line = [max(1.0, w * 1.2 - 1) for w in self.widths]
        self.wrapped = [wrapped(c.look) for c in spec.columns]
        self.totalled = [i for i, c in enumerate(spec.columns) if c.total]
        self.sums = [0.0] * len(spec.columns)
        self.lines: list[dict[str, int]] = [{} for _ in spec.columns]
        """Per column, the lines of each long text met (rows often repeat one: a duty, a
        status sentence); bounded by :data:`REMEMBERED`."""
        styles = sheet.styles
        self.by_id = styles.by_id
        self.entries = [styles.by_id.get(id(look)) or styles.resolve(look) for look in self.looks]
        """Per column, the style entry of its look (see ``StyleBook.by_id``)."""
        self.as_dates = [look.fmt != "text" for look in self.looks]
        self.smallest = min((look.size for look in self.looks), default=sheet.smallest_font)
        """The smallest font of the cells written (noted on the sheet at the end)."""
        ws = sheet.ws
        self._string, self._number = ws.write_string, ws.write_number
        self._blank, self._date = ws.write_blank, ws.write_datetime
        self._cells = self.cells

    def write(self, row: Sequence[Any], r: int) -> int:
        """Write ``row``'s cells in the row being written (zero-based ``r``); returns the
        lines the row needs."""
        count = len(self.looks)
        if len(row) != count:
            raise ValueError(f"a row of {len(row)} values for {count} columns")
        at = self.at
        entries, limits = self.entries, self.limits
        write_string, write_number, write_blank = self._string, self._number, self._blank
        triggers = TRIGGERS
        lines = 1
        for index, value in enumerate(row):
            kind = value.__class__
            if kind is str:
                if len(value) <= limits[index] and value.isprintable():
                    # Fits its column and needs no cleaning: the common case.
                    hit = entries[index]
                    if value:
                        write_string(r, at + index, value,
                                     hit[2] if value[0] in triggers else hit[1])  # fmt: skip
                    else:
                        write_blank(r, at + index, None, hit[1])
                    continue
                look = self.looks[index]
            elif kind is float or kind is int:
                hit = entries[index]
                if not isfinite(value):  # no figure
                    write_blank(r, at + index, None, hit[1])
                elif kind is float and (digits := hit[3]) is not None:  # the app's rounding
                    number = hit[4].get(value)
                    if number is None:
                        number = rounded(value, digits, hit[4])
                    write_number(r, at + index, number, hit[1])
                else:
                    write_number(r, at + index, value, hit[1])
                continue
            elif value is None:
                write_blank(r, at + index, None, entries[index][1])
                continue
            elif kind is Date and self.as_dates[index]:
                self._date(r, at + index, value, entries[index][1])
                continue
            elif kind is Styled:
                value, look = value.value, value.look
                if look.size < self.smallest:
                    self.smallest = look.size
                if value.__class__ is not str:
                    self.sheet.write_cells_at(r, at + index, (value,), (look,))
                    continue
                if len(value) <= limits[index] and "\n" not in value:
                    self._text(r, at + index, value, look)
                    continue
            else:
                self.sheet.write_cells_at(r, at + index, (value,), (self.looks[index],))
                continue
            # Text that may wrap (long, on several lines) or needs cleaning.
            if "\n" in value or len(value) > self.one_line[index]:
                known = self.lines[index]
                needed = known.get(value, 0)
                if not needed:
                    if len(known) >= REMEMBERED:
                        known.clear()
                    needed = known[value] = text_lines(value, self.widths[index])
            else:
                needed = 1
            if needed > 1 or look.wrap:
                lines = max(lines, needed)
                look = self.wrapped[index] if look is self.looks[index] else wrapped(look)
            self._text(r, at + index, value, look)
        for index in self.totalled:
            value = row[index]
            if value.__class__ is Styled:
                value = value.value
            if isinstance(value, (int, float)):
                self.sums[index] += value
        self.sheet.keep_recent(r, at, row, self.looks, self._cells)
        return lines

    def _text(self, r: int, c: int, value: str, look: Look) -> None:
        """A text cell in ``look``: printable text as it is, any other through the sheet
        (which cleans it)."""
        if value and value.isprintable() and len(value) <= SHORT_TEXT:
            hit = self.by_id.get(id(look)) or self.sheet.styles.resolve(look)
            self._string(r, c, value, hit[2] if value[0] in TRIGGERS else hit[1])
        else:
            self.sheet.write_cells_at(r, c, (value,), (look,))

    def cells(self, row: Sequence[Any]) -> tuple[list[Any], list[Look | None]]:
        """The values and looks :meth:`write` wrote for ``row`` (a ``Styled`` value is its
        value in its look; wrapping changes no value or number format)."""
        values: list[Any] = list(row)
        looks: list[Look | None] = list(self.looks)
        for index, value in enumerate(row):
            if value.__class__ is Styled:
                values[index], looks[index] = value.value, value.look
        return values, looks

    def totals(self) -> tuple[list[Any], list[Any]]:
        values: list[Any] = []
        looks: list[Any] = []
        for index, column in enumerate(self.columns):
            if column.total:
                values.append(self.sums[index])
                looks.append(replace(column.look, bold=True, fill=TOTAL.fill))
            else:
                values.append("Total" if index == 0 else None)
                looks.append(TOTAL)
        return values, looks


def _register(sheet: Sheet, spec: TableSpec, names: list[str], top: int, bottom: int) -> None:
    sheet.add_table(spec.name, top, spec.first_col, bottom, names, HEADER)
