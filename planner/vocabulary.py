"""Words for the model's enumerated values, in the planner's language.

The outputs made by the core (slides, calendars, the workbook, the command
line) show an outcome, a status or a sentiment as a word, never as its stored
value (``go_with_conditions``). The labels are those of the desktop app.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from planner.i18n import N_, _
from planner.model.entities import (
    FeedbackKind,
    Outcome,
    RiskStatus,
    Sentiment,
    StageStatus,
    UseCaseStatus,
)

_OUTCOMES = {
    Outcome.GO: N_("Go"),
    Outcome.GO_WITH_CONDITIONS: N_("Go with conditions"),
    Outcome.HOLD: N_("Hold"),
    Outcome.RECYCLE: N_("Recycle"),
    Outcome.STOP: N_("Stop"),
}
_STAGE_STATUSES = {
    StageStatus.PLANNED: N_("Planned"),
    StageStatus.ACTIVE: N_("Active"),
    StageStatus.AT_GATE: N_("At gate"),
    StageStatus.PASSED: N_("Passed"),
    StageStatus.ON_HOLD: N_("On hold"),
    StageStatus.STOPPED: N_("Stopped"),
}
_USE_CASE_STATUSES = {
    UseCaseStatus.IDEA: N_("Idea"),
    UseCaseStatus.PLANNED: N_("Planned"),
    UseCaseStatus.PILOTING: N_("Piloting"),
    UseCaseStatus.LIVE: N_("Live"),
    UseCaseStatus.PAUSED: N_("Paused"),
    UseCaseStatus.DROPPED: N_("Dropped"),
}
_SENTIMENTS = {
    Sentiment.POSITIVE: N_("Positive"),
    Sentiment.NEUTRAL: N_("Neutral"),
    Sentiment.NEGATIVE: N_("Negative"),
}
_FEEDBACK_KINDS = {
    FeedbackKind.SURVEY: N_("Survey"),
    FeedbackKind.INTERVIEW: N_("Interview"),
    FeedbackKind.TICKET: N_("Ticket"),
    FeedbackKind.OBSERVATION: N_("Observation"),
    FeedbackKind.IDEA: N_("Idea"),
}
_RISK_STATUSES = {
    RiskStatus.OPEN: N_("Open"),
    RiskStatus.MITIGATED: N_("Mitigated"),
    RiskStatus.CLOSED: N_("Closed"),
}


def outcome_label(outcome: Outcome) -> str:
    return _(_OUTCOMES[outcome])


def stage_status_label(status: StageStatus) -> str:
    return _(_STAGE_STATUSES[status])


def use_case_status_label(status: UseCaseStatus) -> str:
    return _(_USE_CASE_STATUSES[status])


def sentiment_label(sentiment: Sentiment) -> str:
    return _(_SENTIMENTS[sentiment])


def feedback_kind_label(kind: FeedbackKind) -> str:
    return _(_FEEDBACK_KINDS[kind])


def risk_status_label(status: RiskStatus) -> str:
    return _(_RISK_STATUSES[status])


def enum_word(value: Enum) -> str:
    """Any enum value as a word in lower case, in the planner's language (the app's labels
    where there are some): ``go_with_conditions`` → ``go with conditions``."""
    labels: dict[type, dict[Any, str]] = {
        Outcome: _OUTCOMES,
        StageStatus: _STAGE_STATUSES,
        UseCaseStatus: _USE_CASE_STATUSES,
        Sentiment: _SENTIMENTS,
        FeedbackKind: _FEEDBACK_KINDS,
        RiskStatus: _RISK_STATUSES,
    }
    found = labels.get(type(value))
    source = found[value] if found else str(value.value).replace("_", " ").capitalize()
    return _(source).lower()
