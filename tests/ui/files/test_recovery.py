"""Autosave and recovery: unsaved work survives a killed process, the user's file is untouched."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from shell_support import SIZE_HINTS, sample_roadmap

from planner.edit.operations import SetField
from planner.file import storage
from ui.app.settings import AUTOSAVE_ENV
from ui.files.recovery import RecoveryStore
from ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS)

# The app in a child process: opens the file, edits the title again and again
# (printing a digest of every state it reaches) and prints each autosave.
_APP = """
import hashlib, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from planner.file import storage
from planner.edit.operations import SetField
from ui.window.start import identify_app
from ui.window.main_window import MainWindow
from ui.app.prompts import ScriptedPrompter
from ui.app.settings import Settings

identify_app()
app = QApplication([])
window = MainWindow(Settings(), ScriptedPrompter())
assert window.files.open_path(sys.argv[1])
edits = int(sys.argv[2])
count = 0

def digest():
    return hashlib.sha256(storage.dumps(window.document.roadmap)).hexdigest()

def edit():
    global count
    count += 1
    window.document.execute(SetField("roadmap", None, "title", f"Edit {count}"), "Rename")
    print("state", digest(), flush=True)
    if count >= edits:
        timer.stop()
        print("done", flush=True)

window.files.autosaved.connect(lambda: print("autosaved", digest(), flush=True))
timer = QTimer()
timer.timeout.connect(edit)
timer.start(40)
app.exec()
"""


def _digest_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run_app(roadmap_file: Path, edits: int) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", AUTOSAVE_ENV: "0.2"}
    return subprocess.Popen(
        [sys.executable, "-c", _APP, str(roadmap_file), str(edits)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )


def _recover(settings, prompter, recovery) -> MainWindow:
    window = MainWindow(settings, prompter, recovery)
    prompter.answer("recover", "recover")
    assert window.files.offer_recovery()
    return window


def _close(window: MainWindow) -> None:
    window.document.undo_stack.setClean()
    window.close()


def test_killed_app_recovers_exactly_its_last_autosave(
    qtbot, settings, prompter, recovery, roadmap_file
) -> None:
    before = _digest_file(roadmap_file)
    child = _run_app(roadmap_file, edits=5)
    assert child.stdout is not None
    final = last_autosave = None
    done = False
    for line in child.stdout:
        word, _, value = line.strip().partition(" ")
        if word == "state":
            final = value
        elif word == "done":
            done = True
        elif word == "autosaved":
            last_autosave = value
            if done and value == final:
                break  # the final state is safe in the recovery folder
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    child.stdout.close()
    assert last_autosave == final
    window = _recover(settings, prompter, recovery)
    try:
        recovered = hashlib.sha256(storage.dumps(window.document.roadmap)).hexdigest()
        assert recovered == last_autosave
        assert window.document.roadmap.title == "Edit 5"
        assert window.session.path is None
        assert window.session.name == "AI-rollout (recovered)"
        assert window.isWindowModified()
        assert window.windowTitle() == "AI-rollout (recovered)[*] — Pilot-to-Scale Planner"
        assert "AI-rollout.pilotplan" in prompter.asked[0].informative
        assert _digest_file(roadmap_file) == before  # autosave never touches the user's file
    finally:
        _close(window)


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(3))
def test_kill_at_a_random_moment_recovers_a_whole_autosave(
    qtbot, settings, prompter, recovery, roadmap_file, seed
) -> None:
    before = _digest_file(roadmap_file)
    child = _run_app(roadmap_file, edits=60)
    assert child.stdout is not None
    states: list[str] = []
    saved: list[str] = []
    kill_after = random.Random(seed).randint(1, 6)
    for line in child.stdout:
        word, _, value = line.strip().partition(" ")
        if word == "state":
            states.append(value)
        elif word == "autosaved":
            saved.append(value)
            if len(saved) >= kill_after:
                break
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    child.stdout.close()
    window = _recover(settings, prompter, recovery)
    try:
        recovered = hashlib.sha256(storage.dumps(window.document.roadmap)).hexdigest()
        # A complete state the app had, no older than the last autosave it reported.
        assert recovered in states
        assert states.index(recovered) >= states.index(saved[-1])
        assert _digest_file(roadmap_file) == before
    finally:
        _close(window)


# ------------------------------------------------------------ in one process


def _files(recovery: RecoveryStore) -> list[str]:
    return sorted(p.name for p in recovery.folder.iterdir()) if recovery.folder.exists() else []


def test_autosave_writes_only_unsaved_work(window, recovery) -> None:
    assert not window.files.autosave_now()  # nothing unsaved
    assert not [f for f in _files(recovery) if f.endswith(".pilotplan")]
    window.document.execute(SetField("roadmap", None, "title", "Draft"), "Rename")
    assert window.files.autosave_now()
    assert not window.files.autosave_now()  # nothing new since
    session = recovery.session
    assert f"{session}.pilotplan" in _files(recovery)
    assert f"{session}.json" in _files(recovery)
    assert (recovery.folder.stat().st_mode & 0o777) == 0o700
    copy = recovery.folder / f"{session}.pilotplan"
    assert (copy.stat().st_mode & 0o777) == 0o600
    assert storage.load(copy) == window.document.roadmap
    window.window_actions.undo.trigger()  # back to the saved state: nothing to keep
    assert not window.files.autosave_now()
    assert f"{session}.pilotplan" not in _files(recovery)


def test_save_and_normal_close_remove_the_recovery_copy(
    window, prompter, recovery, roadmap_file
) -> None:
    assert window.files.open_path(str(roadmap_file))
    window.document.execute(SetField("roadmap", None, "title", "Draft"), "Rename")
    assert window.files.autosave_now()
    assert window.files.save()
    assert _files(recovery) == [f"{recovery.session}.lock"]
    window.document.execute(SetField("roadmap", None, "title", "Draft 2"), "Rename")
    assert window.files.autosave_now()
    prompter.answer("unsaved-changes", "discard")
    assert window.close()
    assert _files(recovery) == []


def test_a_running_apps_work_is_not_offered(window, settings, prompter, recovery) -> None:
    window.document.execute(SetField("roadmap", None, "title", "Still open"), "Rename")
    assert window.files.autosave_now()
    other = RecoveryStore(recovery.folder)
    assert other.orphans() == []


def test_later_keeps_and_discard_removes(settings, prompter, recovery, qtbot) -> None:
    crashed = RecoveryStore(recovery.folder)
    assert crashed.start()
    crashed.autosave(sample_roadmap(), "", "Untitled")
    crashed._lock.unlock()  # type: ignore[union-attr]  # as a crash would leave it
    window = MainWindow(settings, prompter, recovery)
    try:
        prompter.answer("recover", "later")
        assert not window.files.offer_recovery()
        assert len(recovery.orphans()) == 1
        prompter.answer("recover", "discard")
        assert not window.files.offer_recovery()
        assert recovery.orphans() == []
        assert not (recovery.folder / f"{crashed.session}.pilotplan").exists()
    finally:
        _close(window)


def test_recovered_work_survives_a_second_crash(settings, prompter, recovery, qtbot) -> None:
    crashed = RecoveryStore(recovery.folder)
    assert crashed.start()
    roadmap = sample_roadmap().model_copy(update={"title": "Twice lucky"})
    crashed.autosave(roadmap, "", "Untitled")
    crashed._lock.unlock()  # type: ignore[union-attr]
    window = _recover(settings, prompter, recovery)
    try:
        assert window.document.roadmap.title == "Twice lucky"
        assert window.session.name == "Untitled (recovered)"
        # The copy now belongs to this session: not offered while it runs…
        assert RecoveryStore(recovery.folder).orphans() == []
        assert (recovery.folder / f"{recovery.session}.pilotplan").exists()
    finally:
        _close(window)
