"""Every value figure of a roadmap for one as-of date: the one computation all views show.

:func:`value_report` gathers, for each stage, the weekly inputs of
:mod:`planner.value.compute` from the roadmap — only what is known on the
as-of date counts (measurements of weeks starting on or before it, licence
entries and one-off costs dated on or before it):

- the weekly active-users rate and the people it is a rate of, from the
  stage's adoption total (:mod:`planner.measures.adoption`: what the Overview
  and ``pilot-planner adoption`` show, each stage over its own teams' people):
  the stored figure's population (the stage's enabled people), else the
  licensed users counted that week, else the seats licensed, else the stage's
  target users (:func:`population`);
- hours saved per active user per week: the hours-saved metric, or the
  minutes-saved-per-day metric × 5 days ÷ 60 (the most recent of the two; a
  figure holds until the next one);
- actions per active user per week, for the telemetry estimate;
- seats, licence cost and one-off costs (:mod:`planner.value.costs`).

The weekly series runs from the first week anything is paid or measured to
the week of the as-of date (at most :data:`MAX_WEEKS` weeks).

**Expected value** is today's planning figure: the sum of the stage's use
cases' values per year (:func:`planner.measures.derived.use_case_value`);
the share realised is realised value ÷ expected value per year. **Per use
case**, realised value is the stage's, shared in proportion to the expected
value of the use cases in use (piloting or live; all of them when none is),
equally when none has an expected value — usage exports measure a stage, not
a use case. Shares are rounded so they add up to the stage's figure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from planner.dates import monday
from planner.measures.adoption import StageAdoption, stage_adoption
from planner.measures.series import SeriesIndex
from planner.measures.tables import DerivedTables
from planner.model.entities import Roadmap, Stage, UsageFigure, UseCase, UseCaseStatus
from planner.model.value import lines_of
from planner.numbers import NumberKind as K
from planner.numbers import optional, rounded
from planner.value import costs
from planner.value.assumptions import Assumptions, ValueMetrics, assumptions_of, value_metrics
from planner.value.compute import (
    Payback,
    Status,
    Totals,
    WeekInput,
    WeekValue,
    adjusted_value,
    break_even_minutes,
    roi,
    totals,
)

MAX_WEEKS = 520
"""The weekly series covers at most the last ten years."""
_IN_USE = (UseCaseStatus.PILOTING, UseCaseStatus.LIVE)


@dataclass(frozen=True)
class UseCaseFigures:
    """A use case's value and cost figures in the value report."""

    id: str
    name: str
    status: UseCaseStatus
    expected_value_per_year: float
    cost_per_year: float
    expected_roi: float | None
    """A ratio: 17.56 is shown as 1,756 %."""
    share: float
    """Share of the stage's realised value, in %."""
    realised_value: float | None
    adjusted_value_per_year: float | None
    adjusted_roi: float | None


@dataclass(frozen=True)
class StageFigures:
    """A stage's value and cost figures in the value report."""

    id: str
    name: str
    status: Status
    weeks_of_data: int
    min_weeks: int
    first_data_week: dt.date | None
    seats: int
    """Seats licensed in the as-of week."""
    price_per_seat_month: float | None
    """Seat-weighted price in the as-of week (None: no seat)."""
    products: tuple[str, ...]
    licence_cost: float
    one_off_cost: float
    cost: float
    realised_value: float | None
    realised_hours: float | None
    telemetry_value: float | None
    telemetry_hours: float | None
    net_value: float | None
    value_per_seat_month: float | None
    value_to_price: float | None
    """Value per seat ÷ average price per seat over the weeks with data, in %."""
    payback: Payback | None
    break_even_minutes: float | None
    """Minutes per seat holder per week at which a seat pays for itself."""
    minutes_saved: float | None
    """Latest minutes saved per active user per week (hours saved × 60)."""
    expected_value_per_year: float
    expected_cost_per_year: float
    expected_roi: float | None
    realised_share: float | None
    """Realised value ÷ expected value per year, in %."""
    adoption_rate: float | None
    adjusted_value_per_year: float | None
    adjusted_roi: float | None
    weeks: tuple[WeekValue, ...]
    use_cases: tuple[UseCaseFigures, ...]


@dataclass(frozen=True)
class ValueReport:
    """Value against cost for every stage on a date, with the assumptions used."""

    as_of: dt.date
    currency: str
    assumptions: Assumptions
    metrics: ValueMetrics
    stages: tuple[StageFigures, ...]

    def stage(self, stage_id: str) -> StageFigures:
        for figures in self.stages:
            if figures.id == stage_id:
                return figures
        raise KeyError(f"no stage '{stage_id}' in the value report")


# ------------------------------------------------------------------ inputs


def _points(
    index: SeriesIndex, stage: Stage, metric_id: str | None, as_of: dt.date
) -> dict[dt.date, float]:
    if metric_id is None:
        return {}
    return dict(index.measured(stage.id, metric_id, as_of))


def hours_known(
    hours: dict[dt.date, float], minutes: dict[dt.date, float], days_per_week: int
) -> list[tuple[dt.date, float]]:
    """Hours saved per user per week by week measured: hours, else minutes per day × days ÷ 60."""
    merged = {week: value * days_per_week / 60.0 for week, value in minutes.items()}
    merged.update(hours)  # a week with both: the hours metric wins
    return sorted(merged.items())


def week_inputs(
    roadmap: Roadmap,
    stage: Stage,
    as_of: dt.date,
    index: SeriesIndex,
    metrics: ValueMetrics,
    adoption: StageAdoption,
) -> list[WeekInput]:
    """The weekly inputs of one stage up to the as-of date (see the module docstring)."""
    a = assumptions_of(roadmap)
    total = adoption.total
    active = {day: (value, size) for day, value, size in total.series.get(UsageFigure.ACTIVE, ())}
    licensed = {day: value for day, value, _ in total.series.get(UsageFigure.LICENSED, ())}
    actions = {day: value for day, value, _ in total.series.get(UsageFigure.ACTIONS, ())}
    known = hours_known(
        _points(index, stage, metrics.hours.id if metrics.hours else None, as_of),
        _points(index, stage, metrics.minutes.id if metrics.minutes else None, as_of),
        a.days_per_week,
    )
    licences = [x for x in roadmap.licences if x.stage_id == stage.id and x.start <= as_of]
    lines = lines_of(licences)
    one_off = costs.one_off_by_week(
        c for c in roadmap.one_off_costs if c.stage_id == stage.id and c.date <= as_of
    )
    last = monday(as_of)
    starts = [w for w in (costs.first_cost_week(lines, one_off), min(active, default=None)) if w]
    if not starts:
        return []
    week = max(min(starts), last - dt.timedelta(weeks=MAX_WEEKS - 1))
    inputs: list[WeekInput] = []
    hours_at = 0
    current_hours: float | None = None
    while week <= last:
        while hours_at < len(known) and known[hours_at][0] <= week:
            current_hours = known[hours_at][1]
            hours_at += 1
        cost = costs.week_cost(lines, one_off, week)
        rate, size = active.get(week, (None, None))
        inputs.append(
            WeekInput(
                week,
                cost.seats,
                cost.licence_cost,
                cost.one_off_cost,
                rate,
                float(population(size, licensed.get(week), cost.seats, stage.target_users)),
                current_hours,
                actions.get(week),
            )
        )
        week += dt.timedelta(weeks=1)
    return inputs


def population(size: int | None, licensed: float | None, seats: int, target_users: int) -> float:
    """The people a week's active-users rate is of: the stored figure's own population
    (its sample size: the stage's enabled people), else the licensed users counted that
    week, else the seats licensed, else the stage's target users."""
    for candidate in (size, licensed, seats):
        if candidate:
            return float(candidate)
    return float(target_users)


# ------------------------------------------------------------------ figures


def _data_licence_cost(weeks: Sequence[WeekValue], inputs: Sequence[WeekInput]) -> float:
    return sum(
        w.licence_cost for w, i in zip(weeks, inputs, strict=True) if i.active_rate is not None
    )


def _percent(value: float | None) -> float | None:
    """A share (0.26) as the percentage shown (26.0)."""
    return None if value is None else rounded(100.0 * value, K.PERCENT)


def _ratio(value: float | None) -> float | None:
    return optional(value, K.RATIO)


def _shares(use_cases: Sequence[UseCase], values: dict[str, float]) -> dict[str, float]:
    """Each use case's share (0–1) of the stage's realised value (see the module docstring)."""
    in_use = [uc for uc in use_cases if uc.status in _IN_USE] or list(use_cases)
    weights = {uc.id: values[uc.id] for uc in in_use}
    total = sum(weights.values())
    if total <= 0:
        return {uc.id: 1.0 / len(in_use) for uc in in_use} if in_use else {}
    return {key: weight / total for key, weight in weights.items()}


def allocate(total: float, shares: dict[str, float]) -> dict[str, float]:
    """Whole units of ``total`` split by shares, adding up exactly (largest remainder)."""
    units = round(total)
    exact = {key: units * share for key, share in shares.items()}
    floors = {key: int(value // 1) for key, value in exact.items()}
    left = units - sum(floors.values())
    by_remainder = sorted(exact, key=lambda key: (-(exact[key] - floors[key]), key))
    for key in by_remainder[: max(left, 0)]:
        floors[key] += 1
    return {key: float(value) for key, value in floors.items()}


def _use_cases(
    roadmap: Roadmap, stage: Stage, found: Totals, tables: DerivedTables
) -> tuple[tuple[UseCaseFigures, ...], float, float]:
    use_cases = [uc for uc in roadmap.use_cases if uc.stage_id == stage.id]
    known = tables.use_case_value
    values = {uc.id: known[uc.id].value_per_year for uc in use_cases}
    shares = _shares(use_cases, values)
    realised = allocate(found.realised_value, shares) if found.realised_value is not None else {}
    figures = []
    for uc in use_cases:
        value = values[uc.id]
        adjusted = adjusted_value(value, found.adoption_rate)
        figures.append(
            UseCaseFigures(
                uc.id,
                uc.name,
                uc.status,
                rounded(value, K.MONEY),
                rounded(uc.cost_per_year, K.MONEY),
                _ratio(roi(value, uc.cost_per_year)),
                rounded(100.0 * shares.get(uc.id, 0.0), K.PERCENT),
                realised.get(uc.id, 0.0) if found.realised_value is not None else None,
                optional(adjusted, K.MONEY),
                None if adjusted is None else _ratio(roi(adjusted, uc.cost_per_year)),
            )
        )
    # The stage's figures are the sums of its use cases' rounded figures: the parts add up.
    expected = sum(f.expected_value_per_year for f in figures)
    return tuple(figures), expected, sum(f.cost_per_year for f in figures)


def stage_figures(
    roadmap: Roadmap,
    stage: Stage,
    as_of: dt.date,
    index: SeriesIndex | None = None,
    tables: DerivedTables | None = None,
    adoption: StageAdoption | None = None,
) -> StageFigures:
    """One stage's value figures as of a date (the index, tables and adoption of the
    caller's :class:`planner.evidence.figures.Figures` when it has them)."""
    a = assumptions_of(roadmap)
    index = index or SeriesIndex(roadmap)
    tables = tables or DerivedTables(roadmap, as_of)
    if adoption is None:
        adoption = next(x for x in stage_adoption(roadmap, as_of, index) if x.stage.id == stage.id)
    inputs = week_inputs(roadmap, stage, as_of, index, value_metrics(roadmap), adoption)
    found = totals(inputs, a)
    lines = lines_of(x for x in roadmap.licences if x.stage_id == stage.id and x.start <= as_of)
    week = monday(as_of)
    price = costs.price_at(lines, week)
    seats = costs.week_cost(lines, {}, week).seats
    use_cases, expected, expected_cost = _use_cases(roadmap, stage, found, tables)
    adjusted = (
        None
        if found.adoption_rate is None
        else sum(u.adjusted_value_per_year or 0.0 for u in use_cases)
    )
    data_licence = _data_licence_cost(found.weeks, inputs)
    value_to_price = None
    if found.realised_value is not None and data_licence > 0:
        value_to_price = _percent(found.realised_value / data_licence)
    return StageFigures(
        id=stage.id,
        name=stage.name,
        status=found.status,
        weeks_of_data=found.weeks_of_data,
        min_weeks=a.min_weeks,
        first_data_week=found.first_data_week,
        seats=seats,
        price_per_seat_month=optional(price, K.NUMBER),
        products=tuple(dict.fromkeys(line.product for line in lines)),
        licence_cost=found.licence_cost,
        one_off_cost=found.one_off_cost,
        cost=found.cost,
        realised_value=found.realised_value,
        realised_hours=found.realised_hours,
        telemetry_value=found.telemetry_value,
        telemetry_hours=found.telemetry_hours,
        net_value=found.net_value,
        value_per_seat_month=found.value_per_seat_month,
        value_to_price=value_to_price,
        payback=found.payback,
        break_even_minutes=optional(break_even_minutes(price, a), K.NUMBER),
        minutes_saved=optional(
            None if found.hours_per_user is None else found.hours_per_user * 60, K.NUMBER
        ),
        expected_value_per_year=rounded(expected, K.MONEY),
        expected_cost_per_year=rounded(expected_cost, K.MONEY),
        expected_roi=_ratio(roi(expected, expected_cost)),
        realised_share=(
            _percent(found.realised_value / expected)
            if found.realised_value is not None and expected > 0
            else None
        ),
        adoption_rate=found.adoption_rate,
        adjusted_value_per_year=optional(adjusted, K.MONEY),
        adjusted_roi=None if adjusted is None else _ratio(roi(adjusted, expected_cost)),
        weeks=found.weeks,
        use_cases=use_cases,
    )


def value_report(
    roadmap: Roadmap,
    as_of: dt.date,
    index: SeriesIndex | None = None,
    tables: DerivedTables | None = None,
    adoption: Sequence[StageAdoption] | None = None,
) -> ValueReport:
    """Every stage's value figures as of a date.

    Views do not call this directly: they ask the roadmap's
    :class:`planner.evidence.figures.Figures` (``figures.value``), which holds
    the one report of that roadmap version and date.
    """
    index = index or SeriesIndex(roadmap)
    tables = tables or DerivedTables(roadmap, as_of)
    by_stage = {x.stage.id: x for x in (adoption or stage_adoption(roadmap, as_of, index))}
    return ValueReport(
        as_of,
        roadmap.currency,
        assumptions_of(roadmap),
        value_metrics(roadmap),
        tuple(
            stage_figures(roadmap, s, as_of, index, tables, by_stage[s.id]) for s in roadmap.stages
        ),
    )
