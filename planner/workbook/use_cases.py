"""The *Use cases* sheet: every use case with its value, cost and readiness."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from planner.i18n import N_, _
from planner.measures.derived import ValueBasis
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
    tables = ctx.tables
    values, users, roi = tables.use_case_value, tables.use_case_users, tables.use_case_roi
    readiness = tables.use_case_readiness

    def names(ids: Sequence[str], lookup: dict[str, str]) -> str:
        if not ids:
            return ""
        return "; ".join([lookup[i] for i in ids if i in lookup])

    use_case_names = {u.id: u.name for u in use_cases}
    stage_names = {s.id: s.name for s in roadmap.stages}
    team_names = {t.id: t.name for t in roadmap.teams}
    person_names = {p.id: p.name for p in roadmap.people}
    statuses = {status: Styled(word, toned(tone)) for status, (word, tone) in
                USE_CASE_STATUS.items()}  # fmt: skip
    efforts: dict[Any, str] = {}

    def rows() -> Iterator[list[Any]]:
        for uc in use_cases:
            value = values[uc.id]
            effort = efforts.get(uc.effort)
            if effort is None:
                effort = efforts[uc.effort] = enum_word(uc.effort)
            yield [
                uc.name,
                stage_names.get(uc.stage_id or "", ""),
                statuses[uc.status],
                uc.tool,
                ", ".join([team_names[t] for t in uc.team_ids if t in team_names]),
                person_names.get(uc.owner_id or "", ""),
                uc.planned_start,
                uc.planned_end,
                uc.progress,
                uc.expected_hours_saved,
                users[uc.id],
                value.value_per_year,
                _(BASIS_WORDS[value.basis]),
                uc.cost_per_year,
                roi[uc.id],
                effort,
                readiness[uc.id],
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
