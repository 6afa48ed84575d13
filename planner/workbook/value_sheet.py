"""The *Value* sheet: value realised against cost, per stage, week by week.

First the assumptions, each with its source. Then one section per stage: the
key figures (expected against realised value, cost, net value, value per
seat, payback, break-even, ROI), the use cases, then a chart of cumulated
value against cumulated cost and the weekly table those come from (with
totals that equal the key figures: weekly amounts are rounded before they
are added up). Every figure is the value report's (:mod:`planner.value.report`
through :attr:`planner.workbook.context.Context.value`), the same the app's
value card and ``pilot-planner value`` show.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

from planner.i18n import N_, _, ngettext
from planner.value import text as t
from planner.value.compute import Status
from planner.value.report import StageFigures, ValueReport
from planner.workbook.cells import single_line
from planner.workbook.charts import Line, LineChart
from planner.workbook.context import Context
from planner.workbook.layout import TITLE_ROWS, setup, subtitle, title_rows
from planner.workbook.sheet import Sheet, text_lines
from planner.workbook.style import (
    DATE,
    HEADER,
    INT,
    LABEL,
    MONEY,
    MONEY_CENTS,
    NOTE,
    NUMBER,
    PERCENT,
    RATIO,
    SECTION,
    USE_CASE_STATUS,
    WRAP,
    Look,
    toned,
)
from planner.workbook.table import Column, Styled, TableSpec, write_tables

TITLE = N_("Value")
WIDTHS = (34.0, 12.0, 11.0, 11.0, 12.0, 12.5, 12.5, 12.0, 12.0, 13.0, 13.0, 13.0)
LAST = len(WIDTHS)
WEEK = Look(fmt="date", align="left")
CHART_ROWS = 16
CHART_COLUMNS = 7
COST_COLOUR = "B3261E"
LINE_HEIGHT = 12.8


def write(ctx: Context, sheet: Sheet) -> None:
    report = ctx.value
    sheet.widths(WIDTHS)
    setup(ctx, sheet, title_rows=TITLE_ROWS, freeze=f"A{TITLE_ROWS + 1}")
    title_rows(
        sheet, TITLE, subtitle(ctx, _("value realised against cost, per stage and use case"))
    )
    _assumptions(sheet, report)
    for number, stage in enumerate(report.stages, start=1):
        _stage(ctx, sheet, report, stage, number)
    if not report.stages:
        sheet.append([(_("The roadmap has no stages."), NOTE)])


def _section(sheet: Sheet, title: str) -> None:
    sheet.append([])
    sheet.append([(title, SECTION), *[(None, SECTION)] * (LAST - 1)], height=19)


def _height(text: str, width: float) -> float | None:
    lines = text_lines(text, width)
    return LINE_HEIGHT * lines + 3 if lines > 1 else None


def _assumptions(sheet: Sheet, report: ValueReport) -> None:
    _section(sheet, _("Assumptions (change them in the roadmap properties)"))
    sheet.append([(_("Assumption"), HEADER), (_("Value"), HEADER), (_("Unit"), HEADER),
                  (_("Source"), HEADER), *[(None, HEADER)] * (LAST - 4)],
                 height=17, merge=(4, LAST))  # fmt: skip
    width = sum(WIDTHS[3:])
    for item in report.assumptions.items():
        source = item.source
        if item.changed and item.default is not None:
            source = _("Changed from the default {value}. {source}",
                       value=t.number(item.default), source=source)  # fmt: skip
        sheet.append([(item.label, Look(wrap=True)), (item.value, NUMBER), (item.unit, Look()),
                      (source, WRAP), *[(None, WRAP)] * (LAST - 4)],
                     height=_height(source, width), merge=(4, LAST))  # fmt: skip


def _key_figures(stage: StageFigures, report: ValueReport) -> list[tuple[str, Any, Look, str]]:
    """(label, value, look, how it is obtained) for the figures known for the stage."""
    a = report.assumptions
    rows: list[tuple[str, Any, Look, str]] = [
        (_("Expected value per year"), stage.expected_value_per_year, MONEY,
         _("The use cases' values per year (entered, else from hours or friction).")),
        (_("Cost so far"), stage.cost, MONEY,
         _("Licences and one-off costs up to the as-of date.")),
        ("  " + _("licences"), stage.licence_cost, MONEY,
         _("Seats × price per seat per month × 12 ÷ 52, week by week.")),
        ("  " + _("one-off costs"), stage.one_off_cost, MONEY,
         _("Training, change management, implementation, in the week of their date.")),
        (_("Seats this week"), stage.seats, INT, ", ".join(stage.products)),
        (_("Price per seat per month"), stage.price_per_seat_month, MONEY_CENTS,
         _("Seat-weighted, this week.")),
    ]  # fmt: skip
    if stage.realised_value is not None:
        rows.append((_("Realised value so far"), stage.realised_value, MONEY,
                     _("Active users × hours saved × {cost} an hour × {rate} % recaptured: "
                       "{hours} hours saved.", cost=t.number(a.hourly_cost),
                       rate=t.number(a.recapture_rate),
                       hours=t.grouped(stage.realised_hours or 0))))  # fmt: skip
    if stage.realised_share is not None:
        rows.append((_("Share of the expected yearly value"), stage.realised_share, PERCENT,
                     _("Realised so far ÷ expected value per year.")))  # fmt: skip
    if stage.telemetry_value is not None:
        rows.append((_("Telemetry estimate"), stage.telemetry_value, MONEY,
                     _("Active users × actions × {minutes} min, valued the same way: "
                       "{hours} hours.", minutes=t.number(a.minutes_per_action),
                       hours=t.grouped(stage.telemetry_hours or 0))))  # fmt: skip
    if stage.net_value is not None:
        rows.append((_("Net value"), stage.net_value, MONEY, _("Realised value − cost so far.")))
    if stage.value_per_seat_month is not None:
        how = _("Realised value ÷ seat-months over the weeks with usage data.")
        rows.append((_("Value per seat per month"), stage.value_per_seat_month, MONEY_CENTS, how))
    if stage.value_to_price is not None:
        rows.append((_("Value per seat ÷ price per seat"), stage.value_to_price, PERCENT,
                     _("At 100 % a seat pays for itself.")))  # fmt: skip
    if stage.status is Status.OK:
        payback = stage.payback
        week = None if payback is None else payback.week
        rows.append((_("Payback week"), week, DATE, t.payback_text(payback)))
    if stage.break_even_minutes is not None:
        measured = (
            "" if stage.minutes_saved is None
            else " " + _("Measured: {minutes} min per active user.",
                         minutes=t.number(stage.minutes_saved))
        )  # fmt: skip
        rows.append((_("Break-even minutes saved a week"), stage.break_even_minutes, NUMBER,
                     _("Weekly seat price ÷ (hour cost × recapture rate), per seat holder.")
                     + measured))  # fmt: skip
    if stage.expected_roi is not None:
        rows.append((_("Expected ROI"), stage.expected_roi, RATIO,
                     _("(Expected value − use cases' cost per year) ÷ that cost.")))  # fmt: skip
    if stage.adjusted_roi is not None and stage.adoption_rate is not None:
        rows.append((_("ROI adjusted by measured adoption"), stage.adjusted_roi, RATIO,
                     _("Expected value × {rate} weekly active users (mean of the last 4 weeks).",
                       rate=t.percent(stage.adoption_rate))))  # fmt: skip
    return rows


def _stage(
    ctx: Context, sheet: Sheet, report: ValueReport, stage: StageFigures, number: int
) -> None:
    sheet.page_break_after(sheet.row)  # each stage starts a printed page (after the assumptions)
    weeks = ngettext("{count} week of usage data", "{count} weeks of usage data",
                     stage.weeks_of_data)  # fmt: skip
    _section(sheet, f"{stage.name} — {t.status_text(stage) or weeks}")
    sheet.append([(t.expected_text(stage, report.currency), Look(bold=True, border=False))])
    width = sum(WIDTHS[2:])
    for label, value, look, how in _key_figures(stage, report):
        sheet.append([(label, LABEL), (value, look), (how, replace(WRAP, border=False)),
                      *[(None, Look(border=False))] * (LAST - 3)],
                     height=_height(how, width), merge=(3, LAST))  # fmt: skip
    if stage.use_cases:
        _use_cases(ctx, sheet, stage, number)
    if stage.weeks:
        if stage.status is Status.OK:
            sheet.page_break_after(sheet.row)  # the chart and the weeks on a page of their own
        _weeks(ctx, sheet, stage, number)


def _week_rows(stage: StageFigures) -> Iterator[Sequence[Any]]:
    for w in stage.weeks:
        yield [w.week, w.seats, w.active_rate, w.active_users, w.hours_per_user, w.value,
               w.telemetry_value, w.licence_cost, w.one_off_cost, w.cumulative_value,
               w.cumulative_cost, w.net]  # fmt: skip


def week_columns(stage: StageFigures) -> tuple[Column, ...]:
    """The weekly table's columns; value columns are totalled only when there are values."""
    valued = stage.realised_value is not None
    return (
        Column(N_("Week"), WEEK, width=WIDTHS[0]),
        Column(N_("Seats"), INT),
        Column(N_("Active users %"), PERCENT),
        Column(N_("Active users"), INT),
        Column(N_("Hours saved per active user"), NUMBER),
        Column(N_("Value"), MONEY, total=valued),
        Column(N_("Telemetry estimate"), MONEY, total=stage.telemetry_value is not None),
        Column(N_("Licence cost"), MONEY, total=True),
        Column(N_("One-off cost"), MONEY, total=True),
        Column(N_("Cumulated value"), MONEY),
        Column(N_("Cumulated cost"), MONEY),
        Column(N_("Net value"), MONEY),
    )


def _weeks(ctx: Context, sheet: Sheet, stage: StageFigures, number: int) -> None:
    sheet.append([])
    charted = stage.status is Status.OK and len(stage.weeks) >= 2
    chart_top = sheet.row + 1
    if charted:
        for _row in range(CHART_ROWS):
            sheet.append([])
    header_row = sheet.row + 1
    spec = TableSpec(ctx.table_name(f"Value_{number}"), week_columns(stage),
                     lambda: _week_rows(stage), _("No weekly figures."))  # fmt: skip
    write_tables(sheet, [spec])
    if charted:
        last_row = header_row + len(stage.weeks)
        sheet.add_line_chart(chart_top, 1, LineChart(
            title=single_line(_("Cumulated value against cost — {stage}", stage=stage.name), 200),
            header_row=header_row,
            last_row=last_row,
            category_column=1,
            lines=(
                Line(10, ctx.stage_colour(ctx.stages[stage.id]), width_pt=2.25, markers=True),
                Line(11, COST_COLOUR, width_pt=1.5, dashed=True),
            ),
            major_unit_days=7 * max(1, -(-len(stage.weeks) // 10)),
            y_title=ctx.roadmap.currency,
            width_cm=22.0,
            height_cm=7.5,
        ))  # fmt: skip


def _use_case_rows(stage: StageFigures) -> Iterator[Sequence[Any]]:
    for u in stage.use_cases:
        word, tone = USE_CASE_STATUS[u.status]
        yield [u.name, (word, toned(tone)), u.expected_value_per_year, u.cost_per_year,
               u.expected_roi, u.share, u.realised_value, u.adjusted_value_per_year,
               u.adjusted_roi]  # fmt: skip


def _use_cases(ctx: Context, sheet: Sheet, stage: StageFigures, number: int) -> None:
    sheet.append([])
    sheet.append([(_("Use cases: realised value shared by the expected value of those in use "
                     "(usage exports measure a stage, not a use case)"), NOTE)])  # fmt: skip
    valued = stage.realised_value is not None
    columns = (
        Column(N_("Use case"), Look(wrap=True), width=WIDTHS[0]),
        Column(N_("Status"), Look()),
        Column(N_("Expected value / year"), MONEY, total=True),
        Column(N_("Cost / year"), MONEY, total=True),
        Column(N_("Expected ROI"), RATIO),
        Column(N_("Share of realised"), PERCENT),
        Column(N_("Realised value"), MONEY, total=valued),
        Column(N_("Adjusted value / year"), MONEY, total=valued),
        Column(N_("Adjusted ROI"), RATIO),
    )

    def rows() -> Iterator[Sequence[Any]]:
        for row in _use_case_rows(stage):
            yield [row[0], Styled(*row[1]), *row[2:]]

    write_tables(sheet, [TableSpec(ctx.table_name(f"Value_use_cases_{number}"), columns, rows,
                                   _("No use cases."))])  # fmt: skip
