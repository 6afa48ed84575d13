"""The optional *Changes* sheet: what changed, in sentences (computed by the caller)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from planner.workbook.context import Context
from planner.workbook.layout import table_sheet
from planner.workbook.sheet import Sheet
from planner.workbook.style import WRAP
from planner.workbook.table import Column

TITLE = "Changes"

COLUMNS = (
    Column("What", max_width=24),
    Column("Change", WRAP, max_width=100, min_width=60),
)


def write(ctx: Context, sheet: Sheet) -> None:
    changes = ctx.changes

    def rows() -> Iterator[list[Any]]:
        for group, sentence in changes:
            yield [group, sentence]

    table_sheet(
        ctx,
        sheet,
        title=TITLE,
        detail=f"{len(changes)} changes",
        name="Changes",
        columns=COLUMNS,
        rows=rows,
        empty_note="No changes.",
    )
