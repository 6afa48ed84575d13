"""The real dialogs behind :class:`ui.app.prompts.QtPrompter`: message boxes, file
dialogs and the pick list.

Loaded with the first question the app asks, not with the window: their Qt classes
(``QMessageBox``'s ~35 enum types among them) are not needed by a start that asks
nothing (issue 17).
"""

from __future__ import annotations

import os
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ui.app.questions import FileRequest, Message, PickRequest, Question, Role, Severity


@cache
def _icons() -> dict[Severity, QMessageBox.Icon]:
    return {
        Severity.INFO: QMessageBox.Icon.Information,
        Severity.QUESTION: QMessageBox.Icon.Question,
        Severity.WARNING: QMessageBox.Icon.Warning,
        Severity.ERROR: QMessageBox.Icon.Critical,
    }


@cache
def _roles() -> dict[Role, QMessageBox.ButtonRole]:
    return {
        Role.ACCEPT: QMessageBox.ButtonRole.AcceptRole,
        Role.DESTRUCTIVE: QMessageBox.ButtonRole.DestructiveRole,
        Role.REJECT: QMessageBox.ButtonRole.RejectRole,
        Role.ACTION: QMessageBox.ButtonRole.ActionRole,
    }


def _message_box(
    parent: QWidget | None,
    severity: Severity,
    title: str,
    text: str,
    informative: str,
    details: str,
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(_icons()[severity])
    box.setWindowTitle(title)
    # Messages quote names and paths from files: never let Qt guess they are HTML.
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)
    for label in box.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)
    return box


def ask(parent: QWidget | None, question: Question) -> str:
    box = _message_box(
        parent,
        question.severity,
        question.title,
        question.text,
        question.informative,
        question.details,
    )
    buttons: dict[int, str] = {}
    for choice in question.choices:
        button = box.addButton(choice.label, _roles()[choice.role])
        buttons[id(button)] = choice.key
        if choice.key == question.default:
            box.setDefaultButton(button)
        if choice.key == question.escape:
            box.setEscapeButton(button)
    box.exec()
    clicked = box.clickedButton()
    return buttons.get(id(clicked), question.escape) if clicked else question.escape


def tell(parent: QWidget | None, message: Message) -> str | None:
    box = _message_box(
        parent,
        message.severity,
        message.title,
        message.text,
        message.informative,
        message.details,
    )
    buttons: dict[int, str] = {}
    for choice in message.actions:
        button = box.addButton(choice.label, QMessageBox.ButtonRole.ActionRole)
        buttons[id(button)] = choice.key
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Ok))
    box.exec()
    clicked = box.clickedButton()
    return buttons.get(id(clicked)) if clicked else None


def open_file(parent: QWidget | None, request: FileRequest) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, request.title, request.directory, ";;".join(request.filters)
    )
    return path or None


def save_file(parent: QWidget | None, request: FileRequest) -> str | None:
    dialog = QFileDialog(parent, request.title, request.directory)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilters(list(request.filters))
    if request.default_suffix:
        dialog.setDefaultSuffix(request.default_suffix.lstrip("."))
    if os.path.splitext(request.directory)[1]:
        dialog.selectFile(request.directory)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    files = dialog.selectedFiles()
    return files[0] if files else None


def pick(parent: QWidget | None, request: PickRequest) -> str | None:
    dialog = PickDialog(request, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()


class PickDialog(QDialog):
    """A list to choose one item from, with its description underneath."""

    def __init__(self, request: PickRequest, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._request = request
        self.setWindowTitle(request.title)
        layout = QVBoxLayout(self)
        prompt = QLabel(request.text)
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        self._list = QListWidget()
        self._list.setAccessibleName(request.title)
        prompt.setBuddy(self._list)
        for key, label in request.items:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self._list.addItem(item)
            if key == request.current:
                self._list.setCurrentItem(item)
        if self._list.currentRow() < 0 and self._list.count():
            self._list.setCurrentRow(0)
        layout.addWidget(self._list)
        self._about = QLabel()
        self._about.setTextFormat(Qt.TextFormat.PlainText)
        self._about.setWordWrap(True)
        layout.addWidget(self._about)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._list.currentItemChanged.connect(self._show_about)
        self._list.itemActivated.connect(lambda _item: self.accept())
        self._show_about()

    def _show_about(self) -> None:
        key = self.chosen()
        self._about.setText(self._request.details.get(key or "", ""))

    def chosen(self) -> str | None:
        item = self._list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))
