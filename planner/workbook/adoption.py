"""The *Adoption* sheet: weekly stage figures against the thresholds, and teams by week.

One section per stage with gate criteria: native Excel line charts (one per
criterion: the weekly value, its threshold, the forecast to the expected date,
and markers at the as-of date and the gate review), then the table of weekly
values they are drawn from — the stage-level values the gate evaluation uses
(:meth:`planner.evidence.figures.Figures.series`); its rows reach the review and
expected weeks, the forecast and markers live in helper columns beside it,
outside the printed area — then the stage's **team × week view**
(:func:`planner.measures.adoption.team_weeks`): active users %, habitual users %
and actions per active user for each team over the last weeks, each cell
coloured against the stage's gate threshold (met, within 80 % of it, below) and
showing its number, so laggards stand out; "—" where nothing is stored (no
data, or withheld for privacy). A stage not started, or without figures yet,
says so in one line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from planner.dates import monday
from planner.evidence.gates import SYMBOLS, CriterionResult, CriterionStatus, format_value
from planner.evidence.started import has_started
from planner.i18n import N_, _
from planner.measures.adoption import VIEW_FIGURES, StageAdoption, team_weeks
from planner.measures.adoption import Tone as Standing
from planner.model.entities import GateCriterion, Metric, Stage, UsageFigure
from planner.numbers import unit_label
from planner.workbook.cells import single_line
from planner.workbook.charts import Line, LineChart
from planner.workbook.context import Context
from planner.workbook.layout import TITLE_ROWS, setup, subtitle, title_rows
from planner.workbook.sheet import Sheet, text_lines
from planner.workbook.style import (
    BOLD,
    HEADER,
    NOTE,
    NUMBER,
    PERCENT,
    SECTION,
    STAGE_STATUS,
    Look,
    Tone,
    is_percent,
    long_date,
    toned,
    value_look,
)
from planner.workbook.table import Beside, Column, TableSpec, row_height, write_tables

TITLE = N_("Adoption")
CHARTS_PER_BAND = 3
CHART_COLUMNS = 5
"""Columns a chart spans (the value columns are all as wide)."""
CHART_ROWS = 15
CHART_WIDTH_CM, CHART_HEIGHT_CM = 11.0, 6.8
WEEK_WIDTH, VALUE_WIDTH = 13.0, 11.5
"""Three charts of five columns print one page wide at 80 % (text at 8 pt or more); the
first column also holds the team names of the team × week view (longer ones wrap)."""
THRESHOLD_COLOUR = "B3261E"
FORECAST_COLOUR = "5F6B7A"
AS_OF_COLOUR = "C62828"
REVIEW_COLOUR = "1F2933"
HELPERS = 3
"""Hidden columns per criterion: forecast, as-of marker, gate-review marker."""
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
        unit = f" ({unit_label(self.metric.unit)})" if self.metric.unit else ""
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
            Series(c, ctx.metrics[c.metric_id], ctx.figures.series(stage.id, c.metric_id))
            for c in by_stage.get(stage.id, [])
        ]  # fmt: skip
        if series:
            result.append((stage, series))
    return result


def write(ctx: Context, sheet: Sheet) -> None:
    parts = sections(ctx)
    widest = max((len(s) for _, s in parts), default=1)
    columns = CHARTS_PER_BAND * CHART_COLUMNS
    sheet.widths([WEEK_WIDTH, *[VALUE_WIDTH] * (columns - 1)])
    # Helper columns for the charts' forecast and date markers: beside the tables on
    # screen (a reader can see what the charts draw), outside the printed area.
    sheet.widths([VALUE_WIDTH] * (HELPERS * widest), first=columns + 1)
    sheet.print_columns = columns
    setup(ctx, sheet, title_rows=TITLE_ROWS, freeze=f"A{TITLE_ROWS + 1}")
    title_rows(
        sheet,
        TITLE,
        subtitle(ctx, _("weekly stage values against each gate threshold, with the forecast, "
                        "the as-of date and the gate review")),
    )  # fmt: skip
    if not parts:
        sheet.append([(_("No stage has gate criteria yet."), NOTE)])
    charted_sections = 0
    for stage, series in parts:
        charted_sections += _section(ctx, sheet, charted_sections, stage, series, columns)


def _section(ctx: Context, sheet: Sheet, number: int, stage: Stage, series: list[Series],
             columns: int) -> int:  # fmt: skip
    """One stage; returns 1 when it drew charts, 0 when it said in one line why not."""
    weeks = sorted({day for s in series for day, _ in s.points})
    started = has_started(stage, ctx.as_of)
    if number and weeks and started:
        sheet.page_break_after(sheet.row)  # each charted stage starts a printed page
    sheet.append([])
    word = STAGE_STATUS[stage.status][0]
    heading = (
        _("{stage} — {status} — gate review {day}", stage=stage.name, status=word,
          day=long_date(stage.gate_review))
        if stage.gate_review
        else _("{stage} — {status}", stage=stage.name, status=word)
    )  # fmt: skip
    sheet.append([(heading, SECTION), *[(None, SECTION)] * (columns - 1)],
                 height=20)  # fmt: skip
    if not started:
        sheet.append([(_("Not started: planned to start {day}; no usage is measured before then.",
                         day=long_date(stage.planned_start)), NOTE)])  # fmt: skip
        return 0
    if not weeks:
        sheet.append(
            [(_("No weekly figures for this stage up to {day}.", day=long_date(ctx.as_of)), NOTE)]
        )
        return 0
    charted = [s for s in series if len(s.points) >= 2]
    bands = -(-len(charted) // CHARTS_PER_BAND)
    chart_top = sheet.row + 1
    for _row in range(bands * CHART_ROWS):
        sheet.append([])
    results = {r.criterion.id: r for r in _readiness(ctx, stage)}
    marks = [_marks(ctx, stage, s, results.get(s.criterion.id)) for s in series]
    days = sorted(set(weeks) | {day for m in marks for day in m.days()})
    values = [{day: value for day, value in s.points} for s in series]
    # A stage with many criteria has its weekly values in several tables, one under the
    # other, each as wide as the charts: the sheet prints one page wide, no slices of
    # charts on pages across.
    per_table = max(1, (columns - 1) // 2)
    header_rows: dict[int, int] = {}
    for part, start in enumerate(range(0, len(series), per_table)):
        chunk = list(range(start, min(start + per_table, len(series))))
        if part:
            sheet.append([])
        header_rows |= dict.fromkeys(chunk, sheet.row + 1)
        _values_table(ctx, sheet, f"Adoption_{number + 1}" + (f"_{part + 1}" if part else ""),
                      [series[p] for p in chunk], [values[p] for p in chunk], days,
                      _helpers(days, {p: marks[p] for p in chunk}, columns))  # fmt: skip
    colour = ctx.stage_colour(stage)
    for index, s in enumerate(charted):
        position = series.index(s)
        band, slot = divmod(index, CHARTS_PER_BAND)
        helper = columns + 1 + HELPERS * position
        header_row = header_rows[position]
        sheet.add_line_chart(chart_top + band * CHART_ROWS, 1 + slot * CHART_COLUMNS,
                             _chart(s, 2 + 2 * (position % per_table), helper, header_row,
                                    header_row + len(days), colour, marks[position]))  # fmt: skip
    _team_weeks(sheet, ctx.figures.stage_adoption(stage.id), columns)
    return 1


def _values_table(ctx: Context, sheet: Sheet, name: str, series: list[Series],
                  values: list[dict[dt.date, float]], days: list[dt.date],
                  helpers: Beside) -> None:  # fmt: skip
    """The weekly values and thresholds of some criteria, a row per week, with the
    charts' ``helpers`` beside them."""

    def rows() -> Any:
        for day in days:
            row: list[Any] = [day]
            for s, by_day in zip(series, values, strict=True):
                row += [by_day.get(day), s.criterion.threshold]
            yield row

    spec_columns = [Column(N_("Week"), WEEK)]
    for s in series:
        spec_columns += [
            Column(s.label, s.look),
            Column(_("Threshold {rule}", rule=s.rule), s.look),
        ]
    write_tables(sheet, [TableSpec(ctx.table_name(name), spec_columns, rows,
                                   "No weekly figures.")], helpers)  # fmt: skip


FIGURE_TITLES = {
    UsageFigure.ACTIVE: N_("Active users %"),
    UsageFigure.HABITUAL: N_("Habitual users %"),
    UsageFigure.ACTIONS: N_("Actions per active user"),
}
WEEK_HEADER = replace(HEADER, fmt="week", align="center")
TONES = {Standing.MET: Tone.GOOD, Standing.NEAR: Tone.WARN, Standing.BELOW: Tone.BAD}


def _team_weeks(sheet: Sheet, adoption: StageAdoption, columns: int) -> None:
    """Teams by week: colour against the gate threshold, and the number."""
    weeks, rows = team_weeks(adoption, min(12, columns - 1))
    sheet.append([])
    sheet.append([(_("{stage} — adoption by team and week", stage=adoption.stage.name), BOLD)])
    if not weeks:
        sheet.append([(_("No team figures up to the as-of date."), NOTE)])
        return
    legend = _("Green: at or above the stage's gate threshold; amber: within 80 % of it; red: "
               "below; — : no figure (no data, or withheld: fewer than 5 people, or a figure "
               "that would reveal them).")  # fmt: skip
    sheet.append([(legend, NOTE)])
    width = sheet.column_width(1)
    for figure in VIEW_FIGURES:
        look = NUMBER if figure is UsageFigure.ACTIONS else PERCENT
        title = _(FIGURE_TITLES[figure])
        threshold = adoption.thresholds.get(figure)
        if threshold is not None:
            metric = adoption.metrics.get(figure)
            unit = metric.unit if metric else ""
            rule = f"{SYMBOLS[threshold[0]]} {format_value(threshold[1], unit)}"
            title = _("{figure} (gate {rule})", figure=title, rule=rule)
        sheet.append([(title, BOLD)])
        sheet.append([(_("Team"), HEADER), *[(week, WEEK_HEADER) for week in weeks]])
        for row in rows:
            name = row.group.name if row.group.team_id is not None else _("Whole stage")
            cells = [
                (cell.value, toned(TONES[cell.tone], look) if cell.tone in TONES else look)
                if cell.value is not None
                else ("—", Look(align="center"))
                for cell in row.cells[figure]
            ]
            lead = replace(BOLD if row.group.team_id is None else Look(), wrap=True)
            lines = text_lines(name, width)
            sheet.append([(name, lead), *cells], height=row_height(lines) if lines > 1 else None)


@dataclass(frozen=True)
class _Marks:
    """Where a chart marks the forecast and the dates (each at the threshold's height)."""

    as_of: dt.date
    review: dt.date | None
    forecast: tuple[tuple[dt.date, float], tuple[dt.date, float]] | None
    threshold: float
    as_of_day: dt.date
    review_day: dt.date | None
    """The dates themselves, for the legend (the marks sit on their weeks' Mondays)."""

    def days(self) -> list[dt.date]:
        found = [self.as_of]
        if self.review is not None:
            found.append(self.review)
        if self.forecast is not None:
            found.append(self.forecast[1][0])
        return found

    def headers(self) -> list[str]:
        review = (
            _("Gate review {day}", day=long_date(self.review_day))
            if self.review_day
            else _("No gate review")
        )
        expected = (
            _("Forecast: {day}", day=long_date(self.forecast[1][0]))
            if self.forecast
            else _("Forecast")
        )
        return [expected, _("As of {day}", day=long_date(self.as_of_day)), review]

    def values(self, day: dt.date) -> list[float | None]:
        forecast = None
        if self.forecast is not None:
            forecast = next((v for d, v in self.forecast if d == day), None)
        return [
            forecast,
            self.threshold if day == self.as_of else None,
            self.threshold if day == self.review else None,
        ]


def _readiness(ctx: Context, stage: Stage) -> list[CriterionResult]:
    return next((list(r.results) for r in ctx.readiness if r.stage.id == stage.id), [])


def _marks(ctx: Context, stage: Stage, s: Series, result: CriterionResult | None) -> _Marks:
    threshold = s.criterion.threshold
    forecast = None
    expected = result.forecast.expected if result and result.forecast else None
    if s.points and expected is not None and result and result.status is not CriterionStatus.MET:
        forecast = (s.points[-1], (expected, threshold))
    # Markers sit on the Monday of their week, as the weekly values do.
    as_of = monday(ctx.as_of)
    review = monday(stage.gate_review) if stage.gate_review else None
    return _Marks(as_of, review, forecast, threshold, ctx.as_of, stage.gate_review)


def _helpers(days: list[dt.date], marks: dict[int, _Marks], columns: int) -> Beside:
    """The helper columns (forecast, as-of and review markers) beside the table, for the
    criteria at these positions (each has its own columns): the items of each row."""
    first = columns + 1
    ordered = sorted(marks.items())
    if not ordered:
        return first, lambda _row: []
    start = first + HELPERS * ordered[0][0]

    def items(row: int) -> list[Any]:
        cells: list[Any] = []
        for position, mark in ordered:
            cells += [None] * (first + HELPERS * position - start - len(cells))
            if row == 0:
                cells += [(h, HEADER) for h in mark.headers()]
            else:
                cells += [(v, NUMBER) for v in mark.values(days[row - 1])]
        return cells

    return start, items


def _chart(s: Series, column: int, helper: int, header_row: int, last_row: int, colour: str,
           marks: _Marks) -> LineChart:  # fmt: skip
    """The weekly value (the stage's colour, with markers) against its threshold (dashed red),
    the forecast (dotted grey) and the as-of date and gate review as markers."""
    weeks = (max([*marks.days(), s.points[-1][0]]) - s.points[0][0]).days // 7 + 1
    percent = is_percent(s.metric.unit)
    lines = [
        Line(column, colour, width_pt=2.25, markers=True),
        Line(column + 1, THRESHOLD_COLOUR, width_pt=1.5, dashed=True),
    ]
    if marks.forecast is not None:
        lines.append(Line(helper, FORECAST_COLOUR, width_pt=1.75, dashed=True))
    lines.append(Line(helper + 1, AS_OF_COLOUR, marker_only="triangle"))
    if marks.review is not None:
        lines.append(Line(helper + 2, REVIEW_COLOUR, marker_only="diamond"))
    return LineChart(
        title=single_line(_("{metric} — target {rule}", metric=s.metric.name, rule=s.rule), 200),
        header_row=header_row,
        last_row=last_row,
        category_column=1,
        lines=tuple(lines),
        date_format="d mmm",
        major_unit_days=7 * max(1, -(-weeks // 10)),  # whole weeks, at most about ten labels
        y_title=single_line(unit_label(s.metric.unit), 40),
        y_min=s.metric.min_value,
        y_max=s.metric.max_value if percent else None,
        y_format='0"%"' if percent else None,
        width_cm=CHART_WIDTH_CM,
        height_cm=CHART_HEIGHT_CM,
        title_pt=11,  # the default 14 pt crowds a small chart
    )
