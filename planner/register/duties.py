"""The duties a use case brings, with their article, date and status as of a date.

Which duties apply follows the rule file (:mod:`planner.register.rules`): the
tier, the company's role (deployer when not recorded), the answers, the
people affected and the route to high risk. Each duty's date is the one of
the regulation as adopted; the date the pending amendment would set is kept
beside it, never used to decide. Its status:

- *met* — the register shows the evidence (an overseer with a training
  record, logs kept at least six months, workers informed before use …);
- *upcoming* — no evidence yet, but the duty does not apply before its date;
- *missing* — no evidence, and the duty applies on the as-of date;
- *to check* — the app cannot tell from the register (input data, provider
  obligations): confirm it with the owner.

Decision support, not legal advice: each duty cites its article.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from planner.i18n import N_, _, format_day
from planner.model.entities import Roadmap, UseCase, UseCaseStatus
from planner.model.kinds import find
from planner.model.register import Lifecycle, RegisterEntry, Role
from planner.register.literacy import TeamLiteracy
from planner.register.rules import Duty, Rules, rules
from planner.register.screening import Screening

LOG_MONTHS = 6
"""Art. 26(6): logs are kept for at least six months."""


class DutyStatus(StrEnum):
    MET = "met"
    MISSING = "missing"
    UPCOMING = "upcoming"
    TO_CHECK = "to_check"


STATUS_WORDS = {
    DutyStatus.MET: "met",
    DutyStatus.MISSING: "missing",
    DutyStatus.UPCOMING: "upcoming",
    DutyStatus.TO_CHECK: "to check",
}
"""The status as scripts, the workbook and the English interface write it."""


_STATUS_MESSAGES = {
    DutyStatus.MET: N_("met"),
    DutyStatus.MISSING: N_("missing"),
    DutyStatus.UPCOMING: N_("upcoming"),
    DutyStatus.TO_CHECK: N_("to check"),
}


def status_text(status: DutyStatus) -> str:
    return _(_STATUS_MESSAGES[status])


@dataclass(frozen=True)
class DutyState:
    """Where one duty of a use case stands on a date."""

    id: str
    article: str
    """How the article is cited (``Art. 26(6)``)."""
    duty: str
    applies_from: dt.date
    """When the duty applies under the regulation as adopted."""
    pending_from: dt.date | None
    """When it would apply under the pending amendment (None: it sets no other date)."""
    status: DutyStatus
    detail: str
    """What the register shows, or what is missing."""


@dataclass(frozen=True)
class _Evidence:
    """Whether the register shows a duty met, and what says so."""

    met: bool | None
    """True: shown; False: not shown; None: the app cannot tell."""
    detail: str


def use_start(use_case: UseCase, entry: RegisterEntry | None) -> dt.date:
    """When use begins: the first piloting or later lifecycle date, else the planned start."""
    if entry is not None:
        for event in entry.lifecycle:
            if event.state in (Lifecycle.PILOTING, Lifecycle.APPROVED, Lifecycle.RESTRICTED):
                return min(event.on, use_case.planned_start)
    return use_case.planned_start


@dataclass(frozen=True)
class _Applicable:
    """A duty that applies to a use case, from when."""

    duty: Duty
    scope: bool | None
    """True: applies; None: depends on an answer still open."""
    article: str
    text: str
    applies_from: dt.date
    pending_from: dt.date | None


@dataclass
class Memo:
    """What many use cases share in one computation (a register of thousands of rows):
    the duties that apply to a profile of answers, and each set of teams' literacy."""

    applicable: dict[tuple[object, ...], tuple[_Applicable, ...]] = field(default_factory=dict)
    literacy: dict[tuple[str, ...], _Evidence] = field(default_factory=dict)


def _profile(entry: RegisterEntry | None, screening: Screening) -> tuple[object, ...]:
    """Everything the conditions of the rule file look at."""
    if entry is None:
        return (screening.tier, screening.route, screening.fria_scope)
    return (
        screening.tier,
        screening.route,
        screening.fria_scope,
        entry.role,
        frozenset(a.question for a in entry.answers if a.yes),
        frozenset(entry.affected),
        entry.personal_data,
    )


def _applicable(
    entry: RegisterEntry | None, screening: Screening, memo: Memo
) -> tuple[_Applicable, ...]:
    key = _profile(entry, screening)
    found = memo.applicable.get(key)
    if found is None:
        r = rules()
        items = []
        for duty in r.duties:
            scope = _applies(duty, entry, screening)
            if scope is False:
                continue
            dates = r.dates_for(duty, screening.route)
            items.append(
                _Applicable(
                    duty,
                    scope,
                    _article(r, duty),
                    str(duty.duty),
                    r.applies_from(dates),
                    r.pending_from(dates),
                )
            )
        found = memo.applicable[key] = tuple(items)
    return found


def duties(
    roadmap: Roadmap,
    use_case: UseCase,
    entry: RegisterEntry | None,
    screening: Screening,
    literacy: Mapping[str, TeamLiteracy],
    as_of: dt.date,
    memo: Memo | None = None,
) -> tuple[DutyState, ...]:
    """The duties of one use case as of a date, in the order of the rule file.

    ``memo`` shares work between the use cases of one computation."""
    memo = memo if memo is not None else Memo()
    found: list[DutyState] = []
    for item in _applicable(entry, screening, memo):
        if item.scope is None:
            evidence = _Evidence(
                None,
                _("Say whether the company is a public body or provides public services."),
            )
        elif item.duty.evidence == "literacy":
            teams = tuple(dict.fromkeys(use_case.team_ids))
            evidence = memo.literacy.get(teams) or memo.literacy.setdefault(
                teams, _literacy(teams, literacy)
            )
        else:
            evidence = _evidence(item.duty, roadmap, use_case, entry, literacy, as_of)
        if evidence.met is None:
            status = DutyStatus.TO_CHECK
        elif evidence.met:
            status = DutyStatus.MET
        elif as_of < item.applies_from:
            status = DutyStatus.UPCOMING
        else:
            status = DutyStatus.MISSING
        found.append(
            DutyState(
                item.duty.id,
                item.article,
                item.text,
                item.applies_from,
                item.pending_from,
                status,
                evidence.detail,
            )
        )
    return tuple(found)


def _article(r: Rules, duty: Duty) -> str:
    return r.articles[duty.article].ref


def _applies(duty: Duty, entry: RegisterEntry | None, screening: Screening) -> bool | None:
    """Whether the duty applies (None: it depends on an answer still open)."""
    when = duty.when
    if when.tiers and screening.tier not in when.tiers:
        return False
    role = (entry.role if entry is not None else None) or Role.DEPLOYER
    if when.roles and role not in when.roles:
        return False
    if when.question is not None and (entry is None or entry.answer(when.question) is not True):
        return False
    if when.affected and (entry is None or not set(when.affected) & set(entry.affected)):
        return False
    if when.personal_data is not None and (
        entry is None or entry.personal_data is not when.personal_data
    ):
        return False
    if when.route is not None and screening.route != when.route:
        return False
    if when.fria is not None:
        if screening.fria_scope is None:
            return None
        return screening.fria_scope is when.fria
    return True


def _evidence(
    duty: Duty,
    roadmap: Roadmap,
    use_case: UseCase,
    entry: RegisterEntry | None,
    literacy: Mapping[str, TeamLiteracy],
    as_of: dt.date,
) -> _Evidence:
    kind = duty.evidence
    if kind == "literacy":
        return _literacy(tuple(dict.fromkeys(use_case.team_ids)), literacy)
    if kind == "not_in_use":
        return _not_in_use(use_case, entry, as_of)
    if kind == "manual":
        return _Evidence(None, _("The app cannot check this: confirm it with the owner."))
    if entry is None:
        return _Evidence(False, _("No register entry yet."))
    if kind == "overseer":
        return _overseer(roadmap, entry, as_of)
    if kind == "review":
        if entry.review_on is None:
            return _Evidence(False, _("No review date recorded."))
        if entry.review_on < as_of:
            return _Evidence(
                False, _("The review was due on {day}.", day=format_day(entry.review_on))
            )
        return _Evidence(True, _("Next review on {day}.", day=format_day(entry.review_on)))
    if kind == "logs":
        return _logs(entry)
    if kind in ("workers_informed", "fria"):
        day = entry.workers_informed_on if kind == "workers_informed" else entry.fria_on
        return _before_use(day, use_start(use_case, entry), as_of, kind == "fria", entry)
    reference = {
        "instructions": entry.instructions_reference,
        "dpia": entry.dpia_reference,
        "notice": entry.notice_reference,
    }[kind]
    if reference.strip():
        return _Evidence(True, reference.strip())
    return _Evidence(
        False,
        {
            "instructions": _("Record where the provider's instructions for use are kept."),
            "dpia": _("Record the reference of the data-protection impact assessment."),
            "notice": _("Record how people are told (notice, label, message)."),
        }[kind],
    )


def _literacy(team_ids: tuple[str, ...], literacy: Mapping[str, TeamLiteracy]) -> _Evidence:
    teams = [literacy[t] for t in team_ids if t in literacy]
    if not teams:
        return _Evidence(None, _("Name the teams that use it to see their AI literacy."))
    below = [t for t in teams if not t.meets]
    if below:
        return _Evidence(False, _("; ").join(t.sentence() for t in below))
    return _Evidence(True, _("; ").join(t.sentence() for t in teams))


def _not_in_use(use_case: UseCase, entry: RegisterEntry | None, as_of: dt.date) -> _Evidence:
    state = entry.state_on(as_of) if entry is not None else None
    if state is not None and state.state is Lifecycle.RETIRED:
        return _Evidence(True, _("Retired on {day}.", day=format_day(state.on)))
    if use_case.status is UseCaseStatus.DROPPED:
        return _Evidence(True, _("The use case is dropped."))
    return _Evidence(False, _("Still planned or in use: drop it or retire it."))


def _overseer(roadmap: Roadmap, entry: RegisterEntry, as_of: dt.date) -> _Evidence:
    if entry.overseer_id is None:
        return _Evidence(False, _("No overseer named."))
    person = find(roadmap, "person", entry.overseer_id)
    if person is None:
        return _Evidence(False, _("No overseer named."))
    if person.trained_on is None or person.trained_on > as_of:
        return _Evidence(False, _("{person} has no training record yet.", person=person.name))
    return _Evidence(
        True,
        _("{person}, trained on {day}.", person=person.name, day=format_day(person.trained_on)),
    )


def _logs(entry: RegisterEntry) -> _Evidence:
    months = entry.log_retention_months
    if months is None:
        return _Evidence(False, _("How long the logs are kept is not recorded."))
    if months < LOG_MONTHS:
        return _Evidence(
            False, _("Logs kept {months} months: at least six are required.", months=months)
        )
    if not entry.log_location.strip():
        return _Evidence(False, _("Where the logs are kept is not recorded."))
    return _Evidence(
        True,
        _("Kept {months} months in {place}.", months=months, place=entry.log_location.strip()),
    )


def _before_use(
    day: dt.date | None, start: dt.date, as_of: dt.date, fria: bool, entry: RegisterEntry
) -> _Evidence:
    if day is None:
        return _Evidence(
            False,
            _("No impact assessment recorded.") if fria else _("No information date recorded."),
        )
    if day > as_of:
        return _Evidence(False, _("Planned for {day}.", day=format_day(day)))
    if day > start:
        return _Evidence(
            False,
            _(
                "Done on {day}, after use began on {start}: it must come before.",
                day=format_day(day),
                start=format_day(start),
            ),
        )
    if fria:
        reference = entry.fria_reference.strip()
        done = _("Done on {day}.", day=format_day(day))
        return _Evidence(True, f"{done} {reference}".strip())
    return _Evidence(True, _("Informed on {day}.", day=format_day(day)))
