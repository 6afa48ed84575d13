"""The *Decisions* sheet: the gate-decision log, newest first."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from planner.i18n import N_, _
from planner.workbook.context import Context
from planner.workbook.layout import table_sheet
from planner.workbook.sheet import Sheet
from planner.workbook.style import DATE, OUTCOME, WRAP, toned
from planner.workbook.table import Column, Styled

TITLE = N_("Decisions")

COLUMNS = (
    Column(N_("Date"), DATE),
    Column(N_("Stage"), max_width=26),
    Column(N_("Decision"), max_width=22),
    Column(N_("Evidence suggested"), max_width=22),
    Column(N_("Rationale"), WRAP, max_width=50),
    Column(N_("Conditions"), WRAP, max_width=45),
    Column(N_("Attendees"), WRAP, max_width=35),
)


def write(ctx: Context, sheet: Sheet) -> None:
    decisions = sorted(
        ctx.roadmap.decisions,
        key=lambda d: (-d.date.toordinal(), ctx.stage_order.get(d.stage_id, 0), d.id),
    )

    def rows() -> Iterator[list[Any]]:
        for decision in decisions:
            word, tone = OUTCOME[decision.outcome]
            suggested = OUTCOME[decision.suggested][0] if decision.suggested else ""
            yield [
                decision.date,
                ctx.stage_name(decision.stage_id),
                Styled(word, toned(tone)),
                suggested,
                decision.rationale,
                decision.conditions,
                ", ".join(decision.attendees),
            ]

    table_sheet(
        ctx,
        sheet,
        title=_(TITLE),
        detail=_("{count} gate decisions, newest first", count=len(decisions)),
        name="Decisions",
        columns=COLUMNS,
        rows=rows,
        empty_note=N_("No gate decision recorded yet."),
    )
