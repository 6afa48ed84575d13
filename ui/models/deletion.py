"""What a delete will do, worked out before it is done, and said in words.

The plan is computed by applying the removal to the (immutable) roadmap and
comparing: entities gone besides the ones chosen were removed with them
(their gate criteria, decisions, measurements); entities changed had their
reference detached (a use case left without a stage). The same operation is
then executed as one undo step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from planner.edit.operations import Batch, EditError, Op, Remove, apply
from planner.model.entities import Roadmap
from planner.model.kinds import KINDS, EntityKind, find, index_of
from ui.models.labels import kind_label
from ui.models.titles import title

_NAMES_SHOWN = 5


@dataclass
class DeletionPlan:
    kind: str
    op: Op
    targets: list[Any]
    removed: dict[str, list[Any]] = field(default_factory=dict)
    """Other entities removed with the targets, by kind."""
    detached: dict[str, list[Any]] = field(default_factory=dict)
    """Entities that keep existing but lose their reference to a target, by kind."""

    @property
    def has_consequences(self) -> bool:
        return bool(self.removed or self.detached)


def plan_deletion(roadmap: Roadmap, kind: str, ids: list[str]) -> DeletionPlan:
    """Plan the removal of ``ids`` (raises EditError if the roadmap refuses it)."""
    ops: list[Op] = []
    targets: list[Any] = []
    after = roadmap
    for entity_id in ids:
        entity = find(after, kind, entity_id)
        if entity is None:
            continue  # already removed with an earlier one
        op = Remove(EntityKind(kind), entity_id)
        after, _ = apply(after, op)
        ops.append(op)
        targets.append(entity)
    if not ops:
        raise EditError([])
    plan = DeletionPlan(kind, ops[0] if len(ops) == 1 else Batch(tuple(ops)), targets)
    target_ids = {e.id for e in targets}
    for k in KINDS:
        before_items = k.entities(roadmap)
        after_items = k.entities(after)
        if before_items is after_items:
            continue
        positions = index_of(after, k.name)
        for entity in before_items:
            pos = positions.get(entity.id)
            if pos is None:
                if entity.id not in target_ids:
                    plan.removed.setdefault(k.name, []).append(entity)
            elif after_items[pos] is not entity:
                plan.detached.setdefault(k.name, []).append(entity)
    return plan


def _names(roadmap: Roadmap, kind: str, entities: list[Any]) -> str:
    quoted = QCoreApplication.translate("Deletion", "'{title}'", "a name in a list")
    shown = [quoted.format(title=title(roadmap, kind, e)) for e in entities[:_NAMES_SHOWN]]
    more = len(entities) - len(shown)
    text = ", ".join(shown)
    if more > 0:
        text += " " + QCoreApplication.translate("Deletion", "and {n} more").format(n=more)
    return text


def describe(roadmap: Roadmap, plan: DeletionPlan) -> tuple[str, str]:
    """(headline, details) for the warning shown before a delete that has consequences."""
    # Whole sentences, so a translation can order the words its own way.
    if len(plan.targets) == 1:
        headline = QCoreApplication.translate(
            "Deletion", "Other items refer to the {kind} '{title}'."
        ).format(kind=kind_label(plan.kind), title=title(roadmap, plan.kind, plan.targets[0]))
    else:
        headline = QCoreApplication.translate(
            "Deletion", "Other items refer to the {count} {kind}."
        ).format(count=len(plan.targets), kind=kind_label(plan.kind, len(plan.targets)))
    lines = []
    for kind_name, entities in plan.removed.items():
        lines.append(
            QCoreApplication.translate(
                "Deletion", "• Also deleted: {count} {kind} — {names}"
            ).format(
                count=len(entities),
                kind=kind_label(kind_name, len(entities)),
                names=_names(roadmap, kind_name, entities),
            )
        )
    for kind_name, entities in plan.detached.items():
        lines.append(
            QCoreApplication.translate(
                "Deletion", "• Kept but no longer linked to it: {count} {kind} — {names}"
            ).format(
                count=len(entities),
                kind=kind_label(kind_name, len(entities)),
                names=_names(roadmap, kind_name, entities),
            )
        )
    lines.append(QCoreApplication.translate("Deletion", "Edit ▸ Undo restores everything."))
    return headline, "\n".join(lines)


def undo_text(roadmap: Roadmap, plan: DeletionPlan) -> str:
    if len(plan.targets) == 1:
        return QCoreApplication.translate("Deletion", "Delete {kind} '{title}'").format(
            kind=kind_label(plan.kind), title=title(roadmap, plan.kind, plan.targets[0])
        )
    return QCoreApplication.translate("Deletion", "Delete {count} {kind}").format(
        count=len(plan.targets), kind=kind_label(plan.kind, len(plan.targets))
    )
