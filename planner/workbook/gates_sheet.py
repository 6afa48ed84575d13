"""The *Gates* sheet: every gate criterion with its evidence and forecast.

The status and forecast cells are coloured by conditional formatting on their
words, so the colour follows if someone overrides a status by hand, and the
word stays readable in black-and-white print.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from planner.evidence.gates import SYMBOLS, CriterionResult
from planner.evidence.started import has_started
from planner.i18n import N_, _, ngettext
from planner.model.entities import MetricSource, Window
from planner.numbers import unit_label
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
    Words,
    expression,
    not_started,
    tone_dxf,
    value_look,
)
from planner.workbook.table import Column, Styled

TITLE = N_("Gates")

FORECAST_WORDS = Words(
    {
        "on_track": (N_("On track"), Tone.GOOD),
        "at_risk": (N_("At risk"), Tone.WARN),
        "unlikely": (N_("Unlikely"), Tone.BAD),
        "no_progress": (N_("No progress"), Tone.BAD),
        "not_enough_data": (N_("Not enough data"), Tone.NEUTRAL),
    }
)

COLUMNS = (
    Column(N_("Stage"), max_width=20),
    Column(N_("Criterion"), max_width=26),
    Column(N_("Type"), width=10),
    Column(N_("Rule"), Look(align="center"), width=6),
    Column(N_("Threshold"), NUMBER, width=10),
    Column(N_("Unit"), max_width=14),
    Column(N_("Evaluated on"), max_width=18),
    Column(N_("Value"), NUMBER, width=10),
    Column(N_("From week"), DATE),
    Column(N_("To week"), DATE),
    Column(N_("Weeks of data"), INT, width=8),
    Column(N_("Trend"), width=11),
    Column(N_("Status"), width=11),
    Column(N_("Expected"), DATE),
    Column(N_("Forecast"), width=16),
    Column(N_("Forecast detail"), WRAP, max_width=40),
    Column(N_("Note"), WRAP, max_width=36),
)

STATUS_COLUMN = column_letter(1 + [c.header for c in COLUMNS].index("Status"))
FORECAST_COLUMN = column_letter(1 + [c.header for c in COLUMNS].index("Forecast"))


def window_words(result: CriterionResult) -> str:
    """What the value is taken from, in the workbook's language."""
    criterion = result.criterion
    if result.metric.source is not MetricSource.MEASURED:
        return _("The roadmap")
    if criterion.window is Window.MEAN:
        return ngettext("Mean of {count} week", "Mean of {count} weeks", criterion.window_weeks)
    return _("Latest week")


def write(ctx: Context, sheet: Sheet) -> None:
    readiness = ctx.readiness
    results = [(r.stage, c) for r in readiness for c in r.results]
    started = {r.stage.id: has_started(r.stage, ctx.as_of) for r in readiness}

    def rows() -> Iterator[list[Any]]:
        for stage, result in results:
            criterion, metric = result.criterion, result.metric
            look = value_look(metric.unit)
            forecast = result.forecast
            word = FORECAST_WORDS[str(forecast.status)][0] if forecast else ""
            yield [
                stage.name,
                metric.name,
                _("Mandatory") if criterion.mandatory else _("Advisory"),
                SYMBOLS[criterion.comparator],
                Styled(criterion.threshold, look),
                unit_label(metric.unit),
                window_words(result),
                Styled(result.value, look),
                result.period_start,
                result.period_end,
                result.weeks_of_data,
                TREND[str(result.trend)],
                CRITERION_STATUS[str(result.status)][0] if started[stage.id] else not_started(),
                forecast.expected if forecast else None,
                word,
                forecast.sentence if forecast else "",
                criterion.note,
            ]

    # On the pages across, a row is known by its stage and criterion: both repeat.
    sheet.key_columns = 2
    met = sum(r.met for r in readiness)
    total = sum(r.total for r in readiness)
    count = table_sheet(
        ctx,
        sheet,
        title=_(TITLE),
        detail=_(
            "{met} of {total} criteria met across {count} stages",
            met=met,
            total=total,
            count=len(readiness),
        ),
        name="GateCriteria",
        columns=COLUMNS,
        rows=rows,
        empty_note=N_("No gate criteria yet."),
    )
    if count:
        first = TITLE_ROWS + 2
        last = first + count - 1
        status = f"{STATUS_COLUMN}{first}:{STATUS_COLUMN}{last}"
        # The whole word with its symbol, in the workbook's language: "✓ Met" is not in "✗ Not met".
        words = [CRITERION_STATUS[key] for key in ("not_met", "met", "no_data")]
        for word, tone in [*words, (not_started(), Tone.NEUTRAL)]:
            sheet.conditional(status, _contains(STATUS_COLUMN, first, word, tone))
        forecast = f"{FORECAST_COLUMN}{first}:{FORECAST_COLUMN}{last}"
        for key in FORECAST_WORDS:
            word, tone = FORECAST_WORDS[key]
            sheet.conditional(forecast, _contains(FORECAST_COLUMN, first, word, tone))


def _contains(column: str, row: int, words: str, tone: Tone) -> Rule:
    text = words.replace('"', '""')
    return expression(f'ISNUMBER(SEARCH("{text}",${column}{row}))', tone_dxf(tone))
