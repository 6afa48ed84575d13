"""Screenshots of the main window on the AI-adoption sample, to look at.

    python tests/ui/shots.py                 # offscreen, widgets grabbed
    xvfb-run -a python tests/ui/shots.py --screen   # a real X server, the screen grabbed

Writes PNGs to ``tests/benchmarks/out/shots/`` (git-ignored): each page of
interest in English and French, light and dark. Settings and the recovery
folder live in a temporary folder: the user's own are never touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "benchmarks" / "out" / "shots"
PAGES = ("overview", "timeline", "stages", "use_cases", "people")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--screen", action="store_true", help="grab the X screen (under Xvfb)")
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args()
    if not args.screen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    scratch = Path(tempfile.mkdtemp(prefix="pilot-planner-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")
    os.environ["PILOT_PLANNER_RECOVERY_DIR"] = str(scratch / "recovery")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui.app.settings import Settings
    from ui.app.start import build, identify_app
    from ui.dialogs.prompts import ScriptedPrompter

    identify_app()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))
    app = QApplication([sys.argv[0]])
    width, height = (int(v) for v in args.size.split("x"))
    OUT.mkdir(parents=True, exist_ok=True)
    for language in ("en", "fr"):
        for scheme in ("light", "dark"):
            settings = Settings()
            settings.language = language
            settings.color_scheme = scheme
            window = build(settings, ScriptedPrompter())
            window.resize(width, height)
            window.show()
            for key in PAGES:
                window.show_page(key)
                if key == "use_cases":
                    window.findings_dock.show()
                for _ in range(5):
                    app.processEvents()
                target = OUT / f"{key}-{language}-{scheme}.png"
                if args.screen:
                    # What the X server shows of the window (real xcb rendering).
                    window.screen().grabWindow(window.winId()).save(str(target))
                else:
                    window.grab().save(str(target))
                print(target.relative_to(ROOT))
                window.findings_dock.hide()
            window.document.undo_stack.setClean()
            window.close()
            window.deleteLater()
            app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
