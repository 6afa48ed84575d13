"""Weekly stage-level series of a metric: how measurements roll up, and their trend.

**Roll-up.** A stage's value of a measured metric for a week combines the
measurements of that metric and week scoped to the stage (with or without a
team) and to the stage's use cases (with or without a team). The broadest
scope measured that week wins:

1. a measurement of the whole stage (no team) is the stage's value;
2. otherwise the stage's per-team measurements combine;
3. otherwise each use case of the stage gives one value — its own measurement
   without a team if there is one, else its per-team measurements combined —
   and the use-case values combine.

"Combine" follows the metric's ``rollup``: ``sum`` adds the values, ``mean``
averages them, ``weighted_mean`` weights each value by its group size — the
measurement's ``sample_size`` when positive, else the headcount of its team
(of the use case's teams for a use-case value without a team; a use-case value
combined from teams weighs the sum of their weights). If any value of the week
has no size, all values of that week weigh equally.

**Computed metrics** (``source`` other than ``measured``) are not measured but
read from the roadmap: ambassadors per 100 people of the stage's teams, the
share of those teams' key users trained, and the weakest data readiness among
the stage's use cases. Training has a history (training dates), so it gives a
weekly series; the other two are known only for the as-of date (one point).

**Trend.** The least-squares slope of the last :data:`TREND_WEEKS` weekly
values, in units per week, compared with a *scale*: the larger of
``|threshold − floor|`` and the mean ``|value − floor|`` of those weeks (floor =
the metric's minimum, else 0). Below :data:`FLAT_TOLERANCE` of the scale per
week the series is *flat*; above it *rising* or *falling*. Fewer than
:data:`MIN_TREND_WEEKS` weeks give *unknown*.
"""

from __future__ import annotations

import datetime as dt
import sys
import weakref
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from enum import StrEnum
from functools import reduce
from operator import add, attrgetter, mul

from planner.dates import monday
from planner.measures import derived
from planner.model.entities import Metric, MetricSource, Roadmap, Rollup, Stage, UseCase
from planner.register.summary import RegisterRow, complete_percent, register_rows

Point = tuple[dt.date, float]

TREND_WEEKS = 6
MIN_TREND_WEEKS = 3
FLAT_TOLERANCE = 0.01
"""A slope below 1 % of the scale per week counts as flat."""
MAX_COMPUTED_WEEKS = 104
"""A computed weekly series (training) covers at most the last two years."""


class Trend(StrEnum):
    RISING = "rising"
    FLAT = "flat"
    FALLING = "falling"
    UNKNOWN = "unknown"


def slope(points: Sequence[Point]) -> float:
    """Least-squares slope of the points, in value units per week (0 for < 2 points)."""
    if len(points) < 2:
        return 0.0
    origin = points[0][0]
    ts = [(week - origin).days / 7.0 for week, _ in points]
    ys = [value for _, value in points]
    t_mean = sum(ts) / len(ts)
    y_mean = sum(ys) / len(ys)
    sxx = sum((t - t_mean) ** 2 for t in ts)
    if sxx <= 0:
        return 0.0
    return sum((t - t_mean) * (y - y_mean) for t, y in zip(ts, ys, strict=True)) / sxx


def trend_scale(values: Iterable[float], threshold: float | None, floor: float | None) -> float:
    """The magnitude a slope is judged against (see the module docstring)."""
    base = floor or 0.0
    values = list(values)
    level = sum(abs(v - base) for v in values) / len(values) if values else 0.0
    target = abs(threshold - base) if threshold is not None else 0.0
    return max(level, target, 1e-9)


def trend_of(points: Sequence[Point], scale: float) -> Trend:
    """Rising, flat or falling over the last :data:`TREND_WEEKS` points."""
    recent = points[-TREND_WEEKS:]
    if len(recent) < MIN_TREND_WEEKS:
        return Trend.UNKNOWN
    per_week = slope(recent)
    if abs(per_week) < FLAT_TOLERANCE * scale:
        return Trend.FLAT
    return Trend.RISING if per_week > 0 else Trend.FALLING


Item = tuple[float, float | None]
"""A value and its weight (None: unknown size)."""


def _combine(items: list[Item], rollup: Rollup) -> Item:
    """Combine (value, weight) pairs; the result's weight is the sum of weights, if all known."""
    total_value = 0.0
    weighted = 0.0
    total_weight: float | None = 0.0
    for value, weight in items:
        total_value += value
        if weight is None:
            total_weight = None
        elif total_weight is not None:
            total_weight += weight
            weighted += value * weight
    if rollup is Rollup.SUM:
        return total_value, total_weight
    if rollup is Rollup.WEIGHTED_MEAN and total_weight:
        return weighted / total_weight, total_weight
    return total_value / len(items), total_weight


if sys.version_info < (3, 12):

    def _total(values: Iterable[float]) -> float:
        """The sum, added one by one from 0.0 left to right as a loop does: Python
        3.11's ``sum`` adds floats in a C double, with the same roundings."""
        return sum(values, 0.0)

else:  # pragma: no cover - from 3.12 ``sum`` compensates rounding: other floats

    def _total(values: Iterable[float]) -> float:
        return reduce(add, values, 0.0)


def _combine_sized(values: Sequence[float], sizes: Sequence[float], rollup: Rollup) -> float:
    """:func:`_combine`'s value for values whose weights are all known, at C speed."""
    total_value = _total(values)
    if rollup is Rollup.SUM:
        return total_value
    total_weight = _total(sizes)
    if rollup is Rollup.WEIGHTED_MEAN and total_weight:
        return _total(map(mul, values, sizes)) / total_weight
    return total_value / len(values)


_Raw = tuple[float, int | None, str | None, str | None]
"""A measurement as read: value, sample size, team id, use case id."""
_ID = attrgetter("id")
_STAGE_ID = attrgetter("stage_id")


class _Rolled:
    """One (stage, metric) series: its measured weeks, and the values of the first ones."""

    __slots__ = ("by_week", "rollup", "values", "weeks")

    def __init__(self, by_week: dict[dt.date, list[_Raw]], metric: Metric | None) -> None:
        self.by_week = by_week
        self.rollup = metric.rollup if metric is not None else Rollup.WEIGHTED_MEAN
        self.weeks = sorted(by_week)
        self.values: list[float] = []


class SeriesIndex:
    """A roadmap's measurements grouped once by stage and metric, rolled up on demand.

    Build it once per roadmap (:func:`planner.evidence.index.index_for` caches it)
    and ask for as many series as needed: grouping is one pass over the measurements, and each
    (stage, metric) series is rolled up once and remembered. The pass copies
    the few fields the roll-up needs into tuples: reading 50,000 scattered
    objects again, group by group, would cost several times more.
    """

    def __init__(self, roadmap: Roadmap, *, kept_by_roadmap: bool = False) -> None:
        # Kept on the roadmap itself (planner.evidence.index.index_for): a strong
        # reference back would make a cycle, and the roadmap would wait for the
        # garbage collector to be freed.
        self._roadmap: Roadmap | None = None if kept_by_roadmap else roadmap
        self._weak = weakref.ref(roadmap)
        self.metrics = {m.id: m for m in roadmap.metrics}
        self.stages = {s.id: s for s in roadmap.stages}
        self._headcount = {t.id: float(t.headcount) for t in roadmap.teams if t.headcount > 0}
        self._use_cases: dict[str, UseCase] | None = None  # made when a weight needs it
        use_cases = roadmap.use_cases
        use_case_stage = dict(zip(map(_ID, use_cases), map(_STAGE_ID, use_cases), strict=True))
        # One pass: (stage, metric, week) → the week's measurements, as
        # (value, size, team, use case) rows in roadmap order. The pass reads the
        # measurements in the order they sit in memory and copies the few fields the
        # roll-up needs: reading the scattered objects again week by week costs
        # several times more. The fields are read from each measurement's instance
        # dictionary, where pydantic keeps them: the same values as the attributes,
        # a fifth cheaper over 500,000 measurements.
        flat: dict[tuple[str | None, str, dt.date], list[_Raw]] = {}
        for measurement in roadmap.measurements:
            fields = measurement.__dict__
            use_case_id = fields["use_case_id"]
            key = (
                fields["stage_id"] or use_case_stage.get(use_case_id),
                fields["metric_id"],
                fields["week"],
            )
            found = flat.get(key)
            if found is None:
                found = flat[key] = []
            found.append((fields["value"], fields["sample_size"], fields["team_id"], use_case_id))
        groups: dict[tuple[str, str], dict[dt.date, list[_Raw]]] = {}
        for (stage_id, metric_id, week), found in flat.items():
            if stage_id is not None:  # None: a use case outside every stage
                groups.setdefault((stage_id, metric_id), {})[week] = found
        self._groups = groups
        self._rolled: dict[tuple[str, str], _Rolled] = {}
        self._use_case_size: dict[str, float | None] = {}
        self._training: dict[str, tuple[list[dt.date], int]] = {}
        self._readiness: dict[str, int | None] | None = None
        self._register: dict[dt.date, dict[str, float | None]] = {}

    # ---------------------------------------------------------- measured

    def measured(self, stage_id: str, metric_id: str, as_of: dt.date | None = None) -> list[Point]:
        """The stage's weekly values of a measured metric, weeks starting on or before as_of."""
        key = (stage_id, metric_id)
        rolled = self._rolled.get(key)
        if rolled is None:
            rolled = self._rolled[key] = _Rolled(
                self._groups.get(key, {}), self.metrics.get(metric_id)
            )
        weeks, values = rolled.weeks, rolled.values
        end = len(weeks) if as_of is None else bisect_right(weeks, as_of)
        if len(values) < end:
            # Weeks are rolled up when first asked for, oldest first: each week's value
            # stands alone, so the weeks after the as-of date wait until a later date asks.
            by_week, rollup = rolled.by_week, rolled.rollup
            values += [self._week_value(by_week[w], rollup) for w in weeks[len(values) : end]]
        return list(zip(weeks[:end], values[:end], strict=True))

    def _week_value(self, found: list[_Raw], rollup: Rollup) -> float:
        """The stage's value for one week: the broadest scope measured wins."""
        values, sizes, team_ids, use_case_ids = zip(*found, strict=True)
        if all(sizes):
            # The usual large weeks, where every value has its sample size (no size is
            # None or 0), are combined at C speed, in the same order and with the same
            # additions as _combine. (``all`` also sends an id "" to the general path.)
            # Either one measurement of each use case as a whole,
            if (
                team_ids.count(None) == len(team_ids)
                and all(use_case_ids)
                and len(set(use_case_ids)) == len(use_case_ids)
            ):
                return _combine_sized(values, sizes, rollup)
            # or the stage's teams (no measurement of the whole stage, none of a use case).
            if use_case_ids.count(None) == len(use_case_ids) and all(team_ids):
                return _combine_sized(values, sizes, rollup)
        headcount = self._headcount
        teams: list[Item] = []
        whole: dict[str, Item] = {}
        by_team: dict[str, list[Item]] = {}
        for value, size, team_id, use_case_id in found:
            # Weight: the sample size, else the team's (or use case's teams') headcount.
            if use_case_id is None:
                if team_id is None:
                    return value  # the whole stage measured: it wins
                teams.append((value, size or headcount.get(team_id)))
            elif team_id is None:
                whole[use_case_id] = (value, size or self._use_case_weight(use_case_id))
            else:
                by_team.setdefault(use_case_id, []).append((value, size or headcount.get(team_id)))
        if teams:
            return _combine(teams, rollup)[0]
        items = list(whole.values())
        items += [
            _combine(team_items, rollup)
            for use_case_id, team_items in by_team.items()
            if use_case_id not in whole  # a use case measured as a whole wins over its teams
        ]
        return _combine(items, rollup)[0]

    def _use_case_weight(self, use_case_id: str) -> float | None:
        if use_case_id not in self._use_case_size:
            if self._use_cases is None:
                use_cases = self.roadmap.use_cases
                self._use_cases = dict(zip(map(_ID, use_cases), use_cases, strict=True))
            use_case = self._use_cases.get(use_case_id)
            teams = set(use_case.team_ids) if use_case is not None else set()
            size = sum(self._headcount.get(t, 0.0) for t in teams)
            self._use_case_size[use_case_id] = size or None
        return self._use_case_size[use_case_id]

    # ---------------------------------------------------------- computed

    def computed(self, stage: Stage, metric: Metric, as_of: dt.date) -> float | None:
        """A computed metric's value for the stage as of a date (None: nothing to compute from)."""
        source = metric.source
        if source is MetricSource.AMBASSADORS_PER_100:
            return derived.ambassadors_per_100(self.roadmap, stage.team_ids)
        if source is MetricSource.TRAINED_PERCENT:
            dates, key_users = self.trained_dates(stage)
            return 100.0 * bisect_right(dates, as_of) / key_users if key_users else None
        if source is MetricSource.DATA_READINESS:
            return self._stage_readiness().get(stage.id)
        if source is MetricSource.REGISTER_COMPLETE:
            return self._register_complete(as_of).get(stage.id)
        if source is MetricSource.VALUE_TO_PRICE:
            return self._value_cover(as_of).get(stage.id)
        return None

    def _register_complete(self, as_of: dt.date) -> dict[str, float | None]:
        """% of each stage's use cases with a complete register entry (one pass per date)."""
        found = self._register.get(as_of)
        if found is None:
            by_stage: dict[str, list[RegisterRow]] = {}
            for row in self._register_rows(as_of):
                if row.use_case.stage_id is not None:
                    by_stage.setdefault(row.use_case.stage_id, []).append(row)
            found = {stage_id: complete_percent(rows) for stage_id, rows in by_stage.items()}
            self._register[as_of] = found
        return found

    def _register_rows(self, as_of: dt.date) -> Iterable[RegisterRow]:
        """Every use case's register row as of a date (an index held by a
        :class:`planner.evidence.figures.Figures` reads its rows instead)."""
        return register_rows(self.roadmap, as_of)

    def computed_series(self, stage: Stage, metric: Metric, as_of: dt.date) -> list[Point]:
        """Weekly values of a computed metric up to the week of as_of (see module docstring)."""
        last = monday(as_of)
        if metric.source is not MetricSource.TRAINED_PERCENT:
            value = self.computed(stage, metric, as_of)
            return [] if value is None else [(last, float(value))]
        dates, key_users = self.trained_dates(stage)
        if not key_users:
            return []
        first = monday(stage.actual_start or stage.planned_start)
        first = max(min(first, last), last - dt.timedelta(weeks=MAX_COMPUTED_WEEKS - 1))
        points = []
        week = first
        while week <= last:
            cutoff = min(week + dt.timedelta(days=6), as_of)
            points.append((week, 100.0 * bisect_right(dates, cutoff) / key_users))
            week += dt.timedelta(weeks=1)
        return points

    def _value_cover(self, as_of: dt.date) -> dict[str, float | None]:
        """Every stage's value per seat ÷ price as of a date. The value report
        (:mod:`planner.value`) builds on this index, so this index cannot compute it:
        :class:`planner.evidence.index.EvidenceIndex`, the index the gates and the
        figures read, does. Here: unknown for every stage."""
        return {}

    def trained_dates(self, stage: Stage) -> tuple[list[dt.date], int]:
        """Sorted trained-on dates of the stage's teams' key users, and how many key users."""
        cached = self._training.get(stage.id)
        if cached is None:
            teams = set(stage.team_ids)
            key_users = [p for p in self.roadmap.people if p.is_key_user and p.team_id in teams]
            dates = sorted(p.trained_on for p in key_users if p.trained_on is not None)
            cached = (dates, len(key_users))
            self._training[stage.id] = cached
        return cached

    def _stage_readiness(self) -> dict[str, int | None]:
        # Same rule as derived.stage_data_readiness, computed for every stage in one pass.
        if self._readiness is None:
            score = {s.id: derived.data_readiness(s) for s in self.roadmap.data_sources}
            readiness: dict[str, int | None] = {}
            for uc in self.roadmap.use_cases:
                if uc.stage_id is None:
                    continue
                scores = [score[d] for d in uc.data_source_ids if d in score]
                if scores:
                    weakest = min(scores)
                    current = readiness.get(uc.stage_id)
                    readiness[uc.stage_id] = weakest if current is None else min(current, weakest)
            self._readiness = readiness
        return self._readiness

    @property
    def roadmap(self) -> Roadmap:
        roadmap = self._roadmap if self._roadmap is not None else self._weak()
        if roadmap is None:
            raise ReferenceError("the roadmap of this series index no longer exists")
        return roadmap

    # ---------------------------------------------------------- either

    def series(self, stage_id: str, metric_id: str, as_of: dt.date | None = None) -> list[Point]:
        """The weekly stage-level values of any metric (measured or computed)."""
        metric = self.metrics.get(metric_id)
        stage = self.stages.get(stage_id)
        if metric is None or stage is None:
            raise KeyError(f"no stage '{stage_id}' or no metric '{metric_id}' in the roadmap")
        if metric.source is MetricSource.MEASURED:
            return self.measured(stage_id, metric_id, as_of)
        return self.computed_series(stage, metric, as_of or dt.date.today())
