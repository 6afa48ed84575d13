"""Screenshots of every page and dialog on the AI-adoption sample, to look at.

    python tests/ui/shots.py                       # offscreen, 1366×768, EN/FR, light/dark
    python tests/ui/shots.py --size 1920x1080
    python tests/ui/shots.py --readme              # also refresh resources/screenshots/
    python tests/ui/shots.py --help-pictures       # also refresh resources/help/images/
    xvfb-run -a python tests/ui/shots.py --screen  # a real X server, the screen grabbed

Writes PNGs to ``tests/benchmarks/out/shots/`` (git-ignored): every page of the
navigator (each tab of tabbed pages), the whole Overview scrolled out, and the
dialogs, in English and French, light and dark; and prints what the layout
checks of ``tests/ui/layout_support.py`` find cut on each. Settings and the
recovery folder live in a temporary folder: the user's own are never touched.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "benchmarks" / "out" / "shots"
README_SHOTS = ROOT / "resources" / "screenshots"
HELP_PICTURES = ROOT / "resources" / "help" / "images"
TODAY = dt.date(2026, 12, 4)
"""The day the sample is shown on: pictures do not change with the day they are taken."""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--screen", action="store_true", help="grab the X screen (under Xvfb)")
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--readme", action="store_true", help="refresh the README's pictures")
    parser.add_argument("--help-pictures", action="store_true", help="refresh the guide's")
    parser.add_argument("--only", default="", help="e.g. en-light: one language and scheme")
    parser.add_argument("--points", type=float, default=10.0, help="the app's font size")
    args = parser.parse_args()
    if not args.screen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    scratch = Path(tempfile.mkdtemp(prefix="pilot-planner-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")
    os.environ["PILOT_PLANNER_RECOVERY_DIR"] = str(scratch / "recovery")
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(Path(__file__).parent))

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui.app.settings import Settings
    from ui.window.start import identify_app

    identify_app()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))
    app = QApplication([sys.argv[0]])
    if not args.screen:
        # The offscreen platform's 9-point font clips the accent of a capital É; a
        # desktop's usual 10 points does not (and is what people see).
        font = app.font()
        font.setPointSizeF(args.points)
        app.setFont(font)
    width, height = (int(v) for v in args.size.split("x"))
    OUT.mkdir(parents=True, exist_ok=True)
    for language in ("en", "fr"):
        for scheme in ("light", "dark"):
            if args.only and args.only != f"{language}-{scheme}":
                continue
            shoot(app, Settings(), language, scheme, (width, height), args)
    return 0


def _settle(app: object) -> None:
    for _ in range(6):
        app.processEvents()  # type: ignore[attr-defined]


def shoot(app, settings, language: str, scheme: str, size: tuple[int, int], args) -> None:
    from layout_support import everything_cut

    from PySide6.QtWidgets import QTabWidget

    from planner import templates
    from ui.app.prompts import ScriptedPrompter
    from ui.window.start import build

    settings.language = language
    settings.color_scheme = scheme
    window = build(settings, ScriptedPrompter())
    sample = templates.create(templates.SAMPLE, today=TODAY)
    window.files.start_untitled(sample, window.tr("Sample roadmap"))
    window.document.set_as_of(TODAY)
    window.resize(*size)
    window.show()
    # The Overview below its first stage card comes just after the first frame.
    from PySide6.QtTest import QTest

    QTest.qWait(400)
    suffix = f"{language}-{scheme}"

    def save(widget, name: str) -> Path:
        target = OUT / f"{name}-{suffix}.png"
        if args.screen:
            widget.screen().grabWindow(widget.winId()).save(str(target))
        else:
            widget.grab().save(str(target))
        found = everything_cut(widget)
        print(target.relative_to(ROOT), *(f"\n    CUT {c}" for c in found))
        return target

    for key in window.page_keys():
        page = window.show_page(key)
        _settle(app)
        tabs = page.findChildren(QTabWidget)
        if not tabs or key == "stages":
            save(window, key)
        for tab in tabs if key != "stages" else []:
            for index in range(tab.count()):
                tab.setCurrentIndex(index)
                _settle(app)
                save(window, f"{key}-{index + 1}")
        if key == "overview":
            body = page.scroll_area.widget()
            save(body, "overview-full")
    window.findings_dock.show()
    window.show_page("use_cases")
    _settle(app)
    use_cases = save(window, "use_cases-findings")
    window.findings_dock.hide()
    dialogs(app, window, save)
    if args.readme:
        readme_pictures(window, suffix, use_cases, save)
    if args.help_pictures and scheme == "light":
        help_pictures(app, window, language)
    window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()
    _settle(app)


def dialogs(app, window, save) -> None:
    """Each dialog at the size the app gives it on this screen."""
    import tempfile

    from layout_support import changed_copy, every_dialog

    from PySide6.QtCore import QRect

    from ui.app.sizing import dialog_size, preferred_size

    room = QRect(0, 0, window.width(), window.height() - 40)
    usage = ROOT / "tests" / "planner" / "usage_samples" / "viva_weekly.csv"
    other = changed_copy(window.document, Path(tempfile.mkdtemp(prefix="pilot-planner-shots-")))
    for name, dialog in every_dialog(window, other, usage):
        dialog.resize(dialog_size(preferred_size(dialog).expandedTo(dialog.sizeHint()), room))
        dialog.show()
        _settle(app)
        save(dialog, f"dialog-{name}")
        dialog.close()


def readme_pictures(window, suffix: str, use_cases: Path, save) -> None:
    """The README's pictures: the Overview and the Timeline in English and light, Use
    cases in French and dark (shown at the README's width)."""
    import shutil

    from PySide6.QtWidgets import QApplication

    if suffix == "en-light":
        window.show_page("overview")
        shutil.copy(save(window, "readme-overview"), README_SHOTS / "overview.png")
        timeline = window.show_page("timeline")
        timeline.set_zoom("fit")  # the whole plan in the picture
        for _ in range(6):
            QApplication.processEvents()
        shutil.copy(save(window, "readme-timeline"), README_SHOTS / "timeline-window.png")
        timeline.set_zoom("month")
        window.show_page("scale_out")
        for _ in range(6):
            QApplication.processEvents()
        shutil.copy(save(window, "readme-scale-out"), README_SHOTS / "scale-out.png")
        overview = window.show_page("overview")
        cards = overview.value_cards
        if cards:  # the Value section at the top of the page, its first card whole
            area = overview.scroll_area
            top = cards[0].mapTo(area.widget(), cards[0].rect().topLeft()).y()
            area.verticalScrollBar().setValue(max(0, top - 40))
            for _ in range(6):
                QApplication.processEvents()
            shutil.copy(save(window, "readme-value-card"), README_SHOTS / "value-card.png")
        grids = list(overview.grids.values())
        if grids:  # Adoption by team and week, with the open actions under it
            area = overview.scroll_area
            top = grids[0].mapTo(area.widget(), grids[0].rect().topLeft()).y()
            area.verticalScrollBar().setValue(max(0, top - 70))
            for _ in range(6):
                QApplication.processEvents()
            shutil.copy(save(window, "readme-teams"), README_SHOTS / "overview-teams.png")
    if suffix == "fr-dark":
        shutil.copy(use_cases, README_SHOTS / "use-cases-fr-dark.png")


def help_pictures(app, window, language: str) -> None:
    """The guide's pictures: a stage card, the timeline, the gate review (light only)."""
    from PySide6.QtCore import QRect, Qt

    from ui.app.sizing import dialog_size, preferred_size
    from ui.dialogs.gate_review import GateReviewDialog

    HELP_PICTURES.mkdir(parents=True, exist_ok=True)

    def keep(widget, name: str) -> None:
        picture = widget.grab().scaledToWidth(640, Qt.TransformationMode.SmoothTransformation)
        picture.save(str(HELP_PICTURES / f"{name}-{language}.png"))

    dashboard = window.show_page("overview")
    _settle(app)
    keep(next(iter(dashboard.cards.values())), "stage-card")
    window.show_page("timeline")
    _settle(app)
    keep(window, "timeline")
    stage = window.document.roadmap.stages[0].id
    dialog = GateReviewDialog(window.document, stage, TODAY, window)
    dialog.resize(dialog_size(preferred_size(dialog), QRect(0, 0, 1366, 728)))
    dialog.show()
    _settle(app)
    keep(dialog, "gate-review")
    dialog.close()
    print("help pictures:", *sorted(p.name for p in HELP_PICTURES.glob(f"*-{language}.png")))


if __name__ == "__main__":
    raise SystemExit(main())
