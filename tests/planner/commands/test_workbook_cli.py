"""``pilot-planner export``: exit codes, refused targets, atomic replace, progress lines."""

from __future__ import annotations

import argparse
import os
import stat
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "workbook"))  # its helpers
from test_workbook_support import small

from planner.cli import main
from planner.commands import export as command
from planner.file import storage
from planner.workbook import SHEET_NAMES

ROOT = Path(__file__).resolve().parents[3]
AS_OF = "2026-03-11"


@pytest.fixture
def roadmap_file(tmp_path: Path) -> Path:
    path = tmp_path / "plan.pilotplan"
    storage.save(small(), path, backup=False)
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def temps(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(".~tmp-")]


def test_export_writes_the_workbook(capsys: pytest.CaptureFixture[str], roadmap_file: Path) -> None:
    out_path = roadmap_file.with_name("committee.xlsx")
    code, out, err = run(capsys, "export", str(roadmap_file), "-o", str(out_path), "--as-of", AS_OF)
    assert (code, err) == (0, "")
    assert out == f"wrote {out_path}\n"
    assert openpyxl.load_workbook(out_path).sheetnames[0] == "Summary"
    assert temps(out_path.parent) == []


def test_progress_lines_are_machine_readable(
    capsys: pytest.CaptureFixture[str], roadmap_file: Path
) -> None:
    out_path = roadmap_file.with_name("committee.xlsx")
    code, out, _ = run(
        capsys,
        "export",
        str(roadmap_file),
        "-o",
        str(out_path),
        "--as-of",
        AS_OF,
        "--sheets",
        "Summary,gates",
        "--progress",
    )
    assert code == 0
    assert out.splitlines() == ["progress 1 3 Summary", "progress 2 3 Gates", "progress 3 3 Saved"]
    assert openpyxl.load_workbook(out_path).sheetnames == ["Summary", "Gates"]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("out.docx", "unsupported output type ('.docx'); use .xlsx for the workbook"),
        ("out", "unsupported output type (no suffix)"),
    ],
)
def test_unsupported_output_types(
    capsys: pytest.CaptureFixture[str], roadmap_file: Path, name: str, message: str
) -> None:
    code, _, err = run(capsys, "export", str(roadmap_file), "-o", str(roadmap_file.parent / name))
    assert code == 2
    assert message in err
    assert not (roadmap_file.parent / name).exists()


def test_unknown_sheet_and_baseline_are_usage_errors(
    capsys: pytest.CaptureFixture[str], roadmap_file: Path
) -> None:
    target = str(roadmap_file.with_name("x.xlsx"))
    code, _, err = run(capsys, "export", str(roadmap_file), "-o", target, "--sheets", "Budget")
    assert code == 2
    assert "--sheets: unknown sheet 'Budget'; the sheets are: Summary, Timeline" in err
    code, _, err = run(capsys, "export", str(roadmap_file), "-o", target, "--baseline", "nope")
    assert code == 2
    assert "has no baseline 'nope' (its baselines: b-old, b-new)" in err
    assert not Path(target).exists()


@pytest.mark.parametrize("lock", ["~$committee.xlsx", "~$mmittee.xlsx", ".~lock.committee.xlsx#"])
def test_refuses_a_workbook_open_in_excel_or_libreoffice(
    capsys: pytest.CaptureFixture[str], roadmap_file: Path, lock: str
) -> None:
    target = roadmap_file.with_name("committee.xlsx")
    target.write_bytes(b"the old workbook")
    (target.parent / lock).write_text("owner")
    code, _, err = run(capsys, "export", str(roadmap_file), "-o", str(target))
    assert code == 1
    assert f"the file is open in another program ({lock} is beside it)" in err
    assert target.read_bytes() == b"the old workbook"


def test_refuses_a_read_only_target(capsys: pytest.CaptureFixture[str], roadmap_file: Path) -> None:
    target = roadmap_file.with_name("committee.xlsx")
    target.write_bytes(b"the old workbook")
    target.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        code, _, err = run(capsys, "export", str(roadmap_file), "-o", str(target))
    finally:
        target.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert code == 1
    assert "the file is read-only" in err
    assert target.read_bytes() == b"the old workbook"


def test_refuses_a_folder_or_a_missing_folder(
    capsys: pytest.CaptureFixture[str], roadmap_file: Path
) -> None:
    code, _, err = run(capsys, "export", str(roadmap_file), "-o", str(roadmap_file.parent))
    assert code == 2  # a folder has no .xlsx suffix: the type is checked first
    code, _, err = run(
        capsys, "export", str(roadmap_file), "-o", str(roadmap_file.parent / "nowhere" / "x.xlsx")
    )
    assert code == 1
    assert "does not exist" in err
    folder = roadmap_file.parent / "named.xlsx"
    folder.mkdir()
    code, _, err = run(capsys, "export", str(roadmap_file), "-o", str(folder))
    assert code == 1
    assert "is a folder" in err


def test_a_bad_roadmap_names_its_problem(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.pilotplan"
    bad.write_text("{ not json", encoding="utf-8")
    code, _, err = run(capsys, "export", str(bad), "-o", str(tmp_path / "x.xlsx"))
    assert code == 1
    assert err.startswith("pilot-planner export: ")
    assert "bad.pilotplan" in err
    assert not (tmp_path / "x.xlsx").exists()


def test_a_failed_export_leaves_the_old_workbook_and_no_temporary_file(
    capsys: pytest.CaptureFixture[str], roadmap_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = roadmap_file.with_name("committee.xlsx")
    target.write_bytes(b"the old workbook")

    def half_written(roadmap: object, path: Path, args: argparse.Namespace) -> None:
        path.write_bytes(b"PK half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(command.WRITERS, ".xlsx", half_written)
    code, _, err = run(capsys, "export", str(roadmap_file), "-o", str(target))
    assert code == 1
    assert "cannot write: the disk is full; the previous file is as it was" in err
    assert target.read_bytes() == b"the old workbook"
    assert temps(target.parent) == []


def test_replace_keeps_the_target_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"old")
    target.chmod(0o640)
    command.write_atomically(target, lambda temp: temp.write_bytes(b"new"))
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    with pytest.raises(KeyboardInterrupt):
        command.write_atomically(target, lambda temp: (_ for _ in ()).throw(KeyboardInterrupt))
    assert target.read_bytes() == b"new"
    assert temps(tmp_path) == []


def test_real_subprocess_has_no_traceback(roadmap_file: Path) -> None:
    target = roadmap_file.with_name("committee.xlsx")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "planner.cli",
            "export",
            str(roadmap_file),
            "-o",
            str(target),
            "--as-of",
            AS_OF,
            "--progress",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    steps = len(SHEET_NAMES) + 1  # every sheet, then the save
    assert result.stdout.splitlines()[-1] == f"progress {steps} {steps} Saved"
    assert result.stderr == ""
    bad = subprocess.run(
        [sys.executable, "-m", "planner.cli", "export", str(roadmap_file), "-o", "x.odt"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert bad.returncode == 2
    assert "Traceback" not in bad.stderr
