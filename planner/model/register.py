"""The responsible-AI register: one entry per use case (issue 14).

An entry records what an auditor asks about a use case under the EU AI Act
(Regulation (EU) 2024/1689): what it is for, the company's role, the vendor
and model, who is affected, personal data, human oversight, logs, the dates
workers' representatives were informed and the next review, the lifecycle
with its dated history, and the answers to the screening questionnaire.

Every field is optional: the register is filled in as a use case matures, and
only becomes a requirement once the stage holding the use case is active (the
method checks and the "register complete" gate criterion say so, see
:mod:`planner.register`). What the answers *mean* — the risk tier, the duties
and their dates — is computed from the rules in ``resources/register/``,
never stored, so a corrected rule file corrects every roadmap.

An entry is an entity of its own kind (``register_entry``) that refers to its
use case (removed with it) and to the overseer (a person of the roadmap), so
invariants, undo, comparison and merging handle it like every other entity.
Its id is derived from the use case's (:func:`entry_id`), so two colleagues
who both start the register of the same use case offline edit one entry.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Container
from enum import StrEnum
from typing import Self

from pydantic import Field, model_validator

from planner.model.base import Entity, Model
from planner.model.types import Day, Id, Label, Text


class Role(StrEnum):
    """The company's role for this AI system (AI Act Art. 3(3) and 3(4))."""

    DEPLOYER = "deployer"
    PROVIDER = "provider"
    BOTH = "both"


class Affected(StrEnum):
    """Groups of people the use case affects."""

    EMPLOYEES = "employees"
    CUSTOMERS = "customers"
    APPLICANTS = "applicants"
    PUBLIC = "public"


class Oversight(StrEnum):
    """How people oversee the system's output."""

    IN_THE_LOOP = "human_in_the_loop"
    """A person checks every output before it is used."""
    ON_THE_LOOP = "human_on_the_loop"
    """A person monitors the system and can intervene or stop it."""
    IN_COMMAND = "human_in_command"
    """People decide when and how the system is used; outputs are sampled."""


class Lifecycle(StrEnum):
    PROPOSED = "proposed"
    PILOTING = "piloting"
    APPROVED = "approved"
    RESTRICTED = "restricted"
    RETIRED = "retired"


class Tier(StrEnum):
    """The risk tier a screening gives (or a justified override sets)."""

    PROHIBITED = "prohibited"
    HIGH_RISK = "high_risk"
    TRANSPARENCY = "transparency"
    MINIMAL = "minimal"
    NOT_SCREENED = "not_screened"


class LifecycleEvent(Model):
    """The use case entered ``state`` on ``on``."""

    on: Day
    state: Lifecycle
    note: Text = ""

    def __str__(self) -> str:  # how comparison sentences quote it
        return f"{self.state.value} on {self.on.isoformat()}"


class Answer(Model):
    """The answer to one question of the screening questionnaire."""

    question: Id
    """A question id of the rule file (``resources/register/``)."""
    yes: bool

    def __str__(self) -> str:
        return f"{self.question}: {'yes' if self.yes else 'no'}"


SCREENABLE_TIERS = (Tier.PROHIBITED, Tier.HIGH_RISK, Tier.TRANSPARENCY, Tier.MINIMAL)
"""The tiers an override may set (never "not screened")."""


class RegisterEntry(Entity):
    use_case_id: Id
    intended_purpose: Text = ""
    role: Role | None = None
    vendor: Label = ""
    ai_model: Label = ""
    """The model or product used (``model_…`` names are reserved by pydantic)."""
    ai_model_version: Label = ""
    business_process: Label = ""
    affected: tuple[Affected, ...] = Field(default=(), max_length=len(Affected), fail_fast=True)
    personal_data: bool | None = None
    """Whether personal data is used (None: not answered yet)."""
    dpia_reference: Label = ""
    """Link or reference of the data-protection impact assessment."""
    oversight: Oversight | None = None
    overseer_id: Id | None = None
    """The person who oversees the system (a person of the roadmap)."""
    instructions_reference: Label = ""
    """Where the provider's instructions for use are kept (AI Act Art. 26(1))."""
    log_location: Label = ""
    log_retention_months: int | None = Field(default=None, ge=0, le=1200)
    workers_informed_on: Day | None = None
    """When the workers' representatives and the workers were informed (Art. 26(7))."""
    fria_on: Day | None = None
    """When the fundamental-rights impact assessment was completed (Art. 27)."""
    fria_reference: Label = ""
    notice_reference: Label = ""
    """How people are told they deal with AI or AI-generated content (Art. 50)."""
    review_on: Day | None = None
    """The next review of the entry (monitoring, Art. 26(5))."""
    lifecycle: tuple[LifecycleEvent, ...] = Field(default=(), max_length=1000, fail_fast=True)
    """The states the use case went through, oldest first."""
    answers: tuple[Answer, ...] = Field(default=(), max_length=200, fail_fast=True)
    exception_reason: Text = ""
    """Why an Annex III use is not high-risk (Art. 6(3)): required to claim the exception."""
    override_tier: Tier | None = None
    override_reason: Text = ""
    """The written justification a tier override requires."""
    sources: Text = ""
    """Where the screening's facts come from (documents, people asked)."""

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if len({a.question for a in self.answers}) != len(self.answers):
            raise ValueError("a screening question is answered twice")
        if len(set(self.affected)) != len(self.affected):
            raise ValueError("a group of affected people is listed twice")
        if any(a.on > b.on for a, b in zip(self.lifecycle, self.lifecycle[1:], strict=False)):
            raise ValueError("the lifecycle history must be in date order")
        if self.override_tier is not None:
            if self.override_tier is Tier.NOT_SCREENED:
                raise ValueError("a tier override cannot be 'not screened'")
            if not self.override_reason.strip():
                raise ValueError("a tier override needs a written justification")
        return self

    def answer(self, question: str) -> bool | None:
        """The answer given to a question (None: not answered)."""
        return next((a.yes for a in self.answers if a.question == question), None)

    def state_on(self, day: dt.date) -> LifecycleEvent | None:
        """The lifecycle state the use case was in on a day (None before the first)."""
        found = None
        for event in self.lifecycle:
            if event.on > day:
                break
            found = event
        return found


def entry_id(use_case_id: str, taken: Container[str] = frozenset()) -> str:
    """The id of the register entry of a use case: ``reg-<use case id>``.

    Derived, so copies edited offline create the same entry; a long use case
    id (or one already taken by something else) gets a short hash instead.
    """
    candidate = f"reg-{use_case_id}"
    if len(candidate) <= 64 and candidate not in taken:
        return candidate
    digest = hashlib.sha256(use_case_id.encode("utf-8")).hexdigest()
    for size in (16, 24, 32, 40, 48, 56):
        candidate = f"reg-{digest[:size]}"
        if candidate not in taken:
            return candidate
    raise ValueError(f"no free register id for use case {use_case_id!r}")
