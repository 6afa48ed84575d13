"""Every line a command prints is terminal-safe (issue 19, class 5).

A roadmap's texts and the names of files can hold escape sequences (clear the
screen, set the window title, write the clipboard with OSC 52), carriage
returns, right-to-left overrides and line breaks that forge a line such as
"valid: 3 stages". Whatever the command — show, gates, diff, merge, import
reports, errors, argparse's own messages — they reach the terminal escaped.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hostile import corpus

from planner import cli

FORBIDDEN = ("\x1b", "\x07", "\r", "\u202e", "\x9b")


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _assert_safe(text: str) -> None:
    for char in FORBIDDEN:
        assert char not in text, (char, text[:500])
    for line in text.splitlines():
        assert not line.startswith(corpus.FORGED_LINE[:8]), line


@pytest.fixture
def hostile_roadmap(tmp_path: Path) -> Path:
    return corpus.terminal_roadmap(tmp_path)


def test_a_file_name_cannot_forge_a_line_in_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = corpus.forged_name(tmp_path)
    code, out, err = _run(capsys, "validate", str(path))
    assert code == 1
    assert out == ""
    _assert_safe(err)
    assert len(err.splitlines()) == 1
    assert "x\\nvalid: 3 stages" in err
    assert "\\x1b[2J" in err


@pytest.mark.parametrize("command", ["show", "gates"])
def test_texts_of_a_roadmap_are_shown_escaped(
    hostile_roadmap: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    code, out, err = _run(capsys, command, str(hostile_roadmap), "--as-of", "2026-03-02")
    assert code == 0, err
    _assert_safe(out + err)
    if command == "show":
        assert "\\x1b]52;c;ZWNobyBoaQ==\\x07" in out  # the clipboard write, harmless
        assert "\\x1b[2J" in out  # the clear screen
        assert "\\u202egnp.exe" in out


def test_diff_and_merge_sentences_are_escaped(
    tmp_path: Path, hostile_roadmap: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain = tmp_path / "plain.pilotplan"
    shutil.copy(corpus.SAMPLE, plain)
    code, out, err = _run(capsys, "diff", str(plain), str(hostile_roadmap))
    assert code == 0, err
    _assert_safe(out + err)
    code, out, err = _run(capsys, "diff", str(plain), str(hostile_roadmap), "--json")
    _assert_safe(out)
    merged = tmp_path / "merged\n" / "x"
    code, out, err = _run(
        capsys, "merge", str(plain), str(hostile_roadmap), str(plain), "-o", str(merged)
    )
    _assert_safe(out + err)


def test_an_output_name_is_printed_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_path = tmp_path / f"new\n{corpus.FORGED_LINE}\x1b]0;title\x07.pilotplan"
    code, out, err = _run(capsys, "new", str(out_path))
    assert code == 0, err
    _assert_safe(out)
    assert len(out.splitlines()) == 1
    assert out_path.exists()


def test_an_import_report_is_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    roadmap = tmp_path / "plan.pilotplan"
    assert _run(capsys, "new", str(roadmap), "--template", "sample")[0] == 0
    data = corpus.usage_csv(
        tmp_path,
        "usage\x1b[2J\n.csv",
        [["2026-W10", "metric-active-users", "55\x1b]52;c;eA==\x07", "team-hr"]],
    )
    code, out, err = _run(
        capsys, "import-usage", str(roadmap), str(data), "--as-of", "2026-12-31", "--dry-run"
    )
    assert code == 1
    _assert_safe(out + err)
    assert "\\x1b]52" in err


def test_argparse_messages_are_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["gates", "x.pilotplan", "--as-of", "\x1b[2J\x1b]0;t\x07"])
    assert info.value.code == 2
    _, err = capsys.readouterr()
    _assert_safe(err)
    assert "\\x1b[2J" in err


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-25"])
def test_an_as_of_date_outside_the_supported_range_is_a_usage_error(
    hostile_roadmap: Path, capsys: pytest.CaptureFixture[str], day: str
) -> None:
    # Before: an OverflowError traceback in show, gates and export.
    for command in ("show", "gates", "export"):
        args = [command, str(hostile_roadmap), "--as-of", day]
        if command == "export":
            args += ["-o", str(hostile_roadmap.with_suffix(".xlsx"))]
        with pytest.raises(SystemExit) as info:
            cli.main(args)
        assert info.value.code == 2
        _, err = capsys.readouterr()
        assert "is outside the dates the app supports (1990-01-01 to 2099-12-31)" in err
        assert "Traceback" not in err
