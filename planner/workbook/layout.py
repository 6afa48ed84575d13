"""The shape shared by the list sheets: a title, a subtitle, one Excel table."""

from __future__ import annotations

from collections.abc import Sequence

from planner.i18n import _
from planner.workbook.context import Context
from planner.workbook.sheet import Sheet
from planner.workbook.style import SUBTITLE, TITLE, long_date
from planner.workbook.table import Column, Rows, measure, write_table

TITLE_ROWS = 2


def subtitle(ctx: Context, detail: str) -> str:
    parts = [ctx.roadmap.title, _("as of {day}", day=long_date(ctx.as_of))]
    if detail:
        parts.append(detail)
    return " · ".join(parts)


def title_rows(sheet: Sheet, title: str, detail: str) -> None:
    sheet.append([(_(title), TITLE)], height=24)
    sheet.append([(detail, SUBTITLE)], height=16)


def setup(ctx: Context, sheet: Sheet, *, title_rows: int, freeze: str | None,
           fit_height: int = 0, gridlines: bool = False) -> None:  # fmt: skip
    sheet.setup(
        roadmap_title=ctx.roadmap.title,
        as_of=ctx.as_of,
        title_rows=title_rows,
        freeze=freeze,
        fit_height=fit_height,
        gridlines=gridlines,
    )


ONE_PAGE_WIDTH = 180.0
"""Characters of column width that print one A4 landscape page wide at 80 %, where
10-point text prints at 8 points (see :meth:`planner.workbook.sheet.Sheet.finish`)."""
NARROWEST_TEXT = 24.0


def narrowed(columns: Sequence[Column], widths: list[float]) -> list[float]:
    """The widths, with the wrapping text columns narrowed (widest first, down to
    :data:`NARROWEST_TEXT`) when that lets the table print one page wide; text wraps
    onto more lines instead. A table too wide even then keeps its widths."""
    widths = list(widths)
    excess = sum(widths) - ONE_PAGE_WIDTH
    floor = sum(
        min(w, NARROWEST_TEXT) if c.look.wrap else w for c, w in zip(columns, widths, strict=True)
    )
    if floor > ONE_PAGE_WIDTH:
        return widths  # too wide anyway: keep the text on fewer lines, across pages
    wrapping = sorted((i for i, c in enumerate(columns) if c.look.wrap), key=lambda i: -widths[i])
    while excess > 0 and wrapping:
        widest = wrapping[0]
        room = widths[widest] - NARROWEST_TEXT
        if room <= 0:
            break
        cut = min(room, excess, max(1.0, widths[widest] - widths[wrapping[1]])
                  if len(wrapping) > 1 else room)  # fmt: skip
        widths[widest] -= cut
        excess -= cut
        wrapping.sort(key=lambda i: -widths[i])
    return widths


def table_sheet(
    ctx: Context,
    sheet: Sheet,
    *,
    title: str,
    detail: str,
    name: str,
    columns: Sequence[Column],
    rows: Rows,
    empty_note: str,
) -> int:
    """A sheet holding one table under a title; returns the number of rows."""
    data = list(rows())  # computed once, measured and written
    widths = narrowed(columns, measure(columns, data))
    sheet.widths(widths)
    setup(ctx, sheet, title_rows=TITLE_ROWS + 1, freeze=f"B{TITLE_ROWS + 2}")
    title_rows(sheet, title, subtitle(ctx, detail))
    return write_table(sheet, ctx.table_name(name), columns, lambda: data,
                       empty_note=_(empty_note))  # fmt: skip
