"""The backlog of use-case ideas from the field (filled in by the next step)."""

from __future__ import annotations

from dataclasses import dataclass

from planner.evidence.figures import Figures


@dataclass(frozen=True)
class IdeaRow:
    id: str
    title: str
    team_id: str | None
    friction_point_id: str | None
    score: float | None
    confidence: str
    source: str


def backlog(figures: Figures) -> tuple[IdeaRow, ...]:
    """The ideas backlog, highest score first."""
    del figures
    return ()
