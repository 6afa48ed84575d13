"""The *Adoption* sheet: weekly stage figures and line charts against the thresholds.

One section per stage with gate criteria: native Excel line charts (one per
criterion: the weekly value and its threshold), then the table of weekly
values they are drawn from. Values are the stage-level roll-ups used by the
gate evaluation (:func:`planner.evidence.series.stage_series`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from planner.evidence.gates import SYMBOLS, format_value
from planner.model.entities import GateCriterion, Metric, Stage
from planner.workbook.cells import single_line
from planner.workbook.charts import Line, LineChart
from planner.workbook.context import Context
from planner.workbook.layout import TITLE_ROWS, setup, subtitle, title_rows
from planner.workbook.sheet import Sheet
from planner.workbook.style import (
    NOTE,
    SECTION,
    STAGE_STATUS,
    Look,
    is_percent,
    long_date,
    value_look,
)
from planner.workbook.table import Column, TableSpec, write_tables

TITLE = "Adoption"
CHARTS_PER_BAND = 3
CHART_COLUMNS = 5
"""Columns a chart spans (the value columns are all as wide)."""
CHART_ROWS = 15
CHART_WIDTH_CM, CHART_HEIGHT_CM = 12.0, 6.8
WEEK_WIDTH, VALUE_WIDTH = 12.0, 13.0
THRESHOLD_COLOUR = "B3261E"
WEEK = Look(fmt="date", align="left")


@dataclass(frozen=True)
class Series:
    criterion: GateCriterion
    metric: Metric
    points: list[tuple[dt.date, float]]

    @property
    def look(self) -> Look:
        return value_look(self.metric.unit)

    @property
    def label(self) -> str:
        unit = f" ({self.metric.unit})" if self.metric.unit else ""
        return f"{self.metric.name}{unit}"

    @property
    def rule(self) -> str:
        return (f"{SYMBOLS[self.criterion.comparator]} "
                f"{format_value(self.criterion.threshold, self.metric.unit)}")  # fmt: skip


def sections(ctx: Context) -> list[tuple[Stage, list[Series]]]:
    by_stage: dict[str, list[GateCriterion]] = {}
    for criterion in ctx.roadmap.criteria:
        if criterion.metric_id in ctx.metrics:
            by_stage.setdefault(criterion.stage_id, []).append(criterion)
    result = []
    for stage in ctx.roadmap.stages:
        series = [
            Series(c, ctx.metrics[c.metric_id],
                   ctx.figures.series(stage.id, c.metric_id))
            for c in by_stage.get(stage.id, [])
        ]  # fmt: skip
        if series:
            result.append((stage, series))
    return result


def write(ctx: Context, sheet: Sheet) -> None:
    parts = sections(ctx)
    widest = max((len(s) for _, s in parts), default=1)
    columns = max(1 + 2 * widest, CHARTS_PER_BAND * CHART_COLUMNS)
    sheet.widths([WEEK_WIDTH, *[VALUE_WIDTH] * (columns - 1)])
    setup(ctx, sheet, title_rows=TITLE_ROWS, freeze=f"A{TITLE_ROWS + 1}")
    title_rows(sheet, TITLE, subtitle(ctx, "weekly stage values against each gate threshold"))
    if not parts:
        sheet.append([("No stage has gate criteria yet.", NOTE)])
    for number, (stage, series) in enumerate(parts, start=1):
        _section(ctx, sheet, number, stage, series, columns)


def _section(ctx: Context, sheet: Sheet, number: int, stage: Stage, series: list[Series],
             columns: int) -> None:  # fmt: skip
    if number > 1:
        sheet.page_break_after(sheet.row)  # each stage starts a printed page
    sheet.append([])
    word = STAGE_STATUS[stage.status][0]
    review = f" — gate review {long_date(stage.gate_review)}" if stage.gate_review else ""
    sheet.append([(f"{stage.name} — {word}{review}", SECTION), *[(None, SECTION)] * (columns - 1)],
                 height=20)  # fmt: skip
    weeks = sorted({day for s in series for day, _ in s.points})
    charted = [s for s in series if len(s.points) >= 2]
    bands = -(-len(charted) // CHARTS_PER_BAND)
    chart_top = sheet.row + 1
    for _ in range(bands * CHART_ROWS):
        sheet.append([])
    if not weeks:
        sheet.append([("No weekly figures for this stage up to the as-of date.", NOTE)])
        return
    values = [{day: value for day, value in s.points} for s in series]

    def rows() -> Any:
        for day in weeks:
            row: list[Any] = [day]
            for s, by_day in zip(series, values, strict=True):
                row += [by_day.get(day), s.criterion.threshold]
            yield row

    spec_columns = [Column("Week", WEEK)]
    for s in series:
        spec_columns += [Column(s.label, s.look), Column(f"Threshold {s.rule}", s.look)]
    header_row = sheet.row + 1
    write_tables(sheet, [TableSpec(ctx.table_name(f"Adoption_{number}"), spec_columns, rows,
                                   "No weekly figures.")])  # fmt: skip
    last_row = header_row + len(weeks)
    colour = ctx.stage_colour(stage)
    for index, s in enumerate(charted):
        column = 2 + 2 * series.index(s)
        band, slot = divmod(index, CHARTS_PER_BAND)
        sheet.add_line_chart(chart_top + band * CHART_ROWS, 1 + slot * CHART_COLUMNS,
                             _chart(s, column, header_row, last_row, colour))  # fmt: skip


def _chart(s: Series, column: int, header_row: int, last_row: int, colour: str) -> LineChart:
    """The weekly value (the stage's colour, with markers) against its threshold (dashed red)."""
    weeks = last_row - header_row
    percent = is_percent(s.metric.unit)
    return LineChart(
        title=single_line(f"{s.metric.name} — target {s.rule}", 200),
        header_row=header_row,
        last_row=last_row,
        category_column=1,
        lines=(
            Line(column, colour, width_pt=2.25, markers=True),
            Line(column + 1, THRESHOLD_COLOUR, width_pt=1.5, dashed=True),
        ),
        date_format="d mmm",
        major_unit_days=7 * max(1, -(-weeks // 10)),  # whole weeks, at most about ten labels
        y_title=single_line(s.metric.unit, 40),
        y_min=s.metric.min_value,
        y_max=s.metric.max_value if percent else None,
        y_format='0"%"' if percent else None,
        width_cm=CHART_WIDTH_CM,
        height_cm=CHART_HEIGHT_CM,
        title_pt=11,  # the default 14 pt crowds a small chart
    )
