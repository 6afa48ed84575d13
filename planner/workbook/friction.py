"""The *Friction points* sheet: where time is lost, ranked by yearly cost."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from planner.workbook.context import Context
from planner.workbook.layout import table_sheet
from planner.workbook.sheet import Sheet
from planner.workbook.style import INT, MONEY, NUMBER, WRAP, Tone, enum_word, toned
from planner.workbook.table import Column, Styled

TITLE = "Friction points"

COLUMNS = (
    Column("Rank", INT, width=6),
    Column("Friction point", max_width=40),
    Column("Process", max_width=24),
    Column("Team", max_width=24),
    Column("Kind", width=12),
    Column("Hours lost per person per week", NUMBER, width=12),
    Column("People affected", INT, width=10),
    Column("Hours lost per year", INT, total=True),
    Column("Cost per year", MONEY, total=True),
    Column("Use cases", INT, width=9),
    Column("Addressed by", WRAP, max_width=45),
    Column("Notes", WRAP, max_width=50),
)


def write(ctx: Context, sheet: Sheet) -> None:
    ranking = ctx.tables.friction_ranking

    def rows() -> Iterator[list[Any]]:
        for item in ranking:
            point = item.point
            team = ctx.teams.get(point.team_id or "")
            yield [
                item.rank,
                point.title,
                point.process,
                team.name if team else "",
                enum_word(point.kind),
                point.hours_lost_per_week,
                point.people_affected,
                item.hours_per_year,
                item.cost_per_year,
                len(item.use_cases) or Styled(0, toned(Tone.WARN, INT)),
                "; ".join(uc.name for uc in item.use_cases),
                point.notes,
            ]

    table_sheet(
        ctx,
        sheet,
        title=TITLE,
        detail=f"{len(ranking)} friction points, costliest first "
        f"({ctx.roadmap.working_weeks} working weeks, "
        f"{ctx.roadmap.hourly_cost:,.0f} {ctx.roadmap.currency} per hour)",
        name="FrictionPoints",
        columns=COLUMNS,
        rows=rows,
        empty_note="No friction points yet.",
    )
