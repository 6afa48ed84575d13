"""The *Risks* sheet: the risk register, highest exposure first.

Score and level are formulas, so a committee member who changes a likelihood
or an impact sees the score, the level and the colour follow.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from planner.model import RiskStatus
from planner.workbook.cells import Formula
from planner.workbook.context import Context
from planner.workbook.layout import TITLE_ROWS, table_sheet
from planner.workbook.sheet import Sheet
from planner.workbook.style import INT, RISK_STATUS, WRAP, Look, Tone, expression, tone_dxf
from planner.workbook.table import Column

TITLE = "Risks"
HIGH, MEDIUM = 15, 8

COLUMNS = (
    Column("Risk", max_width=40),
    Column("Stage", max_width=24),
    Column("Likelihood (1–5)", INT, width=10),
    Column("Impact (1–5)", INT, width=9),
    Column("Score", INT, width=7),
    Column("Level", Look(align="left"), width=11),
    Column("Status", width=11),
    Column("Owner", max_width=22),
    Column("Mitigation", WRAP, max_width=60),
)

_STATUS_ORDER = {RiskStatus.OPEN: 0, RiskStatus.MITIGATED: 1, RiskStatus.CLOSED: 2}


def level_formula(score_cell: str) -> Formula:
    return Formula(
        f'=IF({score_cell}>={HIGH},"▲ High",IF({score_cell}>={MEDIUM},"■ Medium","▼ Low"))'
    )


def write(ctx: Context, sheet: Sheet) -> None:
    risks = sorted(
        ctx.roadmap.risks,
        key=lambda r: (_STATUS_ORDER[r.status], -r.likelihood * r.impact, r.title.casefold(),
                       r.id),
    )  # fmt: skip
    first = TITLE_ROWS + 2

    def rows() -> Iterator[list[Any]]:
        for row, risk in enumerate(risks, start=first):
            yield [
                risk.title,
                ctx.stage_name(risk.stage_id),
                risk.likelihood,
                risk.impact,
                Formula(f"=C{row}*D{row}"),
                level_formula(f"E{row}"),
                RISK_STATUS[risk.status],
                risk.owner,
                risk.mitigation,
            ]

    count = table_sheet(
        ctx,
        sheet,
        title=TITLE,
        detail=f"{len(risks)} risks, open first, by score (likelihood × impact; "
        f"high ≥ {HIGH}, medium ≥ {MEDIUM})",
        name="Risks",
        columns=COLUMNS,
        rows=rows,
        empty_note="No risks recorded yet.",
    )
    if count:
        cells = f"E{first}:F{first + count - 1}"
        cf = sheet.ws.conditional_formatting
        cf.add(cells, expression(f"$E{first}>={HIGH}", tone_dxf(Tone.BAD)))
        cf.add(cells, expression(f"$E{first}>={MEDIUM}", tone_dxf(Tone.WARN)))
        cf.add(cells, expression(f"$E{first}>0", tone_dxf(Tone.GOOD)))
