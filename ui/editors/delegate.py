"""The table delegate: the right editor in each cell, and edits handed to the model.

What the user typed is read when the cell is left; if it cannot be read (a
number that is not one) or the roadmap refuses it (an end before the start),
the message says why and the cell shows the stored value again.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from planner.model.fields import ValueType, field_spec
from planner.model.kinds import find
from ui.document import Document
from ui.editors.base import InvalidInput
from ui.editors.choices import RefListEditor
from ui.editors.dates import OptionalDateEditor
from ui.editors.factory import as_field_editor, create_editor
from ui.editors.text import LongTextEditor
from ui.models.edits import refuse
from ui.models.table import FIELD_ROLE, ID_ROLE, VALUE_ROLE, plain_tooltip

AnyIndex = QModelIndex | QPersistentModelIndex
_BIG_EDITOR = QSize(320, 220)


class EntityDelegate(QStyledItemDelegate):
    def __init__(self, document: Document, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._kind = kind

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        field = index.data(FIELD_ROLE)
        if field is None or field_spec(self._kind, field).value_type is ValueType.BOOL:
            return None  # type: ignore[return-value]  # Qt: no editor for this cell
        editor = create_editor(
            self._kind,
            field,
            self._document.roadmap,
            parent,
            inline=True,
            entity_id=index.data(ID_ROLE),
        )
        editor.submit.connect(lambda: self._finish(editor))
        return editor

    def _finish(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        # Load once: a refresh while the user types must not overwrite the typing.
        if editor.property("loaded"):
            return
        editor.setProperty("loaded", True)
        if isinstance(editor, OptionalDateEditor):
            editor.set_default(_default_date(self._document, self._kind, index))
        as_field_editor(editor).set_value(index.data(VALUE_ROLE))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        try:
            value = as_field_editor(editor).value()
        except InvalidInput as exc:
            refuse(self._document, str(exc))
            return
        if value == index.data(VALUE_ROLE):
            return
        model.setData(index, value)

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: AnyIndex,
    ) -> bool:
        """A cell cut with "…" shows its whole text in the tooltip (with the column's own tip)."""
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if isinstance(text, str) and text and _is_cut(text, option, view):
                own = index.data(Qt.ItemDataRole.ToolTipRole)
                shown = plain_tooltip(text)
                if isinstance(own, str) and own and own != shown:
                    shown = own if text in own else f"{shown}<hr/>{own}"
                QToolTip.showText(event.globalPos(), shown, view)
                return True
        return super().helpEvent(event, view, option, index)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        rect = QRect(option.rect)
        if isinstance(editor, RefListEditor | LongTextEditor):
            # Lists and long texts need room: open a larger editor below the cell's top.
            rect.setWidth(max(rect.width(), _BIG_EDITOR.width()))
            rect.setHeight(max(rect.height(), _BIG_EDITOR.height()))
            parent = editor.parentWidget()
            area = parent.rect() if parent is not None else rect
            if rect.bottom() > area.bottom():
                rect.moveBottom(area.bottom())
            if rect.right() > area.right():
                rect.moveRight(area.right())
            rect = rect.intersected(area) if area.isValid() else rect
        editor.setGeometry(rect)


def _default_date(document: Document, kind: str, index: AnyIndex) -> Any:
    """The date offered when an empty date is given one: the row's planned start if any."""
    entity = find(document.roadmap, kind, index.data(ID_ROLE))
    for name in ("planned_start", "planned_end", "date", "week"):
        value = getattr(entity, name, None)
        if value is not None:
            return value
    return dt.date.today()


def _is_cut(text: str, option: QStyleOptionViewItem, view: QAbstractItemView) -> bool:
    """True when a cell's text is wider than the room its cell gives it."""
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return option.fontMetrics.horizontalAdvance(text) > option.rect.width() - 2 * margin
