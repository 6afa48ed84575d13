"""``export --changes-since OLD`` adds the comparison as a Changes sheet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from planner import templates
from planner.cli import main
from planner.edit import operations
from planner.file import storage

TODAY = dt.date(2026, 3, 2)


def test_changes_sheet_lists_what_changed_since_the_older_file(tmp_path: Path) -> None:
    old = templates.create(templates.SAMPLE, today=TODAY)
    stage = old.stages[1]
    new, _ = operations.apply(
        old,
        operations.SetField(
            "stage", stage.id, "gate_review", stage.gate_review + dt.timedelta(days=14)
        ),
    )
    old_path, new_path, out = (
        tmp_path / "old.pilotplan",
        tmp_path / "new.pilotplan",
        tmp_path / "x.xlsx",
    )
    storage.save(old, old_path, backup=False)
    storage.save(new, new_path, backup=False)
    code = main(["export", str(new_path), "-o", str(out), "--as-of", "2026-03-02",
                 "--changes-since", str(old_path), "--sheets", "Summary,Changes"])  # fmt: skip
    assert code == 0
    book = openpyxl.load_workbook(out, read_only=True)
    assert "Changes" in book.sheetnames
    text = " ".join(str(v) for row in book["Changes"].iter_rows(values_only=True) for v in row if v)
    assert stage.name in text
    assert "+14 days" in text


def test_unreadable_older_file_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new_path = tmp_path / "new.pilotplan"
    storage.save(templates.create(templates.SAMPLE, today=TODAY), new_path, backup=False)
    broken = tmp_path / "old.pilotplan"
    broken.write_text("{ not json", encoding="utf-8")
    out = tmp_path / "x.xlsx"
    code = main(["export", str(new_path), "-o", str(out), "--changes-since", str(broken)])
    assert code == 1
    err = capsys.readouterr().err
    assert "old.pilotplan" in err
    assert "Traceback" not in err
    assert not out.exists()
