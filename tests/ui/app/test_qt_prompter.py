"""The real dialogs behind QtPrompter (ui.app.prompt_dialogs, loaded with the first
question): answered by clicking their buttons while they are open."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QPushButton, QWidget

from ui.app.prompts import (
    Choice,
    Message,
    PickRequest,
    QtPrompter,
    Question,
    Role,
    Severity,
)


def _when_open(act: Callable[[QDialog], None]) -> None:
    """Act on the modal dialog once it is open (it runs its own event loop)."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(10, attempt)

    QTimer.singleShot(0, attempt)


def _click(label: str) -> Callable[[QDialog], None]:
    def act(dialog: QDialog) -> None:
        for button in dialog.findChildren(QPushButton):
            if button.text().replace("&", "") == label:
                button.click()
                return
        raise AssertionError(f"no button {label!r}")

    return act


def test_a_question_returns_the_key_of_the_button_clicked(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, object] = {}

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        seen["icon"] = dialog.icon()
        seen["formats"] = {label.textFormat() for label in dialog.findChildren(QLabel)}
        seen["default"] = dialog.defaultButton().text()
        _click("Discard")(dialog)

    _when_open(answer)
    question = Question(
        key="unsaved",
        title="Unsaved changes",
        text="<b>Plan</b> has changes",
        choices=(
            Choice("save", "Save", Role.ACCEPT),
            Choice("discard", "Discard", Role.DESTRUCTIVE),
            Choice("cancel", "Cancel", Role.REJECT),
        ),
        default="save",
        escape="cancel",
        severity=Severity.WARNING,
    )
    assert QtPrompter(parent).ask(question) == "discard"
    assert seen["icon"] == QMessageBox.Icon.Warning
    assert seen["formats"] == {Qt.TextFormat.PlainText}  # file text is never HTML
    assert seen["default"] == "Save"


def test_a_message_returns_the_action_clicked_or_none_for_ok(qtbot: QtBot) -> None:
    message = Message(
        key="done",
        title="Export Finished",
        text="Saved.",
        actions=(Choice("open_folder", "Open Containing Folder"),),
        severity=Severity.ERROR,
    )
    _when_open(_click("Open Containing Folder"))
    assert QtPrompter().tell(message) == "open_folder"
    _when_open(_click("OK"))
    assert QtPrompter().tell(message) is None


def test_a_pick_returns_the_key_of_the_line_chosen(qtbot: QtBot) -> None:
    request = PickRequest(
        key="template",
        title="New Roadmap",
        text="Start from:",
        items=(("blank", "Blank"), ("sample", "Sample")),
        current="sample",
        details={"sample": "The AI adoption sample"},
    )
    seen: list[str] = []

    def accept(dialog: QDialog) -> None:
        seen.extend(label.text() for label in dialog.findChildren(QLabel))
        dialog.accept()

    _when_open(accept)
    assert QtPrompter().pick(request) == "sample"
    assert "The AI adoption sample" in seen
    _when_open(lambda dialog: dialog.reject())
    assert QtPrompter().pick(request) is None
