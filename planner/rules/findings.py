"""A method finding: what :mod:`planner.evidence.checks` (and the register's checks) flag."""

from __future__ import annotations

from dataclasses import dataclass

WARNING = "warning"
INFO = "info"


@dataclass(frozen=True)
class Finding:
    code: str
    kind: str
    """Entity kind name (``use_case``, ``friction_point``, ``stage``, ``criterion``, ``team``)."""
    entity_id: str | None
    severity: str
    """``warning`` or ``info``."""
    message: str
