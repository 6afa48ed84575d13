"""Every question the app asks the user goes through a :class:`Prompter`.

The window never calls ``QMessageBox`` or ``QFileDialog`` itself: it builds a
:class:`Question` (or a :class:`Message`) and hands it to its prompter. The
desktop uses :class:`QtPrompter`; tests and scripted runs use
:class:`ScriptedPrompter`, which answers from a script by the question's
``key`` and records what was asked, so every dialog path runs without a screen.

Text that comes from a roadmap file (titles, names, paths) is always shown as
plain text: a title such as ``<b>x</b>`` must appear literally.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from typing import Protocol

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


class Severity(StrEnum):
    INFO = "info"
    QUESTION = "question"
    WARNING = "warning"
    ERROR = "error"


class Role(StrEnum):
    """What a choice means, so the real dialog can place and style its button."""

    ACCEPT = "accept"
    DESTRUCTIVE = "destructive"
    REJECT = "reject"
    ACTION = "action"


@dataclass(frozen=True)
class Choice:
    key: str
    label: str
    role: Role = Role.ACTION


@dataclass(frozen=True)
class Question:
    key: str
    """Stable name of the question (``unsaved-changes``, ``locked``…): what tests answer."""
    title: str
    text: str
    choices: tuple[Choice, ...]
    default: str
    escape: str
    """The answer when the dialog is dismissed (Esc, window close)."""
    informative: str = ""
    details: str = ""
    severity: Severity = Severity.QUESTION


@dataclass(frozen=True)
class Message:
    key: str
    title: str
    text: str
    informative: str = ""
    details: str = ""
    severity: Severity = Severity.INFO
    actions: tuple[Choice, ...] = ()
    """Extra buttons besides OK (``Open containing folder``); the one clicked is returned."""


@dataclass(frozen=True)
class FileRequest:
    key: str
    title: str
    directory: str
    """Starting folder, or a suggested file path for a save."""
    filters: tuple[str, ...]
    """Qt name filters such as ``"Roadmaps (*.pilotplan)"``."""
    default_suffix: str = ""


@dataclass(frozen=True)
class PickRequest:
    key: str
    title: str
    text: str
    items: tuple[tuple[str, str], ...]
    """(key, label) pairs; the key of the chosen one is returned."""
    current: str = ""
    details: dict[str, str] = field(default_factory=dict)
    """Optional longer description per key, shown under the list."""


class Prompter(Protocol):
    def ask(self, question: Question) -> str: ...

    def tell(self, message: Message) -> str | None: ...

    def open_file(self, request: FileRequest) -> str | None: ...

    def save_file(self, request: FileRequest) -> str | None: ...

    def pick(self, request: PickRequest) -> str | None: ...


# ---------------------------------------------------------------- real dialogs


# Made on first use: touching QMessageBox's enums makes its ~35 Python enum types,
# which a start that asks nothing does not need (issue 17).
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


class QtPrompter:
    """Real dialogs, modal to ``parent``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._parent = parent

    def ask(self, question: Question) -> str:
        box = _message_box(
            self._parent,
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

    def tell(self, message: Message) -> str | None:
        box = _message_box(
            self._parent,
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

    def open_file(self, request: FileRequest) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self._parent, request.title, request.directory, ";;".join(request.filters)
        )
        return path or None

    def save_file(self, request: FileRequest) -> str | None:
        dialog = QFileDialog(self._parent, request.title, request.directory)
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

    def pick(self, request: PickRequest) -> str | None:
        dialog = _PickDialog(request, self._parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()


class _PickDialog(QDialog):
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


# ------------------------------------------------------------- scripted answers


class UnexpectedQuestion(AssertionError):
    """A scripted run was asked something its script does not answer."""


@dataclass
class Asked:
    key: str
    title: str
    text: str
    informative: str
    details: str


class ScriptedPrompter:
    """Answers from a script, by question key; records everything asked and told.

    ``answers[key]`` is one answer or a list consumed in order. A file request
    is answered with a path (or ``None`` for Cancel). An unanswered question
    raises :class:`UnexpectedQuestion`, so a test notices a dialog it did not
    expect instead of hanging on it.
    """

    def __init__(self, answers: dict[str, object] | None = None) -> None:
        self.answers: dict[str, list[object]] = {}
        self.asked: list[Asked] = []
        self.told: list[Asked] = []
        for key, value in (answers or {}).items():
            self.answer(key, value)

    def answer(self, key: str, *values: object) -> None:
        """Queue answers for the question ``key`` (a list value queues each item)."""
        queue = self.answers.setdefault(key, [])
        for value in values:
            queue.extend(value if isinstance(value, list) else [value])

    def _next(self, key: str) -> object:
        queue = self.answers.get(key)
        if not queue:
            raise UnexpectedQuestion(f"no scripted answer for {key!r}")
        return queue.pop(0)

    def keys_asked(self) -> list[str]:
        return [a.key for a in self.asked]

    def keys_told(self) -> list[str]:
        return [a.key for a in self.told]

    def ask(self, question: Question) -> str:
        self.asked.append(_asked(question.key, question.title, question.text, question))
        answer = self._next(question.key)
        keys = {c.key for c in question.choices}
        if answer not in keys:
            raise UnexpectedQuestion(f"{answer!r} is not a choice of {question.key!r}: {keys}")
        return str(answer)

    def tell(self, message: Message) -> str | None:
        self.told.append(_asked(message.key, message.title, message.text, message))
        queue = self.answers.get(message.key)
        return str(queue.pop(0)) if queue else None

    def open_file(self, request: FileRequest) -> str | None:
        return self._file(request)

    def save_file(self, request: FileRequest) -> str | None:
        return self._file(request)

    def _file(self, request: FileRequest) -> str | None:
        self.asked.append(Asked(request.key, request.title, request.directory, "", ""))
        answer = self._next(request.key)
        return None if answer is None else os.fspath(answer)  # type: ignore[call-overload]

    def pick(self, request: PickRequest) -> str | None:
        self.asked.append(Asked(request.key, request.title, request.text, "", ""))
        answer = self._next(request.key)
        keys = {key for key, _label in request.items}
        if answer is not None and answer not in keys:
            raise UnexpectedQuestion(f"{answer!r} is not offered by {request.key!r}: {keys}")
        return None if answer is None else str(answer)


def _asked(key: str, title: str, text: str, source: Question | Message) -> Asked:
    return Asked(key, title, text, source.informative, source.details)
