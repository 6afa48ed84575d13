"""What an edit changed, said precisely enough for a view to repaint only that.

:func:`planner.edit.operations.apply_change` returns one :class:`Change` with the
new roadmap: the kinds whose entities were inserted, changed, moved or removed
(:data:`~planner.model.kinds.EntityKind.ROADMAP` for the roadmap's own fields), the
ids of those entities, or ``whole`` when the roadmap was replaced (open, new,
revert). A change that touches nothing shown (the lineage a save records) is
:data:`NOTHING`: no view repaints for it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from planner.model.kinds import EntityKind


@dataclass(frozen=True)
class Change:
    """What an edit changed: the kinds and ids of entities touched, or the whole roadmap."""

    kinds: frozenset[EntityKind] = frozenset()
    """The kinds of entity touched (ROADMAP: the roadmap's own fields)."""
    ids: frozenset[str] = frozenset()
    """The entities inserted, changed, moved or removed (ids are unique roadmap-wide)."""
    whole: bool = False
    """The whole roadmap was replaced: every view shows it afresh."""

    def touches(self, kinds: Iterable[EntityKind]) -> bool:
        """Whether what a view shows (entities of ``kinds``) may have changed."""
        return self.whole or not self.kinds.isdisjoint(kinds)

    def __bool__(self) -> bool:
        """False for a change nothing shown depends on."""
        return self.whole or bool(self.kinds)

    def __or__(self, other: Change) -> Change:
        return Change(self.kinds | other.kinds, self.ids | other.ids, self.whole or other.whole)


NOTHING = Change()
"""Nothing any view shows changed (a save recording its lineage)."""

WHOLE = Change(frozenset(EntityKind), whole=True)
"""The roadmap was replaced (open, new, revert): every kind, every view."""
