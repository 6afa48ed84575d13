"""``pilot-planner gates FILE [--as-of DATE] [--json]``: gate status on measured use.

The text output has one table per stage — criterion, mandatory or advisory,
threshold, value and the weeks it comes from, status, trend, forecast — then a
readiness line ("4 of 6 criteria met — mandatory: 1 not met — suggested:
hold") with the reason, and the method findings at the end. ``--json`` prints
the same content as a stable structure for scripts (``format`` =
``pilot-planner-gates``, ``format_version`` = 1; dates ISO, ASCII-escaped).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from planner.commands import CommandError, day_argument, emit
from planner.evidence.forecast import Forecast, format_day
from planner.evidence.gates import (
    SYMBOLS,
    CriterionResult,
    CriterionStatus,
    StageReadiness,
    evaluate_all,
    format_value,
)
from planner.file import storage
from planner.model.entities import MetricSource, Roadmap, Window
from planner.rules.checks import Finding, method_checks

NAME = "gates"
HELP = "gate status of every stage and criterion, with forecasts and method checks"
JSON_FORMAT = "pilot-planner-gates"
JSON_VERSION = 1
_STATUS_TEXT = {
    CriterionStatus.MET: "met",
    CriterionStatus.NOT_MET: "not met",
    CriterionStatus.NO_DATA: "no data",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Evaluate every stage's gate criteria on the measurements known at a date: value, "
        "status, trend and, for criteria not met, when they are expected to be met. Ends "
        "with the method checks (use cases without friction, teams without ambassador, …)."
    )
    parser.add_argument("file", metavar="FILE", help="the roadmap file (.pilotplan)")
    parser.add_argument(
        "--as-of",
        type=day_argument,
        default=None,
        metavar="DATE",
        help="evaluate with what was known on this date, YYYY-MM-DD (default: today)",
    )
    parser.add_argument(
        "--json", action="store_true", help="print a machine-readable JSON document"
    )


def load(path: str) -> Roadmap:
    try:
        return storage.load(path)
    except storage.RoadmapLoadError as exc:
        raise CommandError([f"{path}: {problem}" for problem in exc.problems]) from None


# ------------------------------------------------------------------- text


def _period(result: CriterionResult, as_of: dt.date) -> str:
    if result.period_end is None:
        return ""
    if result.metric.source is not MetricSource.MEASURED:
        return "from the roadmap"
    end = format_day(result.period_end, year=result.period_end.year != as_of.year)
    criterion = result.criterion
    if criterion.window is Window.MEAN:
        used = result.weeks_of_data if result.weeks_of_data < criterion.window_weeks else None
        weeks = criterion.window_weeks
        count = f"{used} of {weeks}" if used is not None else str(weeks)
        return f"mean of {count} wk to {end}"
    return f"week of {end}"


def _row(result: CriterionResult, as_of: dt.date) -> list[str]:
    metric = result.metric
    criterion = result.criterion
    forecast = result.forecast
    return [
        metric.name,
        "mandatory" if criterion.mandatory else "advisory",
        f"{SYMBOLS[criterion.comparator]} {format_value(criterion.threshold, metric.unit)}",
        "—" if result.value is None else format_value(result.value, metric.unit),
        _period(result, as_of),
        _STATUS_TEXT[result.status],
        "" if result.trend.value == "unknown" else result.trend.value,
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
        f"gate review {format_day(stage.gate_review)}" if stage.gate_review else "no review date"
    )
    lines = [f"{stage.name} — {stage.status.value.replace('_', ' ')} · {review}"]
    if readiness.results:
        header = ["criterion", "kind", "threshold", "value", "period", "status", "trend",
                  "forecast"]  # fmt: skip
        lines += _table([header] + [_row(r, readiness.as_of) for r in readiness.results])
    else:
        lines.append("  (no gate criteria)")
    failed = len(readiness.mandatory_failed)
    mandatory = "all met" if failed == 0 else f"{failed} not met"
    lines.append(
        f"  {readiness.met} of {readiness.total} criteria met — mandatory: {mandatory} — "
        f"suggested: {readiness.suggested.value.replace('_', ' ')}"
    )
    lines.append(f"  {readiness.explanation}")
    return lines


def _findings_text(findings: Sequence[Finding]) -> list[str]:
    if not findings:
        return ["Method checks: nothing to flag."]
    lines = [f"Method checks ({len(findings)})"]
    width = max(len(f.code) for f in findings)
    for f in findings:
        lines.append(f"  {f.severity:<7}  {f.code:<{width}}  {f.message}")
    return lines


def render_text(
    roadmap: Roadmap, as_of: dt.date, stages: Sequence[StageReadiness], findings: Sequence[Finding]
) -> str:
    lines = [f"Gates of '{roadmap.title}' as of {format_day(as_of)}", ""]
    for readiness in stages:
        lines += _stage_text(readiness)
        lines.append("")
    if not stages:
        lines += ["The roadmap has no stages.", ""]
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
        "value": result.value,
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
    roadmap = load(args.file)
    as_of: dt.date = args.as_of or dt.date.today()
    stages = evaluate_all(roadmap, as_of)
    findings = method_checks(roadmap, as_of)
    if args.json:
        document = to_json(roadmap, as_of, stages, findings)
        emit(json.dumps(document, indent=2, ensure_ascii=True) + "\n")
    else:
        emit(render_text(roadmap, as_of, stages, findings))
    return 0
