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

from openpyxl.chart import LineChart, Reference
from openpyxl.chart.axis import DateAxis
from openpyxl.drawing.text import CharacterProperties, ParagraphProperties
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break

from planner.evidence.gates import SYMBOLS, format_value
from planner.evidence.series import stage_series
from planner.model.entities import GateCriterion, Metric, Stage
from planner.workbook.cells import single_line
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
                   stage_series(ctx.roadmap, stage.id, c.metric_id, ctx.as_of))
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
        sheet.ws.row_breaks.append(Break(id=sheet.row))  # each stage starts a printed page
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
        chart = _chart(sheet, s, column, header_row, last_row, colour)
        band, slot = divmod(index, CHARTS_PER_BAND)
        anchor_col = 1 + slot * CHART_COLUMNS
        anchor = f"{get_column_letter(anchor_col)}{chart_top + band * CHART_ROWS}"
        sheet.ws.add_chart(chart, anchor)


def _chart(sheet: Sheet, s: Series, column: int, header_row: int, last_row: int,
           colour: str) -> LineChart:  # fmt: skip
    chart = LineChart()
    chart.title = single_line(f"{s.metric.name} — target {s.rule}", 200)
    chart.title.tx.rich.p[0].pPr = _title_size()
    chart.width, chart.height = CHART_WIDTH_CM, CHART_HEIGHT_CM
    chart.legend.position = "b"
    chart.display_blanks = "span"  # a week without a figure does not break the line
    ws = sheet.ws
    chart.add_data(Reference(ws, min_col=column, min_row=header_row, max_row=last_row),
                   titles_from_data=True)  # fmt: skip
    chart.add_data(Reference(ws, min_col=column + 1, min_row=header_row, max_row=last_row),
                   titles_from_data=True)  # fmt: skip
    chart.set_categories(Reference(ws, min_col=1, min_row=header_row + 1, max_row=last_row))
    value, threshold = chart.series
    value.smooth = False
    value.graphicalProperties.line.solidFill = colour
    value.graphicalProperties.line.width = 28575  # 2.25 pt
    value.marker.symbol = "circle"
    value.marker.size = 4
    value.marker.graphicalProperties.solidFill = colour
    value.marker.graphicalProperties.line.solidFill = colour
    threshold.smooth = False
    threshold.graphicalProperties.line.solidFill = THRESHOLD_COLOUR
    threshold.graphicalProperties.line.dashStyle = "dash"
    threshold.graphicalProperties.line.width = 19050  # 1.5 pt
    threshold.marker.symbol = "none"
    axis = DateAxis(crossAx=100)
    axis.number_format = "d mmm"
    axis.baseTimeUnit = "days"
    axis.majorTimeUnit = "days"
    weeks = last_row - header_row
    axis.majorUnit = 7 * max(1, -(-weeks // 10))  # whole weeks, at most about ten labels
    axis.delete = False
    chart.x_axis = axis
    chart.y_axis.delete = False
    chart.y_axis.crossAx = 500
    if s.metric.unit:
        chart.y_axis.title = single_line(s.metric.unit, 40)
    if s.metric.min_value is not None:
        chart.y_axis.scaling.min = s.metric.min_value
    if is_percent(s.metric.unit):
        chart.y_axis.number_format = '0"%"'
        if s.metric.max_value is not None:
            chart.y_axis.scaling.max = s.metric.max_value
    return chart


def _title_size() -> ParagraphProperties:
    """Chart titles at 11 pt bold (the default 14 pt crowds a small chart)."""
    return ParagraphProperties(defRPr=CharacterProperties(sz=1100, b=True))
