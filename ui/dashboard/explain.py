"""What each figure of the Overview means, for Help ▸ What's This? (Shift+F1).

One sentence or two per figure, in the app's language, saying what it counts
and how it is obtained; the guide's "What each gate figure means" says more.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def criteria_met() -> str:
    return QCoreApplication.translate(
        "Explain",
        "How many of the stage's gate criteria are met as of the date shown at the top. "
        "Only weeks starting on or before that date count.",
    )


def mandatory() -> str:
    return QCoreApplication.translate(
        "Explain",
        "Mandatory criteria must all be met for a plain go; advisory ones inform the committee.",
    )


def suggested() -> str:
    return QCoreApplication.translate(
        "Explain",
        "What the evidence suggests; the committee decides. Everything met: go. Every "
        "mandatory criterion met: go with conditions. A mandatory usage criterion unlikely, "
        "not progressing or moving away: recycle. Too little data, or otherwise: hold.",
    )


def column(key: str) -> str:
    """What a column of the criteria table shows."""
    texts = {
        "status": QCoreApplication.translate(
            "Explain", "✓ met, ✗ not met, ? no data (no value measured in the window)."
        ),
        "criterion": QCoreApplication.translate(
            "Explain", "The metric the criterion is measured on, mandatory or advisory."
        ),
        "needs": QCoreApplication.translate(
            "Explain",
            "The threshold, and the window: the latest measured week, or the mean of the "
            "last N measured weeks.",
        ),
        "value": QCoreApplication.translate(
            "Explain",
            "The stage's value for the window: the whole stage's figure, else its teams' "
            "combined, else its use cases' combined.",
        ),
        "measured": QCoreApplication.translate("Explain", "The weeks the value comes from."),
        "trend": QCoreApplication.translate(
            "Explain",
            "The slope of the last 6 weekly values: flat under 1 % of the criterion's scale "
            "per week; unknown with fewer than 3 weeks.",
        ),
        "forecast": QCoreApplication.translate(
            "Explain",
            "For a criterion not met: the first week a fitted adoption curve crosses the "
            "threshold, on track or at risk against the review date; no date when the data "
            "are too few, flat, falling or too noisy.",
        ),
    }
    return texts[key]


def chart() -> str:
    return QCoreApplication.translate(
        "Explain",
        "The stage's weekly value of the metric. Dashed line: the threshold (green when met). "
        "Dotted vertical line: the gate review. Red line: the as-of date. A dotted line to a "
        "hollow circle: when the forecast expects the threshold to be crossed. Click to see "
        "the criterion.",
    )


def as_of() -> str:
    return QCoreApplication.translate(
        "Explain",
        "Every figure of the app is computed for this date: the Overview, the tables' "
        "computed columns, the timeline and the gate review.",
    )


def team_column(key: str) -> str:
    texts = {
        "people": QCoreApplication.translate("Explain", "The team's headcount."),
        "ambassadors": QCoreApplication.translate(
            "Explain", "People of the team marked as ambassadors; a team with none is flagged."
        ),
        "per_100": QCoreApplication.translate(
            "Explain", "Ambassadors per 100 people of the team's headcount."
        ),
        "trained": QCoreApplication.translate(
            "Explain", "Share of the team's key users trained on or before the as-of date."
        ),
    }
    return texts[key]


def friction_column(key: str) -> str:
    texts = {
        "cost": QCoreApplication.translate(
            "Explain",
            "Hours lost per person per week × people affected × working weeks × the cost of an "
            "hour (Roadmap ▸ Roadmap Properties).",
        ),
        "hours": QCoreApplication.translate(
            "Explain", "Hours lost per person per week × people affected × working weeks."
        ),
        "rank": QCoreApplication.translate("Explain", "Rank by yearly cost, the costliest first."),
    }
    return texts[key]


def findings() -> str:
    return QCoreApplication.translate(
        "Explain",
        "What the method checks flag: warnings first (a team with no ambassador, a use case "
        "with no friction point, siloed data in an active stage…), then information.",
    )
