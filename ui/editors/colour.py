"""The editor of a colour: a hex code, or one picked in a dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)


class ColourEditor(QWidget):
    """A colour as #RRGGBB (empty: the automatic colour), typed or chosen in a dialog."""

    edited = Signal()
    submit = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(QCoreApplication.translate("Editors", "automatic"))
        self.text.setMaxLength(7)
        self.text.setAccessibleName(QCoreApplication.translate("Editors", "Colour as #RRGGBB"))
        self.button = QToolButton(self)
        self.button.setText(QCoreApplication.translate("Editors", "Choose…"))
        self.button.setAccessibleName(QCoreApplication.translate("Editors", "Choose a colour"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.text)
        self.text.editingFinished.connect(self._finished)
        self.button.clicked.connect(self._choose)

    def _finished(self) -> None:
        if self.text.isModified():
            self.text.setModified(False)
            self.edited.emit()

    def _choose(self) -> None:
        current = QColor(self.text.text()) if self.text.text() else QColor()
        colour = QColorDialog.getColor(
            current, self, QCoreApplication.translate("Editors", "Choose a colour")
        )
        if colour.isValid():
            self.text.setText(colour.name())
            self.edited.emit()

    def set_value(self, value: Any) -> None:
        self.text.setText(value or "")
        self.text.setModified(False)

    def value(self) -> str | None:
        text = self.text.text().strip()
        return text or None
