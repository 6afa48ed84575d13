"""The register of a roadmap as of a date: one computation for every view.

:func:`register_rows` gives, for every use case, its tier and reasons, its
duties with their status, the overseer, the lifecycle state and what keeps
its entry from being complete. The ``register`` command (text, JSON, CSV),
the workbook's Register sheet, the app's tier column and register panel all
read these rows, so they always agree.

**Complete** means: an entry exists, the screening is finished and not
prohibited, the fields an auditor asks for are filled (intended purpose,
role, vendor, model, business process, people affected, personal data,
oversight model, a lifecycle state, a review date), and no duty that applies
on the date is missing. AI literacy (Art. 4) is the one duty left out: it is
the organisation's, measured per team (:mod:`planner.register.literacy`), and
has its own method check. Completeness only becomes a requirement when the
stage holding the use case is active (method checks, gate criterion), and
only for use cases past the idea stage and not dropped.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from planner.i18n import _, ngettext
from planner.model.entities import Roadmap, Stage, StageStatus, UseCase, UseCaseStatus
from planner.model.kinds import find
from planner.model.register import Lifecycle, RegisterEntry, Tier
from planner.register.duties import DutyState, DutyStatus, Memo, duties
from planner.register.literacy import TeamLiteracy, team_literacy
from planner.register.screening import Screening, screen, tier_text

LITERACY_DUTY = "ai_literacy"


def required_fields() -> dict[str, str]:
    """The fields a complete entry has filled in, with their names in the user's language."""
    return {
        "intended_purpose": _("intended purpose"),
        "role": _("role"),
        "vendor": _("vendor"),
        "ai_model": _("model"),
        "business_process": _("business process"),
        "affected": _("people affected"),
        "personal_data": _("personal data"),
        "oversight": _("oversight model"),
        "lifecycle": _("lifecycle state"),
        "review_on": _("review date"),
    }


@dataclass(frozen=True)
class RegisterRow:
    """One use case's line of the register: its entry, screening, duties and gaps."""

    use_case: UseCase
    stage: Stage | None
    entry: RegisterEntry | None
    screening: Screening
    duties: tuple[DutyState, ...]
    overseer: str
    """The overseer's name ("" when none is named)."""
    lifecycle: Lifecycle | None
    lifecycle_on: dt.date | None
    gaps: tuple[str, ...]
    """What keeps the entry from being complete (empty: complete)."""

    @property
    def tier(self) -> Tier:
        return self.screening.tier

    @property
    def complete(self) -> bool:
        return not self.gaps

    @property
    def counted(self) -> bool:
        """Whether the register is due for it: not a mere idea, not dropped."""
        return self.use_case.status not in (UseCaseStatus.IDEA, UseCaseStatus.DROPPED)


def entries_by_use_case(roadmap: Roadmap) -> dict[str, RegisterEntry]:
    return {e.use_case_id: e for e in roadmap.register_entries}


def register_rows(
    roadmap: Roadmap, as_of: dt.date, use_cases: Iterable[UseCase] | None = None
) -> list[RegisterRow]:
    """The register row of every use case (or of those given), in roadmap order."""
    entries = entries_by_use_case(roadmap)
    literacy = team_literacy(roadmap, as_of)
    stages = {s.id: s for s in roadmap.stages}
    people = {p.id: p.name for p in roadmap.people}
    chosen = roadmap.use_cases if use_cases is None else use_cases
    shared = _Shared(literacy, people, Memo(), (_("No register entry yet."),))
    return [
        _row(roadmap, uc, stages.get(uc.stage_id or ""), entries.get(uc.id), shared, as_of)
        for uc in chosen
    ]


@dataclass(frozen=True)
class _Shared:
    """What every row of one computation reads."""

    literacy: dict[str, TeamLiteracy]
    people: dict[str, str]
    memo: Memo
    no_entry: tuple[str, ...]
    """The gaps of a use case without an entry (the same sentence for all)."""


def register_row(roadmap: Roadmap, use_case_id: str, as_of: dt.date) -> RegisterRow | None:
    """The register row of one use case (None if there is no such use case)."""
    use_case = find(roadmap, "use_case", use_case_id)
    if use_case is None:
        return None
    return register_rows(roadmap, as_of, [use_case])[0]


def _row(
    roadmap: Roadmap,
    use_case: UseCase,
    stage: Stage | None,
    entry: RegisterEntry | None,
    shared: _Shared,
    as_of: dt.date,
) -> RegisterRow:
    screening = screen(entry)
    states = duties(roadmap, use_case, entry, screening, shared.literacy, as_of, shared.memo)
    overseer = ""
    if entry is not None and entry.overseer_id is not None:
        overseer = shared.people.get(entry.overseer_id, "")
    state = entry.state_on(as_of) if entry is not None else None
    return RegisterRow(
        use_case,
        stage,
        entry,
        screening,
        states,
        overseer,
        None if state is None else state.state,
        None if state is None else state.on,
        shared.no_entry if entry is None else tuple(_gaps(entry, screening, states)),
    )


def _gaps(
    entry: RegisterEntry | None, screening: Screening, states: tuple[DutyState, ...]
) -> list[str]:
    if entry is None:
        return [_("No register entry yet.")]
    gaps: list[str] = []
    if screening.screened is Tier.NOT_SCREENED and not screening.overridden:
        gaps.append(
            ngettext(
                "Screening unfinished: {count} question to answer.",
                "Screening unfinished: {count} questions to answer.",
                len(screening.unanswered),
            )
        )
    elif screening.unanswered:
        gaps.append(
            ngettext(
                "{count} screening question still open.",
                "{count} screening questions still open.",
                len(screening.unanswered),
            )
        )
    if screening.tier is Tier.PROHIBITED:
        gaps.append(_("A prohibited practice (Art. 5): it must not be used."))
    missing = [label for name, label in required_fields().items() if _empty(entry, name)]
    if missing:
        gaps.append(_("To fill in: {fields}.", fields=", ".join(missing)))
    for state in states:
        if state.status is DutyStatus.MISSING and state.id != LITERACY_DUTY:
            gaps.append(_("{article}: {detail}", article=state.article, detail=state.detail))
    return gaps


def _empty(entry: RegisterEntry, name: str) -> bool:
    value = getattr(entry, name)
    if isinstance(value, str):
        return not value.strip()
    return value is None or value == ()


# ------------------------------------------------------------------ stages


def active(stage: Stage | None) -> bool:
    """Whether the register is required for the stage's use cases (active or at the gate)."""
    return stage is not None and stage.status in (StageStatus.ACTIVE, StageStatus.AT_GATE)


def complete_percent(rows: Iterable[RegisterRow]) -> float | None:
    """% of the rows (not dropped) whose entry is complete; None when there are none."""
    counted = [r for r in rows if r.counted]
    if not counted:
        return None
    return 100.0 * sum(r.complete for r in counted) / len(counted)


@dataclass(frozen=True)
class StageCompliance:
    """How complete a stage's register is: its use cases, tiers and what is missing."""

    stage: Stage
    use_cases: int
    complete: int
    tiers: dict[Tier, int]
    missing_duties: int
    teams_below: tuple[TeamLiteracy, ...]
    """Teams of the stage below the AI-literacy target."""
    first_gap: RegisterRow | None
    """The first use case whose entry is incomplete (where to go to complete it)."""

    def sentence(self) -> str:
        """``Register: 3 of 5 use cases complete — 1 high-risk, 1 not screened; …``."""
        if not self.use_cases:
            head = _("Register: no use cases in this stage.")
        else:
            head = _(
                "Register: {complete} of {total} use cases complete",
                complete=self.complete,
                total=self.use_cases,
            )
            counts = [
                f"{n} {tier_text(tier)}"
                for tier in (Tier.PROHIBITED, Tier.HIGH_RISK, Tier.NOT_SCREENED)
                if (n := self.tiers.get(tier, 0))
            ]
            if counts:
                head = _("{head} — {counts}", head=head, counts=", ".join(counts))
            if self.missing_duties:
                head = ngettext(
                    "{head}; {count} duty missing",
                    "{head}; {count} duties missing",
                    self.missing_duties,
                    head=head,
                )
            head += "."
        if self.teams_below:
            head += " " + ngettext(
                "AI literacy below {target} % in {teams}.",
                "AI literacy below {target} % in {teams}.",
                len(self.teams_below),
                target=self.teams_below[0].target,
                teams=", ".join(t.name for t in self.teams_below),
            )
        return head


def stage_compliance(
    roadmap: Roadmap, as_of: dt.date, rows: Iterable[RegisterRow] | None = None
) -> list[StageCompliance]:
    """The register's state for every stage, in stage order (``rows``: the register rows
    of the same roadmap and date, when already computed)."""
    rows = register_rows(roadmap, as_of) if rows is None else rows
    literacy = team_literacy(roadmap, as_of)
    by_stage: dict[str, list[RegisterRow]] = {}
    for row in rows:
        if row.stage is not None and row.counted:
            by_stage.setdefault(row.stage.id, []).append(row)
    result = []
    for stage in roadmap.stages:
        mine = by_stage.get(stage.id, [])
        tiers = Counter(r.tier for r in mine)
        missing = sum(
            1
            for r in mine
            for d in r.duties
            if d.status is DutyStatus.MISSING and d.id != LITERACY_DUTY
        )
        below = tuple(
            literacy[t]
            for t in dict.fromkeys(stage.team_ids)
            if t in literacy and not literacy[t].meets
        )
        first = next((r for r in mine if not r.complete), None)
        result.append(
            StageCompliance(
                stage, len(mine), sum(r.complete for r in mine), dict(tiers), missing, below, first
            )
        )
    return result
