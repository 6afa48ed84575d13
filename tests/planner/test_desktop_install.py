"""``pilot-planner desktop-install`` / ``desktop-uninstall``: the menu entry, the
``.pilotplan`` file type and the app as its default, per user; confirmed with
``xdg-mime`` the way a desktop asks, and undone exactly."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from planner import cli, desktop

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktops")

PROGRAM = "/opt/pilot planner/pilot-planner"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user of their own: HOME, XDG_DATA_HOME and XDG_CONFIG_HOME in a temporary folder."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("XDG_CURRENT_DESKTOP", raising=False)
    return tmp_path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() if p.is_file() else b"<dir>"
        for p in sorted(folder.rglob("*"))
    }


def xdg_mime(*args: str) -> str:
    done = subprocess.run(
        ["xdg-mime", *args], capture_output=True, text=True, timeout=60, check=True
    )
    return done.stdout.strip()


def need(*tools: str) -> None:
    missing = [t for t in tools if shutil.which(t) is None]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed (xdg-utils, shared-mime-info, glib)")


def test_the_entry_starts_the_program_on_the_file_and_names_the_type() -> None:
    entry = desktop.desktop_entry([PROGRAM])
    assert 'Exec="/opt/pilot planner/pilot-planner" %f' in entry
    assert "MimeType=application/x-pilot-planner;" in entry
    assert "Icon=pilot-planner" in entry
    assert "Comment[fr]=" in entry
    assert "GenericName[fr]=" in entry


@pytest.mark.parametrize(
    ("word", "written"),
    [
        ("/usr/bin/pilot-planner", "/usr/bin/pilot-planner"),
        ("/home/ann/100%/pp", "/home/ann/100%%/pp"),
        ('/a "b"/pp', '"/a \\\\"b\\\\"/pp"'),
        ("/a$b/pp", '"/a\\\\$b/pp"'),
    ],
)
def test_exec_arguments_are_quoted_as_the_specification_says(word: str, written: str) -> None:
    assert f"Exec={written} %f" in desktop.desktop_entry([word])


def test_the_entry_is_valid_for_the_desktop(tmp_path: Path) -> None:
    need("desktop-file-validate")
    path = tmp_path / desktop.DESKTOP_FILE
    path.write_text(desktop.desktop_entry([PROGRAM]), encoding="utf-8")
    done = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == ""


def test_a_relative_xdg_folder_is_ignored(tmp_path: Path) -> None:
    where = desktop.places({"HOME": str(tmp_path), "XDG_DATA_HOME": "relative/data"})
    assert where.data_home == tmp_path / ".local" / "share"
    assert where.config_home == tmp_path / ".config"


def test_install_makes_the_app_the_handler_of_pilotplan_files(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    need("xdg-mime", "update-mime-database", "gio")
    assert cli.main(["desktop-install", "--exec", PROGRAM]) == 0
    out = capsys.readouterr().out
    assert ".pilotplan files now open in Pilot-to-Scale Planner" in out
    data = home / "data"
    assert (data / "applications" / "pilot-planner.desktop").is_file()
    assert (data / "mime" / "packages" / "pilot-planner.xml").is_file()
    for size in desktop.ICON_SIZES:
        assert (
            data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "pilot-planner.png"
        ).is_file()
    sample = home / "from the e-mail.pilotplan"
    sample.write_text('{"format": "pilot-planner"}', encoding="utf-8")
    # A desktop session (GNOME here) asks GLib, which reads shared-mime-info; xdg-mime's
    # generic fallback asks file(1), which knows no desktop types.
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "GNOME")
    assert xdg_mime("query", "filetype", str(sample)) == "application/x-pilot-planner"
    assert xdg_mime("query", "default", "application/x-pilot-planner") == "pilot-planner.desktop"
    monkeypatch.delenv("XDG_CURRENT_DESKTOP")
    assert xdg_mime("query", "default", "application/x-pilot-planner") == "pilot-planner.desktop"


def test_install_twice_changes_nothing(home: Path) -> None:
    need("xdg-mime", "update-mime-database")
    assert cli.main(["desktop-install", "--exec", PROGRAM]) == 0
    first = snapshot(home)
    assert cli.main(["desktop-install", "--exec", PROGRAM]) == 0
    assert snapshot(home) == first
    assert (home / "config" / "mimeapps.list").read_text().count("x-pilot-planner") == 1


def test_uninstall_removes_exactly_what_install_wrote(home: Path) -> None:
    need("xdg-mime", "update-mime-database", "update-desktop-database")
    # What the user had before: another app's entry, another default.
    other = home / "data" / "applications" / "editor.desktop"
    other.parent.mkdir(parents=True)
    other.write_text(
        "[Desktop Entry]\nType=Application\nName=Editor\nExec=editor %f\nMimeType=text/plain;\n",
        encoding="utf-8",
    )
    mimeapps = home / "config" / "mimeapps.list"
    mimeapps.parent.mkdir(parents=True)
    mimeapps.write_text("[Default Applications]\ntext/plain=editor.desktop\n", encoding="utf-8")
    subprocess.run(["update-desktop-database", str(other.parent)], check=True)
    before = snapshot(home)
    assert cli.main(["desktop-install", "--exec", PROGRAM]) == 0
    assert "x-pilot-planner" in mimeapps.read_text()
    assert cli.main(["desktop-uninstall"]) == 0
    assert snapshot(home) == before
    assert xdg_mime("query", "default", "application/x-pilot-planner") == ""


def test_uninstall_on_a_clean_home_leaves_it_as_it_was(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    need("xdg-mime", "update-mime-database", "update-desktop-database")
    assert cli.main(["desktop-install", "--exec", PROGRAM]) == 0
    assert cli.main(["desktop-uninstall"]) == 0
    assert snapshot(home) == {"data": b"<dir>"}  # XDG_DATA_HOME itself is kept
    capsys.readouterr()
    assert cli.main(["desktop-uninstall"]) == 0
    assert "nothing to remove" in capsys.readouterr().out


def test_without_the_desktop_tools_the_files_are_written_and_the_user_told(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = home / "no-tools"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    assert cli.main(["desktop-install", "--exec", PROGRAM, "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert "xdg-mime n’est pas installé" in out
    assert "«\u00a0Ouvrir avec\u00a0»" in out
    assert (home / "data" / "applications" / "pilot-planner.desktop").is_file()
    assert cli.main(["desktop-uninstall", "--lang", "fr"]) == 0
    assert "l’application elle-même reste installée" in capsys.readouterr().out
    assert not (home / "data" / "applications").exists()


def test_install_names_the_program_it_was_started_as(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = home / "venv" / "bin" / "pilot-planner"
    script.parent.mkdir(parents=True)
    script.write_text("#!/bin/sh\n", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", [str(script), "desktop-install"])
    assert desktop.program() == [str(script)]
