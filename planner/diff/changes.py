"""What a comparison finds: changes, grouped by kind of entity, with their sentences."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pydantic_core import to_jsonable_python

from planner.file.lineage import Relation
from planner.i18n import _
from planner.model.kinds import ROADMAP

GROUP_ORDER: tuple[str, ...] = (
    ROADMAP,
    "stage",
    "criterion",
    "use_case",
    "licence",
    "one_off_cost",
    "friction_point",
    "idea",
    "risk",
    "decision",
    "action",
    "team",
    "person",
    "data_source",
    "metric",
    "measurement",
    "feedback",
    "baseline",
    "register_entry",
)
"""Order of the groups in a comparison: what a steering committee reads first."""


class Action(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    REORDERED = "reordered"


@dataclass(frozen=True)
class Change:
    action: Action
    kind: str
    """Kind name (:data:`planner.model.kinds.KINDS`) or ``"roadmap"``."""
    entity_id: str | None
    field: str | None
    old: Any
    new: Any
    sentence: str
    follows: str | None = None
    """Id of a removed entity when this change only detaches a reference to it."""

    def as_json(self) -> dict[str, Any]:
        return {
            "action": self.action.value,
            "kind": self.kind,
            "id": self.entity_id,
            "field": self.field,
            "old": to_jsonable_python(self.old),
            "new": to_jsonable_python(self.new),
            "sentence": self.sentence,
        }


@dataclass(frozen=True)
class Group:
    kind: str
    label: str
    changes: tuple[Change, ...]
    lines: tuple[str, ...]
    """What to show: each change's sentence, or summaries when there are many."""


@dataclass(frozen=True)
class Comparison:
    groups: tuple[Group, ...]
    overview: tuple[str, ...]
    """Summary lines (dates moved) shown before the groups."""
    relation: Relation

    @property
    def changes(self) -> tuple[Change, ...]:
        return tuple(c for g in self.groups for c in g.changes)

    @property
    def empty(self) -> bool:
        return not self.groups

    def counts(self) -> dict[str, int]:
        counted = Counter(c.action.value for c in self.changes)
        return {a.value: counted.get(a.value, 0) for a in Action}

    def as_json(self) -> dict[str, Any]:
        return {
            "relation": {
                "kind": self.relation.kind.value,
                "newer": {"a": "old", "b": "new"}.get(self.relation.newer or ""),
                "sentence": self.relation.sentence,
            },
            "differences": not self.empty,
            "counts": self.counts(),
            "overview": list(self.overview),
            "groups": [
                {
                    "kind": g.kind,
                    "label": g.label,
                    "lines": list(g.lines),
                    "changes": [c.as_json() for c in g.changes],
                }
                for g in self.groups
            ],
        }


def change_sentences(comparison: Comparison) -> list[tuple[str, str]]:
    """(group, sentence) pairs, for the workbook's Changes sheet."""
    rows = [("Summary", line) for line in comparison.overview]
    for group in comparison.groups:
        rows += [(group.label, line) for line in group.lines]
    return rows


def as_text(comparison: Comparison) -> list[str]:
    """The comparison as readable lines, grouped (what ``pilot-planner diff`` prints)."""
    if comparison.empty:
        return [_("No differences.")]
    lines = list(comparison.overview)
    for group in comparison.groups:
        if not group.lines:
            continue  # only detached references, said on the removal
        if lines:
            lines.append("")
        lines.append(group.label)
        lines += [f"  - {line}" for line in group.lines]
    return lines
