"""The screening questionnaire → the risk tier of a use case, with its reasons.

Decision support, not legal advice: the tier follows from the yes/no answers
recorded in the register entry and the questions of the rule file
(:mod:`planner.register.rules`), in this order:

1. a yes to a prohibited practice (Art. 5) → *prohibited* — decisive even if
   other questions are still open;
2. a prohibited practice not yet ruled out → *not screened*;
3. a yes to Art. 6(1) (a product of Annex I) → *high-risk*;
4. a yes to an area of Annex III → *high-risk*, unless an exception of
   Art. 6(3), points (a)–(d), is claimed **with a written reason** and the
   system does not profile people (profiling is always high-risk); the
   exception's five questions must all be answered;
5. a high-risk question still open → *not screened*;
6. a yes to a transparency question (Art. 50) → *transparency*; one still
   open → *not screened*; otherwise *minimal*.

A tier set by hand (``override_tier``) wins, and must carry a written
justification (the model refuses one without). Every reason names the
article it comes from.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from planner.i18n import N_, _, language, ngettext
from planner.model.register import RegisterEntry, Tier
from planner.register.rules import Question, Route, Rules, rules

TIER_WORDS = {
    Tier.PROHIBITED: "prohibited",
    Tier.HIGH_RISK: "high-risk",
    Tier.TRANSPARENCY: "transparency",
    Tier.MINIMAL: "minimal",
    Tier.NOT_SCREENED: "not screened",
}
"""The tier as scripts, the workbook and the English interface write it."""

EXCEPTION_POINTS = ("a", "b", "c", "d")
INFRASTRUCTURE = "annex3_infrastructure"
"""Annex III point 2: outside the scope of the fundamental-rights impact assessment."""
FRIA_AREAS = ("annex3_credit", "annex3_insurance")
"""Annex III points 5(b) and 5(c): an assessment whoever the deployer is (Art. 27(1))."""
PUBLIC_SERVICE = "art27_public_service"


@dataclass(frozen=True)
class Screening:
    """A use case's risk screening: its tier, why, and what is left to answer."""

    tier: Tier
    """The tier that counts: the override if there is one, else the screening's."""
    screened: Tier
    """What the answers give."""
    reasons: tuple[str, ...]
    """Why, one sentence each, each citing its article."""
    route: Route | None
    """How it is high-risk (Annex I or Annex III), if it is by the answers."""
    unanswered: tuple[str, ...]
    """Ids of the questions still needed (for the tier, or for the duties it brings)."""
    overridden: bool
    fria_scope: bool | None
    """Within Art. 27(1)'s scope (None: the public-service question is still open)."""


_TIER_MESSAGES = {
    Tier.PROHIBITED: N_("prohibited"),
    Tier.HIGH_RISK: N_("high-risk"),
    Tier.TRANSPARENCY: N_("transparency"),
    Tier.MINIMAL: N_("minimal"),
    Tier.NOT_SCREENED: N_("not screened"),
}


def tier_text(tier: Tier) -> str:
    """The tier in the user's language (only that word is translated: the workbook
    asks once per use case)."""
    return _(_TIER_MESSAGES[tier])


def _yes_to(r: Rules, question: Question) -> str:
    return _(
        "{article} — yes to: {question}",
        article=r.articles[question.article].ref,
        question=str(question.text),
    )


def screen(entry: RegisterEntry | None) -> Screening:
    """The tier of a use case from its register entry (None: no entry yet)."""
    if entry is None:
        return _unscreened(language())
    r = rules()
    answers = {a.question: a.yes for a in entry.answers}
    if answers:
        tier, reasons, route, unanswered = _tier(r, entry, answers)
    else:
        tier, route = Tier.NOT_SCREENED, None
        reasons = [_("Not screened yet: answer the questionnaire of its register entry.")]
        unanswered = [q.id for q in r.questions if q.group in _ALWAYS]
    if entry.override_tier is None:
        fria = _fria_scope(answers, route)
        return Screening(tier, tier, tuple(reasons), route, tuple(unanswered), False, fria)
    if entry.override_tier is Tier.HIGH_RISK and route is None:
        route = "annex_iii"  # the duties of a use case declared high-risk by hand
    head = _(
        "Tier set by hand to {tier} (the screening gives {screened}): {reason}",
        tier=tier_text(entry.override_tier),
        screened=tier_text(tier),
        reason=" ".join(entry.override_reason.split()),
    )
    return Screening(
        entry.override_tier,
        tier,
        (head, *reasons),
        route,
        tuple(unanswered),
        True,
        _fria_scope(answers, route),
    )


_ALWAYS = ("prohibited", "high_risk", "transparency")


@cache
def _unscreened(_language: str) -> Screening:
    """A use case with no register entry (one value per language: tables ask often)."""
    reason = _("Not screened yet: answer the questionnaire of its register entry.")
    every = tuple(q.id for q in rules().questions if q.group in _ALWAYS)
    return Screening(Tier.NOT_SCREENED, Tier.NOT_SCREENED, (reason,), None, every, False, False)


def _open(answers: dict[str, bool], questions: tuple[Question, ...]) -> list[str]:
    return [q.id for q in questions if q.id not in answers]


def _tier(
    r: Rules, entry: RegisterEntry, answers: dict[str, bool]
) -> tuple[Tier, list[str], Route | None, list[str]]:
    prohibited = r.group("prohibited")
    high_risk = r.group("high_risk")
    transparency = r.group("transparency")
    unanswered = _open(answers, prohibited) + _open(answers, high_risk)
    unanswered += _open(answers, transparency)
    banned = [q for q in prohibited if answers.get(q.id)]
    if banned:
        return Tier.PROHIBITED, [_yes_to(r, q) for q in banned], None, unanswered
    if _open(answers, prohibited):
        return Tier.NOT_SCREENED, [_still_open(unanswered)], None, unanswered
    annex_i = [q for q in high_risk if q.route == "annex_i" and answers.get(q.id)]
    annex_iii = [q for q in high_risk if q.route == "annex_iii" and answers.get(q.id)]
    reasons: list[str] = []
    route: Route | None = None
    if annex_iii:
        exception = r.group("exception")
        missing = _open(answers, exception)
        unanswered += missing
        reasons += [_yes_to(r, q) for q in annex_iii]
        if missing:
            return Tier.NOT_SCREENED, [*reasons, _still_open(unanswered)], None, unanswered
        excepted, why = _exception(r, entry, answers, exception)
        reasons.append(why)
        if not excepted:
            route = "annex_iii"
    if annex_i:
        reasons = [_yes_to(r, q) for q in annex_i] + reasons
        route = route or "annex_i"
    if route is not None:
        if any(answers.get(q.id) for q in transparency):
            reasons += [_yes_to(r, q) for q in transparency if answers.get(q.id)]
        if PUBLIC_SERVICE not in answers and route == "annex_iii":
            unanswered.append(PUBLIC_SERVICE)
        return Tier.HIGH_RISK, reasons, route, unanswered
    if _open(answers, high_risk):
        return Tier.NOT_SCREENED, [*reasons, _still_open(unanswered)], None, unanswered
    shown = [q for q in transparency if answers.get(q.id)]
    if shown:
        return Tier.TRANSPARENCY, [*reasons, *(_yes_to(r, q) for q in shown)], None, unanswered
    if _open(answers, transparency):
        return Tier.NOT_SCREENED, [*reasons, _still_open(unanswered)], None, unanswered
    reasons.append(
        _(
            "No prohibited practice (Art. 5), no high-risk use (Art. 6, Annex III) "
            "and no transparency duty (Art. 50) in the answers."
        )
    )
    return Tier.MINIMAL, reasons, None, unanswered


def _still_open(unanswered: list[str]) -> str:
    return ngettext(
        "{count} screening question still to answer.",
        "{count} screening questions still to answer.",
        len(unanswered),
    )


def _exception(
    r: Rules, entry: RegisterEntry, answers: dict[str, bool], exception: tuple[Question, ...]
) -> tuple[bool, str]:
    """Whether the Art. 6(3) exception holds, and the sentence saying why (not)."""
    ref = r.articles[exception[0].article].ref
    points = [q.point for q in exception if q.point in EXCEPTION_POINTS and answers.get(q.id)]
    profiling = any(answers.get(q.id) for q in exception if q.point == "profiling")
    if not points:
        if profiling:
            return False, _(
                "{article}: it profiles people, so it is always high-risk.", article=ref
            )
        return False, _("{article}: no exception applies.", article=ref)
    claimed = ", ".join(f"({p})" for p in points)
    if profiling:
        return False, _(
            "{article}: exception {points} claimed, but it profiles people: always high-risk.",
            article=ref,
            points=claimed,
        )
    reason = " ".join(entry.exception_reason.split())
    if not reason:
        return False, _(
            "{article}: exception {points} claimed without a written reason: "
            "treated as high-risk until the reason is recorded.",
            article=ref,
            points=claimed,
        )
    return True, _(
        "{article}, exception {points}: not high-risk — {reason}",
        article=ref,
        points=claimed,
        reason=reason,
    )


def _fria_scope(answers: dict[str, bool], route: Route | None) -> bool | None:
    """Art. 27(1): an Annex III system (not only point 2), deployed by a public body or
    public service, or used for credit scoring or life and health insurance pricing."""
    if route != "annex_iii":
        return False
    if any(answers.get(q) for q in FRIA_AREAS):
        return True
    areas = [
        q.id for q in rules().group("high_risk") if q.route == "annex_iii" and answers.get(q.id)
    ]
    if areas == [INFRASTRUCTURE]:
        return False
    return answers.get(PUBLIC_SERVICE)
