"""Human, translated names for fields, enum values and kinds of entity.

Field labels come from the planner's field registry (:func:`planner.model.fields.field_label`,
translated with the planner's sentences). Enum values and kinds are marked here
with ``QT_TRANSLATE_NOOP`` so ``lupdate`` collects them, and translated when
asked for (the language can change while the app runs).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from planner.model.actions import ActionStatus
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
from planner.model.fields import field_label
from planner.model.ideas import Confidence
from planner.model.register import Affected, Lifecycle, Oversight, Role, Tier
from planner.model.value import CostCategory


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str | None = None) -> str:
    """Mark ``text`` for lupdate (which looks for this name); translated on use."""
    return text


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
    UsageFigure.MINUTES_SAVED: QT_TRANSLATE_NOOP("Enum", "Minutes saved per day"),
    # UsageFigure.SATISFACTION is "satisfaction", the key of MetricKind.SATISFACTION too.
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
    MetricSource.REGISTER_COMPLETE: QT_TRANSLATE_NOOP("Enum", "AI register complete (computed)"),
    MetricSource.VALUE_TO_PRICE: QT_TRANSLATE_NOOP("Enum", "Value per seat vs price (computed)"),
    # CostCategory.TRAINING is "training", the key of MetricKind.TRAINING ("Training") too.
    CostCategory.CHANGE_MANAGEMENT: QT_TRANSLATE_NOOP("Enum", "Change management"),
    CostCategory.IMPLEMENTATION: QT_TRANSLATE_NOOP("Enum", "Implementation"),
    CostCategory.OTHER: QT_TRANSLATE_NOOP("Enum", "Other"),
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
    FeedbackKind.IDEA: QT_TRANSLATE_NOOP("Enum", "Idea"),
    Confidence.LOW: QT_TRANSLATE_NOOP("Enum", "Low"),
    Confidence.MEDIUM: QT_TRANSLATE_NOOP("Enum", "Medium"),
    Confidence.HIGH: QT_TRANSLATE_NOOP("Enum", "High"),
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
    # ActionStatus.OPEN is "open", the key of RiskStatus.OPEN: "Open".
    ActionStatus.DONE: QT_TRANSLATE_NOOP("Enum", "Done"),
    ActionStatus.DROPPED: QT_TRANSLATE_NOOP("Enum", "Dropped"),
    Role.DEPLOYER: QT_TRANSLATE_NOOP("Enum", "Deployer"),
    Role.PROVIDER: QT_TRANSLATE_NOOP("Enum", "Provider"),
    Role.BOTH: QT_TRANSLATE_NOOP("Enum", "Provider and deployer"),
    Affected.EMPLOYEES: QT_TRANSLATE_NOOP("Enum", "Employees"),
    Affected.CUSTOMERS: QT_TRANSLATE_NOOP("Enum", "Customers"),
    Affected.APPLICANTS: QT_TRANSLATE_NOOP("Enum", "Applicants"),
    Affected.PUBLIC: QT_TRANSLATE_NOOP("Enum", "The public"),
    Oversight.IN_THE_LOOP: QT_TRANSLATE_NOOP("Enum", "Human in the loop"),
    Oversight.ON_THE_LOOP: QT_TRANSLATE_NOOP("Enum", "Human on the loop"),
    Oversight.IN_COMMAND: QT_TRANSLATE_NOOP("Enum", "Human in command"),
    Lifecycle.PROPOSED: QT_TRANSLATE_NOOP("Enum", "Proposed"),
    Lifecycle.PILOTING: QT_TRANSLATE_NOOP("Enum", "Piloting"),
    Lifecycle.APPROVED: QT_TRANSLATE_NOOP("Enum", "Approved"),
    Lifecycle.RESTRICTED: QT_TRANSLATE_NOOP("Enum", "Restricted"),
    Lifecycle.RETIRED: QT_TRANSLATE_NOOP("Enum", "Retired"),
    Tier.PROHIBITED: QT_TRANSLATE_NOOP("Enum", "Prohibited"),
    Tier.HIGH_RISK: QT_TRANSLATE_NOOP("Enum", "High-risk"),
    Tier.TRANSPARENCY: QT_TRANSLATE_NOOP("Enum", "Transparency"),
    Tier.MINIMAL: QT_TRANSLATE_NOOP("Enum", "Minimal"),
    Tier.NOT_SCREENED: QT_TRANSLATE_NOOP("Enum", "Not screened"),
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
    "action": (QT_TRANSLATE_NOOP("Kind", "action"), QT_TRANSLATE_NOOP("Kind", "actions")),
    "register_entry": (
        QT_TRANSLATE_NOOP("Kind", "register entry"),
        QT_TRANSLATE_NOOP("Kind", "register entries"),
    ),
    "licence": (QT_TRANSLATE_NOOP("Kind", "licence"), QT_TRANSLATE_NOOP("Kind", "licences")),
    "one_off_cost": (
        QT_TRANSLATE_NOOP("Kind", "one-off cost"),
        QT_TRANSLATE_NOOP("Kind", "one-off costs"),
    ),
    "idea": (QT_TRANSLATE_NOOP("Kind", "idea"), QT_TRANSLATE_NOOP("Kind", "ideas")),
}


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
