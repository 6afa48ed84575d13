"""Fixtures for the desktop app's tests: isolated settings, scripted answers, a main window.

Every test gets its own settings file, recovery folder and user folders under
``tmp_path`` (also for subprocesses, through the XDG variables), so no test
ever reads or writes the real user's settings.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtWidgets import QApplication

from planner.file import storage
from ui.app.prompts import ScriptedPrompter
from ui.app.settings import Settings
from ui.files.recovery import RECOVERY_ENV, RecoveryStore

sys.path.insert(0, str(Path(__file__).parent))
from shell_support import isolate, sample_roadmap


@pytest.fixture(autouse=True)
def _empty_clipboard_after_test() -> Iterator[None]:
    """Leave nothing on the clipboard: Qt's offscreen platform crashes at exit
    (segmentation fault after every test passed) when the clipboard still owns data."""
    yield
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.clipboard().clear()


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return isolate(tmp_path / "user", monkeypatch)


@pytest.fixture
def user_home(_isolated_settings: Path) -> Path:
    """The folder holding this test's settings, recovery and XDG folders."""
    return _isolated_settings


@pytest.fixture
def settings(qapp: object) -> Settings:
    return Settings()


@pytest.fixture
def prompter() -> ScriptedPrompter:
    return ScriptedPrompter()


@pytest.fixture
def recovery(_isolated_settings: Path) -> RecoveryStore:
    return RecoveryStore(Path(os.environ[RECOVERY_ENV]))


@pytest.fixture
def roadmap_file(tmp_path: Path) -> Path:
    """A saved copy of the AI-adoption sample."""
    path = tmp_path / "docs" / "AI-rollout.pilotplan"
    path.parent.mkdir()
    storage.save(sample_roadmap(), path)
    return path


@pytest.fixture
def window(
    qtbot: object,
    qapp: QApplication,
    settings: Settings,
    prompter: ScriptedPrompter,
    recovery: RecoveryStore,
) -> Iterator[object]:
    from ui.app import i18n
    from ui.window.main_window import MainWindow

    if not i18n.installed_files():  # a test may have chosen French already
        i18n.install(qapp, "en")  # as the app does: English plural forms ("1 finding")
    win = MainWindow(settings, prompter, recovery, roadmap=sample_roadmap())
    yield win
    # Whatever the test left unsaved, closing must not ask (nobody is there to answer).
    # (Not qtbot.addWidget: pytest-qt would close the window before this runs.)
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()
