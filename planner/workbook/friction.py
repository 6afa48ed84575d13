"""The *Friction points* sheet: where time is lost, ranked by yearly cost."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from planner.i18n import N_, _
from planner.workbook.context import Context
from planner.workbook.layout import table_sheet
from planner.workbook.sheet import Sheet
from planner.workbook.style import INT, MONEY, NUMBER, WRAP, Tone, enum_word, toned
from planner.workbook.table import Column, Styled

TITLE = N_("Friction points")

COLUMNS = (
    Column(N_("Rank"), INT, width=6),
    Column(N_("Friction point"), max_width=40),
    Column(N_("Process"), max_width=24),
    Column(N_("Team"), max_width=24),
    Column(N_("Kind"), width=12),
    Column(N_("Hours lost per person per week"), NUMBER, width=12),
    Column(N_("People affected"), INT, width=10),
    Column(N_("Hours lost per year"), INT, total=True),
    Column(N_("Cost per year"), MONEY, total=True),
    Column(N_("Use cases"), INT, width=9),
    Column(N_("Addressed by"), WRAP, max_width=45),
    Column(N_("Notes"), WRAP, max_width=50),
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
        title=_(TITLE),
        detail=_(
            "{count} friction points, costliest first ({weeks} working weeks, "
            "{cost} {currency} per hour)",
            count=len(ranking),
            weeks=ctx.roadmap.working_weeks,
            cost=f"{ctx.roadmap.hourly_cost:,.0f}",
            currency=ctx.roadmap.currency,
        ),
        name="FrictionPoints",
        columns=COLUMNS,
        rows=rows,
        empty_note=N_("No friction points yet."),
    )
