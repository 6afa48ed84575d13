"""The scale-out picture of a roadmap as of a date: the one computation every view shows.

:func:`scale_out` evaluates the proven rule for every use case in use (piloting
or live) in each of its teams, keeps the use cases proven in at least one team,
lists their candidates (:mod:`planner.scaleout.candidates`) and the ideas
backlog (:mod:`planner.scaleout.ideas`). :func:`to_json` is what
``pilot-planner scale-out --json`` prints; the page, the workbook sheet and the
slide read the same :class:`ScaleOut`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from planner.model.entities import UseCaseStatus
from planner.scaleout.candidates import Candidate, candidates
from planner.scaleout.ideas import IdeaRow, backlog
from planner.scaleout.rule import Evidence, TeamEvidence, evaluate
from planner.scaleout.source import FigureSource

JSON_FORMAT = "pilot-planner-scale-out"
JSON_VERSION = 1
_IN_USE = (UseCaseStatus.PILOTING, UseCaseStatus.LIVE)


@dataclass(frozen=True)
class ScaleOut:
    as_of: dt.date
    evidence: tuple[TeamEvidence, ...]
    """The proven rule for every use case in use, in each of its teams (roadmap order)."""
    candidates: tuple[Candidate, ...]
    """Highest expected value first."""
    ideas: tuple[IdeaRow, ...]
    """The backlog, highest score first."""

    @property
    def proven(self) -> tuple[TeamEvidence, ...]:
        return tuple(e for e in self.evidence if e.proven)

    def proven_use_cases(self) -> list[str]:
        """Ids of the use cases proven in at least one team, in roadmap order."""
        return list(dict.fromkeys(e.use_case_id for e in self.proven))

    def not_proven(self) -> list[str]:
        """Ids of the use cases in use proven in no team, in roadmap order."""
        proven = set(self.proven_use_cases())
        return [u for u in dict.fromkeys(e.use_case_id for e in self.evidence) if u not in proven]


def scale_out(figures: FigureSource) -> ScaleOut:
    """Proven use cases, candidates and ideas of ``figures``' roadmap as of its date."""
    evidence: list[TeamEvidence] = []
    proven: dict[str, tuple[TeamEvidence, ...]] = {}
    gathered = Evidence(figures)
    for uc in figures.roadmap.use_cases:
        if uc.status not in _IN_USE:
            continue
        found = evaluate(figures, uc, gathered)
        evidence.extend(found)
        teams = tuple(e for e in found if e.proven)
        if teams:
            proven[uc.id] = teams
    return ScaleOut(
        figures.as_of, tuple(evidence), tuple(candidates(figures, proven)), backlog(figures)
    )


def to_json(report: ScaleOut) -> dict[str, Any]:
    """The machine-readable form (``scale-out --json``)."""
    return {
        "format": JSON_FORMAT,
        "format_version": JSON_VERSION,
        "proven": [
            {
                "use_case_id": e.use_case_id,
                "team_id": e.team_id,
                "active_pct": e.active_pct,
                "week": None if e.week is None else e.week.isoformat(),
                "active_min_pct": e.bars.active_min,
                "value_to_price_pct": e.value_to_price_pct,
                "value_min_pct": e.bars.value_min,
                "negative_feedback": e.negative,
                "feedback": e.feedback,
            }
            for e in report.proven
        ],
        "candidates": [
            {
                "use_case_id": c.use_case_id,
                "team_id": c.team_id,
                "expected_value": c.expected_value,
                "ready": c.ready,
                "reasons": list(c.reasons),
            }
            for c in report.candidates
        ],
        "ideas": [
            {
                "id": i.id,
                "title": i.title,
                "team_id": i.team_id,
                "friction_point_id": i.friction_point_id,
                "score": i.score,
                "friction_cost": i.friction_cost,
                "reach": i.reach,
                "effort": i.effort,
                "confidence": i.confidence,
                "source": i.source,
            }
            for i in report.ideas
        ],
    }
