"""Gate evaluation on real usage: is a stage ready to pass its go/no-go review?

**A criterion** compares one value of its metric with its threshold, using only
what was known on the as-of date (weeks starting on or before it):

- window ``latest``: the stage's value for the most recent measured week;
- window ``mean``: the mean of the last ``window_weeks`` measured weeks; with
  fewer weeks measured the criterion is *not met* (the window is part of the
  criterion: "≥ 60 % over 4 weeks" cannot be shown in 2);
- computed metrics (ambassadors, training, data readiness, register complete)
  take their value from the roadmap as of the date, whatever the window.

Weekly stage values come from the roll-up described in :mod:`planner.measures.series`.
``≥`` and ``≤`` allow for rounding only; ``=`` accepts values within 0.5 % of
the metric's range (of the threshold when the range is open). No value at all
gives *no data*. Every criterion with data reports its trend; every criterion
not met gets a forecast (:mod:`planner.evidence.forecast`).

**Readiness and the suggested outcome.** Mandatory criteria are knock-outs;
advisory ones are scored: ``score`` is the share of advisory criteria met (1.0
when there are none). The suggestion, first rule that applies:

1. no criteria → *hold* (nothing to judge the stage on);
2. more than half of the criteria without data → *hold*, not enough evidence;
3. every criterion met → *go*;
4. every mandatory criterion met → *go with conditions* (the advisory ones not
   met become the conditions);
5. a mandatory criterion on measured use, not met, whose forecast is
   *unlikely* or *no progress* or whose trend moves away from its threshold →
   *recycle* (the use is not coming: rework the stage);
6. otherwise → *hold*: mandatory criteria without data, expected in time, at
   risk or not forecastable yet, and preparation not done (ambassadors,
   training, data readiness — actions the programme controls, not a reason
   to rework the stage).

The forecast of a training criterion reads the trained-on dates still to
come (planned trainings) rather than fitting a curve; ambassadors and data
readiness have no history, so they get no forecast.

*Stop* is never suggested: ending a stage is the committee's call.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from planner.evidence.forecast import (
    HORIZON_WEEKS,
    Forecast,
    ForecastStatus,
    dated,
    forecast_crossing,
    format_day,
)
from planner.evidence.index import EvidenceIndex, index_for, stage_series
from planner.i18n import N_, _, ngettext
from planner.measures.series import TREND_WEEKS, Point, Trend, trend_of, trend_scale
from planner.model.entities import (
    Comparator,
    GateCriterion,
    Metric,
    MetricSource,
    Outcome,
    Roadmap,
    Stage,
    Window,
)
from planner.numbers import rounded_for_unit, unit_label, unit_text

__all__ = [
    "CriterionResult",
    "CriterionStatus",
    "StageReadiness",
    "Trend",
    "criterion_tolerance",
    "evaluate_all",
    "evaluate_stage",
    "format_value",
    "stage_series",
]

EQUAL_TOLERANCE = 0.005
"""``=`` accepts values within this share of the metric's range."""
STALE_AFTER_WEEKS = 4
"""A latest value older than this is flagged as old in the sentence."""

SYMBOLS = {Comparator.AT_LEAST: "≥", Comparator.AT_MOST: "≤", Comparator.EQUAL: "="}
_SCALE_UNIT = re.compile(r"^\d+\s*[–-]\s*\d+$")
_NO_HISTORY = {
    MetricSource.AMBASSADORS_PER_100: N_("the stage's teams have no headcount"),
    MetricSource.TRAINED_PERCENT: N_("the stage's teams have no key users"),
    MetricSource.DATA_READINESS: N_("the stage's use cases name no data sources"),
    MetricSource.REGISTER_COMPLETE: N_("the stage has no use cases"),
    MetricSource.VALUE_TO_PRICE: N_(
        "no realised value yet (8 weeks of usage and an hours-saved figure are needed) "
        "or no seat with a price"
    ),
}


class CriterionStatus(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    NO_DATA = "no_data"


@dataclass(frozen=True)
class CriterionResult:
    """One gate criterion evaluated on a date: its value, status, trend and forecast."""

    criterion: GateCriterion
    metric: Metric
    status: CriterionStatus
    value: float | None
    """The value compared with the threshold."""
    period_start: dt.date | None
    """Monday of the first week the value comes from (the as-of date for a computed metric)."""
    period_end: dt.date | None
    """Monday of the last week the value comes from (the as-of date for a computed metric)."""
    weeks_of_data: int
    """Weekly values available up to the as-of date."""
    trend: Trend
    forecast: Forecast | None
    """None when met."""
    sentence: str


@dataclass(frozen=True)
class StageReadiness:
    """A stage's gate readiness on a date: every criterion's result and the outcome suggested."""

    stage: Stage
    as_of: dt.date
    results: tuple[CriterionResult, ...]
    met: int
    total: int
    mandatory_met: bool
    """Every mandatory criterion is met (vacuously true without mandatory criteria)."""
    mandatory_failed: tuple[CriterionResult, ...]
    score: float
    """Share of advisory criteria met, 0–1; 1.0 when the gate has no advisory criteria."""
    suggested: Outcome
    explanation: str


def format_value(value: float, unit: str) -> str:
    """``54 %``, ``1.18 h/week``, rounded by the unit's rule (:mod:`planner.numbers`);
    a scale unit such as ``1–5`` is left out."""
    number = unit_text(value, unit)
    if not unit or _SCALE_UNIT.match(unit.strip()):
        return number
    return _("{number} {unit}", number=number, unit=unit_label(unit))


def criterion_tolerance(metric: Metric, threshold: float) -> float:
    """Half-width accepted by an ``=`` threshold."""
    if metric.min_value is not None and metric.max_value is not None:
        span = metric.max_value - metric.min_value
        if span > 0:
            return EQUAL_TOLERANCE * span
    return EQUAL_TOLERANCE * max(abs(threshold), 1.0)


def _meets(value: float, criterion: GateCriterion, metric: Metric) -> bool:
    value = rounded_for_unit(value, metric.unit)  # as shown: 59.96 % ("60 %") meets ≥ 60 %
    threshold = rounded_for_unit(criterion.threshold, metric.unit)
    rounding = 1e-9 * max(1.0, abs(threshold))
    if criterion.comparator is Comparator.AT_LEAST:
        return value >= threshold - rounding
    if criterion.comparator is Comparator.AT_MOST:
        return value <= threshold + rounding
    return abs(value - threshold) <= criterion_tolerance(metric, threshold) + rounding


def _requirement(criterion: GateCriterion, metric: Metric) -> str:
    symbol = SYMBOLS[criterion.comparator]
    value = format_value(criterion.threshold, metric.unit)
    if metric.source is MetricSource.MEASURED and criterion.window is Window.MEAN:
        return ngettext(
            "{symbol} {value} over {count} week",
            "{symbol} {value} over {count} weeks",
            criterion.window_weeks,
            symbol=symbol,
            value=value,
        )
    return f"{symbol} {value}"


def _short(day: dt.date, as_of: dt.date) -> str:
    return format_day(day, year=day.year != as_of.year)


def evaluate_criterion(
    index: EvidenceIndex, stage: Stage, criterion: GateCriterion, metric: Metric, as_of: dt.date
) -> CriterionResult:
    """One criterion of a stage as of a date (see the module docstring)."""
    if metric.source is MetricSource.MEASURED:
        points = index.measured(stage.id, metric.id, as_of)
    else:
        points = index.computed_series(stage, metric, as_of)
    needs = _requirement(criterion, metric)
    if not points:
        if metric.source is MetricSource.MEASURED:
            sentence = _(
                "{metric}: no data up to {day} — needs {needs}",
                metric=metric.name, day=format_day(as_of), needs=needs,
            )  # fmt: skip
        else:
            why = _(_NO_HISTORY.get(metric.source, N_("nothing to compute it from")))
            sentence = _(
                "{metric}: cannot be computed ({why}) — needs {needs}",
                metric=metric.name, why=why, needs=needs,
            )  # fmt: skip
        return CriterionResult(
            criterion, metric, CriterionStatus.NO_DATA, None, None, None, 0, Trend.UNKNOWN,
            _forecast(index, points, criterion, metric, stage, as_of), sentence,
        )  # fmt: skip
    complete = True
    if metric.source is not MetricSource.MEASURED:
        value = points[-1][1]
        start = end = as_of
        where = _("from the roadmap on {day}", day=format_day(as_of))
    elif criterion.window is Window.MEAN:
        used = points[-criterion.window_weeks :]
        value = sum(v for _, v in used) / len(used)
        start, end = used[0][0], used[-1][0]
        complete = len(used) >= criterion.window_weeks
        # English says "weeks" even for one week (kept as it was); French agrees.
        if complete:
            where = ngettext(
                "mean of {count} weeks to {day}",
                "mean of {count} weeks to {day}",
                len(used),
                day=_short(end, as_of),
            )
        else:
            where = ngettext(
                "mean of only {count} of {window} weeks to {day}",
                "mean of only {count} of {window} weeks to {day}",
                len(used),
                window=criterion.window_weeks,
                day=_short(end, as_of),
            )
    else:
        start = end = points[-1][0]
        value = points[-1][1]
        where = _("week of {day}", day=_short(end, as_of))
    if metric.source is MetricSource.MEASURED:
        age = (as_of - end).days // 7
        if age > STALE_AFTER_WEEKS:
            where = _("{period}, {age} weeks old", period=where, age=age)
    met = complete and _meets(value, criterion, metric)
    parts = {"metric": metric.name, "value": format_value(value, metric.unit),
             "period": where, "needs": needs}  # fmt: skip
    sentence = (
        _("{metric} {value} ({period}) — meets {needs}", **parts)
        if met
        else _("{metric} {value} ({period}) — needs {needs}", **parts)
    )
    recent = (v for _, v in points[-TREND_WEEKS:])
    scale = trend_scale(recent, criterion.threshold, metric.min_value)
    return CriterionResult(
        criterion,
        metric,
        CriterionStatus.MET if met else CriterionStatus.NOT_MET,
        value,
        start,
        end,
        len(points),
        trend_of(points, scale),
        None if met else _forecast(index, points, criterion, metric, stage, as_of),
        sentence,
    )


def _training_forecast(
    index: EvidenceIndex, stage: Stage, criterion: GateCriterion, metric: Metric, as_of: dt.date
) -> Forecast:
    """When the planned training dates (trained-on dates after as_of) reach the threshold."""
    dates, key_users = index.trained_dates(stage)
    done = bisect_right(dates, as_of)
    horizon = as_of + dt.timedelta(weeks=HORIZON_WEEKS)
    expected = None
    for i in range(done, len(dates)):
        if dates[i] > horizon:
            break
        if _meets(100.0 * (i + 1) / key_users, criterion, metric) and (
            i + 1 == len(dates) or dates[i + 1] != dates[i]
        ):
            expected = dates[i]
            break
    planned = len([d for d in dates[done:] if d <= horizon])
    if expected is None:
        if planned:
            sentence = _(
                "not reached by the trainings planned: "
                "{done} of {total} key users trained, {planned} more planned",
                done=done, total=key_users, planned=planned,
            )  # fmt: skip
        else:
            sentence = _(
                "not reached by the trainings planned: "
                "{done} of {total} key users trained, none planned",
                done=done, total=key_users,
            )  # fmt: skip
        return Forecast(ForecastStatus.UNLIKELY, None, 0, 0, sentence)
    status, sentence = dated(expected, stage.gate_review, _("by the trainings planned"))
    return Forecast(status, expected, 0, 0, sentence)


def _forecast(
    index: EvidenceIndex,
    points: Sequence[Point],
    criterion: GateCriterion,
    metric: Metric,
    stage: Stage,
    as_of: dt.date,
) -> Forecast:
    if metric.source is MetricSource.TRAINED_PERCENT:
        return _training_forecast(index, stage, criterion, metric, as_of)
    if metric.source is MetricSource.REGISTER_COMPLETE:
        sentence = _("no forecast: complete the register entries of the stage's use cases")
        return Forecast(ForecastStatus.NOT_ENOUGH_DATA, None, len(points), 0, sentence)
    if metric.source in (MetricSource.AMBASSADORS_PER_100, MetricSource.DATA_READINESS):
        sentence = (
            _("no forecast: the roadmap keeps no history of ambassadors")
            if metric.source is MetricSource.AMBASSADORS_PER_100
            else _("no forecast: the roadmap keeps no history of data readiness")
        )
        return Forecast(ForecastStatus.NOT_ENOUGH_DATA, None, len(points), 0, sentence)
    if metric.source is MetricSource.VALUE_TO_PRICE:
        sentence = _("no forecast: value per seat is a running total, not a weekly series")
        return Forecast(ForecastStatus.NOT_ENOUGH_DATA, None, len(points), 0, sentence)
    measured_mean = metric.source is MetricSource.MEASURED and criterion.window is Window.MEAN
    window = criterion.window_weeks if measured_mean else 1
    return forecast_crossing(
        points,
        criterion.threshold,
        criterion.comparator,
        deadline=stage.gate_review,
        as_of=as_of,
        ceiling=metric.max_value,
        floor=metric.min_value,
        window_weeks=window,
        tolerance=criterion_tolerance(metric, criterion.threshold),
        unit=metric.unit if not _SCALE_UNIT.match(metric.unit.strip()) else "",
    )


def _moving_away(result: CriterionResult) -> bool:
    comparator = result.criterion.comparator
    if comparator is Comparator.AT_LEAST:
        return result.trend is Trend.FALLING
    if comparator is Comparator.AT_MOST:
        return result.trend is Trend.RISING
    if result.value is None:
        return False
    below = result.value < result.criterion.threshold
    return result.trend is (Trend.FALLING if below else Trend.RISING)


def _names(results: Sequence[CriterionResult], with_forecast: bool = False) -> str:
    parts = []
    for r in results[:3]:
        text = r.metric.name
        if with_forecast and r.forecast is not None:
            text += f" ({r.forecast.sentence})"
        elif with_forecast and r.status is CriterionStatus.NO_DATA:
            text = _("{metric} (no data)", metric=text)
        parts.append(text)
    if len(results) > 3:
        parts.append(ngettext("{count} more", "{count} more", len(results) - 3))
    return _("; ").join(parts) if with_forecast else ", ".join(parts)


def suggest(results: Sequence[CriterionResult]) -> tuple[Outcome, str]:
    """The suggested outcome and why, by the rules of the module docstring."""
    total = len(results)
    if total == 0:
        return Outcome.HOLD, _("The gate has no criteria, so there is no evidence to judge it on.")
    no_data = [r for r in results if r.status is CriterionStatus.NO_DATA]
    if 2 * len(no_data) > total:
        return (
            Outcome.HOLD,
            ngettext(
                "Not enough evidence: {count} of {total} criteria have no data yet.",
                "Not enough evidence: {count} of {total} criteria have no data yet.",
                len(no_data),
                total=total,
            ),
        )
    failed = [r for r in results if r.criterion.mandatory and r.status is not CriterionStatus.MET]
    if not failed:
        open_ = [r for r in results if r.status is not CriterionStatus.MET]
        if not open_:
            return Outcome.GO, ngettext(
                "All {count} criteria are met.", "All {count} criteria are met.", total
            )
        return (
            Outcome.GO_WITH_CONDITIONS,
            _(
                "Every mandatory criterion is met; advisory criteria not met: {names}.",
                names=_names(open_),
            ),
        )
    hopeless = [
        r
        for r in failed
        if r.status is CriterionStatus.NOT_MET
        and r.metric.source is MetricSource.MEASURED
        and (
            _moving_away(r)
            or (
                r.forecast is not None
                and r.forecast.status in (ForecastStatus.UNLIKELY, ForecastStatus.NO_PROGRESS)
            )
        )
    ]
    if hopeless:
        return (
            Outcome.RECYCLE,
            _(
                "Mandatory criteria unlikely to be met at the current trend: "
                "{names}. Rework the stage before the next review.",
                names=_names(hopeless, True),
            ),
        )
    in_time = all(
        r.forecast is not None and r.forecast.status is ForecastStatus.ON_TRACK for r in failed
    )
    if in_time:
        return (
            Outcome.HOLD,
            _(
                "Mandatory criteria not met yet but expected in time: {names}.",
                names=_names(failed, True),
            ),
        )
    return Outcome.HOLD, _("Mandatory criteria not met: {names}.", names=_names(failed, True))


def _readiness(
    index: EvidenceIndex, stage: Stage, criteria: Sequence[GateCriterion], as_of: dt.date
) -> StageReadiness:
    results = []
    for criterion in criteria:
        metric = index.metrics.get(criterion.metric_id)
        if metric is None:
            continue  # a dangling metric is refused on load (planner.rules.invariants)
        results.append(evaluate_criterion(index, stage, criterion, metric, as_of))
    met = sum(1 for r in results if r.status is CriterionStatus.MET)
    failed = tuple(
        r for r in results if r.criterion.mandatory and r.status is not CriterionStatus.MET
    )
    advisory = [r for r in results if not r.criterion.mandatory]
    score = (
        sum(1 for r in advisory if r.status is CriterionStatus.MET) / len(advisory)
        if advisory
        else 1.0
    )
    suggested, explanation = suggest(results)
    return StageReadiness(
        stage, as_of, tuple(results), met, len(results), not failed, failed, score,
        suggested, explanation,
    )  # fmt: skip


def evaluate_stage(
    roadmap: Roadmap, stage_id: str, as_of: dt.date, index: EvidenceIndex | None = None
) -> StageReadiness:
    """Readiness of one stage as of a date; KeyError for an unknown stage.

    ``index``: the roadmap's series index when the caller holds one
    (:class:`planner.evidence.figures.Figures` does)."""
    index = index if index is not None else index_for(roadmap)
    stage = index.stages.get(stage_id)
    if stage is None:
        raise KeyError(f"no stage '{stage_id}' in the roadmap")
    criteria = [c for c in roadmap.criteria if c.stage_id == stage_id]
    return _readiness(index, stage, criteria, as_of)


def evaluate_all(
    roadmap: Roadmap, as_of: dt.date, index: EvidenceIndex | None = None
) -> list[StageReadiness]:
    """Readiness of every stage, in roadmap order."""
    index = index if index is not None else index_for(roadmap)
    by_stage: dict[str, list[GateCriterion]] = {}
    for criterion in roadmap.criteria:
        by_stage.setdefault(criterion.stage_id, []).append(criterion)
    return [_readiness(index, s, by_stage.get(s.id, []), as_of) for s in roadmap.stages]
