"""Helpers shared by the desktop shell's tests (imported by name: tests/ui is on sys.path)."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import QCoreApplication, QSettings

from planner import templates
from planner.model.entities import Roadmap
from ui.app.settings import APPLICATION, AUTOSAVE_ENV, ORGANISATION
from ui.files.recovery import RECOVERY_ENV

SIZE_HINTS = "This plugin does not support propagateSizeHints"
"""The offscreen platform warns when a top-level window is shown; nothing to do with us."""

_SAMPLE: list[Roadmap] = []


def sample_roadmap() -> Roadmap:
    """The AI-adoption sample (built once: templates move dates to today)."""
    if not _SAMPLE:
        _SAMPLE.append(templates.create(templates.SAMPLE))
    return _SAMPLE[0]


def isolate(home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point settings, the recovery folder and XDG folders (subprocesses too) at ``home``."""
    for name, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        (home / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(home / sub))
    monkeypatch.setenv(RECOVERY_ENV, str(home / "recovery"))
    # The single-instance socket too (ui.app.single_instance): private to this test.
    (home / "runtime").mkdir(mode=0o700, parents=True, exist_ok=True)
    (home / "runtime").chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(home / "runtime"))
    monkeypatch.delenv(AUTOSAVE_ENV, raising=False)
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "config"))
    return home
