"""A streaming worksheet with the workbook's conventions built in.

Rows are written once, top to bottom (openpyxl write-only mode keeps memory
flat); column widths therefore have to be known before the first row, which
is why sheet modules measure their content first. Every cell is made here,
through :func:`planner.workbook.cells.put_value`: user text cannot become a
formula on any sheet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any, TypeAlias

from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties

from planner.workbook import rows
from planner.workbook.cells import header_footer_text, put_value
from planner.workbook.style import MONEY, TEXT, Look, StyleBook, long_date

Item: TypeAlias = Any
"""What a row holds: a ready cell, a (value, look) pair, or a plain value (text look)."""

HEADER_FONT_SIZE = 8
PAPER_A4 = 9


class Sheet:
    def __init__(self, workbook: Workbook, title: str, styles: StyleBook) -> None:
        self.ws: Any = workbook.create_sheet(title)
        self.title = title
        self.styles = styles
        self.row = 0
        """The number of the last row written (1-based); 0 before the first."""
        self.ready = False

    # ------------------------------------------------------------------ cells

    def cell(self, value: Any, look: Look = TEXT) -> Cell:
        return put_value(self.styles.cell(self.ws, look), value)

    def _as_cell(self, item: Item) -> Cell | None:
        if item is None or isinstance(item, Cell):
            return item
        if isinstance(item, tuple):
            value, look = item
            return self.cell(value, look)
        return self.cell(item)

    def widths(self, widths: Sequence[float], first: int = 1) -> None:
        """Column widths in characters (before the first row is written)."""
        if self.row:
            raise RuntimeError("column widths must be set before the first row")
        for offset, width in enumerate(widths):
            self.ws.column_dimensions[get_column_letter(first + offset)].width = round(width, 1)

    def column_width(self, index: int) -> float:
        width = self.ws.column_dimensions[get_column_letter(index)].width
        return float(width or 8.43)

    def hide_columns(self, first: int, last: int) -> None:
        for index in range(first, last + 1):
            self.ws.column_dimensions[get_column_letter(index)].hidden = True

    def append(
        self,
        items: Iterable[Item] = (),
        *,
        outline: int = 0,
        height: float | None = None,
        hidden: bool = False,
    ) -> int:
        """Write the next row; returns its number."""
        if not self.ready:
            # write-only mode writes views and sheet properties with the first row
            raise RuntimeError("call setup() before writing rows")
        self.row += 1
        if outline or height is not None or hidden:
            dims = self.ws.row_dimensions[self.row]
            if outline:
                dims.outlineLevel = outline
            if height is not None:
                dims.height = height
            if hidden:
                dims.hidden = True
        if self.row == 1:
            rows.install(self.ws)  # writes the sheet's head: widths and set-up are final now
        self.ws.append([self._as_cell(item) for item in items])
        return self.row

    def merge(self, first: int, last: int, row: int | None = None) -> None:
        """Merge columns ``first``–``last`` of a row (default: the last row written)."""
        row = row or self.row
        self.ws.merged_cells.add(f"{get_column_letter(first)}{row}:{get_column_letter(last)}{row}")

    # ------------------------------------------------------------ print set-up

    def setup(
        self,
        *,
        roadmap_title: str,
        as_of: dt.date,
        title_rows: int,
        freeze: str | None,
        fit_height: int = 0,
        gridlines: bool = False,
    ) -> None:
        """Freeze panes and print set-up (before the first row: write-only mode
        writes the sheet's views and properties with it): landscape, one page wide,
        titles repeated, header and footer."""
        self.ready = True
        ws = self.ws
        if freeze:
            ws.freeze_panes = freeze
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = PAPER_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = fit_height
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.6, bottom=0.6, header=0.25,
                                      footer=0.25)  # fmt: skip
        ws.print_options.gridLines = gridlines
        ws.print_options.horizontalCentered = True
        if title_rows:
            ws.print_title_rows = f"1:{title_rows}"
        header, footer = ws.oddHeader, ws.oddFooter
        header.left.text = header_footer_text(roadmap_title)
        header.center.text = "&A"
        header.right.text = f"As of {long_date(as_of)}"
        footer.left.text = "Pilot-to-Scale Planner — steering-committee workbook"
        footer.right.text = "Page &P of &N"
        for part in (header.left, header.center, header.right, footer.left, footer.right):
            part.size = HEADER_FONT_SIZE


def text_lines(text: str, width: float, limit: int = 40) -> int:
    """Lines a text wraps to in a column ``width`` characters wide (greedy word
    wrap). A width unit is a digit of the default 11-point font, so about 1.3
    characters of 10-point text fit in it, in Excel (Calibri) as in LibreOffice
    (DejaVu Sans, wider but in wider columns); 1.2 leaves a margin.
    Counting stops at ``limit``."""
    capacity = max(1.0, width * 1.2 - 1)
    lines = 0
    for part in text.split("\n"):
        lines += 1
        used = 0
        for word in part.split():
            size = len(word)
            if used and used + 1 + size > capacity:
                lines += 1
                used = 0
            if size > capacity:  # a long word breaks across lines
                lines += int((size - 1) // capacity)
                size = int((size - 1) % capacity) + 1
            used += size + (1 if used else 0)
        if lines >= limit:
            return limit
    return max(lines, 1)


def display_width(value: Any, look: Look) -> float:
    """Characters a value needs in its column (an estimate good for fitting widths)."""
    if value is None:
        return 0
    if isinstance(value, str):
        longest = max((len(line) for line in value.split("\n")), default=0)
        return longest * (1.1 if look.bold else 1.0)
    if isinstance(value, dt.date):
        return 12 if look.fmt == "date" else 7
    if isinstance(value, bool):
        return 3
    if isinstance(value, (int, float)):
        digits = len(f"{abs(value):,.0f}") + (3 if look.fmt in ("number", "percent") else 0)
        extra = 5 if look is MONEY or look.fmt == "money" else 1
        return digits + extra + (1 if value < 0 else 0)
    return 10
