"""The line above the pages that says why the roadmap cannot be edited."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.app.icons import icon
from ui.files.session import ReadOnly


class ReadOnlyBanner(QFrame):
    """Says why the roadmap cannot be edited, with Save As at hand."""

    def __init__(self, save_as: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.icon = QLabel()
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # quotes the file name
        self.label.setWordWrap(True)
        self.button = QPushButton()
        self.button.clicked.connect(save_as.trigger)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_reason(self, reason: ReadOnly, name: str) -> None:
        texts = {
            ReadOnly.FILE: self.tr(
                "“{name}” is a read-only file. You can look at it; to make changes, "
                "save a copy with Save As."
            ),
            ReadOnly.FOLDER: self.tr(
                "The folder of “{name}” cannot be written to, so it opened read-only. "
                "To make changes, save it elsewhere with Save As."
            ),
            ReadOnly.LOCKED: self.tr(
                "“{name}” is open on another computer or in another window; you opened it "
                "read-only. To make changes, save a copy with Save As."
            ),
        }
        self.setVisible(reason is not ReadOnly.NO)
        if reason is ReadOnly.NO:
            return
        self.icon.setPixmap(icon("lock").pixmap(20, 20))
        self.label.setText(texts[reason].format(name=name))
        self.button.setText(self.tr("Save &As…"))
        self.setAccessibleName(self.tr("Read-only"))
        self.setAccessibleDescription(self.label.text())
