"""The roadmap domain model (DESIGN §2) as immutable pydantic v2 models.

A :class:`Roadmap` holds flat tuples of entities that refer to each other by
stable string ids. Every model is frozen: an edit builds a new roadmap that
shares the unchanged entities with the old one (see :mod:`planner.edit.operations`),
which makes undo, comparison and merging straightforward.

Field-level rules (types, ranges, lengths) live here; rules that span several
entities (unique ids, references, cycles, date order) live in
:mod:`planner.rules.invariants`. Derived values are functions in
:mod:`planner.measures.derived`, never stored.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self

from pydantic import Field, model_validator

from planner.model.actions import Action
from planner.model.base import Entity as Entity  # re-exported: entities are defined here
from planner.model.base import Model as Model
from planner.model.ideas import Effort as Effort  # re-exported: use cases have one too
from planner.model.ideas import Idea
from planner.model.register import RegisterEntry
from planner.model.types import (
    MAX_REVISION,
    Colour,
    Count,
    CurrencyCode,
    Day,
    Id,
    Label,
    Name,
    NonNegative,
    Number,
    Percent,
    Score,
    Text,
    Unit,
)
from planner.model.value import Licence, OneOffCost

# --------------------------------------------------------------------- enums


class StageStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    AT_GATE = "at_gate"
    PASSED = "passed"
    ON_HOLD = "on_hold"
    STOPPED = "stopped"


class Comparator(StrEnum):
    AT_LEAST = ">="
    AT_MOST = "<="
    EQUAL = "="


class Window(StrEnum):
    LATEST = "latest"
    """The most recent measured week."""
    MEAN = "mean"
    """The mean of the last ``window_weeks`` measured weeks."""


class MetricKind(StrEnum):
    ADOPTION = "adoption"
    FREQUENCY = "frequency"
    BENEFIT = "benefit"
    SATISFACTION = "satisfaction"
    TRAINING = "training"
    DATA_READINESS = "data_readiness"
    CUSTOM = "custom"


class Direction(StrEnum):
    HIGHER_IS_BETTER = "higher_is_better"
    LOWER_IS_BETTER = "lower_is_better"


class MetricSource(StrEnum):
    """Where a metric's values come from."""

    MEASURED = "measured"
    """Weekly measurements entered by hand or imported from usage reports."""
    AMBASSADORS_PER_100 = "ambassadors_per_100"
    """Computed from the roadmap: ambassadors per 100 people in the stage's teams."""
    TRAINED_PERCENT = "trained_percent"
    """Computed from the roadmap: % of the key users of the stage's teams who are trained."""
    DATA_READINESS = "data_readiness"
    """Computed from the roadmap: lowest readiness (0–4) of the data sources the stage needs."""
    REGISTER_COMPLETE = "register_complete"
    """Computed from the roadmap: % of the stage's use cases whose AI register entry is complete."""
    VALUE_TO_PRICE = "value_to_price"
    """Computed: realised value per seat as % of the price paid per seat (see planner.value)."""


class UsageFigure(StrEnum):
    """A figure the usage import computes from per-user data (the adoption funnel)."""

    LICENSED = "licensed"
    """People enabled (licensed) for the tool."""
    ACTIVE = "active"
    """% active in the week (at least one action)."""
    HABITUAL = "habitual"
    """% active in at least 9 of the last 12 weeks (4 of 4 while fewer are known)."""
    POWER = "power"
    """% habitual with at least 15 actions a week on average."""
    NOVICE = "novice"
    """% active in the week but not habitual."""
    LOW = "low"
    """% with some action but fewer than 1 a week on average."""
    ACTIONS = "actions"
    """Actions per active user in the week."""
    RETAINED = "retained"
    """People active this week and the week before."""
    NEW = "new"
    """People active for the first time in the file."""
    LAPSED = "lapsed"
    """People active the week before, not this week."""
    REACTIVATED = "reactivated"
    """People active again after at least one week without activity."""
    SATISFACTION = "satisfaction"
    """Survey: mean agreement score of the respondents, 0–100 (planner.usage.survey)."""
    MINUTES_SAVED = "minutes_saved"
    """Survey: minutes saved per working day, as respondents report them."""


class Rollup(StrEnum):
    """How measurements scoped to teams or use cases combine into a stage figure."""

    WEIGHTED_MEAN = "weighted_mean"
    """Mean weighted by group size (the measurement's sample size, else team headcount)."""
    MEAN = "mean"
    SUM = "sum"


class UseCaseStatus(StrEnum):
    IDEA = "idea"
    PLANNED = "planned"
    PILOTING = "piloting"
    LIVE = "live"
    PAUSED = "paused"
    DROPPED = "dropped"


class FrictionKind(StrEnum):
    TIME = "time"
    PRODUCTIVITY = "productivity"
    QUALITY = "quality"


class Storage(StrEnum):
    CENTRALISED = "centralised"
    SILOED = "siloed"


class Access(StrEnum):
    OPEN = "open"
    RESTRICTED = "restricted"
    UNAVAILABLE = "unavailable"


class Governance(StrEnum):
    NONE = "none"
    DEFINED = "defined"
    ENFORCED = "enforced"


class Sensitivity(StrEnum):
    PUBLIC = "public"
    INTERNAL = "internal"
    CONFIDENTIAL = "confidential"
    SECRET = "secret"


class FeedbackKind(StrEnum):
    SURVEY = "survey"
    INTERVIEW = "interview"
    TICKET = "ticket"
    OBSERVATION = "observation"
    IDEA = "idea"
    """A use case someone proposes (it lands in the ideas backlog, planner.scaleout)."""


class Sentiment(StrEnum):
    POSITIVE = "positive"
    NEUTRAL = "neutral"
    NEGATIVE = "negative"


class Outcome(StrEnum):
    GO = "go"
    GO_WITH_CONDITIONS = "go_with_conditions"
    HOLD = "hold"
    RECYCLE = "recycle"
    STOP = "stop"


class RiskStatus(StrEnum):
    OPEN = "open"
    MITIGATED = "mitigated"
    CLOSED = "closed"


# ------------------------------------------------------------------ entities


class Metric(Entity):
    name: Name
    unit: Unit = ""
    kind: MetricKind = MetricKind.CUSTOM
    direction: Direction = Direction.HIGHER_IS_BETTER
    source: MetricSource = MetricSource.MEASURED
    rollup: Rollup = Rollup.WEIGHTED_MEAN
    min_value: Number | None = None
    """Smallest meaningful value (0 for a percentage); measurements below are refused."""
    max_value: Number | None = None
    """Largest meaningful value (100 for a percentage, 5 for a 1–5 score)."""
    description: Text = ""
    standard: UsageFigure | None = None
    """The usage-import figure this metric holds, when it is one of the standard ones."""

    @model_validator(mode="after")
    def _range_ordered(self) -> Self:
        if (
            self.min_value is not None
            and self.max_value is not None
            and self.max_value < self.min_value
        ):
            raise ValueError("max_value must not be below min_value")
        return self


class Stage(Entity):
    name: Name
    goal: Text = ""
    planned_start: Day
    planned_end: Day
    actual_start: Day | None = None
    actual_end: Day | None = None
    status: StageStatus = StageStatus.PLANNED
    target_users: Count = 0
    """How many people the stage is meant to reach (the eligible population)."""
    team_ids: tuple[Id, ...] = Field(default=(), max_length=50_000, fail_fast=True)
    gate_review: Day | None = None
    """Date of the go/no-go review that closes the stage."""
    colour: Colour | None = None
    proven_active_min: Percent | None = None
    """Weekly active users (%) a team must reach for a use case of the stage to count as
    proven there (planner.scaleout); None: the stage's gate threshold on active users."""
    proven_value_min: float | None = Field(default=None, ge=0, le=100_000)
    """Realised value per seat as % of its price a use case of the stage must reach, where
    measured, to count as proven; None: the stage's gate threshold on it, else 100 %."""


class GateCriterion(Entity):
    stage_id: Id
    metric_id: Id
    comparator: Comparator = Comparator.AT_LEAST
    threshold: Number
    mandatory: bool = True
    """Mandatory criteria are knock-outs; advisory ones are scored."""
    window: Window = Window.LATEST
    window_weeks: int = Field(default=4, ge=1, le=52)
    note: Text = ""
    """Where the threshold comes from (source or rationale)."""


class UseCase(Entity):
    name: Name
    description: Text = ""
    stage_id: Id | None = None
    friction_point_ids: tuple[Id, ...] = Field(default=(), max_length=1000, fail_fast=True)
    tool: Label = ""
    team_ids: tuple[Id, ...] = Field(default=(), max_length=1000, fail_fast=True)
    owner_id: Id | None = None
    planned_start: Day
    planned_end: Day
    status: UseCaseStatus = UseCaseStatus.PLANNED
    progress: Percent = 0
    expected_hours_saved: NonNegative = 0.0
    """Expected hours saved per user per week."""
    value_per_year: NonNegative | None = None
    """Value per year in the roadmap currency; derived from friction when empty."""
    cost_per_year: NonNegative = 0.0
    effort: Effort = Effort.MEDIUM
    data_source_ids: tuple[Id, ...] = Field(default=(), max_length=1000, fail_fast=True)
    depends_on: tuple[Id, ...] = Field(default=(), max_length=1000, fail_fast=True)
    scaled_from: Id | None = None
    """The proven use case this one spreads to other teams (planner.scaleout)."""


class FrictionPoint(Entity):
    title: Name
    process: Label = ""
    team_id: Id | None = None
    kind: FrictionKind = FrictionKind.TIME
    hours_lost_per_week: float = Field(default=0.0, ge=0, le=168)
    """Hours lost per affected person per week."""
    people_affected: Count = 0
    notes: Text = ""


class Team(Entity):
    name: Name
    department: Label = ""
    headcount: Count = 0


class Person(Entity):
    name: Name
    role: Label = ""
    team_id: Id | None = None
    email: Label = ""
    is_ambassador: bool = False
    is_key_user: bool = False
    trained_on: Day | None = None


class DataSource(Entity):
    name: Name
    owner: Label = ""
    location: Label = ""
    storage: Storage = Storage.SILOED
    access: Access = Access.RESTRICTED
    governance: Governance = Governance.NONE
    sensitivity: Sensitivity = Sensitivity.INTERNAL


class Measurement(Entity):
    metric_id: Id
    stage_id: Id | None = None
    use_case_id: Id | None = None
    team_id: Id | None = None
    week: Day
    """The Monday that starts the ISO week measured."""
    value: Number
    sample_size: Count | None = None
    """How many people the value is computed over (used to weight roll-ups)."""
    source: Label = "manual"

    @model_validator(mode="after")
    def _one_scope_monday(self) -> Self:
        if (self.stage_id is None) == (self.use_case_id is None):
            raise ValueError("a measurement is scoped to exactly one stage or one use case")
        if self.week.weekday() != 0:
            raise ValueError(f"week must be a Monday (ISO week start), not {self.week}")
        return self


class Feedback(Entity):
    date: Day
    stage_id: Id | None = None
    use_case_id: Id | None = None
    team_id: Id | None = None
    kind: FeedbackKind = FeedbackKind.INTERVIEW
    sentiment: Sentiment = Sentiment.NEUTRAL
    text: Text = ""


class GateDecision(Entity):
    stage_id: Id
    date: Day
    """The day the decision was recorded."""
    review: Day | None = None
    """The date of the gate review it answers; it counts as that review's decision
    whatever day it was recorded. None in older files: the review on or up to four weeks
    after its date (planner.evidence.decisions)."""
    outcome: Outcome
    suggested: Outcome | None = None
    """What the evidence suggested when the decision was recorded."""
    rationale: Text = ""
    conditions: Text = ""
    """Free-text conditions of files written before actions existed; the follow-up of a
    decision is recorded as actions (planner.model.actions), where conditions now go."""
    attendees: tuple[Name, ...] = Field(default=(), max_length=200, fail_fast=True)


class Risk(Entity):
    title: Name
    likelihood: Score = 3
    impact: Score = 3
    mitigation: Text = ""
    owner: Label = ""
    stage_id: Id | None = None
    status: RiskStatus = RiskStatus.OPEN


class BaselineEntry(Model):
    entity_id: Id
    """A stage or use case id."""
    start: Day
    end: Day


class Baseline(Entity):
    name: Name
    captured_on: Day
    entries: tuple[BaselineEntry, ...] = Field(default=(), max_length=500_000, fail_fast=True)


class LineageRef(Model):
    document_id: Id
    revision: int = Field(ge=0, le=MAX_REVISION)
    token: Id | None = None
    """Random token of that saved revision: tells apart copies saved with the same number."""


class Lineage(Model):
    """Which document this file is, and which version of which file it came from."""

    document_id: Id
    revision: int = Field(default=0, ge=0, le=MAX_REVISION)
    derived_from: LineageRef | None = None
    merged_from: tuple[LineageRef, ...] = Field(default=(), max_length=16, fail_fast=True)
    token: Id | None = None
    """Random token of this saved revision (None until first saved); see planner.file.lineage."""
    history: tuple[LineageRef, ...] = Field(default=(), max_length=64, fail_fast=True)
    """The saved revisions this one descends from, oldest first (the last 64 kept)."""


class Roadmap(Model):
    title: Name
    organisation: Label = ""
    owner: Label = ""
    objective: Text = ""
    currency: CurrencyCode = "EUR"
    hourly_cost: float = Field(default=60.0, ge=0, le=1e6)
    """Loaded cost of one hour of work, used to value hours lost and saved."""
    working_weeks: int = Field(default=45, ge=1, le=53)
    """Working weeks per year, used to turn weekly hours into yearly value."""
    recapture_rate: float = Field(default=50.0, ge=0, le=100)
    """Share of the time saved that turns into value, in % (see planner.value.assumptions)."""
    minutes_per_action: float = Field(default=6.0, ge=0, le=600)
    """Minutes one AI action saves, for the telemetry estimate of value."""
    horizon_start: Day
    horizon_end: Day
    min_group_size: int = Field(default=5, ge=2, le=10_000)
    """Smallest group whose usage figures may be stored (privacy)."""
    ai_literacy_target: Percent = 80
    """% of a team's people with a training record that counts as AI literacy (Art. 4)."""
    lineage: Lineage
    metrics: tuple[Metric, ...] = Field(default=(), max_length=1_000, fail_fast=True)
    stages: tuple[Stage, ...] = Field(default=(), max_length=100, fail_fast=True)
    criteria: tuple[GateCriterion, ...] = Field(default=(), max_length=5_000, fail_fast=True)
    use_cases: tuple[UseCase, ...] = Field(default=(), max_length=200_000, fail_fast=True)
    friction_points: tuple[FrictionPoint, ...] = Field(
        default=(), max_length=200_000, fail_fast=True
    )
    teams: tuple[Team, ...] = Field(default=(), max_length=50_000, fail_fast=True)
    people: tuple[Person, ...] = Field(default=(), max_length=200_000, fail_fast=True)
    data_sources: tuple[DataSource, ...] = Field(default=(), max_length=50_000, fail_fast=True)
    measurements: tuple[Measurement, ...] = Field(default=(), max_length=2_000_000, fail_fast=True)
    feedback: tuple[Feedback, ...] = Field(default=(), max_length=200_000, fail_fast=True)
    decisions: tuple[GateDecision, ...] = Field(default=(), max_length=50_000, fail_fast=True)
    risks: tuple[Risk, ...] = Field(default=(), max_length=50_000, fail_fast=True)
    baselines: tuple[Baseline, ...] = Field(default=(), max_length=100, fail_fast=True)
    actions: tuple[Action, ...] = Field(default=(), max_length=50_000, fail_fast=True)
    """What gate decisions asked to be done (planner.model.actions)."""
    register_entries: tuple[RegisterEntry, ...] = Field(
        default=(), max_length=200_000, fail_fast=True
    )
    """The responsible-AI register: at most one entry per use case."""
    licences: tuple[Licence, ...] = Field(default=(), max_length=50_000, fail_fast=True)
    one_off_costs: tuple[OneOffCost, ...] = Field(default=(), max_length=50_000, fail_fast=True)
    ideas: tuple[Idea, ...] = Field(default=(), max_length=50_000, fail_fast=True)
    """The backlog of use-case ideas from the field (planner.model.ideas)."""
