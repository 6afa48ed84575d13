"""The rules of the register, read from ``resources/register/eu-ai-act.json``.

Dates, article texts, questions and duties live in that data file with their
sources, never in code: when the law or its reading changes, the file changes
and every roadmap follows. This module reads and checks it (a broken file
fails loudly, naming the place), and answers the questions the screening and
the duties ask of it.

Two *tracks* of application dates are kept apart: the regulation as adopted
(``status: law``, the dates that decide a duty's status) and a pending
amendment (``status: pending``, shown beside them, never used to decide).
A track whose status becomes ``law`` in the file takes over for the dates it
sets, with no change in code.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from planner.i18n import language
from planner.model.register import Role, Tier
from planner.resources import resources_dir

RULES_FILE = "eu-ai-act.json"
FORMAT = "pilot-planner-register-rules"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Words(_Strict):
    """A text in English and French."""

    en: str = Field(min_length=1)
    fr: str = Field(min_length=1)

    def __str__(self) -> str:
        return self.fr if language() == "fr" else self.en


class Source(_Strict):
    title: str
    url: str


class Track(_Strict):
    id: str
    status: Literal["law", "pending"]
    label: Words
    status_text: Words
    sources: tuple[Source, ...]


class Dates(_Strict):
    """When one group of obligations applies, on each track."""

    label: Words
    adopted: dt.date
    omnibus: dt.date | None = None
    source: str
    omnibus_source: str = ""


class Regulation(_Strict):
    title: str
    short: str
    published: str
    entry_into_force: dt.date
    url: str
    source: str


class Article(_Strict):
    ref: str
    """How it is cited: ``Art. 26(6)``, ``Annex III, point 4(b)``."""
    title: str
    text: str
    """The English text of the Official Journal; ``[…]`` marks a cut, ``[Summary]`` a summary."""


Group = Literal["prohibited", "high_risk", "exception", "transparency", "fria"]
Route = Literal["annex_i", "annex_iii"]


class Question(_Strict):
    id: str
    group: Group
    article: str
    text: Words
    route: Route | None = None
    """For a high-risk question: which route to high risk a yes opens."""
    point: str = ""
    """For an Art. 6(3) question: the point (a)–(d), or ``profiling``."""


class When(_Strict):
    """When a duty applies; every condition given must hold."""

    tiers: tuple[Tier, ...] = ()
    roles: tuple[Role, ...] = ()
    question: str | None = None
    """A question answered yes."""
    affected: tuple[str, ...] = ()
    """At least one of these groups is affected."""
    personal_data: bool | None = None
    route: Route | None = None
    fria: bool | None = None
    """The Art. 27(1) scope: a public body or public service, or Annex III point 5(b)/(c)."""


Evidence = Literal[
    "literacy",
    "not_in_use",
    "instructions",
    "overseer",
    "review",
    "logs",
    "workers_informed",
    "dpia",
    "notice",
    "fria",
    "manual",
]


class Duty(_Strict):
    id: str
    article: str
    date: str
    """A key of ``dates``, or ``high_risk`` (the date of the route to high risk)."""
    evidence: Evidence
    """What in the register shows the duty is met (``manual``: the app cannot tell)."""
    when: When
    duty: Words


class Rules(_Strict):
    format: Literal["pilot-planner-register-rules"]
    format_version: Literal[1]
    checked_on: dt.date
    disclaimer: Words
    regulation: Regulation
    tracks: tuple[Track, ...]
    dates: dict[str, Dates]
    articles: dict[str, Article]
    questions: tuple[Question, ...]
    duties: tuple[Duty, ...]

    @model_validator(mode="after")
    def _consistent(self) -> Rules:
        ids = [q.id for q in self.questions]
        if len(set(ids)) != len(ids):
            raise ValueError("a question id is used twice")
        known = set(ids)
        for q in self.questions:
            if q.article not in self.articles:
                raise ValueError(f"question {q.id}: no article {q.article!r}")
        for d in self.duties:
            if d.article not in self.articles:
                raise ValueError(f"duty {d.id}: no article {d.article!r}")
            if d.date != "high_risk" and d.date not in self.dates:
                raise ValueError(f"duty {d.id}: no dates {d.date!r}")
            if d.when.question is not None and d.when.question not in known:
                raise ValueError(f"duty {d.id}: no question {d.when.question!r}")
        if {t.id for t in self.tracks} != {"adopted", "omnibus"}:
            raise ValueError("the tracks must be 'adopted' and 'omnibus'")
        for key in ("high_risk_annex_i", "high_risk_annex_iii", "ai_literacy", "prohibitions"):
            if key not in self.dates:
                raise ValueError(f"the dates {key!r} are missing")
        return self

    # ---------------------------------------------------------------- lookup

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def group(self, group: Group) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if q.group == group)

    def track(self, track_id: str) -> Track:
        return next(t for t in self.tracks if t.id == track_id)

    def dates_for(self, duty: Duty, route: Route | None) -> Dates:
        key = duty.date
        if key == "high_risk":
            key = "high_risk_annex_i" if route == "annex_i" else "high_risk_annex_iii"
        return self.dates[key]

    def applies_from(self, dates: Dates) -> dt.date:
        """The date that decides: the pending track's only once the file says it is law."""
        if dates.omnibus is not None and self.track("omnibus").status == "law":
            return dates.omnibus
        return dates.adopted

    def pending_from(self, dates: Dates) -> dt.date | None:
        """The date the pending track would set (None: it sets none, or it is law already)."""
        if dates.omnibus is None or self.track("omnibus").status == "law":
            return None
        return dates.omnibus


class RulesError(ValueError):
    """The rule file is missing or broken (an installation problem, never the user's)."""


@cache
def rules() -> Rules:
    """The register's rules (read once)."""
    path = resources_dir() / "register" / RULES_FILE
    try:
        with open(path, encoding="utf-8") as file:
            data = json.load(file)
        return Rules.model_validate(data)
    except (OSError, json.JSONDecodeError) as exc:
        raise RulesError(f"{path}: cannot be read ({exc})") from None
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise RulesError(f"{path}: {where}: {first['msg']}") from None
