"""Accessibility smoke test, keyboard use and plain text for anything from a file."""

from __future__ import annotations

import pytest
from shell_support import SIZE_HINTS

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu, QWidget

from planner.edit.operations import SetField
from planner.file import storage
from ui.app import i18n

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS)


def _name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def test_every_button_and_action_has_a_name(window, qtbot) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.findings_dock.show()
    for key in window.page_keys():
        window.show_page(key)
    nameless = [
        f"{type(w).__name__} in {type(w.parentWidget()).__name__}"
        for w in window.findChildren(QAbstractButton)
        if w.isVisibleTo(window) and not _name(w)
    ]
    assert nameless == []
    for menu in window.findChildren(QMenu):
        for action in menu.actions():
            assert action.isSeparator() or action.text().strip(), menu.title()
    for widget in (window.navigator.list, window.findings_dock.list, window.page("timeline")):
        assert _name(widget), type(widget).__name__


@pytest.fixture(params=["en", "fr"])
def language(request, qapp):
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")


def test_every_menu_and_command_has_a_mnemonic(language, window) -> None:
    menus = window.menus
    for menu in (menus.file_menu, menus.edit_menu, menus.view_menu, menus.help_menu):
        assert "&" in menu.title()
        keys = []
        for action in menu.actions():
            if action.isSeparator() or action.data() in window.page_keys():
                continue
            text = action.text().replace("&&", "")
            assert "&" in text, text
            keys.append(text[text.index("&") + 1].lower())
        assert len(keys) == len(set(keys)), f"{menu.title()}: {keys}"


def test_pages_are_reachable_from_the_keyboard(window, qtbot) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.navigator.list.setFocus()
    qtbot.keyClick(window.navigator.list, Qt.Key.Key_Down)
    assert window.current_page_key() == "timeline"
    timeline = window.page("timeline").view
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Down)
    selected = timeline.selected()
    assert selected is not None
    assert selected[0] == "stage"
    qtbot.keyClick(timeline, Qt.Key.Key_Return)  # shows the stage in its table
    assert window.current_page_key() == "stages"
    window.window_actions.pages["risks"].trigger()
    assert window.current_page_key() == "risks"
    assert window.window_actions.pages["overview"].shortcut().toString() == "Ctrl+1"


def test_user_text_is_shown_as_plain_text(window, qtbot, prompter, tmp_path) -> None:
    hostile = "<b>x</b><img src='file:///etc/passwd'>"
    roadmap = window.document.roadmap.model_copy(update={"title": hostile})
    path = tmp_path / "<b>odd<b>.pilotplan"
    storage.save(roadmap, path)
    assert window.files.open_path(str(path))
    window.show()
    qtbot.waitExposed(window)
    overview = window.show_page("overview")
    window.document.execute(SetField("roadmap", None, "organisation", "<u>Org</u>"), "Edit")
    overview.refresh()
    shown = {label.text(): label for label in overview.findChildren(QLabel)}
    assert shown[hostile].textFormat() == Qt.TextFormat.PlainText
    assert any("<u>Org</u>" in text for text in shown)
    assert window.file_label.text() == "<b>odd<b>.pilotplan"
    assert window.file_label.textFormat() == Qt.TextFormat.PlainText
    assert "<b>odd<b>.pilotplan" in window.windowTitle()
    # Every label showing roadmap text in the shell is plain text.
    for label in [*overview.findChildren(QLabel), window.file_label, window.banner.label]:
        if "<" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()


def test_focus_can_leave_the_navigator_with_tab(window, qtbot) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.navigator.list.setFocus()
    qtbot.keyClick(window.navigator.list, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not window.navigator.list
