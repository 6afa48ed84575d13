"""The main window: navigator, title and dirty mark, pages, status bar, desktop conventions."""

from __future__ import annotations

import pytest
from shell_support import SIZE_HINTS

from PySide6.QtGui import QKeySequence

from planner.operations import SetField

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS)


def test_window_builds_with_every_page(window, qtbot) -> None:
    window.show()
    qtbot.waitExposed(window)
    keys = window.page_keys()
    assert keys[:2] == ["overview", "timeline"]
    assert keys[2:] == [
        "stages",
        "use_cases",
        "friction_points",
        "people",
        "data_sources",
        "measurements",
        "decisions",
        "risks",
    ]
    for key in keys:
        assert window.show_page(key) is window.stack.currentWidget()
        assert window.current_page_key() == key


def test_dirty_mark_follows_the_undo_stack(window) -> None:
    doc = window.document
    assert window.windowTitle() == "Sample roadmap[*] — Pilot-to-Scale Planner"
    assert not window.isWindowModified()
    assert doc.execute(SetField("roadmap", None, "title", "Renamed"), "Rename")
    assert window.isWindowModified()
    window.commands.undo.trigger()
    assert not window.isWindowModified()
    window.commands.redo.trigger()
    assert window.isWindowModified()
    assert doc.roadmap.title == "Renamed"
    assert "Rename" in window.commands.undo.text()


def test_quit_has_ctrl_q(window) -> None:
    assert QKeySequence("Ctrl+Q") in window.commands.quit.shortcuts()
