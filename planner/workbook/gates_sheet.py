"""The *Gates* sheet: every gate criterion with its evidence and forecast.

The status and forecast cells are coloured by conditional formatting on their
words, so the colour follows if someone overrides a status by hand, and the
word stays readable in black-and-white print.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from planner.evidence.gates import SYMBOLS, CriterionResult
from planner.model.entities import MetricSource, Window
from planner.workbook.cells import column_letter
from planner.workbook.context import Context
from planner.workbook.layout import TITLE_ROWS, table_sheet
from planner.workbook.sheet import Sheet
from planner.workbook.style import (
    CRITERION_STATUS,
    DATE,
    INT,
    NUMBER,
    TREND,
    WRAP,
    Look,
    Rule,
    Tone,
    expression,
    tone_dxf,
    value_look,
)
from planner.workbook.table import Column, Styled

TITLE = "Gates"

FORECAST_WORDS: dict[str, tuple[str, Tone]] = {
    "on_track": ("On track", Tone.GOOD),
    "at_risk": ("At risk", Tone.WARN),
    "unlikely": ("Unlikely", Tone.BAD),
    "no_progress": ("No progress", Tone.BAD),
    "not_enough_data": ("Not enough data", Tone.NEUTRAL),
}

COLUMNS = (
    Column("Stage", max_width=20),
    Column("Criterion", max_width=26),
    Column("Type", width=10),
    Column("Rule", Look(align="center"), width=6),
    Column("Threshold", NUMBER, width=10),
    Column("Unit", max_width=14),
    Column("Evaluated on", max_width=18),
    Column("Value", NUMBER, width=10),
    Column("From week", DATE),
    Column("To week", DATE),
    Column("Weeks of data", INT, width=8),
    Column("Trend", width=11),
    Column("Status", width=11),
    Column("Expected", DATE),
    Column("Forecast", width=16),
    Column("Forecast detail", WRAP, max_width=40),
    Column("Note", WRAP, max_width=36),
)

STATUS_COLUMN = column_letter(1 + [c.header for c in COLUMNS].index("Status"))
FORECAST_COLUMN = column_letter(1 + [c.header for c in COLUMNS].index("Forecast"))


def window_words(result: CriterionResult) -> str:
    criterion = result.criterion
    if result.metric.source is not MetricSource.MEASURED:
        return "The roadmap"
    if criterion.window is Window.MEAN:
        return f"Mean of {criterion.window_weeks} weeks"
    return "Latest week"


def write(ctx: Context, sheet: Sheet) -> None:
    readiness = ctx.readiness
    results = [(r.stage, c) for r in readiness for c in r.results]

    def rows() -> Iterator[list[Any]]:
        for stage, result in results:
            criterion, metric = result.criterion, result.metric
            look = value_look(metric.unit)
            forecast = result.forecast
            word = FORECAST_WORDS[str(forecast.status)][0] if forecast else ""
            yield [
                stage.name,
                metric.name,
                "Mandatory" if criterion.mandatory else "Advisory",
                SYMBOLS[criterion.comparator],
                Styled(criterion.threshold, look),
                metric.unit,
                window_words(result),
                Styled(result.value, look),
                result.period_start,
                result.period_end,
                result.weeks_of_data,
                TREND[str(result.trend)],
                CRITERION_STATUS[str(result.status)][0],
                forecast.expected if forecast else None,
                word,
                forecast.sentence if forecast else "",
                criterion.note,
            ]

    met = sum(r.met for r in readiness)
    total = sum(r.total for r in readiness)
    count = table_sheet(
        ctx,
        sheet,
        title=TITLE,
        detail=f"{met} of {total} criteria met across {len(readiness)} stages",
        name="GateCriteria",
        columns=COLUMNS,
        rows=rows,
        empty_note="No gate criteria yet.",
    )
    if count:
        first = TITLE_ROWS + 2
        last = first + count - 1
        status = f"{STATUS_COLUMN}{first}:{STATUS_COLUMN}{last}"
        for words, (_, tone) in (
            ("Not met", CRITERION_STATUS["not_met"]),
            ("Met", CRITERION_STATUS["met"]),
            ("No data", CRITERION_STATUS["no_data"]),
        ):
            sheet.conditional(status, _contains(STATUS_COLUMN, first, words, tone))
        forecast = f"{FORECAST_COLUMN}{first}:{FORECAST_COLUMN}{last}"
        for words, tone in FORECAST_WORDS.values():
            sheet.conditional(forecast, _contains(FORECAST_COLUMN, first, words, tone))


def _contains(column: str, row: int, words: str, tone: Tone) -> Rule:
    return expression(f'ISNUMBER(SEARCH("{words}",${column}{row}))', tone_dxf(tone))
