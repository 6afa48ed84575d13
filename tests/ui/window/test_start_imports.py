"""Start-up (issue 17): what the first frame does not show is not imported before it.

A fresh interpreter builds and shows the window the way a start does (the test
process itself has everything loaded already)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

LATER = (
    "planner.cli",  # the command line
    "planner.workbook",  # File ▸ Export
    "ui.dialogs.export_options",
    "ui.dialogs.preferences",
    "ui.timeline.widget",  # pages built when first shown
    "ui.pages.use_cases",
    "PySide6.QtNetwork",  # listening for later starts
    "concurrent.futures",  # reading a file off the UI thread
    "subprocess",  # the translation tools, the exports' child process
    "xml.etree.ElementTree",
    "html",  # the findings dock's tooltips, when it is shown
    "planner.edit.operations",  # the first edit (the undoable operations)
    "planner.edit.factory",  # adding, duplicating, pasting rows
    "planner.edit.transfer",
    "planner.register.edit",  # the register page's edits
    "ui.app.prompt_dialogs",  # the first question or message
    "ui.export.runner",  # File ▸ Export's child process
    "ui.dialogs.picture_options",  # File ▸ Export ▸ Timeline picture
)

CODE = """
import sys
from ui.launcher import _import_core_first
_import_core_first()
from PySide6.QtWidgets import QApplication
from ui.app.settings import Settings
from ui.window.start import build, identify_app
identify_app()
app = QApplication([])
window = build(Settings())
window.show()
app.processEvents()
assert window.page("overview").isVisible()
print(sorted(m for m in sys.argv[1:] if m in sys.modules))
"""


def test_the_first_frame_loads_nothing_it_does_not_show(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        env[f"XDG_{name}_HOME"] = str(tmp_path / name.lower())
    done = subprocess.run(
        [sys.executable, "-c", CODE, *LATER], capture_output=True, text=True, check=True,
        cwd=ROOT, env=env, timeout=120,
    )  # fmt: skip
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_the_window_names_the_export_kinds_as_the_dialog_does() -> None:
    from ui.dialogs import export_options
    from ui.window import exports

    for kind in ("WORKBOOK", "SLIDES", "CALENDAR", "PROJECT"):
        assert getattr(exports, kind) == getattr(export_options, kind)
