"""``pilot-planner gates FILE [--as-of DATE] [--json]``: gate status on measured use.

The text output has one table per stage — criterion, mandatory or advisory,
threshold, value and the weeks it comes from, status, trend, forecast — then a
readiness line ("4 of 6 criteria met — mandatory: 1 not met — suggested:
hold") with the reason, and the method findings at the end. ``--json`` prints
the same content as a stable structure for scripts (``format`` =
``pilot-planner-gates``, ``format_version`` = 1; dates ISO, ASCII-escaped; values
rounded by the unit's rule, as every view shows them: :mod:`planner.numbers`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from planner.commands import (
    add_as_of_option,
    add_language_option,
    emit,
    open_roadmap,
)
from planner.commands.show_words import trend_word, word
from planner.evidence.checks import WARNING, Finding
from planner.evidence.figures import Figures
from planner.evidence.forecast import Forecast, format_day
from planner.evidence.gates import (
    SYMBOLS,
    CriterionResult,
    CriterionStatus,
    StageReadiness,
    format_value,
)
from planner.i18n import _, ngettext, pgettext
from planner.model.entities import MetricSource, Roadmap, Window
from planner.numbers import rounded_for_unit

NAME = "gates"
HELP = "gate status of every stage and criterion, with forecasts and method checks"
JSON_FORMAT = "pilot-planner-gates"
JSON_VERSION = 1


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Evaluate every stage's gate criteria on the measurements known at a date: value, "
        "status, trend and, for criteria not met, when they are expected to be met. Ends "
        "with the method checks (use cases without friction, teams without ambassador, …)."
    )
    parser.add_argument("file", metavar="FILE", help="the roadmap file (.pilotplan)")
    add_as_of_option(
        parser,
        "evaluate with what was known on this date, YYYY-MM-DD (default: today)",
    )
    parser.add_argument(
        "--json", action="store_true", help="print a machine-readable JSON document"
    )
    add_language_option(parser)


# ------------------------------------------------------------------- text


def _period(result: CriterionResult, as_of: dt.date) -> str:
    if result.period_end is None:
        return ""
    if result.metric.source is not MetricSource.MEASURED:
        return _("from the roadmap")
    end = format_day(result.period_end, year=result.period_end.year != as_of.year)
    criterion = result.criterion
    if criterion.window is Window.MEAN:
        used = result.weeks_of_data if result.weeks_of_data < criterion.window_weeks else None
        weeks = criterion.window_weeks
        if used is not None:
            return _("mean of {used} of {weeks} wk to {day}", used=used, weeks=weeks, day=end)
        return _("mean of {weeks} wk to {day}", weeks=weeks, day=end)
    return _("week of {day}", day=end)


def _status_text(status: CriterionStatus) -> str:
    if status is CriterionStatus.MET:
        return pgettext("criterion", "met")  # "met" alone is also a duty's (feminine) status
    return _("not met") if status is CriterionStatus.NOT_MET else _("no data")


def _row(result: CriterionResult, as_of: dt.date) -> list[str]:
    metric = result.metric
    criterion = result.criterion
    forecast = result.forecast
    return [
        metric.name,
        _("mandatory") if criterion.mandatory else _("advisory"),
        f"{SYMBOLS[criterion.comparator]} {format_value(criterion.threshold, metric.unit)}",
        "—" if result.value is None else format_value(result.value, metric.unit),
        _period(result, as_of),
        _status_text(result.status),
        "" if result.trend.value == "unknown" else trend_word(result.trend),
        "" if forecast is None else forecast.sentence,
    ]


def _table(rows: Sequence[Sequence[str]], indent: str = "  ") -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=True)]
        lines.append((indent + "  ".join(cells)).rstrip())
    return lines


def _stage_text(readiness: StageReadiness) -> list[str]:
    stage = readiness.stage
    review = (
        _("gate review {day}", day=format_day(stage.gate_review))
        if stage.gate_review
        else _("no review date")
    )
    lines = [f"{stage.name} — {word(stage.status)} · {review}"]
    if readiness.results:
        header = [_("criterion"), _("kind"), _("threshold"), _("value"), _("period"),
                  _("status"), _("trend"), _("forecast")]  # fmt: skip
        lines += _table([header] + [_row(r, readiness.as_of) for r in readiness.results])
    else:
        lines.append("  " + _("(no gate criteria)"))
    failed = len(readiness.mandatory_failed)
    mandatory = (
        _("all met") if failed == 0 else ngettext("{count} not met", "{count} not met", failed)
    )
    lines.append("  " + _(
        "{met} of {total} criteria met — mandatory: {mandatory} — suggested: {outcome}",
        met=readiness.met, total=readiness.total, mandatory=mandatory,
        outcome=word(readiness.suggested),
    ))  # fmt: skip
    lines.append(f"  {readiness.explanation}")
    return lines


def _findings_text(findings: Sequence[Finding]) -> list[str]:
    if not findings:
        return [_("Method checks: nothing to flag.")]
    lines = [_("Method checks ({count})", count=len(findings))]
    width = max(len(f.code) for f in findings)
    severities = {f.severity: _("warning") if f.severity == WARNING else _("info")
                  for f in findings}  # fmt: skip
    column = max(len(s) for s in severities.values())
    for f in findings:
        lines.append(f"  {severities[f.severity]:<{column}}  {f.code:<{width}}  {f.message}")
    return lines


def render_text(
    roadmap: Roadmap, as_of: dt.date, stages: Sequence[StageReadiness], findings: Sequence[Finding]
) -> str:
    lines = [_("Gates of '{title}' as of {day}", title=roadmap.title, day=format_day(as_of)), ""]
    for readiness in stages:
        lines += _stage_text(readiness)
        lines.append("")
    if not stages:
        lines += [_("The roadmap has no stages."), ""]
    lines += _findings_text(findings)
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------- json


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _forecast_json(forecast: Forecast | None) -> dict[str, Any] | None:
    if forecast is None:
        return None
    return {
        "status": forecast.status.value,
        "expected": _iso(forecast.expected),
        "weeks_of_data": forecast.weeks_of_data,
        "weeks_needed": forecast.weeks_needed,
        "level": forecast.level,
        "r_squared": forecast.r_squared,
        "sentence": forecast.sentence,
    }


def _criterion_json(result: CriterionResult) -> dict[str, Any]:
    criterion = result.criterion
    return {
        "id": criterion.id,
        "metric_id": result.metric.id,
        "metric": result.metric.name,
        "unit": result.metric.unit,
        "comparator": criterion.comparator.value,
        "threshold": criterion.threshold,
        "mandatory": criterion.mandatory,
        "window": criterion.window.value,
        "window_weeks": criterion.window_weeks,
        "status": result.status.value,
        "value": None
        if result.value is None
        else rounded_for_unit(result.value, result.metric.unit),
        "period_start": _iso(result.period_start),
        "period_end": _iso(result.period_end),
        "weeks_of_data": result.weeks_of_data,
        "trend": result.trend.value,
        "forecast": _forecast_json(result.forecast),
        "sentence": result.sentence,
    }


def to_json(
    roadmap: Roadmap, as_of: dt.date, stages: Sequence[StageReadiness], findings: Sequence[Finding]
) -> dict[str, Any]:
    """The machine-readable structure printed by ``--json``."""
    return {
        "format": JSON_FORMAT,
        "format_version": JSON_VERSION,
        "title": roadmap.title,
        "as_of": as_of.isoformat(),
        "stages": [
            {
                "id": r.stage.id,
                "name": r.stage.name,
                "status": r.stage.status.value,
                "gate_review": _iso(r.stage.gate_review),
                "met": r.met,
                "total": r.total,
                "mandatory_met": r.mandatory_met,
                "mandatory_failed": [f.criterion.id for f in r.mandatory_failed],
                "score": r.score,
                "suggested": r.suggested.value,
                "explanation": r.explanation,
                "criteria": [_criterion_json(c) for c in r.results],
            }
            for r in stages
        ],
        "findings": [
            {
                "code": f.code,
                "kind": f.kind,
                "entity_id": f.entity_id,
                "severity": f.severity,
                "message": f.message,
            }
            for f in findings
        ],
    }


def run(args: argparse.Namespace) -> int:
    roadmap = open_roadmap(args.file)
    as_of: dt.date = args.as_of or dt.date.today()
    figures = Figures(roadmap, as_of)  # the one computation every view shows
    stages, findings = list(figures.readiness), figures.findings
    if args.json:
        document = to_json(roadmap, as_of, stages, findings)
        emit(json.dumps(document, indent=2, ensure_ascii=True) + "\n")
    else:
        emit(render_text(roadmap, as_of, stages, findings))
    return 0
