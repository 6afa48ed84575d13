"""One date format wherever a person sees a date: ``4 Dec 2026`` / ``4 déc. 2026``.

Dates are written by :func:`planner.i18n.format_day` and picked with
:class:`ui.editors.dates.DayEdit`; ISO dates are for files, ``--json`` and the
command line the export child is given. These checks read the desktop app's
sources, so a dialog added later with a bare ``QDateEdit`` or an ISO date on
screen is caught, whoever adds it.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QDate

from planner.i18n import format_day
from ui.editors.dates import DayEdit

UI = Path(__file__).resolve().parents[2] / "ui"
ISO_ALLOWED = {
    "files/lock.py",  # the lock file's own content (read back by the app and the CLI)
    "files/recovery.py",  # the recovery folder's index file
    "export/runner.py",  # the command line given to the export process
}


def _sources() -> dict[str, str]:
    return {
        str(path.relative_to(UI)): path.read_text(encoding="utf-8")
        for path in sorted(UI.rglob("*.py"))
    }


def test_date_pickers_are_day_edits() -> None:
    bare = [
        f"{name}:{number}"
        for name, text in _sources().items()
        if name != "editors/dates.py"
        for number, line in enumerate(text.splitlines(), start=1)
        if re.search(r"\bQDateEdit\(", line) or re.search(r"\bQDateTimeEdit\(", line)
    ]
    assert not bare, f"use ui.editors.dates.DayEdit: {bare}"


def test_no_iso_date_on_screen() -> None:
    found = [
        f"{name}:{number}: {line.strip()}"
        for name, text in _sources().items()
        if name not in ISO_ALLOWED
        for number, line in enumerate(text.splitlines(), start=1)
        if ".isoformat(" in line or re.search(r"setDisplayFormat\(\s*[\"']yyyy", line)
    ]
    assert not found, "dates people see go through planner.i18n.format_day:\n" + "\n".join(found)


def test_a_picker_shows_the_date_as_the_tables_do(qtbot) -> None:
    edit = DayEdit(QDate(2026, 12, 4))
    qtbot.addWidget(edit)
    assert edit.text() == format_day(dt.date(2026, 12, 4)) == "4 Dec 2026"
