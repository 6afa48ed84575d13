"""Short human names for entities: in reference pickers, messages and undo texts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from planner.i18n import format_day
from planner.model.entities import Roadmap
from planner.model.kinds import BY_NAME, find
from ui.models.labels import enum_label

_SNIPPET = 48


def snippet(text: str, limit: int = _SNIPPET) -> str:
    """The first line of a text, shortened to ``limit`` characters."""
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def title(roadmap: Roadmap, kind_name: str, entity: Any) -> str:
    """What a person calls this entity: its name, or a description built from its fields."""
    if kind_name == "criterion":
        return ref_title(roadmap, "metric", entity.metric_id)
    if kind_name == "measurement":
        metric = ref_title(roadmap, "metric", entity.metric_id)
        return f"{metric} {format_day(entity.week)}"
    if kind_name == "decision":
        stage = ref_title(roadmap, "stage", entity.stage_id)
        return QCoreApplication.translate("Titles", "{stage} {date}: {outcome}").format(
            stage=stage, date=format_day(entity.date), outcome=enum_label(entity.outcome)
        )
    if kind_name == "feedback":
        return snippet(entity.text) or QCoreApplication.translate(
            "Titles", "feedback of {date}"
        ).format(date=format_day(entity.date))
    return str(getattr(entity, BY_NAME[kind_name].title_field))


def ref_title(roadmap: Roadmap, kind_name: str, entity_id: str | None) -> str:
    """The title of the entity an id refers to (the id itself if it is missing)."""
    if entity_id is None:
        return ""
    entity = find(roadmap, kind_name, entity_id)
    return entity_id if entity is None else title(roadmap, kind_name, entity)
