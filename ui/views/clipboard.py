"""Copy and paste of table rows.

Copy puts the selected entities on the clipboard twice: as JSON under our own
MIME type (for pasting into this or another roadmap) and as tab-separated
text of the visible columns (for pasting into a spreadsheet or an e-mail).
Paste reads the JSON defensively (size, depth, duplicate keys through
:mod:`planner.file.safejson`), gives every entity a fresh id, keeps references
between pasted entities, detaches references to entities this roadmap does
not have, and inserts everything as one undoable step.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from PySide6.QtCore import QCoreApplication, QMimeData

from planner.edit.operations import Insert
from planner.evidence.tables import DerivedTables
from planner.file import safejson
from planner.model.entities import Measurement, Roadmap, Stage
from planner.model.kinds import BY_NAME, EntityKind, find
from planner.rules.problems import from_validation_error
from ui.models.columns import Column
from ui.models.labels import kind_label
from ui.models.new_entities import free_week, fresh_id, stage_position

FORMAT = "pilot-planner-entities"
MIME_TYPE = "application/x-pilot-planner-entities+json"
MAX_BYTES = 10 * 1024 * 1024


class PasteError(ValueError):
    """The clipboard does not hold rows that can be pasted here (the message says why)."""


def _cell(text: str | None) -> str:
    return (text or "").replace("\t", " ").replace("\r", " ").replace("\n", " ")


def copy_rows(
    roadmap: Roadmap,
    kind: str,
    entities: list[Any],
    columns: list[Column],
    tables: DerivedTables | None = None,
) -> QMimeData:
    """The rows as our payload and as tab-separated text; computed columns come from
    ``tables`` (what the table shows), else from the roadmap as of today."""
    payload = {
        "format": FORMAT,
        "version": 1,
        "kind": kind,
        "entities": [e.model_dump(mode="json") for e in entities],
    }
    mime = QMimeData()
    mime.setData(MIME_TYPE, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    if tables is None or tables.roadmap is not roadmap:
        tables = DerivedTables(roadmap, dt.date.today())
    lines = ["\t".join(_cell(c.title()) for c in columns)]
    for entity in entities:
        lines.append("\t".join(_cell(c.text(roadmap, c.raw(tables, entity))) for c in columns))
    mime.setText("\n".join(lines) + "\n")
    return mime


def read_payload(mime: QMimeData) -> dict[str, Any]:
    """The copied rows in ``mime`` (ours, or JSON text of the same shape)."""
    if mime.hasFormat(MIME_TYPE):
        data = bytes(mime.data(MIME_TYPE).data())
    elif mime.hasText() and mime.text().lstrip().startswith("{"):
        data = mime.text().encode("utf-8")
    else:
        raise PasteError(
            QCoreApplication.translate(
                "Clipboard", "The clipboard holds no rows copied from a roadmap."
            )
        )
    try:
        value = safejson.parse(
            data,
            source=QCoreApplication.translate("Clipboard", "the clipboard"),
            max_bytes=MAX_BYTES,
        )
    except safejson.RoadmapLoadError as exc:
        raise PasteError(str(exc)) from None
    if (
        not isinstance(value, dict)
        or value.get("format") != FORMAT
        or not isinstance(value.get("entities"), list)
        or not isinstance(value.get("kind"), str)
    ):
        raise PasteError(
            QCoreApplication.translate(
                "Clipboard", "The clipboard holds no rows copied from a roadmap."
            )
        )
    return value


def paste_ops(
    roadmap: Roadmap,
    kind: str,
    payload: Mapping[str, Any],
    *,
    scope: Mapping[str, Any] | None = None,
    index: int = -1,
) -> list[Insert]:
    """Inserts for the pasted rows (fresh ids, references kept or detached)."""
    scope = scope or {}
    source_kind = payload["kind"]
    if source_kind != kind:
        known = source_kind in BY_NAME
        raise PasteError(
            QCoreApplication.translate(
                "Clipboard", "The clipboard holds {what}; paste them in their own table."
            ).format(
                what=kind_label(source_kind, 2)
                if known
                else QCoreApplication.translate("Clipboard", "other items")
            )
        )
    k = BY_NAME[kind]
    raws = [r for r in payload["entities"] if isinstance(r, dict)]
    if len(raws) != len(payload["entities"]) or not raws:
        raise PasteError(
            QCoreApplication.translate(
                "Clipboard", "The clipboard holds no rows copied from a roadmap."
            )
        )
    new_ids: dict[str, str] = {}
    for raw in raws:
        new_ids[str(raw.get("id"))] = fresh_id(roadmap, kind, new_ids.values())
    ops: list[Insert] = []
    for number, raw in enumerate(raws):
        row = dict(raw)
        row["id"] = new_ids[str(raw.get("id"))]
        for ref in k.refs:
            value = row.get(ref.field)
            if ref.field in scope:
                row[ref.field] = scope[ref.field]
            elif ref.many and isinstance(value, list):
                row[ref.field] = [
                    v for v in (_relink(roadmap, ref.target, kind, x, new_ids) for x in value) if v
                ]
            elif not ref.many and isinstance(value, str):
                row[ref.field] = _relink(roadmap, ref.target, kind, value, new_ids)
        for name, value in scope.items():
            row[name] = value
        try:
            entity = k.model.model_validate(row)
        except ValidationError as exc:
            problems = "; ".join(p.message for p in from_validation_error(exc))
            raise PasteError(
                QCoreApplication.translate(
                    "Clipboard", "Row {n} of the clipboard cannot be pasted: {problems}"
                ).format(n=number + 1, problems=problems)
            ) from None
        if isinstance(entity, Measurement):
            pasted = [op.entity for op in ops if isinstance(op.entity, Measurement)]
            entity = entity.model_copy(update={"week": free_week(roadmap, entity, pasted)})
        position = -1 if index < 0 else index + number
        if isinstance(entity, Stage):  # stages follow one another: keep date order
            earlier = sum(
                1
                for op in ops
                if isinstance(op.entity, Stage) and op.entity.planned_start <= entity.planned_start
            )
            position = stage_position(roadmap, entity.planned_start) + earlier
        ops.append(Insert(EntityKind(kind), position, entity))
    return ops


def _relink(
    roadmap: Roadmap, target: str, kind: str, old: str, new_ids: Mapping[str, str]
) -> str | None:
    """A reference after pasting: to the pasted copy, to the same entity here, or none."""
    if target == kind and old in new_ids:
        return new_ids[old]
    return old if find(roadmap, target, old) is not None else None


def paste_text(kind: str, count: int) -> str:
    return QCoreApplication.translate("Clipboard", "Paste {count} {kind}").format(
        count=count, kind=kind_label(kind, count)
    )
