"""The main window: navigator, title and dirty mark, pages, status bar, desktop conventions."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from shell_support import SIZE_HINTS

from PySide6.QtGui import QKeySequence

import ui
from planner.edit.operations import SetField

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS)


def test_window_builds_with_every_page(window, qtbot) -> None:
    window.show()
    qtbot.waitExposed(window)
    keys = window.page_keys()
    assert keys[:2] == ["overview", "timeline"]
    assert keys[2:] == [
        "stages",
        "use_cases",
        "scale_out",
        "friction_points",
        "people",
        "data_sources",
        "measurements",
        "decisions",
        "risks",
        "costs",
    ]
    for key in keys:
        assert window.show_page(key) is window.navigator.stack.currentWidget()
        assert window.current_page_key() == key


def test_dirty_mark_follows_the_undo_stack(window) -> None:
    doc = window.document
    assert window.windowTitle() == "Sample roadmap[*] — Pilot-to-Scale Planner"
    assert not window.isWindowModified()
    assert doc.execute(SetField("roadmap", None, "title", "Renamed"), "Rename")
    assert window.isWindowModified()
    window.window_actions.undo.trigger()
    assert not window.isWindowModified()
    window.window_actions.redo.trigger()
    assert window.isWindowModified()
    assert doc.roadmap.title == "Renamed"
    assert "Rename" in window.window_actions.undo.text()


def test_quit_has_ctrl_q(window) -> None:
    assert QKeySequence("Ctrl+Q") in window.window_actions.quit.shortcuts()


def test_nothing_in_the_app_can_reach_the_network(window) -> None:
    import sys

    for key in window.page_keys():
        window.show_page(key)
    assert not [m for m in sys.modules if m.split(".")[0] in ("urllib3", "requests", "httpx")]
    # QtNetwork is loaded for the single-instance hand-over only: a per-user local
    # socket (QLocalServer/QLocalSocket), which never leaves the machine.
    local = {"QLocalServer", "QLocalSocket"}
    for path in Path(ui.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "PySide6.QtNetwork":
                assert {a.name for a in node.names} <= local, path
            if isinstance(node, ast.Import):
                assert "PySide6.QtNetwork" not in {a.name for a in node.names}, path


def test_findings_are_counted_and_lead_to_their_entity(window, qtbot) -> None:
    findings = window.findings.items
    assert findings, "the sample has findings to show"
    assert window.findings_button.text() == f"{len(findings)} findings"
    window.findings_button.click()
    assert window.window_actions.show_findings.isChecked()
    assert window.findings_dock.isVisibleTo(window)
    dock_list = window.findings_dock.list
    assert dock_list.count() == len(findings)
    target = next(i for i, f in enumerate(findings) if f.kind == "use_case")
    dock_list.itemActivated.emit(dock_list.item(target))
    assert window.current_page_key() == "use_cases"
    browser = window.page("use_cases").browsers["use_case"]
    assert browser.current_id() == findings[target].entity_id


def test_findings_follow_edits(window, qtbot) -> None:
    before = len(window.findings.items)
    stage = window.document.roadmap.stages[-1]
    for team_id in stage.team_ids:
        for person in window.document.roadmap.people:
            if person.team_id == team_id and not person.is_ambassador:
                window.document.execute(
                    SetField("person", person.id, "is_ambassador", True), "Ambassador"
                )
                break
    qtbot.waitUntil(lambda: len(window.findings.items) < before)


def test_about_names_the_version(window, prompter) -> None:
    from planner import __version__

    window.window_actions.about.trigger()
    assert prompter.keys_told() == ["about"]
    assert __version__ in prompter.told[0].text
    assert "never connects to the network" in prompter.told[0].informative


def test_dark_and_light_appearance(window, qapp, settings) -> None:
    from PySide6.QtGui import QPalette

    from ui.app.icons import is_dark

    style, palette = qapp.style().name(), QPalette(qapp.palette())
    try:
        window.window_actions.scheme_dark.trigger()
        assert settings.color_scheme == "dark"
        assert is_dark(qapp.palette())
        text = qapp.palette().color(QPalette.ColorRole.WindowText)
        base = qapp.palette().color(QPalette.ColorRole.Base)
        assert text.lightness() - base.lightness() > 150  # readable
        window.window_actions.scheme_light.trigger()
        assert not is_dark(qapp.palette())
    finally:
        qapp.setStyle(style)
        qapp.setPalette(palette)


def test_status_bar_names_the_file(window, roadmap_file) -> None:
    assert window.file_label.text() == "Sample roadmap"
    assert window.files.open_path(str(roadmap_file))
    assert window.file_label.text() == "AI-rollout.pilotplan"
    assert window.file_label.toolTip() == str(roadmap_file)
    assert window.read_only_label.isHidden()


def test_command_line_opens_the_file(roadmap_file, tmp_path) -> None:
    """``pilot-planner FILE`` starts the app on FILE (seen by the lock it takes)."""
    import os
    import subprocess
    import sys
    import time

    lock = roadmap_file.parent / f".~lock.{roadmap_file.name}#"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen(
        [sys.executable, "-m", "ui", str(roadmap_file)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while not lock.exists() and app.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert lock.exists(), app.stderr.read().decode() if app.poll() is not None else ""
    finally:
        app.kill()
        app.wait(10)
        app.stdout.close()  # type: ignore[union-attr]
        app.stderr.close()  # type: ignore[union-attr]


def test_title_shows_odd_file_names_literally(window, qtbot, tmp_path) -> None:
    from planner.file import storage

    path = tmp_path / "plan[*].pilotplan"
    storage.save(window.document.roadmap, path)
    assert window.files.open_path(str(path))
    window.show()
    qtbot.waitExposed(window)
    assert window.windowHandle().title() == "plan[*].pilotplan — Pilot-to-Scale Planner"
    window.document.execute(SetField("roadmap", None, "title", "Changed"), "Rename")
    assert window.windowHandle().title() == "plan[*].pilotplan* — Pilot-to-Scale Planner"


def test_without_a_screen_the_app_says_so_instead_of_aborting(tmp_path) -> None:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # fmt: skip
    env["HOME"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "ui"], env=env, capture_output=True, text=True,
        timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 1
    assert "no screen" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_first_frame_imports_no_import_or_export_machinery() -> None:
    """Start-up (issue 17): the usage import, the workbook writer and openpyxl load on
    first use, not with the window (a fresh interpreter: the test process has them)."""
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys\n"
        "import ui.window.start, ui.window.main_window\n"
        "heavy = ('planner.usage', 'planner.measures.adoption', 'openpyxl', 'xlsxwriter',"
        " 'planner.workbook.export')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        cwd=Path(__file__).resolve().parents[3], timeout=120,
    )  # fmt: skip
    assert done.stdout.strip() == "[]"
