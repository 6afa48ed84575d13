"""What a merge gives back: the merged roadmap or the conflicts left, and how to settle them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from planner.model.entities import Roadmap


class Pick(StrEnum):
    MINE = "mine"
    THEIRS = "theirs"
    VALUE = "value"


@dataclass(frozen=True)
class Choice:
    pick: Pick
    value: Any = None


MINE = Choice(Pick.MINE)
THEIRS = Choice(Pick.THEIRS)


def VALUE(value: Any) -> Choice:
    """Settle a conflict with a value of one's own."""
    return Choice(Pick.VALUE, value)


class Code(StrEnum):
    FIELD = "field"
    """The same field was changed differently in both copies."""
    DELETE_EDIT = "delete_edit"
    """One copy deleted an entity the other changed."""
    INVALID = "invalid"
    """Both copies changed an entity in ways that do not fit together."""
    DANGLING = "dangling"
    """An entity refers to something the other copy deleted."""
    CYCLE = "cycle"
    """Dependencies added in the two copies form a circle."""
    DUPLICATE = "duplicate"
    """Both copies recorded the same weekly measurement, with different values."""
    INVARIANT = "invariant"
    """The combination breaks another rule of the roadmap (dates in order, ranges …)."""


_EDITABLE = frozenset({Code.FIELD, Code.DANGLING, Code.DUPLICATE, Code.INVARIANT})
STRUCTURAL = frozenset({Code.DANGLING, Code.CYCLE, Code.DUPLICATE})
"""Conflicts about how entities hang together, found afresh each round of settling."""


@dataclass(frozen=True)
class Conflict:
    key: str
    """Stable key to settle it with in :func:`planner.merge.resolve`."""
    code: Code
    kind: str
    entity_id: str | None
    field: str | None
    base: Any
    mine: Any
    theirs: Any
    sentence: str
    options: tuple[str, str]
    """What choosing mine, and choosing theirs, gives: a value ("17 Mar 2027") or an effect
    ("Delete it", "Keep the team"), to show after "Mine:" and "Theirs:"."""

    @property
    def editable(self) -> bool:
        """Whether a value of one's own (:func:`VALUE`) can settle it."""
        return self.code in _EDITABLE and self.field is not None


@dataclass(frozen=True)
class MergeResult:
    base: Roadmap
    mine: Roadmap
    theirs: Roadmap
    merged: Roadmap | None
    """The merged roadmap, or None while conflicts remain."""
    conflicts: list[Conflict]
    auto: list[str]
    """Sentences of what merging changes in mine, all combined automatically."""
    choices: Mapping[str, Choice] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.merged is not None


def field_key(kind: str, entity_id: str | None, name: str) -> str:
    return f"field:{kind}:{entity_id or ''}:{name}"


def entity_key(kind: str, entity_id: str) -> str:
    return f"entity:{kind}:{entity_id}"
