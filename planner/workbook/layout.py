"""The shape shared by the list sheets: a title, a subtitle, one Excel table."""

from __future__ import annotations

from collections.abc import Sequence

from planner.workbook.context import Context
from planner.workbook.sheet import Sheet
from planner.workbook.style import SUBTITLE, TITLE, long_date
from planner.workbook.table import Column, Rows, measure, write_table

TITLE_ROWS = 2


def subtitle(ctx: Context, detail: str) -> str:
    parts = [ctx.roadmap.title, f"as of {long_date(ctx.as_of)}"]
    if detail:
        parts.append(detail)
    return " · ".join(parts)


def title_rows(sheet: Sheet, title: str, detail: str) -> None:
    sheet.append([(title, TITLE)], height=24)
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
    widths = measure(columns, data)
    sheet.widths(widths)
    setup(ctx, sheet, title_rows=TITLE_ROWS + 1, freeze=f"B{TITLE_ROWS + 2}")
    title_rows(sheet, title, subtitle(ctx, detail))
    return write_table(sheet, ctx.table_name(name), columns, lambda: data, empty_note=empty_note)
