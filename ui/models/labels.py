"""Human, translated names for fields, enum values and kinds of entity.

The strings are marked with ``QT_TRANSLATE_NOOP`` so ``lupdate`` collects them,
and translated when asked for (the language can change while the app runs).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from planner.model.entities import (
    Access,
    Comparator,
    Direction,
    Effort,
    FeedbackKind,
    FrictionKind,
    Governance,
    MetricKind,
    MetricSource,
    Outcome,
    RiskStatus,
    Rollup,
    Sensitivity,
    Sentiment,
    StageStatus,
    Storage,
    UsageFigure,
    UseCaseStatus,
    Window,
)


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str | None = None) -> str:
    """Mark ``text`` for lupdate (which looks for this name); translated on use."""
    return text


_FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Field", "Name"),
    "title": QT_TRANSLATE_NOOP("Field", "Title"),
    "goal": QT_TRANSLATE_NOOP("Field", "Goal"),
    "description": QT_TRANSLATE_NOOP("Field", "Description"),
    "unit": QT_TRANSLATE_NOOP("Field", "Unit"),
    "kind": QT_TRANSLATE_NOOP("Field", "Kind"),
    "direction": QT_TRANSLATE_NOOP("Field", "Direction"),
    "source": QT_TRANSLATE_NOOP("Field", "Source"),
    "rollup": QT_TRANSLATE_NOOP("Field", "Roll-up"),
    "standard": QT_TRANSLATE_NOOP("Field", "Usage figure"),
    "min_value": QT_TRANSLATE_NOOP("Field", "Minimum"),
    "max_value": QT_TRANSLATE_NOOP("Field", "Maximum"),
    "planned_start": QT_TRANSLATE_NOOP("Field", "Planned start"),
    "planned_end": QT_TRANSLATE_NOOP("Field", "Planned end"),
    "actual_start": QT_TRANSLATE_NOOP("Field", "Actual start"),
    "actual_end": QT_TRANSLATE_NOOP("Field", "Actual end"),
    "status": QT_TRANSLATE_NOOP("Field", "Status"),
    "target_users": QT_TRANSLATE_NOOP("Field", "Target users"),
    "team_ids": QT_TRANSLATE_NOOP("Field", "Teams"),
    "gate_review": QT_TRANSLATE_NOOP("Field", "Gate review"),
    "colour": QT_TRANSLATE_NOOP("Field", "Colour"),
    "stage_id": QT_TRANSLATE_NOOP("Field", "Stage"),
    "metric_id": QT_TRANSLATE_NOOP("Field", "Metric"),
    "comparator": QT_TRANSLATE_NOOP("Field", "Comparator"),
    "threshold": QT_TRANSLATE_NOOP("Field", "Threshold"),
    "mandatory": QT_TRANSLATE_NOOP("Field", "Mandatory"),
    "window": QT_TRANSLATE_NOOP("Field", "Evaluated on"),
    "window_weeks": QT_TRANSLATE_NOOP("Field", "Weeks in window"),
    "note": QT_TRANSLATE_NOOP("Field", "Note"),
    "friction_point_ids": QT_TRANSLATE_NOOP("Field", "Friction points"),
    "tool": QT_TRANSLATE_NOOP("Field", "Tool"),
    "owner_id": QT_TRANSLATE_NOOP("Field", "Owner"),
    "owner": QT_TRANSLATE_NOOP("Field", "Owner"),
    "progress": QT_TRANSLATE_NOOP("Field", "Progress %"),
    "expected_hours_saved": QT_TRANSLATE_NOOP("Field", "Hours saved / user / week"),
    "value_per_year": QT_TRANSLATE_NOOP("Field", "Value per year (entered)"),
    "cost_per_year": QT_TRANSLATE_NOOP("Field", "Cost per year"),
    "effort": QT_TRANSLATE_NOOP("Field", "Effort"),
    "data_source_ids": QT_TRANSLATE_NOOP("Field", "Data sources"),
    "depends_on": QT_TRANSLATE_NOOP("Field", "Depends on"),
    "process": QT_TRANSLATE_NOOP("Field", "Process"),
    "team_id": QT_TRANSLATE_NOOP("Field", "Team"),
    "hours_lost_per_week": QT_TRANSLATE_NOOP("Field", "Hours lost / person / week"),
    "people_affected": QT_TRANSLATE_NOOP("Field", "People affected"),
    "notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    "department": QT_TRANSLATE_NOOP("Field", "Department"),
    "headcount": QT_TRANSLATE_NOOP("Field", "Headcount"),
    "role": QT_TRANSLATE_NOOP("Field", "Role"),
    "email": QT_TRANSLATE_NOOP("Field", "E-mail"),
    "is_ambassador": QT_TRANSLATE_NOOP("Field", "Ambassador"),
    "is_key_user": QT_TRANSLATE_NOOP("Field", "Key user"),
    "trained_on": QT_TRANSLATE_NOOP("Field", "Trained on"),
    "location": QT_TRANSLATE_NOOP("Field", "Location"),
    "storage": QT_TRANSLATE_NOOP("Field", "Storage"),
    "access": QT_TRANSLATE_NOOP("Field", "Access"),
    "governance": QT_TRANSLATE_NOOP("Field", "Governance"),
    "sensitivity": QT_TRANSLATE_NOOP("Field", "Sensitivity"),
    "use_case_id": QT_TRANSLATE_NOOP("Field", "Use case"),
    "week": QT_TRANSLATE_NOOP("Field", "Week (Monday)"),
    "value": QT_TRANSLATE_NOOP("Field", "Value"),
    "sample_size": QT_TRANSLATE_NOOP("Field", "Sample size"),
    "date": QT_TRANSLATE_NOOP("Field", "Date"),
    "sentiment": QT_TRANSLATE_NOOP("Field", "Sentiment"),
    "text": QT_TRANSLATE_NOOP("Field", "Text"),
    "outcome": QT_TRANSLATE_NOOP("Field", "Outcome"),
    "suggested": QT_TRANSLATE_NOOP("Field", "Suggested by evidence"),
    "rationale": QT_TRANSLATE_NOOP("Field", "Rationale"),
    "conditions": QT_TRANSLATE_NOOP("Field", "Conditions"),
    "attendees": QT_TRANSLATE_NOOP("Field", "Attendees"),
    "likelihood": QT_TRANSLATE_NOOP("Field", "Likelihood (1–5)"),
    "impact": QT_TRANSLATE_NOOP("Field", "Impact (1–5)"),
    "mitigation": QT_TRANSLATE_NOOP("Field", "Mitigation"),
    "captured_on": QT_TRANSLATE_NOOP("Field", "Captured on"),
    "organisation": QT_TRANSLATE_NOOP("Field", "Organisation"),
    "objective": QT_TRANSLATE_NOOP("Field", "Strategic objective"),
    "currency": QT_TRANSLATE_NOOP("Field", "Currency"),
    "hourly_cost": QT_TRANSLATE_NOOP("Field", "Cost of an hour of work"),
    "working_weeks": QT_TRANSLATE_NOOP("Field", "Working weeks per year"),
    "horizon_start": QT_TRANSLATE_NOOP("Field", "Horizon start"),
    "horizon_end": QT_TRANSLATE_NOOP("Field", "Horizon end"),
    "min_group_size": QT_TRANSLATE_NOOP("Field", "Smallest group stored"),
}

_ENUMS: dict[StrEnum, str] = {
    UsageFigure.LICENSED: QT_TRANSLATE_NOOP("Enum", "Licensed users"),
    UsageFigure.HABITUAL: QT_TRANSLATE_NOOP("Enum", "Habitual users"),
    UsageFigure.POWER: QT_TRANSLATE_NOOP("Enum", "Power users"),
    UsageFigure.NOVICE: QT_TRANSLATE_NOOP("Enum", "Novice users"),
    UsageFigure.LOW: QT_TRANSLATE_NOOP("Enum", "Low users"),
    UsageFigure.ACTIONS: QT_TRANSLATE_NOOP("Enum", "Actions per active user"),
    UsageFigure.RETAINED: QT_TRANSLATE_NOOP("Enum", "Retained users"),
    UsageFigure.NEW: QT_TRANSLATE_NOOP("Enum", "New users"),
    UsageFigure.LAPSED: QT_TRANSLATE_NOOP("Enum", "Lapsed users"),
    UsageFigure.REACTIVATED: QT_TRANSLATE_NOOP("Enum", "Reactivated users"),
    # UsageFigure.ACTIVE is "active", the same key as StageStatus.ACTIVE: "Active".
    StageStatus.PLANNED: QT_TRANSLATE_NOOP("Enum", "Planned"),
    StageStatus.ACTIVE: QT_TRANSLATE_NOOP("Enum", "Active"),
    StageStatus.AT_GATE: QT_TRANSLATE_NOOP("Enum", "At gate"),
    StageStatus.PASSED: QT_TRANSLATE_NOOP("Enum", "Passed"),
    StageStatus.ON_HOLD: QT_TRANSLATE_NOOP("Enum", "On hold"),
    StageStatus.STOPPED: QT_TRANSLATE_NOOP("Enum", "Stopped"),
    Comparator.AT_LEAST: QT_TRANSLATE_NOOP("Enum", "≥ at least"),
    Comparator.AT_MOST: QT_TRANSLATE_NOOP("Enum", "≤ at most"),
    Comparator.EQUAL: QT_TRANSLATE_NOOP("Enum", "= equal to"),
    Window.LATEST: QT_TRANSLATE_NOOP("Enum", "Latest week"),
    Window.MEAN: QT_TRANSLATE_NOOP("Enum", "Mean of last weeks"),
    MetricKind.ADOPTION: QT_TRANSLATE_NOOP("Enum", "Adoption"),
    MetricKind.FREQUENCY: QT_TRANSLATE_NOOP("Enum", "Frequency"),
    MetricKind.BENEFIT: QT_TRANSLATE_NOOP("Enum", "Benefit"),
    MetricKind.SATISFACTION: QT_TRANSLATE_NOOP("Enum", "Satisfaction"),
    MetricKind.TRAINING: QT_TRANSLATE_NOOP("Enum", "Training"),
    MetricKind.DATA_READINESS: QT_TRANSLATE_NOOP("Enum", "Data readiness"),
    MetricKind.CUSTOM: QT_TRANSLATE_NOOP("Enum", "Custom"),
    Direction.HIGHER_IS_BETTER: QT_TRANSLATE_NOOP("Enum", "Higher is better"),
    Direction.LOWER_IS_BETTER: QT_TRANSLATE_NOOP("Enum", "Lower is better"),
    MetricSource.MEASURED: QT_TRANSLATE_NOOP("Enum", "Measured"),
    MetricSource.AMBASSADORS_PER_100: QT_TRANSLATE_NOOP("Enum", "Ambassadors per 100 (computed)"),
    MetricSource.TRAINED_PERCENT: QT_TRANSLATE_NOOP("Enum", "Key users trained % (computed)"),
    MetricSource.DATA_READINESS: QT_TRANSLATE_NOOP("Enum", "Data readiness (computed)"),
    Rollup.WEIGHTED_MEAN: QT_TRANSLATE_NOOP("Enum", "Weighted mean"),
    Rollup.MEAN: QT_TRANSLATE_NOOP("Enum", "Mean"),
    Rollup.SUM: QT_TRANSLATE_NOOP("Enum", "Sum"),
    UseCaseStatus.IDEA: QT_TRANSLATE_NOOP("Enum", "Idea"),
    UseCaseStatus.PLANNED: QT_TRANSLATE_NOOP("Enum", "Planned"),
    UseCaseStatus.PILOTING: QT_TRANSLATE_NOOP("Enum", "Piloting"),
    UseCaseStatus.LIVE: QT_TRANSLATE_NOOP("Enum", "Live"),
    UseCaseStatus.PAUSED: QT_TRANSLATE_NOOP("Enum", "Paused"),
    UseCaseStatus.DROPPED: QT_TRANSLATE_NOOP("Enum", "Dropped"),
    Effort.SMALL: QT_TRANSLATE_NOOP("Enum", "Small"),
    Effort.MEDIUM: QT_TRANSLATE_NOOP("Enum", "Medium"),
    Effort.LARGE: QT_TRANSLATE_NOOP("Enum", "Large"),
    FrictionKind.TIME: QT_TRANSLATE_NOOP("Enum", "Time"),
    FrictionKind.PRODUCTIVITY: QT_TRANSLATE_NOOP("Enum", "Productivity"),
    FrictionKind.QUALITY: QT_TRANSLATE_NOOP("Enum", "Quality"),
    Storage.CENTRALISED: QT_TRANSLATE_NOOP("Enum", "Centralised"),
    Storage.SILOED: QT_TRANSLATE_NOOP("Enum", "Siloed"),
    Access.OPEN: QT_TRANSLATE_NOOP("Enum", "Open"),
    Access.RESTRICTED: QT_TRANSLATE_NOOP("Enum", "Restricted"),
    Access.UNAVAILABLE: QT_TRANSLATE_NOOP("Enum", "Unavailable"),
    Governance.NONE: QT_TRANSLATE_NOOP("Enum", "None"),
    Governance.DEFINED: QT_TRANSLATE_NOOP("Enum", "Defined"),
    Governance.ENFORCED: QT_TRANSLATE_NOOP("Enum", "Enforced"),
    Sensitivity.PUBLIC: QT_TRANSLATE_NOOP("Enum", "Public"),
    Sensitivity.INTERNAL: QT_TRANSLATE_NOOP("Enum", "Internal"),
    Sensitivity.CONFIDENTIAL: QT_TRANSLATE_NOOP("Enum", "Confidential"),
    Sensitivity.SECRET: QT_TRANSLATE_NOOP("Enum", "Secret"),
    FeedbackKind.SURVEY: QT_TRANSLATE_NOOP("Enum", "Survey"),
    FeedbackKind.INTERVIEW: QT_TRANSLATE_NOOP("Enum", "Interview"),
    FeedbackKind.TICKET: QT_TRANSLATE_NOOP("Enum", "Ticket"),
    FeedbackKind.OBSERVATION: QT_TRANSLATE_NOOP("Enum", "Observation"),
    Sentiment.POSITIVE: QT_TRANSLATE_NOOP("Enum", "Positive"),
    Sentiment.NEUTRAL: QT_TRANSLATE_NOOP("Enum", "Neutral"),
    Sentiment.NEGATIVE: QT_TRANSLATE_NOOP("Enum", "Negative"),
    Outcome.GO: QT_TRANSLATE_NOOP("Enum", "Go"),
    Outcome.GO_WITH_CONDITIONS: QT_TRANSLATE_NOOP("Enum", "Go with conditions"),
    Outcome.HOLD: QT_TRANSLATE_NOOP("Enum", "Hold"),
    Outcome.RECYCLE: QT_TRANSLATE_NOOP("Enum", "Recycle"),
    Outcome.STOP: QT_TRANSLATE_NOOP("Enum", "Stop"),
    RiskStatus.OPEN: QT_TRANSLATE_NOOP("Enum", "Open"),
    RiskStatus.MITIGATED: QT_TRANSLATE_NOOP("Enum", "Mitigated"),
    RiskStatus.CLOSED: QT_TRANSLATE_NOOP("Enum", "Closed"),
}

# Kind names, singular and plural, for messages and undo texts.
_KINDS: dict[str, tuple[str, str]] = {
    "metric": (QT_TRANSLATE_NOOP("Kind", "metric"), QT_TRANSLATE_NOOP("Kind", "metrics")),
    "team": (QT_TRANSLATE_NOOP("Kind", "team"), QT_TRANSLATE_NOOP("Kind", "teams")),
    "stage": (QT_TRANSLATE_NOOP("Kind", "stage"), QT_TRANSLATE_NOOP("Kind", "stages")),
    "criterion": (
        QT_TRANSLATE_NOOP("Kind", "gate criterion"),
        QT_TRANSLATE_NOOP("Kind", "gate criteria"),
    ),
    "person": (QT_TRANSLATE_NOOP("Kind", "person"), QT_TRANSLATE_NOOP("Kind", "people")),
    "data_source": (
        QT_TRANSLATE_NOOP("Kind", "data source"),
        QT_TRANSLATE_NOOP("Kind", "data sources"),
    ),
    "friction_point": (
        QT_TRANSLATE_NOOP("Kind", "friction point"),
        QT_TRANSLATE_NOOP("Kind", "friction points"),
    ),
    "use_case": (QT_TRANSLATE_NOOP("Kind", "use case"), QT_TRANSLATE_NOOP("Kind", "use cases")),
    "measurement": (
        QT_TRANSLATE_NOOP("Kind", "measurement"),
        QT_TRANSLATE_NOOP("Kind", "measurements"),
    ),
    # English uses one word for both numbers; "plural" lets other languages tell them apart.
    "feedback": (
        QT_TRANSLATE_NOOP("Kind", "feedback"),
        QT_TRANSLATE_NOOP("Kind", "feedback", "plural"),
    ),
    "decision": (
        QT_TRANSLATE_NOOP("Kind", "gate decision"),
        QT_TRANSLATE_NOOP("Kind", "gate decisions"),
    ),
    "risk": (QT_TRANSLATE_NOOP("Kind", "risk"), QT_TRANSLATE_NOOP("Kind", "risks")),
    "baseline": (QT_TRANSLATE_NOOP("Kind", "baseline"), QT_TRANSLATE_NOOP("Kind", "baselines")),
}


def field_label(field: str) -> str:
    """The label of a field, as shown in column headers and forms."""
    source = _FIELDS.get(field)
    if source is None:
        return field.replace("_", " ").capitalize()
    return QCoreApplication.translate("Field", source)


def form_label(label: str) -> str:
    """``Name:`` beside an editor (French puts a space before the colon)."""
    return QCoreApplication.translate("Field", "{label}:", "a label beside an editor").format(
        label=label
    )


def field_phrase(field: str) -> str:
    """The label as used inside a sentence ("planned end")."""
    label = field_label(field)
    if len(label) > 1 and label[1].isupper():
        return label  # an acronym such as "ROI"
    return label[:1].lower() + label[1:]


def enum_label(value: StrEnum) -> str:
    source = _ENUMS.get(value)
    if source is None:
        return str(value.value).replace("_", " ").capitalize()
    return QCoreApplication.translate("Enum", source)


def kind_label(kind: str, count: int = 1) -> str:
    """The lower-case name of a kind of entity, singular or plural."""
    names = _KINDS.get(kind)
    if names is None:
        return kind.replace("_", " ")
    if count == 1:
        return QCoreApplication.translate("Kind", names[0])
    # Qt falls back to the entry without "plural" when there is no such entry.
    return QCoreApplication.translate("Kind", names[1], "plural")
