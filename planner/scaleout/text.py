"""The scale-out picture in words, for every view (command line, workbook, slide, window).

Each view lays the same rows out its own way; the wording and the rounding of
every figure come from here, in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.i18n import _, pgettext
from planner.model.entities import Roadmap
from planner.scaleout.candidates import Candidate, Flags
from planner.scaleout.ideas import IdeaRow
from planner.scaleout.report import ScaleOut
from planner.scaleout.rule import TeamEvidence, pct, verdict_text
from planner.value.text import grouped, money


@dataclass(frozen=True)
class Names:
    """Use case, team and friction names by id (an id stands for itself when unknown)."""

    use_cases: dict[str, str]
    teams: dict[str, str]
    friction: dict[str, str]

    @classmethod
    def of(cls, roadmap: Roadmap) -> Names:
        return cls(
            {u.id: u.name for u in roadmap.use_cases},
            {t.id: t.name for t in roadmap.teams},
            {f.id: f.title for f in roadmap.friction_points},
        )

    def use_case(self, key: str) -> str:
        return self.use_cases.get(key, key)

    def team(self, key: str | None) -> str:
        return "" if key is None else self.teams.get(key, key)


SHOWN = 500
"""Rows a view lists of each table (highest first); the command line's ``--json`` has all."""


def more_text(total: int) -> str:
    """Said under a table cut at :data:`SHOWN` rows (empty when nothing was left out)."""
    if total <= SHOWN:
        return ""
    return _("The first {shown} of {total} are listed; 'pilot-planner scale-out --json' "
             "lists them all.", shown=SHOWN, total=total)  # fmt: skip


def effort_word(effort: str) -> str:
    return {"small": _("Small"), "medium": _("Medium"), "large": _("Large")}.get(effort, effort)


def confidence_word(confidence: str) -> str:
    return {
        "low": pgettext("confidence", "Low"),
        "medium": pgettext("confidence", "Medium"),
        "high": pgettext("confidence", "High"),
    }.get(confidence, confidence)


def source_word(source: str) -> str:
    return _("Intake") if source == "intake" else _("Feedback")


def flag_words(flags: Flags) -> dict[str, str]:
    """Each readiness flag as a short word: met, missing, or not applicable."""
    yes, no = _("yes"), _("no")
    return {
        "data": yes if flags.data else no,
        "ambassador": yes if flags.ambassador else no,
        "trained": yes if flags.trained else no,
        "register": _("n/a") if flags.register is None else (yes if flags.register else no),
    }


def flag_titles() -> dict[str, str]:
    return {
        "data": _("Data ready"),
        "ambassador": _("Ambassador"),
        "trained": _("Key users trained"),
        "register": _("Register complete"),
    }


def ready_word(candidate: Candidate) -> str:
    return _("ready") if candidate.ready else _("not ready")


def value_text(candidate: Candidate, currency: str) -> str:
    return money(candidate.expected_value, currency)


def adoption_text(evidence: TeamEvidence) -> str:
    return "—" if evidence.active_pct is None else pct(evidence.active_pct)


def evidence_line(evidence: TeamEvidence, names: Names) -> str:
    return _("{use_case} — {team}: {verdict}", use_case=names.use_case(evidence.use_case_id),
             team=names.team(evidence.team_id), verdict=verdict_text(evidence))  # fmt: skip


def idea_score(idea: IdeaRow) -> str:
    return "—" if idea.score is None else grouped(idea.score)


def idea_line(idea: IdeaRow) -> str:
    """``Claim summaries — score 148,500`` (or why it has no score)."""
    if idea.score is None:
        return _("{title} — not scored (no friction point named)", title=idea.title)
    return _("{title} — score {score}", title=idea.title, score=idea_score(idea))


def summary(report: ScaleOut) -> str:
    """One line: how many proven use cases, candidates (ready) and ideas."""
    ready = sum(c.ready for c in report.candidates)
    return _("Proven use cases: {proven}; candidates: {candidates}, ready: {ready}; ideas: {ideas}",
             proven=len(report.proven_use_cases()), candidates=len(report.candidates),
             ready=ready, ideas=len(report.ideas))  # fmt: skip
