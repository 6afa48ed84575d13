"""The *proven* rule: is a use case proven in a team, as of a date?

A use case is **proven** in one of its teams when, as of the date:

1. it is **live**;
2. the team's **weekly active users** — the stage's figure for that team, as
   the adoption view shows it (:mod:`planner.measures.adoption`; usage reports
   measure a tool per team, not a use case) — reach the stage's bar:
   ``Stage.proven_active_min``, else the stage's gate threshold on active
   users, else :data:`DEFAULT_ACTIVE_MIN`;
3. where realised value is measured (:mod:`planner.value`), the stage's value
   per seat as % of its price reaches ``Stage.proven_value_min``, else the
   stage's gate threshold on that figure, else :data:`DEFAULT_VALUE_MIN`;
4. the feedback recorded on the use case (for that team or for all its teams)
   is not mostly negative: at most half of it is negative.

Without a team figure of active users the use case is *not yet proven* there
— never guessed from other teams or from the stage's total.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from planner.i18n import _
from planner.measures.adoption import GroupAdoption
from planner.model.entities import (
    Comparator,
    MetricSource,
    Roadmap,
    Sentiment,
    Stage,
    UsageFigure,
    UseCase,
    UseCaseStatus,
)
from planner.numbers import NumberKind, number_text, optional
from planner.scaleout.source import FigureSource

DEFAULT_ACTIVE_MIN = 50.0
"""Weekly active users (%) a team needs when the stage sets no bar and has no gate on it."""
DEFAULT_VALUE_MIN = 100.0
"""Value per seat as % of its price (a seat pays for itself) when nothing else is set."""


class Verdict(StrEnum):
    PROVEN = "proven"
    NOT_LIVE = "not_live"
    NO_EVIDENCE = "no_evidence"
    """No team-level figure of active users up to the date: not yet proven."""
    LOW_ADOPTION = "low_adoption"
    LOW_VALUE = "low_value"
    NEGATIVE_FEEDBACK = "negative_feedback"


@dataclass(frozen=True)
class Bars:
    """The thresholds of one stage's proven rule."""

    active_min: float
    value_min: float


@dataclass(frozen=True)
class TeamEvidence:
    """One use case in one of its teams, as of the date."""

    use_case_id: str
    team_id: str
    verdict: Verdict
    active_pct: float | None
    """The team's latest weekly active users, rounded as a percentage (None: not measured)."""
    week: dt.date | None
    """The week of that figure."""
    value_to_price_pct: float | None
    """The stage's realised value per seat as % of price (None: not measured yet)."""
    negative: int
    feedback: int
    bars: Bars

    @property
    def proven(self) -> bool:
        return self.verdict is Verdict.PROVEN


def gate_bar(roadmap: Roadmap, stage_id: str, source: MetricSource) -> float | None:
    """The stage's strictest "at least" gate threshold on a metric of that source, if any."""
    metrics = {m.id for m in roadmap.metrics if m.source is source}
    found = [
        c.threshold
        for c in roadmap.criteria
        if c.stage_id == stage_id and c.metric_id in metrics and c.comparator is Comparator.AT_LEAST
    ]
    return max(found) if found else None


def bars(figures: FigureSource, stage: Stage) -> Bars:
    """The proven rule's thresholds for a stage (see the module docstring)."""
    active: float | None = stage.proven_active_min
    if active is None:
        gate = figures.stage_adoption(stage.id).thresholds.get(UsageFigure.ACTIVE)
        active = gate[1] if gate is not None and gate[0] is Comparator.AT_LEAST else None
    value = stage.proven_value_min
    if value is None:
        value = gate_bar(figures.roadmap, stage.id, MetricSource.VALUE_TO_PRICE)
    return Bars(
        float(DEFAULT_ACTIVE_MIN if active is None else active),
        float(DEFAULT_VALUE_MIN if value is None else value),
    )


class Evidence:
    """What the rule reads for one roadmap and date, gathered once: each stage's bars,
    team figures and realised value, and the feedback counts per use case and team (so
    evaluating every use case stays linear in the size of the roadmap)."""

    def __init__(self, figures: FigureSource) -> None:
        self.figures = figures
        self.stages = {s.id: s for s in figures.roadmap.stages}
        self._bars: dict[str, Bars] = {}
        self._groups: dict[str, dict[str | None, GroupAdoption]] = {}
        self._value: dict[str, float | None] = {}
        self.feedback: dict[tuple[str, str | None], tuple[int, int]] = {}
        for f in figures.roadmap.feedback:
            if f.use_case_id is not None and f.date <= figures.as_of:
                negative, total = self.feedback.get((f.use_case_id, f.team_id), (0, 0))
                self.feedback[(f.use_case_id, f.team_id)] = (
                    negative + (f.sentiment is Sentiment.NEGATIVE), total + 1)  # fmt: skip

    def bars(self, stage: Stage) -> Bars:
        if stage.id not in self._bars:
            self._bars[stage.id] = bars(self.figures, stage)
        return self._bars[stage.id]

    def groups(self, stage_id: str) -> dict[str | None, GroupAdoption]:
        if stage_id not in self._groups:
            adoption = self.figures.stage_adoption(stage_id)
            self._groups[stage_id] = {g.team_id: g for g in adoption.teams}
        return self._groups[stage_id]

    def value_to_price(self, stage_id: str) -> float | None:
        if stage_id not in self._value:
            self._value[stage_id] = self.figures.value.stage(stage_id).value_to_price
        return self._value[stage_id]

    def feedback_on(self, use_case_id: str, team_id: str) -> tuple[int, int]:
        """(negative, all) feedback on the use case for that team or for all teams."""
        own = self.feedback.get((use_case_id, team_id), (0, 0))
        shared = self.feedback.get((use_case_id, None), (0, 0))
        return own[0] + shared[0], own[1] + shared[1]


def evaluate(
    figures: FigureSource, use_case: UseCase, evidence: Evidence | None = None
) -> tuple[TeamEvidence, ...]:
    """The proven rule for each team of a use case (none for a use case without a stage)."""
    evidence = evidence if evidence is not None else Evidence(figures)
    stage = evidence.stages.get(use_case.stage_id or "")
    if stage is None:
        return ()
    groups = evidence.groups(stage.id)
    thresholds = evidence.bars(stage)
    value_to_price = evidence.value_to_price(stage.id)
    found = []
    for team_id in dict.fromkeys(use_case.team_ids):
        group = groups.get(team_id)
        active = None if group is None else optional(group.value(UsageFigure.ACTIVE), PCT)
        negative, total = evidence.feedback_on(use_case.id, team_id)
        if use_case.status is not UseCaseStatus.LIVE:
            verdict = Verdict.NOT_LIVE
        elif active is None:
            verdict = Verdict.NO_EVIDENCE
        elif active < thresholds.active_min:
            verdict = Verdict.LOW_ADOPTION
        elif value_to_price is not None and value_to_price < thresholds.value_min:
            verdict = Verdict.LOW_VALUE
        elif 2 * negative > total:
            verdict = Verdict.NEGATIVE_FEEDBACK
        else:
            verdict = Verdict.PROVEN
        found.append(
            TeamEvidence(
                use_case.id, team_id, verdict, active,
                None if group is None or active is None else group.latest_week,
                value_to_price, negative, total, thresholds,
            )
        )  # fmt: skip
    return tuple(found)


PCT = NumberKind.PERCENT


# ------------------------------------------------------------------- words


def pct(value: float) -> str:
    return _("{number} %", number=number_text(value, PCT))


def rule_text() -> str:
    """The rule in one paragraph, in the user's language."""
    return _(
        "A use case is proven in a team when, as of the date, it is live, the team's weekly "
        "active users reach the stage's bar, the stage's realised value per seat reaches its "
        "bar where it is measured, and at most half of the feedback on the use case is "
        "negative. Without a figure for the team it is not yet proven. A stage's bars are "
        "set on the stage; unset, they are its gate thresholds (else {active} active users "
        "and {value} of the price).",
        active=pct(DEFAULT_ACTIVE_MIN),
        value=pct(DEFAULT_VALUE_MIN),
    )


def bars_text(stage_name: str, b: Bars) -> str:
    """One stage's bars: ``Writing: active users ≥ 60 %, value per seat ≥ 100 % of the price``."""
    return _("{stage}: active users ≥ {active}, value per seat ≥ {value} of the price",
             stage=stage_name, active=pct(b.active_min), value=pct(b.value_min))  # fmt: skip


def verdict_text(e: TeamEvidence) -> str:
    """Why a use case is, or is not yet, proven in a team: one short sentence."""
    b = e.bars
    match e.verdict:
        case Verdict.PROVEN:
            return _("proven ({active} active, bar {bar})", active=pct(e.active_pct or 0.0),
                     bar=pct(b.active_min))  # fmt: skip
        case Verdict.NOT_LIVE:
            return _("not yet proven (not live)")
        case Verdict.NO_EVIDENCE:
            return _("not yet proven (no usage figure for the team)")
        case Verdict.LOW_ADOPTION:
            return _("not yet proven ({active} active, below {bar})",
                     active=pct(e.active_pct or 0.0), bar=pct(b.active_min))  # fmt: skip
        case Verdict.LOW_VALUE:
            return _("not yet proven (value per seat {value} of the price, below {bar})",
                     value=pct(e.value_to_price_pct or 0.0), bar=pct(b.value_min))  # fmt: skip
        case Verdict.NEGATIVE_FEEDBACK:
            return _("not yet proven ({negative} of {total} feedback negative)",
                     negative=e.negative, total=e.feedback)  # fmt: skip
