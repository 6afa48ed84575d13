"""The assumptions behind every value figure, with where each comes from.

Every figure of :mod:`planner.value` rests on a few numbers a finance
controller must be able to see and change: the cost of an hour, the share of
saved time that becomes value, the minutes one AI action is worth. They live
in the roadmap (``hourly_cost``, ``recapture_rate``, ``minutes_per_action``,
``working_weeks``), editable in the roadmap properties; the rules that are not
settings (the 8-week minimum, the 5-day week) are constants here. Each comes
with a sentence saying where its default comes from.

The metrics the figures read are found by what they measure, never by id
(a roadmap may name them as it likes): weekly active users, actions per
active user and minutes saved per day are the usage figures' metrics (the
ones the usage import stores into, :func:`planner.usage.metric_fit.figure_metrics`);
hours saved per user per week is the measured benefit metric in hours.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.i18n import N_, _
from planner.model.entities import Metric, MetricKind, MetricSource, Roadmap, UsageFigure
from planner.usage.metric_fit import figure_metrics

MIN_WEEKS = 8
"""No realised figure before this many weeks of usage data."""
DAYS_PER_WEEK = 5
"""Working days in a week: turns minutes saved per day into hours per week."""
DEFAULT_RECAPTURE_RATE = 50.0
DEFAULT_MINUTES_PER_ACTION = 6.0

RECAPTURE_SOURCE = N_(
    "The share of saved time that turns into value (more or better work, or work not bought "
    "elsewhere); the rest is absorbed. 50 % is the productivity-recapture rate commonly assumed "
    "in Forrester's Total Economic Impact studies."
)
MINUTES_SOURCE = N_(
    "For the telemetry estimate only: minutes of work one AI action saves. 6 minutes follows "
    "the per-action time estimates of activity-based adoption analytics (such as Microsoft's "
    "'Copilot assisted hours'): an order of magnitude, shown beside the measured figure, "
    "never instead of it."
)
HOUR_COST_SOURCE = N_(
    "The roadmap's loaded cost of an hour of work (salary and employer charges), set in the "
    "roadmap properties."
)
WORKING_WEEKS_SOURCE = N_(
    "Working weeks in a year, from the roadmap properties: turns weekly figures into yearly ones."
)
MIN_WEEKS_SOURCE = N_(
    "No realised figure before 8 weeks of usage data: the first weeks mix launch enthusiasm "
    "and training (our rule)."
)
DAYS_SOURCE = N_("Minutes saved per day are turned into hours per week over a 5-day working week.")


@dataclass(frozen=True)
class Assumption:
    """One value assumption as shown: its value, unit, default and where it comes from."""

    key: str
    """Stable name (the JSON key)."""
    label: str
    value: float
    unit: str
    default: float | None
    """The value a new roadmap starts with (None: no default, the roadmap's own figure)."""
    source: str
    """Where the value comes from, in words (translated)."""

    @property
    def changed(self) -> bool:
        return self.default is not None and self.value != self.default


@dataclass(frozen=True)
class Assumptions:
    """The assumptions that turn usage into value (hourly cost, recapture rate…)."""

    currency: str
    hourly_cost: float
    recapture_rate: float
    """In % (0–100)."""
    minutes_per_action: float
    working_weeks: int
    days_per_week: int = DAYS_PER_WEEK
    min_weeks: int = MIN_WEEKS

    @property
    def recaptured_hour(self) -> float:
        """What one hour saved is worth: hour cost × recapture rate."""
        return self.hourly_cost * self.recapture_rate / 100.0

    def items(self) -> list[Assumption]:
        """Every assumption, in the order the views list them."""
        return [
            Assumption(
                "hourly_cost",
                _("Cost of an hour of work"),
                self.hourly_cost,
                _("{currency}/h", currency=self.currency),
                None,
                _(HOUR_COST_SOURCE),
            ),
            Assumption(
                "recapture_rate",
                _("Recapture rate"),
                self.recapture_rate,
                "%",
                DEFAULT_RECAPTURE_RATE,
                _(RECAPTURE_SOURCE),
            ),
            Assumption(
                "minutes_per_action",
                _("Minutes saved per AI action"),
                self.minutes_per_action,
                "min",
                DEFAULT_MINUTES_PER_ACTION,
                _(MINUTES_SOURCE),
            ),
            Assumption(
                "working_weeks",
                _("Working weeks per year"),
                float(self.working_weeks),
                _("weeks"),
                None,
                _(WORKING_WEEKS_SOURCE),
            ),
            Assumption(
                "days_per_week",
                _("Working days per week"),
                float(self.days_per_week),
                _("days"),
                float(DAYS_PER_WEEK),
                _(DAYS_SOURCE),
            ),
            Assumption(
                "min_weeks",
                _("Weeks of data before any realised figure"),
                float(self.min_weeks),
                _("weeks"),
                float(MIN_WEEKS),
                _(MIN_WEEKS_SOURCE),
            ),
        ]


def assumptions_of(roadmap: Roadmap) -> Assumptions:
    return Assumptions(
        currency=roadmap.currency,
        hourly_cost=roadmap.hourly_cost,
        recapture_rate=roadmap.recapture_rate,
        minutes_per_action=roadmap.minutes_per_action,
        working_weeks=roadmap.working_weeks,
    )


# ------------------------------------------------------------------ metrics


@dataclass(frozen=True)
class ValueMetrics:
    """The measured metrics the value figures read (None: the roadmap has none)."""

    active: Metric | None
    """Weekly active users, % of enabled (licensed) people."""
    actions: Metric | None
    """AI actions per active user per week."""
    hours: Metric | None
    """Hours saved per user per week."""
    minutes: Metric | None
    """Minutes saved per user per day (self-reported in surveys)."""


def _unit_words(metric: Metric) -> str:
    return f" {metric.unit.casefold()} {metric.name.casefold()} "


def _is_minutes(metric: Metric) -> bool:
    """Minutes per day: ``min/day`` as its unit, or "minutes … per day" in its name and unit."""
    words = _unit_words(metric)
    return "min/d" in words or ("min" in words and ("per day" in words or "/day" in words))


def _is_hours(metric: Metric) -> bool:
    unit = metric.unit.casefold()
    return unit.startswith("h") and (
        "week" in unit or "wk" in unit or unit.strip() in ("h", "hours")
    )


def value_metrics(roadmap: Roadmap) -> ValueMetrics:
    """The metrics of active users, actions, hours and minutes saved, found by what they
    measure (the usage figures' metrics are those the usage import and the adoption views use)."""
    found = figure_metrics(roadmap)
    benefit = [
        m
        for m in roadmap.metrics
        if m.source is MetricSource.MEASURED and m.kind is MetricKind.BENEFIT
    ]
    minutes = found.get(UsageFigure.MINUTES_SAVED)
    if minutes is None or not _is_minutes(minutes):
        minutes = next((m for m in benefit if _is_minutes(m)), None)
    hours = next((m for m in benefit if m is not minutes and _is_hours(m)), None)
    return ValueMetrics(
        found.get(UsageFigure.ACTIVE), found.get(UsageFigure.ACTIONS), hours, minutes
    )
