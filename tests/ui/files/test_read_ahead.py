"""A start reads its file before the window is built: the first frame shows the file
(title, Overview, figures), and whatever needs a word with the user falls back to the
usual open once the window is up."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from shell_support import SIZE_HINTS
from test_lock import holder  # noqa: F401  (the fixture: another process holds the lock)

from planner.file import storage
from ui.files import read_ahead as ahead
from ui.window.start import build, file_to_open, start

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS)


def _window(settings, prompter, recovery, path: Path | None):
    opened = ahead.read_ahead(str(path)) if path is not None else None
    return build(settings, prompter, recovery, opened=opened)


def _close(window) -> None:
    window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()


def test_the_window_is_built_on_the_file(settings, prompter, recovery, roadmap_file) -> None:
    saved = storage.load(roadmap_file).model_copy(update={"title": "Read ahead"})
    storage.save(saved, roadmap_file)
    window = _window(settings, prompter, recovery, roadmap_file)
    try:
        assert window.session.path == str(roadmap_file)
        assert window.document.roadmap == storage.load(roadmap_file)
        assert window.windowTitle() == "AI-rollout.pilotplan[*] — Pilot-to-Scale Planner"
        assert window.session.lock is not None
        assert window.session.lock.held
        overview = window.page("overview")
        assert overview.title.text() == "Read ahead"  # the Overview shows the file, at once
        assert window.settings.recent_files[0] == str(roadmap_file)
        start(window, str(roadmap_file))  # after the first frame: nothing opened again
        assert prompter.keys_asked() == []
        assert prompter.keys_told() == []
        assert window.session.path == str(roadmap_file)
    finally:
        _close(window)


def test_a_broken_file_falls_back_to_the_usual_open(settings, prompter, recovery, tmp_path) -> None:
    broken = tmp_path / "broken.pilotplan"
    broken.write_text("{not json", encoding="utf-8")
    assert ahead.read_ahead(str(broken)) is None
    window = _window(settings, prompter, recovery, broken)
    try:
        assert window.session.path is None  # the sample, untitled
        start(window, str(broken))  # once the window is up: the loader's message
        assert prompter.keys_told() == ["open-failed"]
        assert window.session.path is None
    finally:
        _close(window)


def test_a_file_someone_else_has_open_is_asked_about_over_the_window(
    settings,
    prompter,
    recovery,
    roadmap_file,
    holder,  # noqa: F811
) -> None:
    opened = ahead.read_ahead(str(roadmap_file))
    assert opened is not None  # read fine: only the lock needs a question
    window = build(settings, prompter, recovery, opened=opened)
    try:
        assert window.session.path is None  # nothing asked before the window is shown
        assert prompter.keys_asked() == []
        prompter.answer("locked", "read_only")
        start(window, str(roadmap_file))
        assert prompter.keys_asked() == ["locked"]
        assert window.session.path == str(roadmap_file)
        assert window.document.read_only
    finally:
        _close(window)


def test_a_slow_read_does_not_hold_the_window_back(
    monkeypatch: pytest.MonkeyPatch, roadmap_file
) -> None:
    release = threading.Event()

    def slow(path: str):  # a hung network share
        release.wait(10)
        raise OSError(f"{path}: the share went away")

    monkeypatch.setattr(ahead, "read_roadmap", slow)
    try:
        assert ahead.read_ahead(str(roadmap_file), wait_s=0.05) is None
    finally:
        release.set()
        for thread in threading.enumerate():  # leave no reader behind for later tests
            if thread.name == "pilot-planner-read-ahead":
                thread.join(10)


def test_a_start_opens_the_file_else_the_last_one(settings, roadmap_file, tmp_path) -> None:
    assert file_to_open(settings, None) is None
    settings.last_file = str(roadmap_file)
    assert file_to_open(settings, None) == str(roadmap_file)
    assert file_to_open(settings, "other.pilotplan") == "other.pilotplan"
    settings.last_file = str(tmp_path / "gone.pilotplan")
    assert file_to_open(settings, None) is None
