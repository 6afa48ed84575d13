"""What the committee slides say, computed once from the roadmap's figures.

The deck (:mod:`planner.slides.deck`) only lays this out; every figure comes
from :class:`planner.evidence.figures.Figures` for the as-of date and is
written by the planner's one rule per unit (:func:`planner.evidence.gates.format_value`).
A stage that has not started says so instead of showing its criteria as not met.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from planner.evidence.adoption_chart import AdoptionChart, adoption_chart
from planner.evidence.checks import WARNING, Finding
from planner.evidence.decisions import ActionState, open_actions
from planner.evidence.figures import Figures
from planner.evidence.gates import SYMBOLS, CriterionResult, CriterionStatus, format_value
from planner.evidence.started import has_started
from planner.i18n import _, format_day, ngettext
from planner.model.entities import (
    Feedback,
    GateDecision,
    Risk,
    RiskStatus,
    Roadmap,
    Stage,
    StageStatus,
)
from planner.vocabulary import outcome_label, stage_status_label

if TYPE_CHECKING:
    from planner.value.report import StageFigures

MAX_CRITERIA = 9
MAX_FEEDBACK = 2
MAX_RISKS = 3
MAX_DECISIONS = 3
MAX_ACTIONS = 7
MAX_FINDINGS = 9
FINISHED = (StageStatus.PASSED, StageStatus.STOPPED)


class Tone:
    GOOD = "good"
    WARN = "warn"
    BAD = "bad"
    NEUTRAL = "neutral"


@dataclass(frozen=True)
class GlanceRow:
    stage: Stage
    status: str
    planned: str
    review: str
    readiness: str
    outcome: str
    tone: str


@dataclass(frozen=True)
class CriterionRow:
    metric: str
    kind: str
    """Mandatory or advisory, in words."""
    requirement: str
    value: str
    status: str
    tone: str


@dataclass(frozen=True)
class StageReview:
    stage: Stage
    headline: str
    explanation: str
    criteria: tuple[CriterionRow, ...]
    more_criteria: int
    chart: AdoptionChart | None
    forecast: str
    feedback: tuple[Feedback, ...]
    risks: tuple[Risk, ...]
    value: StageFigures | None = None
    """The stage's value against cost (planner.value through Figures.value)."""
    currency: str = ""


@dataclass(frozen=True)
class ActionRow:
    """An open action as of the date: due date, text, owner, stage, and its state in words."""

    due: str
    text: str
    owner: str
    stage: str
    status: str
    tone: str


@dataclass(frozen=True)
class DeckContent:
    roadmap: Roadmap
    as_of: dt.date
    glance: tuple[GlanceRow, ...]
    reviews: tuple[StageReview, ...]
    decisions: tuple[GateDecision, ...]
    findings: tuple[Finding, ...]
    more_findings: int
    stage_names: dict[str, str] = field(default_factory=dict)
    actions: tuple[ActionRow, ...] = ()
    more_actions: int = 0
    asked: dict[str, int] = field(default_factory=dict)
    """Decision id → how many of its actions are open on the date."""


_STATUS_WORDS = {
    CriterionStatus.MET: ("✓", Tone.GOOD),
    CriterionStatus.NOT_MET: ("✗", Tone.BAD),
    CriterionStatus.NO_DATA: ("?", Tone.NEUTRAL),
}


def criterion_status(result: CriterionResult) -> tuple[str, str]:
    """``✓ met`` and its tone; words beside the colour."""
    symbol, tone = _STATUS_WORDS[result.status]
    # Whole phrases: "met" alone is also a duty's status (feminine in French).
    words = {
        CriterionStatus.MET: _("{symbol} met", symbol=symbol),
        CriterionStatus.NOT_MET: _("{symbol} not met", symbol=symbol),
        CriterionStatus.NO_DATA: _("{symbol} no data", symbol=symbol),
    }[result.status]
    return words, tone


def deck_content(figures: Figures) -> DeckContent:
    roadmap, as_of = figures.roadmap, figures.as_of
    glance = tuple(_glance(figures, stage) for stage in roadmap.stages)
    reviews = tuple(
        _review(figures, stage)
        for stage in roadmap.stages
        if has_started(stage, as_of) and stage.status not in FINISHED
    )
    decisions = sorted(
        (d for d in roadmap.decisions if d.date <= as_of), key=lambda d: d.date, reverse=True
    )
    findings = sorted(figures.findings, key=lambda f: f.severity != WARNING)
    states = open_actions(roadmap, as_of)
    asked: dict[str, int] = {}
    for state in states:
        key = state.action.decision_id or ""
        asked[key] = asked.get(key, 0) + 1
    return DeckContent(
        roadmap=roadmap,
        as_of=as_of,
        glance=glance,
        reviews=reviews,
        decisions=tuple(decisions[:MAX_DECISIONS]),
        findings=tuple(findings[:MAX_FINDINGS]),
        more_findings=max(0, len(findings) - MAX_FINDINGS),
        stage_names={s.id: s.name for s in roadmap.stages},
        actions=tuple(_action_row(roadmap, state) for state in states[:MAX_ACTIONS]),
        more_actions=max(0, len(states) - MAX_ACTIONS),
        asked=asked,
    )


def _action_row(roadmap: Roadmap, state: ActionState) -> ActionRow:
    action = state.action
    stages = {s.id: s.name for s in roadmap.stages}
    return ActionRow(
        due=format_day(action.due) if action.due else "—",
        text=action.text,
        owner=action.owner,
        stage=stages.get(action.stage_id or "", ""),
        status=_("⚠ overdue") if state.overdue else _("○ open"),
        tone=Tone.BAD if state.overdue else Tone.WARN,
    )


def _span(start: dt.date, end: dt.date) -> str:
    return _("{start} – {end}", start=format_day(start), end=format_day(end))


def _glance(figures: Figures, stage: Stage) -> GlanceRow:
    planned = _span(stage.planned_start, stage.planned_end)
    review = format_day(stage.gate_review) if stage.gate_review else "—"
    status = stage_status_label(stage.status)
    if not has_started(stage, figures.as_of):
        return GlanceRow(stage, status, planned, review, _("not started"), "—", Tone.NEUTRAL)
    readiness = figures.stage_readiness(stage.id)
    met = ngettext(
        "{met} of {count} criterion met",
        "{met} of {count} criteria met",
        readiness.total,
        met=readiness.met,
    )
    if readiness.total == readiness.met and readiness.total:
        tone = Tone.GOOD
    elif readiness.mandatory_met:
        tone = Tone.WARN
    else:
        tone = Tone.BAD
    if stage.status in FINISHED:
        tone = Tone.NEUTRAL
    return GlanceRow(stage, status, planned, review, met, outcome_label(readiness.suggested), tone)


def _review(figures: Figures, stage: Stage) -> StageReview:
    readiness = figures.stage_readiness(stage.id)
    rows = []
    for result in readiness.results[:MAX_CRITERIA]:
        metric = result.metric
        status, tone = criterion_status(result)
        rows.append(
            CriterionRow(
                metric=metric.name,
                kind=_("mandatory") if result.criterion.mandatory else _("advisory"),
                requirement=f"{SYMBOLS[result.criterion.comparator]} "
                f"{format_value(result.criterion.threshold, metric.unit)}",
                value="—" if result.value is None else format_value(result.value, metric.unit),
                status=status,
                tone=tone,
            )
        )
    headline = _(
        "{met} of {total} criteria met · suggested: {outcome}",
        met=readiness.met,
        total=readiness.total,
        outcome=outcome_label(readiness.suggested),
    )
    chart = adoption_chart(figures, stage.id)
    forecast = ""
    if chart is not None:
        result = chart.result
        if result.status is CriterionStatus.MET:
            forecast = _("{metric}: met.", metric=result.metric.name)
        elif result.forecast is not None:
            forecast = _(
                "{metric}: {forecast}", metric=result.metric.name, forecast=result.forecast.sentence
            )
    return StageReview(
        stage=stage,
        headline=headline,
        explanation=readiness.explanation,
        criteria=tuple(rows),
        more_criteria=max(0, len(readiness.results) - MAX_CRITERIA),
        chart=chart,
        forecast=forecast,
        feedback=_feedback(figures.roadmap, stage, figures.as_of),
        risks=_risks(figures.roadmap, stage),
        value=next((v for v in figures.value.stages if v.id == stage.id), None),
        currency=figures.value.currency,
    )


def _feedback(roadmap: Roadmap, stage: Stage, as_of: dt.date) -> tuple[Feedback, ...]:
    """The latest voices about the stage or its use cases, up to the as-of date."""
    cases = {u.id for u in roadmap.use_cases if u.stage_id == stage.id}
    found = [
        f
        for f in roadmap.feedback
        if f.date <= as_of and f.text and (f.stage_id == stage.id or f.use_case_id in cases)
    ]
    found.sort(key=lambda f: f.date, reverse=True)
    return tuple(found[:MAX_FEEDBACK])


def _risks(roadmap: Roadmap, stage: Stage) -> tuple[Risk, ...]:
    """The stage's open risks, highest score first."""
    found = [r for r in roadmap.risks if r.stage_id == stage.id and r.status is RiskStatus.OPEN]
    found.sort(key=lambda r: r.likelihood * r.impact, reverse=True)
    return tuple(found[:MAX_RISKS])
