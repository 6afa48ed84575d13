"""Copy and paste of table rows.

Copy puts the selected entities on the clipboard twice: as JSON under our own
MIME type (for pasting into this or another roadmap) and as tab-separated
text of the visible columns (for pasting into a spreadsheet or an e-mail).
Paste is :mod:`planner.edit.transfer`'s: it reads the JSON defensively, gives
every entity a fresh id, keeps references between pasted entities, detaches
references to entities this roadmap does not have; the app inserts everything
as one undoable step. This module only adapts it to Qt's clipboard.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData

from planner.edit import transfer
from planner.edit.transfer import PasteError, paste_ops
from planner.measures.tables import DerivedTables
from planner.model.entities import Roadmap
from ui.models.columns import Column
from ui.models.labels import kind_label

FORMAT = transfer.FORMAT
MIME_TYPE = "application/x-pilot-planner-entities+json"
MAX_BYTES = transfer.MAX_BYTES
__all__ = ["MIME_TYPE", "PasteError", "copy_rows", "paste_ops", "paste_text", "read_payload"]


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
    copied = transfer.payload(kind, entities)
    mime = QMimeData()
    mime.setData(MIME_TYPE, json.dumps(copied, ensure_ascii=False).encode("utf-8"))
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
    return transfer.parse(data, QCoreApplication.translate("Clipboard", "the clipboard"))


def paste_text(kind: str, count: int) -> str:
    return QCoreApplication.translate("Clipboard", "Paste {count} {kind}").format(
        count=count, kind=kind_label(kind, count)
    )
