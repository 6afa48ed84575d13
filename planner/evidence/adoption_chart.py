"""What an adoption chart shows for a stage: the weekly values against the gate.

The slides and the workbook draw the same chart from this: the stage's
weekly values of its adoption criterion (the first mandatory criterion on a
measured adoption metric, else the first measured criterion), the threshold,
the as-of date, the gate review and — when the criterion is not met and a
date is forecast — a straight line from the last value to the threshold on
the expected date, as the Overview draws it. Values are those of
:class:`planner.evidence.figures.Figures`, unrounded: a chart's series are the
gate's numbers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planner.evidence.figures import Figures
from planner.evidence.gates import CriterionResult, CriterionStatus
from planner.measures.series import Point
from planner.model.entities import MetricKind, MetricSource

EMPTY_WEEKS = 8
"""How far back the chart reaches before the as-of date when there is little data."""


@dataclass(frozen=True)
class AdoptionChart:
    result: CriterionResult
    """The criterion drawn (its metric, threshold, status and forecast)."""
    points: tuple[Point, ...]
    """Weekly stage values up to the as-of date."""
    as_of: dt.date
    review: dt.date | None
    forecast: tuple[Point, Point] | None
    """From the last value to the threshold on the expected date."""
    start: dt.date
    end: dt.date
    low: float
    high: float

    @property
    def threshold(self) -> float:
        return self.result.criterion.threshold


def chart_criterion(results: tuple[CriterionResult, ...]) -> CriterionResult | None:
    """The criterion a stage's adoption chart draws (see the module docstring)."""
    measured = [r for r in results if r.metric.source is MetricSource.MEASURED]
    adoption = [r for r in measured if r.metric.kind is MetricKind.ADOPTION]
    for group in (
        [r for r in adoption if r.criterion.mandatory],
        adoption,
        [r for r in measured if r.criterion.mandatory],
        measured,
    ):
        if group:
            return group[0]
    return None


def adoption_chart(figures: Figures, stage_id: str) -> AdoptionChart | None:
    """The chart of one stage, or None when its gate has no measured criterion."""
    readiness = figures.stage_readiness(stage_id)
    result = chart_criterion(readiness.results)
    if result is None:
        return None
    points = tuple(figures.series(stage_id, result.metric.id))
    review = readiness.stage.gate_review
    forecast = None
    expected = result.forecast.expected if result.forecast is not None else None
    if points and expected is not None and result.status is not CriterionStatus.MET:
        forecast = (points[-1], (expected, result.criterion.threshold))
    days = [d for d, _ in points]
    start = min([*days, figures.as_of - dt.timedelta(weeks=EMPTY_WEEKS)])
    end = max([*days, figures.as_of, *(d for d in (review, expected) if d is not None)])
    end = max(end, start + dt.timedelta(days=7))
    low, high = _range(result, points)
    return AdoptionChart(result, points, figures.as_of, review, forecast, start, end, low, high)


def _range(result: CriterionResult, points: tuple[Point, ...]) -> tuple[float, float]:
    """From the metric's floor (else the lowest value) to a little above the highest value
    or threshold, within the metric's range."""
    metric = result.metric
    values = [v for _, v in points] + [result.criterion.threshold]
    low = min(values) if metric.min_value is None else min(metric.min_value, *values)
    high = max(values) + 0.15 * (max(values) - low or 1.0)
    if metric.max_value is not None:
        high = min(high, max(metric.max_value, *values))
    return low, max(high, low + 1e-6)
