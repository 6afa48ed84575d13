"""The *Use cases* sheet: every use case with its value, cost and readiness."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from planner.evidence import derived
from planner.evidence.derived import ValueBasis
from planner.i18n import N_, _
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

TITLE = N_("Use cases")

COLUMNS = (
    Column(N_("Use case"), max_width=30),
    Column(N_("Stage"), max_width=18),
    Column(N_("Status"), max_width=12),
    Column(N_("Tool"), max_width=16),
    Column(N_("Teams"), max_width=18),
    Column(N_("Owner"), max_width=16),
    Column(N_("Start"), DATE),
    Column(N_("End"), DATE),
    Column(N_("Progress"), PERCENT0, width=9),
    Column(N_("Hours saved per user per week"), NUMBER, width=11),
    Column(N_("Users"), INT, width=8),
    Column(N_("Value per year"), MONEY, total=True),
    Column(N_("Value from"), max_width=14),
    Column(N_("Cost per year"), MONEY, total=True),
    Column(N_("ROI"), RATIO, width=8),
    Column(N_("Effort"), width=8),
    Column(N_("Data readiness (0–4)"), INT, width=10),
    Column(N_("Friction points"), max_width=26),
    Column(N_("Data sources"), max_width=20),
    Column(N_("Depends on"), max_width=18),
    Column(N_("Description"), max_width=34),
)

BASIS_WORDS = {
    ValueBasis.ENTERED: N_("Entered"),
    ValueBasis.HOURS_SAVED: N_("Hours saved"),
    ValueBasis.FRICTION: N_("Friction cost"),
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
    values = {u.id: derived.use_case_value(roadmap, u) for u in use_cases}

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
                derived.use_case_users(roadmap, uc),
                value.value_per_year,
                _(BASIS_WORDS[value.basis]),
                uc.cost_per_year,
                derived.roi(roadmap, uc),
                enum_word(uc.effort),
                derived.use_case_data_readiness(roadmap, uc),
                names(uc.friction_point_ids, frictions),
                names(uc.data_source_ids, sources),
                names(uc.depends_on, use_case_names),
                uc.description,
            ]

    table_sheet(
        ctx,
        sheet,
        title=_(TITLE),
        detail=_("{count} use cases, by stage and start date", count=len(use_cases)),
        name="UseCases",
        columns=COLUMNS,
        rows=rows,
        empty_note=N_("No use cases yet."),
    )
