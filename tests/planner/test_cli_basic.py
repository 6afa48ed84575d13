"""``pilot-planner new``, ``validate`` and ``show``, in process and as a real subprocess."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner import __version__, templates
from planner.cli import main
from planner.commands import show
from planner.file import storage

ROOT = Path(__file__).resolve().parents[2]
AS_OF = "2026-04-06"  # the template's own story: the week after its last measurement


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def usage_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as info:
        main(list(argv))
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "usage:" in err
    assert "Traceback" not in err
    return err


@pytest.fixture
def template_copy(tmp_path: Path) -> Path:
    """The AI-adoption template as stored (its own dates), to edit or break."""
    path = tmp_path / "template.pilotplan"
    path.write_bytes(templates.path("ai-adoption").read_bytes())
    return path


def edit_roadmap(path: Path, change: dict[str, object]) -> None:
    """Rewrite a roadmap file by hand, as a user with a text editor would."""
    document = json.loads(path.read_text(encoding="utf-8"))
    for dotted, value in change.items():
        target = document["roadmap"]
        *parents, last = dotted.split(".")
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[int(last) if last.isdigit() else last] = value
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")


# -------------------------------------------------------------------- new


def test_new_then_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.pilotplan"
    code, stdout, err = run(capsys, "new", str(out))
    assert (code, stdout.strip(), err) == (0, str(out), "")
    roadmap = storage.load(out)
    assert len(roadmap.stages) == 3
    assert roadmap.lineage.document_id != "template-ai-adoption"
    code, stdout, _ = run(capsys, "validate", str(out))
    assert code == 0
    assert stdout.startswith("valid: 3 stages, 32 gate criteria, 0 use cases, ")
    assert "0 measurements" in stdout  # the structure: nothing invented to delete first
    assert stdout.count("\n") == 1


def test_new_from_the_sample_is_the_whole_example(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "look-around.pilotplan"
    code, _, _ = run(capsys, "new", str(out), "--template", "sample")
    assert code == 0
    code, stdout, _ = run(capsys, "validate", str(out))
    assert "13 use cases" in stdout
    assert storage.load(out).measurements


def test_new_adds_the_suffix_only_when_there_is_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, stdout, _ = run(capsys, "new", str(tmp_path / "AI-rollout"))
    assert code == 0
    assert stdout.strip() == str(tmp_path / "AI-rollout.pilotplan")
    assert (tmp_path / "AI-rollout.pilotplan").is_file()
    code, stdout, _ = run(capsys, "new", str(tmp_path / "roadmap.json"))
    assert code == 0
    assert (tmp_path / "roadmap.json").is_file()


def test_new_blank_with_a_title(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "mine.pilotplan"
    code, _, _ = run(capsys, "new", str(out), "--template", "blank", "--title", "Copilot for all")
    assert code == 0
    roadmap = storage.load(out)
    assert roadmap.title == "Copilot for all"
    assert roadmap.measurements == ()


def test_new_never_overwrites_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pilotplan"
    out.write_text("my precious notes", encoding="utf-8")
    code, stdout, err = run(capsys, "new", str(out))
    assert code == 1
    assert stdout == ""
    assert "already exists" in err
    assert "--force" in err
    assert out.read_text(encoding="utf-8") == "my precious notes"
    code, _, _ = run(capsys, "new", str(out), "--force")
    assert code == 0
    assert storage.load(out).stages
    assert (tmp_path / "x.pilotplan.bak").read_text(encoding="utf-8") == "my precious notes"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["--template", "nope"],
            "no template 'nope'; the templates are: ai-adoption, blank, sample",
        ),
        (["--title", "two\nlines"], "--title: must be a single line"),
        (["--title", ""], "--title:"),
    ],
)
def test_new_refuses_bad_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], expected: str
) -> None:
    out = tmp_path / "x.pilotplan"
    code, _, err = run(capsys, "new", str(out), *args)
    assert code == 1
    assert expected in err
    assert len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_new_refuses_a_folder_or_a_missing_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans.pilotplan").mkdir()
    for target, expected in [
        (tmp_path / "plans", "is a folder"),
        (tmp_path / "plans.pilotplan", "is a folder"),
        (tmp_path / "missing" / "x.pilotplan", "the folder does not exist"),
    ]:
        code, _, err = run(capsys, "new", str(target))
        assert code == 1, err
        assert expected in err, err
    code, _, err = run(capsys, "new", "")
    assert code == 1
    assert "not a file name" in err


# --------------------------------------------------------------- validate


def test_validate_names_each_problem_and_its_place(
    template_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_roadmap(
        template_copy,
        {"use_cases.0.stage_id": "stage-nope", "stages.1.planned_end": "2020-01-01"},
    )
    code, stdout, err = run(capsys, "validate", str(template_copy))
    assert code == 1
    assert stdout == ""
    lines = err.strip().splitlines()
    assert len(lines) == 2
    assert all(line.startswith(f"pilot-planner validate: {template_copy}: ") for line in lines)
    assert any("roadmap.use_cases[0].stage_id" in line and "stage-nope" in line for line in lines)
    assert any("roadmap.stages[1].planned_end" in line for line in lines)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "the file is empty"),
        (b'{"format": "pilot-planner-roadmap", "schema_version": 2', "line 1"),
        (b"hello", "line 1"),
        (b"[]", "not a Pilot-to-Scale Planner roadmap"),
        (b'{"format": "pilot-planner-roadmap", "schema_version": 99}', "newer version"),
        (b"\xff\xfe{}", "UTF-8"),
    ],
)
def test_validate_broken_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, expected: str
) -> None:
    path = tmp_path / "broken.pilotplan"
    path.write_bytes(content)
    code, _, err = run(capsys, "validate", str(path))
    assert code == 1
    assert expected in err, err
    assert err.startswith(f"pilot-planner validate: {path}: ")


def test_validate_a_wrong_value_names_the_field(
    template_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_roadmap(template_copy, {"measurements.0.value": 250, "teams.0.headcount": "many"})
    code, _, err = run(capsys, "validate", str(template_copy))
    assert code == 1
    assert "roadmap.teams[0].headcount" in err
    # The out-of-range measurement is a whole-roadmap rule: reported once fields are valid.
    edit_roadmap(template_copy, {"teams.0.headcount": 90})
    code, _, err = run(capsys, "validate", str(template_copy))
    assert code == 1
    assert "roadmap.measurements[0].value" in err
    assert "250" in err


def test_validate_missing_file_and_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "validate", str(tmp_path / "nothing.pilotplan"))
    assert code == 1
    assert "does not exist" in err
    code, _, err = run(capsys, "validate", str(tmp_path))
    assert code == 1
    assert "folder" in err


def test_validate_unreadable_file(
    template_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Permissions do not bind root: make the read fail as it would for a user.
        def refuse(*args: object, **kwargs: object) -> None:
            raise PermissionError(13, "Permission denied", str(template_copy))

        monkeypatch.setattr("planner.file.safejson.open", refuse, raising=False)
    template_copy.chmod(0)
    try:
        code, _, err = run(capsys, "validate", str(template_copy))
    finally:
        template_copy.chmod(0o644)
    assert code == 1
    assert "not allowed to read" in err


# ------------------------------------------------------------------- show


def test_show_summarises_the_key_facts(
    template_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "show", str(template_copy), "--as-of", AS_OF)
    assert code == 0
    assert err == ""
    for fact in (
        "AI adoption programme",
        "Example Mutual Insurance",
        "Objective",
        "5 Jan 2026 – 26 Mar 2027",
        "1. Writing assistance — active",
        "2. Project management — active",
        "3. Bespoke tasks — planned",
        "Gate review  21 May 2026 · 9 criteria, 3 mandatory",
        "180 target users in Customer service, Underwriting, HR",
        "Draft replies to customer letters",
        "Manual triage of incoming claims e-mails",
        "742,500",  # its yearly cost: 5 h × 60 people × 45 weeks × 55 EUR
        "Claims handling",
        "no ambassador",
        "3 of 4 (75 %)",  # customer-service key users trained by the as-of date
        "Claims management system",
        "0 of 4",
        "Claims data stays out of reach of AI tools",
        "19 Mar 2026  Writing assistance: recycle",
    ):
        assert fact in out, fact
    assert "\033[" not in out  # no colour codes when not a terminal
    sections = out.index("Stages"), out.index("Use cases"), out.index("Friction points")
    assert list(sections) == sorted(sections)
    # The costliest friction point is listed first.
    friction = out[out.index("Friction points") :].splitlines()
    assert "Manual triage of incoming claims e-mails" in friction[2]


def test_show_reports_gate_readiness(
    template_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("planner.evidence.gates")
    code, out, _ = run(capsys, "show", str(template_copy), "--as-of", AS_OF)
    assert code == 0
    assert "7 of 9 criteria met as of 6 Apr 2026" in out
    assert "Weekly active users (expected" in out


def test_show_columns_are_aligned(template_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "show", str(template_copy), "--as-of", AS_OF)
    lines = out.splitlines()
    start = lines.index(next(line for line in lines if line.startswith("Data sources")))
    header, *rows = lines[start + 1 : start + 1 + 1 + 9]
    column = header.index("Storage")
    assert all(row[column - 2 : column] == "  " and row[column] != " " for row in rows)
    assert all(line == line.rstrip() for line in lines)


def test_show_and_validate_share_the_error_messages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "broken.pilotplan"
    path.write_bytes(b'{"format": "pilot-planner-roadmap"')
    code, out, err = run(capsys, "show", str(path))
    assert code == 1
    assert out == ""
    assert err.startswith(f"pilot-planner show: {path}: ")


def test_show_an_empty_roadmap(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "blank.pilotplan"
    run(capsys, "new", str(out), "--template", "blank")
    code, stdout, _ = run(capsys, "show", str(out))
    assert code == 0
    assert "1. Pilot — planned" in stdout
    assert "(none)" in stdout


def test_show_keeps_a_large_roadmap_readable() -> None:
    sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))
    try:
        from generate import generate
    finally:
        sys.path.pop(0)
    roadmap = generate(600, seed=3)
    lines = show.render(roadmap, dt.date(2026, 5, 4))
    assert len(lines) < 400
    text = "\n".join(lines)
    assert "… 180 more; total of all" in text  # 200 use cases per stage, 20 listed
    assert "… and 190 more friction points" in text
    assert max(len(line) for line in lines) <= 120


# ----------------------------------------------------------- usage errors


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    usage_error(capsys, "new")
    usage_error(capsys, "validate")
    usage_error(capsys, "validate", "a.pilotplan", "b.pilotplan")
    usage_error(capsys, "new", str(tmp_path / "x"), "--colour", "blue")
    err = usage_error(capsys, "show", str(tmp_path / "x"), "--as-of", "31/12/2026")
    assert "YYYY-MM-DD" in err


def test_help_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"pilot-planner {__version__}"
    with pytest.raises(SystemExit):
        main(["--help"])
    text = capsys.readouterr().out
    for command in ("new", "validate", "show"):
        assert command in text
    with pytest.raises(SystemExit):
        main(["new", "--help"])
    text = capsys.readouterr().out
    assert "--template NAME" in text
    assert "ai-adoption (default), blank" in text
    assert "--force" in text


# ------------------------------------------------------------- subprocess


def cli(*argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "planner.cli", *argv],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_real_process_new_validate_show(tmp_path: Path) -> None:
    made = cli("new", "AI-rollout", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == "AI-rollout.pilotplan"
    checked = cli("validate", "AI-rollout.pilotplan", cwd=tmp_path)
    assert checked.returncode == 0
    assert checked.stdout.startswith("valid: 3 stages")
    shown = cli("show", "AI-rollout.pilotplan", cwd=tmp_path)
    assert shown.returncode == 0
    assert "Writing assistance" in shown.stdout
    assert shown.stderr == ""


@pytest.mark.slow
def test_real_process_user_mistakes_have_no_traceback(tmp_path: Path) -> None:
    (tmp_path / "broken.pilotplan").write_bytes(b'{"format": ')
    (tmp_path / "existing.pilotplan").write_text("keep", encoding="utf-8")
    (tmp_path / "folder").mkdir()
    for argv, code in [
        (["validate", "missing.pilotplan"], 1),
        (["validate", "broken.pilotplan"], 1),
        (["validate", "folder"], 1),
        (["show", "broken.pilotplan"], 1),
        (["new", "existing"], 1),
        (["new", "x", "--template", "nope"], 1),
        (["new"], 2),
        (["show", "broken.pilotplan", "--as-of", "soon"], 2),
    ]:
        result = cli(*argv, cwd=tmp_path)
        assert result.returncode == code, (argv, result.stderr)
        assert "Traceback" not in result.stderr, argv
        assert result.stderr.strip(), argv
    assert (tmp_path / "existing.pilotplan").read_text(encoding="utf-8") == "keep"


def test_real_process_show_on_a_console_without_unicode(tmp_path: Path) -> None:
    cli("new", "plan", "--template", "sample", cwd=tmp_path)
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "NO_COLOR": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "planner.cli", "show", "plan.pilotplan"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert b"Writing assistance ? active" in result.stdout
