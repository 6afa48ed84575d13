"""``pilot-planner``: commands are recognised before any window; the window starts
only for ``pilot-planner`` or ``pilot-planner FILE``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui.launcher import app_arguments, main


@pytest.mark.parametrize(
    ("argv", "hint"),
    [
        (["valdate", "plan.pilotplan"], "did you mean 'validate'"),
        (["exprot", "x.pilotplan", "-o", "y.xlsx"], "did you mean 'export'"),
        (["frobnicate"], "not a command nor a roadmap file"),
        (["show-me", "a", "b"], "not a command"),
    ],
)
def test_an_unknown_word_is_a_usage_error(argv, hint, capsys, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert hint in err
    assert "Traceback" not in err


def test_an_unknown_word_never_starts_the_window_headless(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    (tmp_path / "plan.pilotplan").write_text("{}", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "ui", "frobnicate", "plan.pilotplan"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert "'frobnicate' is not a command" in done.stderr


def test_a_file_name_in_the_message_is_shown_escaped(capsys, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["bad\x1b]0;owned\x07name", "x"]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err
    assert "\\x1b" in err


def test_qt_options_and_their_values_are_not_the_file() -> None:
    positional, qt = app_arguments(["-platform", "offscreen", "-style=fusion", "plan.pilotplan"])
    assert positional == ["plan.pilotplan"]
    assert qt == ["-platform", "offscreen", "-style=fusion"]


def test_a_command_runs_headless_through_the_launcher(tmp_path: Path, capsys) -> None:
    target = tmp_path / "plan.pilotplan"
    assert main(["new", str(target)]) == 0
    assert main(["validate", str(target)]) == 0
    assert "valid:" in capsys.readouterr().out


def test_validate_loads_no_qt(tmp_path) -> None:
    """Issue 17: a command that writes nothing for people does not pay for Qt (the
    app's language is read from its settings only when a command needs it)."""
    target = tmp_path / "plan.pilotplan"
    assert main(["new", str(target)]) == 0
    code = (
        "import sys\n"
        "from ui.launcher import main\n"
        f"code = main(['validate', {str(target)!r}])\n"
        "print(code, sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=Path(__file__).resolve().parents[2], env=env,
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    assert done.stdout.strip().splitlines()[-1] == "0 []"
