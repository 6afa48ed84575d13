"""A method finding: what :mod:`planner.evidence.checks` (and the register's checks) flag."""

from __future__ import annotations

from dataclasses import dataclass

from planner.model.kinds import EntityKind

WARNING = "warning"
INFO = "info"


@dataclass(frozen=True)
class Finding:
    """A method finding about the roadmap (a check that did not pass), for people to read."""

    code: str
    kind: EntityKind
    """The kind of the entity it is about (use case, friction point, stage, criterion, team,
    action)."""
    entity_id: str | None
    severity: str
    """``warning`` or ``info``."""
    message: str
