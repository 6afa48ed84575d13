"""The optional *Changes* sheet: what changed, in sentences (computed by the caller)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from planner.i18n import N_, _
from planner.workbook.context import Context
from planner.workbook.layout import table_sheet
from planner.workbook.sheet import Sheet
from planner.workbook.style import WRAP
from planner.workbook.table import Column

TITLE = N_("Changes")

COLUMNS = (
    Column(N_("What"), max_width=24),
    Column(N_("Change"), WRAP, max_width=100, min_width=60),
)


def write(ctx: Context, sheet: Sheet) -> None:
    changes = ctx.changes

    def rows() -> Iterator[list[Any]]:
        for group, sentence in changes:
            yield [group, sentence]

    table_sheet(
        ctx,
        sheet,
        title=_(TITLE),
        detail=_("{count} changes", count=len(changes)),
        name="Changes",
        columns=COLUMNS,
        rows=rows,
        empty_note=N_("No changes."),
    )
