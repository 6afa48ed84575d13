"""The *Risks* sheet: the risk register, highest exposure first."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from planner.i18n import N_, _
from planner.model.entities import RiskStatus
from planner.workbook.context import Context
from planner.workbook.layout import TITLE_ROWS, table_sheet
from planner.workbook.sheet import Sheet
from planner.workbook.style import (
    INT,
    RISK_HIGH,
    RISK_MEDIUM,
    RISK_STATUS,
    WRAP,
    Look,
    Tone,
    expression,
    risk_level,
    tone_dxf,
)
from planner.workbook.table import Column

TITLE = N_("Risks")

COLUMNS = (
    Column(N_("Risk"), max_width=40),
    Column(N_("Stage"), max_width=24),
    Column(N_("Likelihood (1–5)"), INT, width=10),
    Column(N_("Impact (1–5)"), INT, width=9),
    Column(N_("Score"), INT, width=7),
    Column(N_("Level"), Look(align="left"), width=11),
    Column(N_("Status"), width=11),
    Column(N_("Owner"), max_width=22),
    Column(N_("Mitigation"), WRAP, max_width=60),
)

_STATUS_ORDER = {RiskStatus.OPEN: 0, RiskStatus.MITIGATED: 1, RiskStatus.CLOSED: 2}


def write(ctx: Context, sheet: Sheet) -> None:
    risks = sorted(
        ctx.roadmap.risks,
        key=lambda r: (_STATUS_ORDER[r.status], -r.likelihood * r.impact, r.title.casefold(),
                       r.id),
    )  # fmt: skip
    first = TITLE_ROWS + 2

    def rows() -> Iterator[list[Any]]:
        for risk in risks:
            score = risk.likelihood * risk.impact
            yield [
                risk.title,
                ctx.stage_name(risk.stage_id),
                risk.likelihood,
                risk.impact,
                score,
                risk_level(score)[0],
                RISK_STATUS[risk.status],
                risk.owner,
                risk.mitigation,
            ]

    count = table_sheet(
        ctx,
        sheet,
        title=_(TITLE),
        detail=_(
            "{count} risks, open first, by score (likelihood × impact; "
            "high ≥ {high}, medium ≥ {medium})",
            count=len(risks),
            high=RISK_HIGH,
            medium=RISK_MEDIUM,
        ),
        name="Risks",
        columns=COLUMNS,
        rows=rows,
        empty_note=N_("No risks recorded yet."),
    )
    if count:
        cells = f"E{first}:F{first + count - 1}"
        sheet.conditional(cells, expression(f"$E{first}>={RISK_HIGH}", tone_dxf(Tone.BAD)))
        sheet.conditional(cells, expression(f"$E{first}>={RISK_MEDIUM}", tone_dxf(Tone.WARN)))
        sheet.conditional(cells, expression(f"$E{first}>0", tone_dxf(Tone.GOOD)))
