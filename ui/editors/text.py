"""Editors of text: one line, several lines, a list of names one per line."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from planner.model.base import FieldValue
from ui.editors.base import is_enter, leave_undo_to_the_window


class LineEditor(QLineEdit):
    edited = Signal()
    submit = Signal()

    def __init__(self, parent: QWidget | None = None, max_length: int | None = None) -> None:
        super().__init__(parent)
        if max_length:
            self.setMaxLength(max_length)
        self.textEdited.connect(lambda _text: self.edited.emit())

    def event(self, event: QEvent) -> bool:
        if leave_undo_to_the_window(self, event):
            event.ignore()
            return False
        return super().event(event)

    def value(self) -> FieldValue:
        return self.text()

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if text != self.text():
            self.setText(text)


class LongTextEditor(QPlainTextEdit):
    """Multi-line text. In a table cell Enter finishes; Shift+Enter starts a new line."""

    edited = Signal()
    submit = Signal()

    def __init__(self, parent: QWidget | None = None, *, inline: bool = False) -> None:
        super().__init__(parent)
        self._inline = inline
        self._loading = False
        self.setTabChangesFocus(True)
        self.textChanged.connect(self._changed)

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            self._inline
            and is_enter(event)
            and not event.modifiers()
            & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier)
        ):
            self.submit.emit()
            return
        if self._inline and is_enter(event):
            self.insertPlainText("\n")
            return
        super().keyPressEvent(event)

    def value(self) -> FieldValue:
        return self.toPlainText()

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if text != self.toPlainText():
            self._loading = True
            try:
                self.setPlainText(text)
            finally:
                self._loading = False


class TextListEditor(LongTextEditor):
    """A list of short texts (the attendees of a decision), one per line."""

    def __init__(self, parent: QWidget | None = None, *, inline: bool = False) -> None:
        super().__init__(parent, inline=inline)
        self.setPlaceholderText(QCoreApplication.translate("Editors", "One name per line"))

    def value(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.toPlainText().splitlines() if line.strip())

    def set_value(self, value: Any) -> None:
        if tuple(value or ()) != self.value():
            super().set_value("\n".join(value or ()))
