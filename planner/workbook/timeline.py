"""The *Timeline* sheet: a Gantt chart made of cells.

Each stage is a summary row with its use cases grouped under it (a collapsible
outline). Columns are weeks for a short programme, months for a long one.
The bars are not painted cell by cell: conditional-format rules compare each
row's dates with each column's period, so the file stays small, the export
fast, and a committee member who edits a date sees the bar move. Two hidden
columns carry the stage number and row kind the colour rules need.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from planner.dates import monday
from planner.i18n import N_, _
from planner.model.entities import Stage, StageStatus, UseCase, UseCaseStatus
from planner.workbook.cells import column_letter
from planner.workbook.context import Context
from planner.workbook.layout import setup, subtitle
from planner.workbook.sheet import Sheet
from planner.workbook.style import (
    BOLD,
    DATE,
    DAYS,
    GANTT_BASELINE,
    GANTT_GATE,
    GANTT_GREY,
    GANTT_SLIP,
    GANTT_TODAY,
    GANTT_TODAY_HEAD,
    HEADER,
    LABEL,
    SECTION_FILL,
    STAGE_STATUS,
    SUBTITLE,
    TEXT,
    TITLE,
    USE_CASE_STATUS,
    WHITE,
    Dxf,
    Look,
    expression,
    fill_dxf,
    long_date,
    month_name,
    tint,
    toned,
)

SHEET_TITLE = N_("Timeline")
MAX_WEEKS = 40
"""Up to this many weeks the columns are weeks; beyond, months."""
MAX_MONTHS = 120
MAX_SPAN_DAYS = 3660
"""A plan longer than ten years is drawn over its horizon only."""

GROUP_ROW, PERIOD_ROW, END_ROW = 4, 5, 6
FIRST_ROW = 7
HALTED_WORDS = (N_("‖ Paused"), N_("✗ Dropped"), N_("‖ On hold"), N_("✗ Stopped"))
"""Status words whose bars are grey (the words of USE_CASE_STATUS and STAGE_STATUS)."""
NO_STAGE = N_("No stage")
USE_CASE_TINT = 0.45

PERIOD_HEAD = Look(fmt="day", size=9, align="center", bold=True, valign="center")
MONTH_HEAD = Look(fmt="month", size=9, align="center", bold=True, valign="center")
GROUP_HEAD = Look(size=9, bold=True, border=False)
STAGE_NAME = replace(BOLD, fill=SECTION_FILL)
STAGE_DATE = replace(DATE, bold=True, fill=SECTION_FILL)
STAGE_PLAIN = replace(TEXT, fill=SECTION_FILL)
USE_CASE_NAME = Look(indent=1)


@dataclass(frozen=True)
class Periods:
    starts: tuple[dt.date, ...]
    ends: tuple[dt.date, ...]
    weekly: bool

    @property
    def unit(self) -> str:
        return "weeks" if self.weekly else "months"


def periods(start: dt.date, end: dt.date) -> Periods:
    """Weekly columns (Monday to Sunday) when they are few enough, else months."""
    first = monday(start)
    weeks = (end - first).days // 7 + 1
    if weeks <= MAX_WEEKS:
        starts = tuple(first + dt.timedelta(weeks=i) for i in range(weeks))
        return Periods(starts, tuple(s + dt.timedelta(days=6) for s in starts), True)
    first = start.replace(day=1)
    month_starts: list[dt.date] = []
    while first <= end and len(month_starts) < MAX_MONTHS:
        month_starts.append(first)
        first = (first + dt.timedelta(days=32)).replace(day=1)
    ends = tuple((s + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
                 for s in month_starts)  # fmt: skip
    return Periods(tuple(month_starts), ends, False)


def span(ctx: Context) -> tuple[dt.date, dt.date]:
    """The dates the chart must show: the horizon, widened to every bar, unless absurd."""
    roadmap = ctx.roadmap
    dates = [roadmap.horizon_start, roadmap.horizon_end, ctx.as_of]
    for stage in roadmap.stages:
        dates += [stage.planned_start, stage.planned_end]
    for uc in roadmap.use_cases:
        dates += [uc.planned_start, uc.planned_end]
    for start, end in ctx.baseline_dates.values():
        dates += [start, end]
    first, last = min(dates), max(dates)
    if (last - first).days > MAX_SPAN_DAYS:
        first, last = roadmap.horizon_start, roadmap.horizon_end
        if (last - first).days > MAX_SPAN_DAYS:
            last = first + dt.timedelta(days=MAX_SPAN_DAYS)
    return first, last


def groups(ctx: Context) -> list[tuple[Stage | None, list[UseCase]]]:
    """Stages in order, each with its use cases by start date; then those without a stage."""
    by_stage: dict[str, list[UseCase]] = {}
    for uc in ctx.roadmap.use_cases:
        key = uc.stage_id if uc.stage_id in ctx.stages else ""
        by_stage.setdefault(key or "", []).append(uc)
    for items in by_stage.values():
        items.sort(key=lambda u: (u.planned_start, u.planned_end, u.name.casefold(), u.id))
    result: list[tuple[Stage | None, list[UseCase]]] = [
        (stage, by_stage.get(stage.id, [])) for stage in ctx.roadmap.stages
    ]
    if by_stage.get(""):
        result.append((None, by_stage[""]))
    return result


def write(ctx: Context, sheet: Sheet) -> None:
    grouped = groups(ctx)
    cols = _Columns(has_baseline=ctx.baseline is not None)
    grid = periods(*span(ctx))
    name_width = max([len(SHEET_TITLE), 12]
                     + [len(s.name) * 1.1 + 2 for s, _ in grouped if s]
                     + [len(u.name) + 4 for _, ucs in grouped for u in ucs])  # fmt: skip
    sheet.widths([min(name_width, 45), *cols.info_widths, 4, 4])
    sheet.widths([3.6 if grid.weekly else 5.2] * len(grid.starts), first=cols.first_period)
    sheet.hide_columns(cols.stage_no, cols.kind)
    sheet.group_summary_above()
    setup(ctx, sheet, title_rows=PERIOD_ROW, freeze=f"B{FIRST_ROW}")

    _head(ctx, sheet, cols, grid)
    rows = 0
    for number, (stage, use_cases) in enumerate(grouped, start=1):
        code = number if stage else 0
        sheet.append(_stage_row(ctx, cols, stage, code))
        rows += 1
        for uc in use_cases:
            sheet.append(_use_case_row(ctx, cols, uc, code), outline=1)
            rows += 1
    if rows:
        _rules(ctx, sheet, cols, grid, grouped, FIRST_ROW + rows - 1)


class _Columns:
    """Where each column of the Gantt sits (baseline columns only when there is one)."""

    def __init__(self, has_baseline: bool) -> None:
        self.has_baseline = has_baseline
        self.status, self.start, self.end = 2, 3, 4
        if has_baseline:
            self.base_start, self.base_end, self.slip, self.gate = 5, 6, 7, 8
        else:
            self.gate = 5
        self.stage_no = self.gate + 1
        self.kind = self.gate + 2
        self.first_period = self.gate + 3

    @property
    def headers(self) -> list[str]:
        names = [_("Status"), _("Start"), _("End")]
        if self.has_baseline:
            names += [_("Baseline start"), _("Baseline end"), _("Slip (days)")]
        return [*names, _("Gate review"), _("Stage no."), _("Row")]

    @property
    def info_widths(self) -> list[float]:
        # The status column fits the longest status word of the workbook's language.
        words = [*(USE_CASE_STATUS[u][0] for u in UseCaseStatus),
                 *(STAGE_STATUS[s][0] for s in StageStatus)]  # fmt: skip
        widths = [max(12.0, max(len(w) for w in words) * 1.1 + 1), 11.5, 11.5]
        if self.has_baseline:
            widths += [11.5, 11.5, 7.0]
        return [*widths, 11.5]

    def letter(self, index: int) -> str:
        return column_letter(index)


def _head(ctx: Context, sheet: Sheet, cols: _Columns, grid: Periods) -> None:
    detail = _("one column per week (Monday)") if grid.weekly else _("one column per month")
    if ctx.baseline is not None:
        detail = _(
            "{detail}; compared with baseline “{name}” of {day}",
            detail=detail,
            name=ctx.baseline.name,
            day=long_date(ctx.baseline.captured_on),
        )
    sheet.append([(_(SHEET_TITLE), TITLE)], height=24)
    sheet.append([(subtitle(ctx, detail), SUBTITLE)])
    legend: list[Any] = [(_("Legend"), LABEL)]
    legend.append((_("Gate review"), Look(fill=GANTT_GATE, ink=WHITE, size=9, align="center")))
    legend.append((_("│ Today"), Look(ink=GANTT_TODAY, bold=True, size=9, align="center")))
    legend.append((_("Paused/stopped"), Look(fill=GANTT_GREY, size=9, align="center")))
    if ctx.baseline is not None:
        legend.append((_("Beyond baseline"), Look(fill=GANTT_SLIP, ink=WHITE, size=9,
                                               align="center")))  # fmt: skip
        legend.append((_("Baseline only"), Look(fill=GANTT_BASELINE, size=9, align="center")))
    sheet.append(legend, height=15)

    group_row: list[Any] = [None] * (cols.first_period - 1)
    period_row: list[Any] = [(_("Stage / use case"), HEADER), *((h, HEADER) for h in cols.headers)]
    end_row: list[Any] = [None] * (cols.first_period - 1)
    previous = None
    for start, end in zip(grid.starts, grid.ends, strict=True):
        label = f"{month_name(start.month)[:4]} {start.year}" if grid.weekly else str(start.year)
        key = (start.year, start.month) if grid.weekly else start.year
        group_row.append((label, GROUP_HEAD) if key != previous else None)
        previous = key
        period_row.append((start, PERIOD_HEAD if grid.weekly else MONTH_HEAD))
        end_row.append((end, Look(fmt="date", size=9, border=False)))
    sheet.append(group_row, height=13)
    sheet.append(period_row, height=30)
    sheet.append(end_row, hidden=True)


def _dates_and_slip(ctx: Context, cols: _Columns, entity_id: str, end: dt.date,
                    look: Look) -> list[Any]:  # fmt: skip
    """Baseline start and end, and the slip of the end in days (positive: later)."""
    if not cols.has_baseline:
        return []
    base = ctx.baseline_dates.get(entity_id)
    slip_look = replace(DAYS, bold=look.bold, fill=look.fill)
    if base is None:
        return [(None, look), (None, look), (None, slip_look)]
    return [(base[0], look), (base[1], look), ((end - base[1]).days, slip_look)]


def _stage_row(ctx: Context, cols: _Columns, stage: Stage | None, number: int) -> list[Any]:
    if stage is None:
        items: list[Any] = [(_(NO_STAGE), STAGE_NAME), (None, STAGE_PLAIN), (None, STAGE_DATE),
                            (None, STAGE_DATE)]  # fmt: skip
        items += [(None, STAGE_DATE)] * (3 if cols.has_baseline else 0)
        return [*items, (None, STAGE_DATE), number, "stage"]
    word, tone = STAGE_STATUS[stage.status]
    items = [
        (stage.name, STAGE_NAME),
        (word, toned(tone, BOLD)),
        (stage.planned_start, STAGE_DATE),
        (stage.planned_end, STAGE_DATE),
        *_dates_and_slip(ctx, cols, stage.id, stage.planned_end, STAGE_DATE),
        (stage.gate_review, STAGE_DATE),
    ]
    return [*items, number, "stage"]


def _use_case_row(ctx: Context, cols: _Columns, uc: UseCase, number: int) -> list[Any]:
    word, tone = USE_CASE_STATUS[uc.status]
    return [
        (uc.name, USE_CASE_NAME),
        (word, toned(tone)),
        (uc.planned_start, DATE),
        (uc.planned_end, DATE),
        *_dates_and_slip(ctx, cols, uc.id, uc.planned_end, DATE),
        (None, DATE),
        number,
        "use case",
    ]


Groups = Iterable[tuple[Stage | None, list[UseCase]]]


def _rules(ctx: Context, sheet: Sheet, cols: _Columns, grid: Periods, grouped: Groups,
           last_row: int) -> None:  # fmt: skip
    """The conditional formats that draw the chart, most specific first (each stops)."""
    first_letter = cols.letter(cols.first_period)
    last_letter = cols.letter(cols.first_period + len(grid.starts) - 1)
    cells = f"{first_letter}{FIRST_ROW}:{last_letter}{last_row}"
    r, p = FIRST_ROW, first_letter
    start, end = cols.letter(cols.start), cols.letter(cols.end)
    gate = cols.letter(cols.gate)
    stage_no, kind, status = cols.letter(cols.stage_no), cols.letter(cols.kind), "B"
    period = f"${start}{r}<={p}${END_ROW},${end}{r}>={p}${PERIOD_ROW}"
    in_bar = f"AND(ISNUMBER(${start}{r}),ISNUMBER(${end}{r}),{period})"
    today = f"DATE({ctx.as_of.year},{ctx.as_of.month},{ctx.as_of.day})"
    halted = (
        "OR(" + ",".join(f'ISNUMBER(SEARCH("{_(w)}",${status}{r}))' for w in HALTED_WORDS) + ")"
    )
    cf = sheet.conditional

    # Today first and without stopping: one line down the whole column, bars or not.
    cf(cells, expression(f"AND({today}>={p}${PERIOD_ROW},{today}<={p}${END_ROW})",
                         Dxf(None, line=GANTT_TODAY), stop=False))  # fmt: skip
    cf(cells, expression(
        f"AND(ISNUMBER(${gate}{r}),${gate}{r}>={p}${PERIOD_ROW},${gate}{r}<={p}${END_ROW})",
        fill_dxf(GANTT_GATE),
    ))  # fmt: skip
    cf(cells, expression(f"AND({in_bar},{halted})", fill_dxf(GANTT_GREY)))
    if cols.has_baseline:
        b0, b1 = cols.letter(cols.base_start), cols.letter(cols.base_end)
        in_base = (f"AND(ISNUMBER(${b0}{r}),ISNUMBER(${b1}{r}),"
                   f"${b0}{r}<={p}${END_ROW},${b1}{r}>={p}${PERIOD_ROW})")  # fmt: skip
        cf(cells, expression(f"AND({in_bar},ISNUMBER(${b0}{r}),NOT({in_base}))",
                                 fill_dxf(GANTT_SLIP)))  # fmt: skip
    for number, (stage, _cases) in enumerate(grouped, start=1):
        colour = ctx.stage_colour(stage) if stage else GANTT_GREY
        code = number if stage else 0
        cf(cells, expression(f'AND({in_bar},${stage_no}{r}={code},${kind}{r}="stage")',
                                 fill_dxf(colour)))  # fmt: skip
        cf(cells, expression(f"AND({in_bar},${stage_no}{r}={code})",
                                 fill_dxf(tint(colour, USE_CASE_TINT))))  # fmt: skip
    if cols.has_baseline:
        cf(cells, expression(in_base, fill_dxf(GANTT_BASELINE)))
    header = f"{first_letter}{PERIOD_ROW}:{last_letter}{PERIOD_ROW}"
    cf(header, expression(
        f"AND({today}>={first_letter}{PERIOD_ROW},{today}<={first_letter}{END_ROW})",
        fill_dxf(GANTT_TODAY_HEAD, WHITE, bold=True),
    ))  # fmt: skip
