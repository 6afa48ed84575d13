"""Typed settings: values survive a restart, nonsense in the file falls back to defaults."""

from __future__ import annotations

import pytest
from shell_support import SIZE_HINTS, sample_roadmap

from PySide6.QtCore import QSettings

from ui.app.settings import AUTOSAVE_ENV, DEFAULT_AUTOSAVE_SECONDS, MAX_RECENT, Settings
from ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS)


def test_settings_go_to_the_test_folder(settings, user_home) -> None:
    settings.language = "fr"
    settings.sync()
    assert settings.store.format() == QSettings.Format.IniFormat
    assert str(user_home) in settings.store.fileName()


def test_recent_files_round_trip_typed(settings, tmp_path) -> None:
    one = tmp_path / "one.pilotplan"
    one.write_text("x")
    settings.add_recent(str(one))
    settings.sync()
    again = Settings()
    assert again.recent_files == [str(one)]  # a one-item list stays a list
    for n in range(MAX_RECENT + 3):
        again.add_recent(str(tmp_path / f"{n}.pilotplan"))
    assert len(again.recent_files) == MAX_RECENT
    assert again.recent_files[0].endswith(f"{MAX_RECENT + 2}.pilotplan")


def test_nonsense_in_the_settings_file_falls_back(settings) -> None:
    store = settings.store
    store.setValue("ui/language", "klingon")
    store.setValue("ui/color_scheme", 42)
    store.setValue("files/autosave_seconds", "often")
    store.setValue("window/geometry", "not bytes")
    settings.sync()
    fresh = Settings()
    assert fresh.language == "system"
    assert fresh.color_scheme == "system"
    assert fresh.autosave_seconds == DEFAULT_AUTOSAVE_SECONDS
    assert fresh.geometry.isEmpty() or isinstance(fresh.geometry.data(), bytes)
    with pytest.raises(ValueError, match="unknown language"):
        fresh.language = "klingon"


def test_autosave_interval_from_setting_and_environment(settings, monkeypatch) -> None:
    settings.autosave_seconds = 120
    assert settings.autosave_seconds == 120
    monkeypatch.setenv(AUTOSAVE_ENV, "0.25")
    assert settings.autosave_seconds == 0.25


def test_window_layout_and_page_are_remembered(qtbot, settings, prompter, recovery) -> None:
    first = MainWindow(settings, prompter, recovery, roadmap=sample_roadmap())
    first.resize(700, 520)  # the offscreen screen is 800×600
    first.show_page("risks")
    first.findings_dock.show()
    assert first.close()
    second = MainWindow(Settings(), prompter, recovery, roadmap=sample_roadmap())
    try:
        assert second.size().width() == 700
        assert second.size().height() == 520
        assert second.current_page_key() == "risks"
    finally:
        second.close()


def test_preferences_set_the_lock_name_and_autosave(window, settings) -> None:
    from ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(settings, window)
    dialog.name.setText("  Claire Martin ")
    dialog.minutes.setValue(3)
    dialog.accept()
    assert settings.display_name == "Claire Martin"
    assert settings.autosave_seconds == 180
    window.files.apply_autosave_interval()
    assert window.files.autosave_timer.interval() == 180_000
    dialog = PreferencesDialog(settings, window)
    assert dialog.minutes.value() == 3
    dialog.minutes.setValue(0)
    assert dialog.minutes.text() == "Off"
    dialog.accept()
    window.files.apply_autosave_interval()
    assert not window.files.autosave_timer.isActive()
