"""Words for the model's values, in the planner's language: every enumerated value
and every kind of entity, singular and plural.

One registry for the core and the desktop app: the outputs made by the core (slides,
calendars, the workbook, the command line, compare and merge sentences) and the
app's tables, forms and messages show a status, an outcome or a tier with these
words, never as its stored value (``go_with_conditions``). Labels are kept per enum
type: two enums may store the same value with different words (``low``: *Low users*
and *Low*). Kind names are the registry's (:data:`planner.model.kinds.KINDS`).
"""

from __future__ import annotations

from enum import Enum

from planner.i18n import NP_, _, pgettext
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
from planner.model.ideas import Confidence
from planner.model.kinds import BY_NAME
from planner.model.register import Affected, Lifecycle, Oversight, Role, Tier
from planner.model.value import CostCategory

_LABELS: dict[type[Enum], dict[Enum, str]] = {
    UsageFigure: {
        UsageFigure.LICENSED: NP_("Enum", "Licensed users"),
        UsageFigure.ACTIVE: NP_("Enum", "Active"),
        UsageFigure.HABITUAL: NP_("Enum", "Habitual users"),
        UsageFigure.POWER: NP_("Enum", "Power users"),
        UsageFigure.NOVICE: NP_("Enum", "Novice users"),
        UsageFigure.LOW: NP_("Enum", "Low users"),
        UsageFigure.ACTIONS: NP_("Enum", "Actions per active user"),
        UsageFigure.RETAINED: NP_("Enum", "Retained users"),
        UsageFigure.NEW: NP_("Enum", "New users"),
        UsageFigure.LAPSED: NP_("Enum", "Lapsed users"),
        UsageFigure.REACTIVATED: NP_("Enum", "Reactivated users"),
        UsageFigure.SATISFACTION: NP_("Enum", "Satisfaction"),
        UsageFigure.MINUTES_SAVED: NP_("Enum", "Minutes saved per day"),
    },
    StageStatus: {
        StageStatus.PLANNED: NP_("Enum", "Planned"),
        StageStatus.ACTIVE: NP_("Enum", "Active"),
        StageStatus.AT_GATE: NP_("Enum", "At gate"),
        StageStatus.PASSED: NP_("Enum", "Passed"),
        StageStatus.ON_HOLD: NP_("Enum", "On hold"),
        StageStatus.STOPPED: NP_("Enum", "Stopped"),
    },
    Comparator: {
        Comparator.AT_LEAST: NP_("Enum", "≥ at least"),
        Comparator.AT_MOST: NP_("Enum", "≤ at most"),
        Comparator.EQUAL: NP_("Enum", "= equal to"),
    },
    Window: {
        Window.LATEST: NP_("Enum", "Latest week"),
        Window.MEAN: NP_("Enum", "Mean of last weeks"),
    },
    MetricKind: {
        MetricKind.ADOPTION: NP_("Enum", "Adoption"),
        MetricKind.FREQUENCY: NP_("Enum", "Frequency"),
        MetricKind.BENEFIT: NP_("Enum", "Benefit"),
        MetricKind.SATISFACTION: NP_("Enum", "Satisfaction"),
        MetricKind.TRAINING: NP_("Enum", "Training"),
        MetricKind.DATA_READINESS: NP_("Enum", "Data readiness"),
        MetricKind.CUSTOM: NP_("Enum", "Custom"),
    },
    Direction: {
        Direction.HIGHER_IS_BETTER: NP_("Enum", "Higher is better"),
        Direction.LOWER_IS_BETTER: NP_("Enum", "Lower is better"),
    },
    MetricSource: {
        MetricSource.MEASURED: NP_("Enum", "Measured"),
        MetricSource.AMBASSADORS_PER_100: NP_("Enum", "Ambassadors per 100 (computed)"),
        MetricSource.TRAINED_PERCENT: NP_("Enum", "Key users trained % (computed)"),
        MetricSource.DATA_READINESS: NP_("Enum", "Data readiness (computed)"),
        MetricSource.REGISTER_COMPLETE: NP_("Enum", "AI register complete (computed)"),
        MetricSource.VALUE_TO_PRICE: NP_("Enum", "Value per seat vs price (computed)"),
    },
    CostCategory: {
        CostCategory.TRAINING: NP_("Enum", "Training"),
        CostCategory.CHANGE_MANAGEMENT: NP_("Enum", "Change management"),
        CostCategory.IMPLEMENTATION: NP_("Enum", "Implementation"),
        CostCategory.OTHER: NP_("Enum", "Other"),
    },
    Rollup: {
        Rollup.WEIGHTED_MEAN: NP_("Enum", "Weighted mean"),
        Rollup.MEAN: NP_("Enum", "Mean"),
        Rollup.SUM: NP_("Enum", "Sum"),
    },
    UseCaseStatus: {
        UseCaseStatus.IDEA: NP_("Enum", "Idea"),
        UseCaseStatus.PLANNED: NP_("Enum", "Planned"),
        UseCaseStatus.PILOTING: NP_("Enum", "Piloting"),
        UseCaseStatus.LIVE: NP_("Enum", "Live"),
        UseCaseStatus.PAUSED: NP_("Enum", "Paused"),
        UseCaseStatus.DROPPED: NP_("Enum", "Dropped"),
    },
    Effort: {
        Effort.SMALL: NP_("Enum", "Small"),
        Effort.MEDIUM: NP_("Enum", "Medium"),
        Effort.LARGE: NP_("Enum", "Large"),
    },
    FrictionKind: {
        FrictionKind.TIME: NP_("Enum", "Time"),
        FrictionKind.PRODUCTIVITY: NP_("Enum", "Productivity"),
        FrictionKind.QUALITY: NP_("Enum", "Quality"),
    },
    Storage: {
        Storage.CENTRALISED: NP_("Enum", "Centralised"),
        Storage.SILOED: NP_("Enum", "Siloed"),
    },
    Access: {
        Access.OPEN: NP_("Enum", "Open"),
        Access.RESTRICTED: NP_("Enum", "Restricted"),
        Access.UNAVAILABLE: NP_("Enum", "Unavailable"),
    },
    Governance: {
        Governance.NONE: NP_("Enum", "None"),
        Governance.DEFINED: NP_("Enum", "Defined"),
        Governance.ENFORCED: NP_("Enum", "Enforced"),
    },
    Sensitivity: {
        Sensitivity.PUBLIC: NP_("Enum", "Public"),
        Sensitivity.INTERNAL: NP_("Enum", "Internal"),
        Sensitivity.CONFIDENTIAL: NP_("Enum", "Confidential"),
        Sensitivity.SECRET: NP_("Enum", "Secret"),
    },
    FeedbackKind: {
        FeedbackKind.SURVEY: NP_("Enum", "Survey"),
        FeedbackKind.INTERVIEW: NP_("Enum", "Interview"),
        FeedbackKind.TICKET: NP_("Enum", "Ticket"),
        FeedbackKind.OBSERVATION: NP_("Enum", "Observation"),
        FeedbackKind.IDEA: NP_("Enum", "Idea"),
    },
    Confidence: {
        Confidence.LOW: NP_("Enum", "Low"),
        Confidence.MEDIUM: NP_("Enum", "Medium"),
        Confidence.HIGH: NP_("Enum", "High"),
    },
    Sentiment: {
        Sentiment.POSITIVE: NP_("Enum", "Positive"),
        Sentiment.NEUTRAL: NP_("Enum", "Neutral"),
        Sentiment.NEGATIVE: NP_("Enum", "Negative"),
    },
    Outcome: {
        Outcome.GO: NP_("Enum", "Go"),
        Outcome.GO_WITH_CONDITIONS: NP_("Enum", "Go with conditions"),
        Outcome.HOLD: NP_("Enum", "Hold"),
        Outcome.RECYCLE: NP_("Enum", "Recycle"),
        Outcome.STOP: NP_("Enum", "Stop"),
    },
    RiskStatus: {
        RiskStatus.OPEN: NP_("Enum", "Open"),
        RiskStatus.MITIGATED: NP_("Enum", "Mitigated"),
        RiskStatus.CLOSED: NP_("Enum", "Closed"),
    },
    ActionStatus: {
        ActionStatus.OPEN: NP_("Enum", "Open"),
        ActionStatus.DONE: NP_("Enum", "Done"),
        ActionStatus.DROPPED: NP_("Enum", "Dropped"),
    },
    Role: {
        Role.DEPLOYER: NP_("Enum", "Deployer"),
        Role.PROVIDER: NP_("Enum", "Provider"),
        Role.BOTH: NP_("Enum", "Provider and deployer"),
    },
    Affected: {
        Affected.EMPLOYEES: NP_("Enum", "Employees"),
        Affected.CUSTOMERS: NP_("Enum", "Customers"),
        Affected.APPLICANTS: NP_("Enum", "Applicants"),
        Affected.PUBLIC: NP_("Enum", "The public"),
    },
    Oversight: {
        Oversight.IN_THE_LOOP: NP_("Enum", "Human in the loop"),
        Oversight.ON_THE_LOOP: NP_("Enum", "Human on the loop"),
        Oversight.IN_COMMAND: NP_("Enum", "Human in command"),
    },
    Lifecycle: {
        Lifecycle.PROPOSED: NP_("Enum", "Proposed"),
        Lifecycle.PILOTING: NP_("Enum", "Piloting"),
        Lifecycle.APPROVED: NP_("Enum", "Approved"),
        Lifecycle.RESTRICTED: NP_("Enum", "Restricted"),
        Lifecycle.RETIRED: NP_("Enum", "Retired"),
    },
    Tier: {
        Tier.PROHIBITED: NP_("Enum", "Prohibited"),
        Tier.HIGH_RISK: NP_("Enum", "High-risk"),
        Tier.TRANSPARENCY: NP_("Enum", "Transparency"),
        Tier.MINIMAL: NP_("Enum", "Minimal"),
        Tier.NOT_SCREENED: NP_("Enum", "Not screened"),
    },
}
"""Each enum's values and their words (translated in context ``Enum``)."""


def enum_label(value: Enum) -> str:
    """A value as a capitalised word (``Go with conditions``), in the planner's language;
    a value without a label reads as its stored value spelt out."""
    source = _LABELS.get(type(value), {}).get(value)
    if source is None:
        return str(value.value).replace("_", " ").capitalize()
    return pgettext("Enum", source)


def enum_word(value: Enum) -> str:
    """A value as a word in lower case, inside a sentence: ``go with conditions``."""
    return enum_label(value).lower()


def outcome_label(outcome: Outcome) -> str:
    return enum_label(outcome)


def stage_status_label(status: StageStatus) -> str:
    return enum_label(status)


def use_case_status_label(status: UseCaseStatus) -> str:
    return enum_label(status)


def sentiment_label(sentiment: Sentiment) -> str:
    return enum_label(sentiment)


def feedback_kind_label(kind: FeedbackKind) -> str:
    return enum_label(kind)


def risk_status_label(status: RiskStatus) -> str:
    return enum_label(status)


def kind_label(kind: str, count: int = 1) -> str:
    """The name of a kind of entity, singular (count 1) or plural, capitalised as a
    heading (``Gate criteria``); a name outside the registry is spelt out."""
    found = BY_NAME.get(kind)
    if found is None:
        return kind.replace("_", " ")
    if count == 1:
        return _(found.label)
    if found.label_plural == found.label:
        # English uses one word for both numbers ("feedback"); French does not.
        return pgettext("plural", found.label_plural)
    return _(found.label_plural)


def kind_word(kind: str, count: int = 1) -> str:
    """The name of a kind of entity in lower case, inside a sentence: ``gate criteria``."""
    return kind_label(kind, count).lower()
