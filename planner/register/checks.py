"""Method checks of the responsible-AI register (added to :mod:`planner.evidence.checks`).

- ``register_prohibited_use_case`` (warning): a use case screened (or set) as
  a prohibited practice, in any stage, not dropped nor retired.
- ``register_high_risk_duty_missing`` (warning): a high-risk use case of an
  active or at-gate stage with a duty missing on the date (no overseer, no
  information of the workers, no impact assessment where required, logs kept
  under six months …); the duties are named with their article.
- ``register_literacy_below_target`` (warning): teams of active or at-gate
  stages below the roadmap's AI-literacy target (Art. 4), in one finding that
  names them with how many of their people have a training record.
- ``register_unscreened_in_active_stage`` (warning): a use case not screened
  yet in an active or at-gate stage.

A dropped use case is left out of every check; a use case still at the idea
stage only of the prohibited-practice check.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from planner.i18n import _, ngettext
from planner.model.entities import Roadmap, StageStatus, UseCase, UseCaseStatus
from planner.model.kinds import EntityKind
from planner.model.register import Lifecycle, Tier
from planner.register.duties import DutyStatus
from planner.register.literacy import TeamLiteracy, team_literacy
from planner.register.screening import screen
from planner.register.summary import LITERACY_DUTY, entries_by_use_case, register_rows
from planner.rules.findings import WARNING, Finding

ACTIVE = (StageStatus.ACTIVE, StageStatus.AT_GATE)
LITERACY_NAMED = 3
"""Teams named in the literacy finding before "N more"."""


def register_checks(roadmap: Roadmap, as_of: dt.date) -> Iterator[Finding]:
    """The register's findings as of a date, use cases first, then teams.

    Only the tier is needed for most use cases (a screening, cheap); the duties are
    worked out for the high-risk use cases of active stages alone."""
    if not roadmap.use_cases:
        return
    active = {s.id: s.name for s in roadmap.stages if s.status in ACTIVE}
    entries = entries_by_use_case(roadmap)
    flagged: list[tuple[UseCase, Tier]] = []
    for uc in roadmap.use_cases:
        if uc.status is UseCaseStatus.DROPPED:
            continue
        tier = screen(entries.get(uc.id)).tier
        in_active = uc.stage_id in active and uc.status is not UseCaseStatus.IDEA
        if tier is Tier.PROHIBITED or (in_active and tier in (Tier.NOT_SCREENED, Tier.HIGH_RISK)):
            flagged.append((uc, tier))
    high = [uc for uc, tier in flagged if tier is Tier.HIGH_RISK]
    rows = {r.use_case.id: r for r in register_rows(roadmap, as_of, high)} if high else {}
    for uc, tier in flagged:
        stage = active.get(uc.stage_id or "", "")
        if tier is Tier.PROHIBITED:
            entry = entries.get(uc.id)
            state = entry.state_on(as_of) if entry is not None else None
            if state is None or state.state is not Lifecycle.RETIRED:
                yield Finding(
                    "register_prohibited_use_case", EntityKind.USE_CASE, uc.id, WARNING,
                    _("Use case '{use_case}' is screened as a prohibited AI practice "
                      "(AI Act Art. 5): it must not be used; drop it or retire it.",
                      use_case=uc.name),
                )  # fmt: skip
        elif tier is Tier.NOT_SCREENED:
            yield Finding(
                "register_unscreened_in_active_stage", EntityKind.USE_CASE, uc.id, WARNING,
                _("Use case '{use_case}' runs in active stage '{stage}' but is not screened "
                  "against the AI Act yet: answer its register questionnaire.",
                  use_case=uc.name, stage=stage),
            )  # fmt: skip
        else:
            missing = [
                f"{d.article} ({d.detail.rstrip('.')})"
                for d in rows[uc.id].duties
                if d.status is DutyStatus.MISSING and d.id != LITERACY_DUTY
            ]
            if missing:
                yield Finding(
                    "register_high_risk_duty_missing", EntityKind.USE_CASE, uc.id, WARNING,
                    ngettext("High-risk use case '{use_case}' in active stage '{stage}' misses "
                             "a duty: {duties}.",
                             "High-risk use case '{use_case}' in active stage '{stage}' misses "
                             "{count} duties: {duties}.",
                             len(missing), use_case=uc.name, stage=stage,
                             duties=_("; ").join(missing)),
                )  # fmt: skip
    yield from _literacy(roadmap, as_of)


def _literacy(roadmap: Roadmap, as_of: dt.date) -> Iterator[Finding]:
    """One finding naming the teams of active stages below the target (most roadmaps
    record only some people's training: one line, not one per team, keeps the other
    findings in view). It points at the first of those teams."""
    wanted = dict.fromkeys(t for s in roadmap.stages if s.status in ACTIVE for t in s.team_ids)
    if not wanted:
        return
    literacy = team_literacy(roadmap, as_of)
    below = [literacy[t] for t in wanted if t in literacy and not literacy[t].meets]
    if not below:
        return
    shown = [_short(t) for t in below[:LITERACY_NAMED]]
    if len(below) > LITERACY_NAMED:
        shown.append(ngettext("{count} more", "{count} more", len(below) - LITERACY_NAMED))
    yield Finding(
        "register_literacy_below_target", EntityKind.TEAM, below[0].team_id, WARNING,
        ngettext("AI literacy (AI Act Art. 4) below the {target} % target in a team of an "
                 "active stage: {teams}. Record the training of its people.",
                 "AI literacy (AI Act Art. 4) below the {target} % target in {count} teams "
                 "of active stages: {teams}. Record the training of their people.",
                 len(below), target=roadmap.ai_literacy_target, teams=", ".join(shown)),
    )  # fmt: skip


def _short(team: TeamLiteracy) -> str:
    """``Claims handling (2 of 120 trained)``."""
    if team.percent is None:
        return _("{team} (no headcount)", team=team.name)
    return _(
        "{team} ({trained} of {people} trained)",
        team=team.name,
        trained=team.trained,
        people=team.people,
    )
