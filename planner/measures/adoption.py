"""Adoption by stage, team and week: the funnel and the team × week view, as of a date.

Everything here is read from the measurements the usage import stored (each
stage's figures over its own teams, :mod:`planner.usage.populations`); nothing
is re-computed from people, and a figure the privacy rules withheld stays
missing (``None``, shown "—"). Figures are found by the metric holding them
(:func:`planner.usage.metric_fit.figure_metrics`); only weeks starting on or
before the as-of date count.

For each stage: its total and each of its teams (:class:`GroupAdoption`),
with the weekly series of every funnel figure, the latest week's funnel
(eligible → licensed → active → habitual → power users, with novice and low
users) in people and in %, the cohort movement of that week, actions per
active user and the trend of active users. The **team × week view**
(:func:`team_weeks`) lays out active %, habitual % and actions per active user
for the last weeks, each cell with a tone against the stage's gate threshold
for that metric (met, within 80 % of it, below), so laggards stand out.

This is the API the value card, the ``adoption`` command, the Overview and
the workbook's Adoption sheet read.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum

from planner.measures.series import SeriesIndex, Trend, trend_of, trend_scale
from planner.model.entities import (
    Comparator,
    Measurement,
    Metric,
    Roadmap,
    Stage,
    UsageFigure,
)
from planner.numbers import rounded_for_unit
from planner.usage.metric_fit import figure_metrics
from planner.usage.privacy import effective_min_group

VIEW_WEEKS = 12
"""Weeks the team × week view shows (the most recent, up to the as-of date)."""
VIEW_FIGURES = (UsageFigure.ACTIVE, UsageFigure.HABITUAL, UsageFigure.ACTIONS)
NEAR = 0.8
"""A value within this share of its threshold is *near* (amber), below it *below* (red)."""

Value = tuple[float, int | None]
"""A stored figure and the people it is computed over."""


class Tone(StrEnum):
    MET = "met"
    NEAR = "near"
    BELOW = "below"
    NONE = "none"
    """No threshold to compare with, or no value."""


@dataclass(frozen=True)
class Funnel:
    """One week's funnel of a group, in people (None: not known or withheld)."""

    eligible: int | None
    licensed: int | None
    active: int | None
    habitual: int | None
    power: int | None
    novice: int | None
    low: int | None


@dataclass(frozen=True)
class GroupAdoption:
    """Adoption of one team (or the whole stage) week by week."""

    team_id: str | None
    """None: the stage's whole population."""
    name: str
    eligible: int | None
    series: dict[UsageFigure, list[tuple[dt.date, float, int | None]]]
    """Each figure's stored weekly values up to the as-of date, oldest first."""
    latest_week: dt.date | None

    def value(self, figure: UsageFigure, week: dt.date | None = None) -> float | None:
        """The figure in a week (default the latest), None when not stored."""
        found = self._at(figure, week or self.latest_week)
        return None if found is None else found[0]

    def _at(self, figure: UsageFigure, week: dt.date | None) -> Value | None:
        for day, value, size in self.series.get(figure, ()):
            if day == week:
                return value, size
        return None

    def funnel(self, week: dt.date | None = None) -> Funnel:
        week = week or self.latest_week
        licensed = self._at(UsageFigure.LICENSED, week)

        def people(figure: UsageFigure) -> int | None:
            found = self._at(figure, week)
            if found is None or found[1] is None:
                return None
            return round(found[0] * found[1] / 100.0)

        return Funnel(
            eligible=self.eligible,
            licensed=round(licensed[0]) if licensed is not None else None,
            active=people(UsageFigure.ACTIVE),
            habitual=people(UsageFigure.HABITUAL),
            power=people(UsageFigure.POWER),
            novice=people(UsageFigure.NOVICE),
            low=people(UsageFigure.LOW),
        )

    def movement(self, week: dt.date | None = None) -> dict[UsageFigure, int | None]:
        week = week or self.latest_week
        return {
            f: (None if (v := self.value(f, week)) is None else round(v))
            for f in (UsageFigure.RETAINED, UsageFigure.NEW, UsageFigure.LAPSED,
                      UsageFigure.REACTIVATED)
        }  # fmt: skip

    def trend(self, threshold: float | None = None) -> Trend:
        points = [(day, value) for day, value, _ in self.series.get(UsageFigure.ACTIVE, ())]
        if not points:
            return Trend.UNKNOWN
        scale = trend_scale((v for _, v in points[-6:]), threshold, 0.0)
        return trend_of(points, scale)


@dataclass(frozen=True)
class StageAdoption:
    """A stage's adoption: the whole stage's weeks and each team's, with the gate thresholds."""

    stage: Stage
    total: GroupAdoption
    teams: tuple[GroupAdoption, ...]
    weeks: tuple[dt.date, ...]
    """Weeks with any stored funnel figure for the stage, up to the as-of date."""
    metrics: dict[UsageFigure, Metric]
    thresholds: dict[UsageFigure, tuple[Comparator, float]]
    """The stage's strictest gate threshold on each figure's metric, if any."""

    def tone(self, figure: UsageFigure, value: float | None) -> Tone:
        found = self.thresholds.get(figure)
        if value is None or found is None:
            return Tone.NONE
        comparator, threshold = found
        metric = self.metrics.get(figure)
        if metric is not None:  # compared as shown, as the gates compare (evidence.gates)
            value = rounded_for_unit(value, metric.unit)
            threshold = rounded_for_unit(threshold, metric.unit)
        if comparator is Comparator.AT_MOST:
            if value <= threshold:
                return Tone.MET
            return Tone.NEAR if value <= threshold / NEAR else Tone.BELOW
        if value >= threshold:
            return Tone.MET
        return Tone.NEAR if value >= NEAR * threshold else Tone.BELOW


def stage_adoption(
    roadmap: Roadmap, as_of: dt.date, index: SeriesIndex | None = None
) -> tuple[StageAdoption, ...]:
    """Every stage's adoption as of a date (stages without any figure included, empty).

    A stage's total is the value the gates use (:class:`planner.measures.series.SeriesIndex`:
    the whole-stage figure when stored, else its teams' figures rolled up)."""
    index = index if index is not None else SeriesIndex(roadmap)
    metrics = figure_metrics(roadmap)
    role = {m.id: f for f, m in metrics.items()}
    min_group = effective_min_group(roadmap.min_group_size)
    stored: dict[tuple[str, str | None], list[Measurement]] = defaultdict(list)
    for m in roadmap.measurements:
        if m.stage_id is not None and m.metric_id in role and m.week <= as_of:
            if m.sample_size is not None and m.sample_size < min_group:
                continue  # typed by hand over too few people: not shown either
            stored[(m.stage_id, m.team_id)].append(m)
    teams = {t.id: t for t in roadmap.teams}
    found = []
    for stage in roadmap.stages:
        team_ids = list(dict.fromkeys(stage.team_ids))
        team_ids += sorted(
            {t for (s, t) in stored if s == stage.id and t is not None and t not in team_ids}
        )
        eligible = stage.target_users or sum(teams[t].headcount for t in team_ids if t in teams)
        parts = [m for t in team_ids for m in stored[(stage.id, t)] if m.use_case_id is None]
        total = _total(stage, eligible or None, stored[(stage.id, None)], parts, metrics, index,
                       as_of)  # fmt: skip
        groups = tuple(
            _group(t, teams[t].name if t in teams else t,
                   (teams[t].headcount or None) if t in teams else None,
                   stored[(stage.id, t)], role)
            for t in team_ids
        )  # fmt: skip
        weeks = sorted({d for g in (total, *groups) for s in g.series.values() for d, _, _ in s})
        found.append(
            StageAdoption(stage, total, groups, tuple(weeks), metrics,
                          _thresholds(roadmap, stage, metrics))
        )  # fmt: skip
    return tuple(found)


def _group(
    team_id: str | None,
    name: str,
    eligible: int | None,
    measurements: list[Measurement],
    role: dict[str, UsageFigure],
) -> GroupAdoption:
    series: dict[UsageFigure, list[tuple[dt.date, float, int | None]]] = defaultdict(list)
    for m in sorted(measurements, key=lambda m: m.week):
        series[role[m.metric_id]].append((m.week, m.value, m.sample_size))
    latest = max((s[-1][0] for s in series.values() if s), default=None)
    return GroupAdoption(team_id, name, eligible, dict(series), latest)


def _total(
    stage: Stage,
    eligible: int | None,
    measurements: list[Measurement],
    team_parts: list[Measurement],
    metrics: dict[UsageFigure, Metric],
    index: SeriesIndex,
    as_of: dt.date,
) -> GroupAdoption:
    """The stage's figures; a week rolled up from its teams is of the sum of their people
    (97 "active users" were 53.9 % of 180 seats, where the teams' 173 people give 93)."""
    rolled: dict[tuple[str, dt.date], int | None] = {}
    for m in team_parts:
        key = (m.metric_id, m.week)
        known = rolled.get(key, 0)
        rolled[key] = None if known is None or not m.sample_size else known + m.sample_size
    sizes = {**rolled, **{(m.metric_id, m.week): m.sample_size for m in measurements}}
    series = {
        figure: [(day, value, sizes.get((metric.id, day)))
                 for day, value in index.measured(stage.id, metric.id, as_of)]
        for figure, metric in metrics.items()
    }  # fmt: skip
    series = {f: s for f, s in series.items() if s}
    latest = max((s[-1][0] for s in series.values()), default=None)
    return GroupAdoption(None, stage.name, eligible, series, latest)


def _thresholds(
    roadmap: Roadmap, stage: Stage, metrics: dict[UsageFigure, Metric]
) -> dict[UsageFigure, tuple[Comparator, float]]:
    found: dict[UsageFigure, tuple[Comparator, float]] = {}
    for figure, metric in metrics.items():
        criteria = [
            c for c in roadmap.criteria
            if c.stage_id == stage.id and c.metric_id == metric.id
            and c.comparator is not Comparator.EQUAL
        ]  # fmt: skip
        if criteria:
            strictest = max(criteria, key=lambda c: c.threshold * (
                1 if c.comparator is Comparator.AT_LEAST else -1))  # fmt: skip
            found[figure] = (strictest.comparator, strictest.threshold)
    return found


@dataclass(frozen=True)
class TeamWeekCell:
    """One cell of the team × week grid: the figure and its tone against the threshold."""

    value: float | None
    tone: Tone


@dataclass(frozen=True)
class TeamWeekRow:
    """One team's line of the team × week grid."""

    group: GroupAdoption
    cells: dict[UsageFigure, tuple[TeamWeekCell, ...]]
    """Per figure of :data:`VIEW_FIGURES`, one cell per week of the view."""


View = tuple[tuple[dt.date, ...], tuple[TeamWeekRow, ...]]


def team_weeks(adoption: StageAdoption, weeks: int = VIEW_WEEKS) -> View:
    """The team × week view: the last ``weeks`` weeks and one row per team, then the total."""
    shown = adoption.weeks[-weeks:]
    rows = []
    for group in (*adoption.teams, adoption.total):
        cells = {
            figure: tuple(
                TeamWeekCell(v, adoption.tone(figure, v))
                for v in (group.value(figure, week) for week in shown)
            )
            for figure in VIEW_FIGURES
        }
        rows.append(TeamWeekRow(group, cells))
    return shown, tuple(rows)
