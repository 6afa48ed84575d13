"""What the rows of an entity browser can be asked to do: add, duplicate, delete,
move, copy and paste, each one undoable edit of the document.

:class:`RowEdits` works on a :class:`RowView` (the browser's table, its
selection and scope) and turns the planner's operations into the document's
undo steps; refusals are shown in the browser's message line.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTableView

from planner.edit.factory import CannotAdd, add_op, duplicate, insert_position
from planner.edit.operations import Batch, EditError, Move
from planner.model.kinds import BY_NAME, EntityKind, find, index_of
from ui.app.prompts import Choice, Prompter, Question, Role, Severity
from ui.document import Document
from ui.models.deletion import describe, plan_deletion, undo_text
from ui.models.edits import refuse
from ui.models.labels import kind_label
from ui.models.proxy import EntityFilterProxy
from ui.models.table import EntityTableModel
from ui.models.titles import title
from ui.views.clipboard import PasteError, copy_rows, paste_ops, paste_text, read_payload


class RowView(Protocol):
    """The table the edits act on (an :class:`ui.views.browser.EntityBrowser`)."""

    document: Document
    kind: EntityKind
    model: EntityTableModel
    proxy: EntityFilterProxy
    table: QTableView
    movable: bool
    scope: dict[str, Any]
    scope_missing: bool

    def current_id(self) -> str | None: ...
    def selected_ids(self) -> list[str]: ...
    def select(self, entity_id: str, column: int = 0) -> bool: ...
    def prompter(self) -> Prompter: ...
    def update_actions(self) -> None: ...


class RowEdits:
    """The edits of one browser's rows."""

    def __init__(self, view: RowView) -> None:
        self.view = view

    def _current_entity(self) -> Any | None:
        entity_id = self.view.current_id()
        return (
            None
            if entity_id is None
            else find(self.view.document.roadmap, self.view.kind, entity_id)
        )

    def add(self) -> bool:
        roadmap = self.view.document.roadmap
        near = self._current_entity()
        try:
            op = add_op(roadmap, self.view.kind, near=near, scope=self.view.scope)
        except CannotAdd as exc:
            refuse(self.view.document, str(exc))
            return False
        text = QCoreApplication.translate("EntityBrowser", "Add {kind} '{title}'").format(
            kind=kind_label(self.view.kind), title=title(roadmap, self.view.kind, op.entity)
        )
        if not self.view.document.execute(op, text):
            return False
        self._select_and_edit(op.entity.id)
        return True

    def _select_and_edit(self, entity_id: str) -> None:
        column = next((i for i, c in enumerate(self.view.model.columns) if c.field is not None), 0)
        if self.view.select(entity_id, column):
            self.view.table.setFocus()
            self.view.table.edit(self.view.table.currentIndex())

    def duplicate(self) -> bool:
        entity = self._current_entity()
        if entity is None:
            return False
        roadmap = self.view.document.roadmap
        ops = duplicate(roadmap, self.view.kind, entity)
        text = QCoreApplication.translate("EntityBrowser", "Duplicate {kind} '{title}'").format(
            kind=kind_label(self.view.kind), title=title(roadmap, self.view.kind, entity)
        )
        op = ops[0] if len(ops) == 1 else Batch(tuple(ops))
        if not self.view.document.execute(op, text):
            return False
        self.view.select(ops[0].entity.id)
        return True

    def delete(self) -> bool:
        ids = self.view.selected_ids()
        if not ids:
            return False
        roadmap = self.view.document.roadmap
        try:
            plan = plan_deletion(roadmap, self.view.kind, ids)
        except EditError as exc:
            refuse(self.view.document, str(exc))
            return False
        if plan.has_consequences:
            headline, details = describe(roadmap, plan)
            answer = self.view.prompter().ask(
                Question(
                    key="delete-referenced",
                    title=QCoreApplication.translate("EntityBrowser", "Delete"),
                    text=headline,
                    informative=details,
                    choices=(
                        Choice(
                            "delete",
                            QCoreApplication.translate("EntityBrowser", "Delete"),
                            Role.DESTRUCTIVE,
                        ),
                        Choice(
                            "cancel",
                            QCoreApplication.translate("EntityBrowser", "Cancel"),
                            Role.REJECT,
                        ),
                    ),
                    default="cancel",
                    escape="cancel",
                    severity=Severity.WARNING,
                )
            )
            if answer != "delete":
                return False
        row = self.view.table.currentIndex().row()
        if not self.view.document.execute(plan.op, undo_text(roadmap, plan)):
            return False
        if self.view.proxy.rowCount():
            next_row = min(max(row, 0), self.view.proxy.rowCount() - 1)
            index = self.view.proxy.index(next_row, 0)
            self.view.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        return True

    def natural_ids(self) -> list[str]:
        """The ids this browser shows, in the roadmap's order (the order Move changes)."""
        entities = BY_NAME[self.view.kind].entities(self.view.document.roadmap)
        if not self.view.scope and not self.view.scope_missing:
            return [e.id for e in entities]
        return [e.id for e in entities if self.view.model.row_of(e.id) is not None]

    def natural_row(self) -> int | None:
        if not self.view.movable:
            return None
        current = self.view.current_id()
        if current is None:
            return None
        ids = self.natural_ids()
        return ids.index(current) if current in ids else None

    def move_up(self) -> bool:
        return self._move(-1)

    def move_down(self) -> bool:
        return self._move(+1)

    def _move(self, step: int) -> bool:
        row = self.natural_row()
        current = self.view.current_id()
        if row is None or current is None:
            return False
        ids = self.natural_ids()
        if not 0 <= row + step < len(ids):
            return False
        if self.view.model.sort_column() >= 0:
            self.view.table.sortByColumn(
                -1, Qt.SortOrder.AscendingOrder
            )  # moving means the file order
        roadmap = self.view.document.roadmap
        target = index_of(roadmap, self.view.kind)[ids[row + step]]
        entity = find(roadmap, self.view.kind, current)
        template = (
            QCoreApplication.translate("EntityBrowser", "Move {kind} '{title}' up")
            if step < 0
            else QCoreApplication.translate("EntityBrowser", "Move {kind} '{title}' down")
        )
        text = template.format(
            kind=kind_label(self.view.kind), title=title(roadmap, self.view.kind, entity)
        )
        ok = self.view.document.execute(Move(self.view.kind, current, target), text)
        self.view.update_actions()
        return ok

    def copy(self) -> bool:
        roadmap = self.view.document.roadmap
        entities = [find(roadmap, self.view.kind, i) for i in self.view.selected_ids()]
        chosen = [e for e in entities if e is not None]
        if not chosen:
            return False
        QGuiApplication.clipboard().setMimeData(
            copy_rows(
                roadmap,
                self.view.kind,
                chosen,
                self.view.model.columns,
                self.view.document.figures().tables,
            )
        )
        return True

    def paste(self) -> bool:
        if self.view.scope_missing:
            return False
        mime = QGuiApplication.clipboard().mimeData()
        roadmap = self.view.document.roadmap
        try:
            if mime is None:
                raise PasteError(
                    QCoreApplication.translate("EntityBrowser", "The clipboard is empty.")
                )
            payload = read_payload(mime)
            near = self._current_entity()
            position = insert_position(roadmap, self.view.kind, near)
            ops = paste_ops(roadmap, self.view.kind, payload, scope=self.view.scope, index=position)
        except PasteError as exc:
            refuse(self.view.document, str(exc))
            return False
        if not self.view.document.execute(Batch(tuple(ops)), paste_text(self.view.kind, len(ops))):
            return False
        selection = self.view.table.selectionModel()
        for number, op in enumerate(ops):
            row = self.view.model.row_of(op.entity.id)
            if row is None:
                continue  # hidden by the scope
            index = self.view.proxy.mapFromSource(self.view.model.index(row, 0))
            if not index.isValid():
                continue  # hidden by the filter
            flags = QItemSelectionModel.SelectionFlag.Rows | (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                if number == 0
                else QItemSelectionModel.SelectionFlag.Select
            )
            if number == 0:
                selection.setCurrentIndex(index, flags)
            else:
                selection.select(index, flags)
        return True
