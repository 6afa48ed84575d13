"""The *Register* sheet: the responsible-AI register, one row per use case.

Each row holds the use case's EU AI Act tier with the reasons (each citing its
article), its duties (article — duty: status, from the date of the regulation
as adopted; the pending amendment's date in brackets, never applied), the
overseer, the lifecycle state and since when, and what keeps the entry from
being complete. The rows are :func:`planner.register.report.sheet_row` of the
register rows the app and ``pilot-planner register`` show: one computation.
Decision support, not legal advice: the subtitle says so.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from planner.i18n import N_, _
from planner.model.register import Tier
from planner.register.report import SHEET_HEADER, duty_lines, sheet_row
from planner.register.rules import rules
from planner.register.screening import tier_text
from planner.workbook.context import Context
from planner.workbook.layout import TITLE_ROWS, table_sheet
from planner.workbook.sheet import Sheet, text_lines
from planner.workbook.style import DATE, NOTE, WRAP, Tone, expression, tone_dxf
from planner.workbook.table import Column, row_height

NOTE_WRAP = replace(NOTE, wrap=True)

TITLE = N_("Register")

COLUMNS = (
    Column(SHEET_HEADER[0], max_width=34),
    Column(SHEET_HEADER[1], max_width=22),
    Column(SHEET_HEADER[2], width=13),
    Column(SHEET_HEADER[3], WRAP, max_width=60),
    Column(SHEET_HEADER[4], WRAP, max_width=60),
    Column(SHEET_HEADER[5], max_width=20),
    Column(SHEET_HEADER[6], width=11),
    Column(SHEET_HEADER[7], DATE, width=11),
    Column(SHEET_HEADER[8], width=10),
    Column(SHEET_HEADER[9], WRAP, max_width=60),
)


def write(ctx: Context, sheet: Sheet) -> None:
    rows = ctx.register
    first = TITLE_ROWS + 2
    r = rules()
    # The subtitle stays short enough for the first page across (a longer one spills over
    # the column repeated on the next pages); the whole statement is the note under the table.
    detail = _(
        "{count} use cases, screened against {act} (Regulation (EU) 2024/1689) · "
        "decision support, not legal advice",
        count=len(rows),
        act=r.regulation.short,
    )
    statement = _(
        "{disclaimer} Dates: the regulation as adopted (Art. 113); 'pending': {pending}.",
        disclaimer=str(r.disclaimer),
        pending=str(r.track("omnibus").label),
    )

    def lines() -> Iterator[tuple[Any, ...]]:
        duty_text = duty_lines()
        yield from (sheet_row(row, duty_text) for row in rows)

    count = table_sheet(
        ctx,
        sheet,
        title=TITLE,
        detail=detail,
        name="Register",
        columns=COLUMNS,
        rows=lines,
        empty_note=N_("No use cases yet."),
    )
    _statement(sheet, statement)
    if count:
        last = first + count - 1
        tiers = f"C{first}:C{last}"
        # The words as the sheet writes them, in the workbook's language.
        for tier, tone in (
            (Tier.PROHIBITED, Tone.BAD),
            (Tier.HIGH_RISK, Tone.WARN),
            (Tier.NOT_SCREENED, Tone.NEUTRAL),
        ):
            sheet.conditional(tiers, expression(f'$C{first}="{_quoted(tier_text(tier))}"',
                                                tone_dxf(tone)))  # fmt: skip
        done = f"I{first}:I{last}"
        sheet.conditional(done, expression(f'$I{first}="{_quoted(_("yes"))}"', tone_dxf(Tone.GOOD)))
        sheet.conditional(done, expression(f'$I{first}="{_quoted(_("no"))}"', tone_dxf(Tone.BAD)))


def _statement(sheet: Sheet, text: str) -> None:
    """The disclaimer and the two tracks of dates, wrapped across the first page's width."""
    span = 4  # use case, stage, tier, reasons: the first page across
    width = sum(sheet.column_width(i) for i in range(1, span + 1))
    sheet.append([])
    sheet.append([(text, NOTE_WRAP)], height=row_height(text_lines(text, width)),
                 merge=(1, span))  # fmt: skip


def _quoted(text: str) -> str:
    return text.replace('"', '""')
