"""The *Use cases* sheet: every use case with its value, cost and readiness."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from planner.evidence.derived import ValueBasis
from planner.model.entities import UseCase
from planner.workbook.context import Context
from planner.workbook.layout import table_sheet
from planner.workbook.sheet import Sheet
from planner.workbook.style import (
    DATE,
    INT,
    MONEY,
    NUMBER,
    PERCENT0,
    RATIO,
    USE_CASE_STATUS,
    enum_word,
    toned,
)
from planner.workbook.table import Column, Styled

TITLE = "Use cases"

COLUMNS = (
    Column("Use case", max_width=30),
    Column("Stage", max_width=18),
    Column("Status", max_width=12),
    Column("Tool", max_width=16),
    Column("Teams", max_width=18),
    Column("Owner", max_width=16),
    Column("Start", DATE),
    Column("End", DATE),
    Column("Progress", PERCENT0, width=9),
    Column("Hours saved per user per week", NUMBER, width=11),
    Column("Users", INT, width=8),
    Column("Value per year", MONEY, total=True),
    Column("Value from", max_width=14),
    Column("Cost per year", MONEY, total=True),
    Column("ROI", RATIO, width=8),
    Column("Effort", width=8),
    Column("Data readiness (0–4)", INT, width=10),
    Column("Friction points", max_width=26),
    Column("Data sources", max_width=20),
    Column("Depends on", max_width=18),
    Column("Description", max_width=34),
)

BASIS_WORDS = {
    ValueBasis.ENTERED: "Entered",
    ValueBasis.HOURS_SAVED: "Hours saved",
    ValueBasis.FRICTION: "Friction cost",
    ValueBasis.NONE: "—",
}


def ordered(ctx: Context) -> list[UseCase]:
    """Stage order, then start date, then name; use cases without a stage last."""
    last = len(ctx.roadmap.stages)
    return sorted(
        ctx.roadmap.use_cases,
        key=lambda u: (
            ctx.stage_order.get(u.stage_id or "", last),
            u.planned_start,
            u.name.casefold(),
            u.id,
        ),
    )


def write(ctx: Context, sheet: Sheet) -> None:
    roadmap = ctx.roadmap
    use_cases = ordered(ctx)
    frictions = {f.id: f.title for f in roadmap.friction_points}
    sources = {d.id: d.name for d in roadmap.data_sources}
    tables = ctx.figures.tables
    values = tables.use_case_value

    def names(ids: Sequence[str], lookup: dict[str, str]) -> str:
        return "; ".join(lookup[i] for i in ids if i in lookup)

    use_case_names = {u.id: u.name for u in use_cases}

    def rows() -> Iterator[list[Any]]:
        for uc in use_cases:
            value = values[uc.id]
            word, tone = USE_CASE_STATUS[uc.status]
            yield [
                uc.name,
                ctx.stage_name(uc.stage_id),
                Styled(word, toned(tone)),
                uc.tool,
                ctx.team_names(uc.team_ids),
                ctx.person_name(uc.owner_id),
                uc.planned_start,
                uc.planned_end,
                uc.progress,
                uc.expected_hours_saved,
                tables.use_case_users[uc.id],
                value.value_per_year,
                BASIS_WORDS[value.basis],
                uc.cost_per_year,
                tables.use_case_roi[uc.id],
                enum_word(uc.effort),
                tables.use_case_readiness[uc.id],
                names(uc.friction_point_ids, frictions),
                names(uc.data_source_ids, sources),
                names(uc.depends_on, use_case_names),
                uc.description,
            ]

    table_sheet(
        ctx,
        sheet,
        title=TITLE,
        detail=f"{len(use_cases)} use cases, by stage and start date",
        name="UseCases",
        columns=COLUMNS,
        rows=rows,
        empty_note="No use cases yet.",
    )
