"""The standard usage metrics: what each figure of the adoption funnel is stored as.

When a roadmap has no metric for a figure the import computes, the import
adds the standard one (in the same undoable step, named in the report), so
every figure of the funnel can be shown, charted and used as a gate
criterion. Definitions follow the usage segments of Microsoft Viva Insights
(``identify_usage_segments`` of the ``vivainsights`` package, 12-week
version) and the Microsoft 365 Copilot usage report; see
:mod:`planner.usage.funnel`.
"""

from __future__ import annotations

from planner.model.entities import Direction, Metric, MetricKind, Rollup, UsageFigure

_RATE = {"unit": "%", "kind": MetricKind.ADOPTION, "min_value": 0.0, "max_value": 100.0}
_PEOPLE = {
    "unit": "people",
    "kind": MetricKind.ADOPTION,
    "min_value": 0.0,
    "max_value": 10_000_000.0,
    "rollup": Rollup.SUM,
}

STANDARD: dict[UsageFigure, tuple[str, dict[str, object], str]] = {
    UsageFigure.LICENSED: (
        "Licensed users",
        _PEOPLE,
        "People enabled (licensed) for the tool in the week, as listed in the usage report.",
    ),
    UsageFigure.ACTIVE: (
        "Weekly active users",
        _RATE,
        "Share of enabled people with at least one action in the week (Microsoft 365 "
        "Copilot usage report).",
    ),
    UsageFigure.HABITUAL: (
        "Habitual users",
        _RATE,
        "Share of enabled people active in at least 9 of the last 12 weeks; 4 of 4 while "
        "fewer than 12 weeks are known (Viva Insights usage segments).",
    ),
    UsageFigure.POWER: (
        "Power users",
        _RATE,
        "Share of enabled people who are habitual and average at least 15 actions a week "
        "over the same weeks (Viva Insights usage segments).",
    ),
    UsageFigure.NOVICE: (
        "Novice users",
        _RATE,
        "Share of enabled people active in the week but not habitual.",
    ),
    UsageFigure.LOW: (
        "Low users",
        _RATE,
        "Share of enabled people with some action in the last weeks but fewer than one a "
        "week on average (Viva Insights usage segments).",
    ),
    UsageFigure.ACTIONS: (
        "Actions per active user",
        {
            "unit": "actions/week",
            "kind": MetricKind.FREQUENCY,
            "min_value": 0.0,
            "max_value": 100_000.0,
        },
        "Actions of the week's active people divided by their number.",
    ),
    UsageFigure.RETAINED: (
        "Retained users",
        _PEOPLE,
        "People active this week and the week before.",
    ),
    UsageFigure.NEW: ("New users", _PEOPLE, "People active for the first time in the file."),
    UsageFigure.LAPSED: (
        "Lapsed users",
        {**_PEOPLE, "direction": Direction.LOWER_IS_BETTER},
        "People active the week before but not this week.",
    ),
    UsageFigure.REACTIVATED: (
        "Reactivated users",
        _PEOPLE,
        "People active this week, not the week before, but in an earlier week.",
    ),
}

RATES = frozenset(
    {
        UsageFigure.ACTIVE,
        UsageFigure.HABITUAL,
        UsageFigure.POWER,
        UsageFigure.NOVICE,
        UsageFigure.LOW,
    }
)
"""Figures that are a share (%) of the group."""
COUNTS = frozenset(
    {
        UsageFigure.LICENSED,
        UsageFigure.RETAINED,
        UsageFigure.NEW,
        UsageFigure.LAPSED,
        UsageFigure.REACTIVATED,
    }
)
"""Figures that count people of the group."""


def standard_metric(figure: UsageFigure, metric_id: str) -> Metric:
    """The standard metric that stores ``figure``."""
    name, fields, description = STANDARD[figure]
    return Metric.model_validate(
        {"id": metric_id, "name": name, "description": description, "standard": figure, **fields}
    )
