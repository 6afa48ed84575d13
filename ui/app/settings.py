"""The app's settings, each declared once with its type and default.

Values come from :class:`QSettings` (an INI file on Linux, the registry on
Windows, a plist on macOS). That store is a file the user can edit, so every
value is read with ``type=`` and checked; a wrong value falls back to the
default instead of breaking the app. Documents are never stored here.

Tests point ``QSettings`` at a temporary folder (``tests/ui/conftest.py``);
nothing here hard-codes a location.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "PilotPlanner"
APPLICATION = "pilot-planner"
"""Names under which Qt stores settings (``~/.config/PilotPlanner/pilot-planner.conf``)."""

MAX_RECENT = 10
LANGUAGES = ("system", "en", "fr")
COLOR_SCHEMES = ("system", "light", "dark")
DEFAULT_AUTOSAVE_SECONDS = 300
AUTOSAVE_ENV = "PILOT_PLANNER_AUTOSAVE_SECONDS"
"""Overrides the autosave interval (seconds, may be fractional); used by tests."""


@dataclass(frozen=True)
class RememberedExport:
    """The options last chosen for one kind of export of one roadmap."""

    sheets: tuple[str, ...] = ()
    baseline_id: str = ""
    changes_since: str = ""
    language: str = ""
    open_when_done: bool = False


class Settings:
    """Typed access to the user's settings."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()

    @property
    def store(self) -> QSettings:
        return self._store

    def sync(self) -> None:
        self._store.sync()

    # -- helpers: read with a type, fall back to the default on nonsense

    def _str(self, key: str, default: str = "") -> str:
        value = self._store.value(key, default, type=str)
        return value if isinstance(value, str) else default

    def _choice(self, key: str, allowed: tuple[str, ...]) -> str:
        value = self._str(key, allowed[0])
        return value if value in allowed else allowed[0]

    def _bytes(self, key: str) -> QByteArray:
        value = self._store.value(key, QByteArray(), type=QByteArray)
        return value if isinstance(value, QByteArray) else QByteArray()

    # -- window

    @property
    def geometry(self) -> QByteArray:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._store.setValue("window/state", value)

    @property
    def page(self) -> str:
        """Key of the page shown last (``overview``, ``use_cases``…)."""
        return self._str("window/page", "overview")

    @page.setter
    def page(self, value: str) -> None:
        self._store.setValue("window/page", value)

    # -- appearance and language

    @property
    def language(self) -> str:
        """``system``, ``en`` or ``fr``."""
        return self._choice("ui/language", LANGUAGES)

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self._store.setValue("ui/language", value)

    @property
    def color_scheme(self) -> str:
        """``system``, ``light`` or ``dark``."""
        return self._choice("ui/color_scheme", COLOR_SCHEMES)

    @color_scheme.setter
    def color_scheme(self, value: str) -> None:
        if value not in COLOR_SCHEMES:
            raise ValueError(f"unknown colour scheme {value!r}")
        self._store.setValue("ui/color_scheme", value)

    # -- files

    @property
    def recent_files(self) -> list[str]:
        """Most recent first, at most :data:`MAX_RECENT`, as stored (not pruned)."""
        value = self._store.value("files/recent", [], type=list)
        if not isinstance(value, list):
            return []
        files = [v for v in value if isinstance(v, str) and v]
        return list(dict.fromkeys(files))[:MAX_RECENT]

    @recent_files.setter
    def recent_files(self, files: list[str]) -> None:
        self._store.setValue("files/recent", list(dict.fromkeys(files))[:MAX_RECENT])

    def add_recent(self, path: str) -> None:
        path = os.path.abspath(path)
        self.recent_files = [path, *(f for f in self.recent_files if f != path)]

    def existing_recent_files(self) -> list[str]:
        """The recent files that still exist; the list is pruned of the others."""
        files = self.recent_files
        kept = [f for f in files if Path(f).is_file()]
        if kept != files:
            self.recent_files = kept
        return kept

    @property
    def last_file(self) -> str:
        """The file open when the app was last closed ('' for an untitled roadmap)."""
        return self._str("files/last")

    @last_file.setter
    def last_file(self, value: str) -> None:
        self._store.setValue("files/last", value)

    @property
    def last_directory(self) -> str:
        value = self._str("files/last_directory")
        return value if value and Path(value).is_dir() else str(Path.home())

    @last_directory.setter
    def last_directory(self, value: str) -> None:
        self._store.setValue("files/last_directory", value)

    @property
    def import_directory(self) -> str:
        """Where usage reports were last taken from (else the last roadmap folder)."""
        value = self._str("files/import_directory")
        return value if value and Path(value).is_dir() else self.last_directory

    @import_directory.setter
    def import_directory(self, value: str) -> None:
        self._store.setValue("files/import_directory", value)

    # -- safety

    @property
    def autosave_seconds(self) -> float:
        """Seconds between autosaves of unsaved work; 0 turns autosave off."""
        override = os.environ.get(AUTOSAVE_ENV)
        if override:
            try:
                return max(0.0, float(override))
            except ValueError:
                pass
        # Read as text: a typed read turns nonsense into 0, which would mean "off".
        text = self._str("files/autosave_seconds", str(DEFAULT_AUTOSAVE_SECONDS))
        try:
            value = int(text)
        except ValueError:
            return float(DEFAULT_AUTOSAVE_SECONDS)
        return float(value) if value >= 0 else float(DEFAULT_AUTOSAVE_SECONDS)

    @autosave_seconds.setter
    def autosave_seconds(self, value: int) -> None:
        self._store.setValue("files/autosave_seconds", int(value))

    @property
    def display_name(self) -> str:
        """The name colleagues see in the lock of a shared roadmap."""
        return self._str("user/display_name") or default_display_name()

    @display_name.setter
    def display_name(self, value: str) -> None:
        self._store.setValue("user/display_name", value.strip())

    # -- exports, remembered per roadmap (by its document id, which survives renames)

    def remembered_export(self, document_id: str, kind: str) -> RememberedExport:
        group = _export_group(document_id, kind)
        sheets = self._store.value(f"{group}/sheets", [], type=list)
        language = self._str(f"{group}/language")
        return RememberedExport(
            sheets=tuple(s for s in sheets if isinstance(s, str)) if isinstance(sheets, list)
            else (),
            baseline_id=self._str(f"{group}/baseline"),
            changes_since=self._str(f"{group}/changes_since"),
            language=language if language in ("en", "fr") else "",
            open_when_done=self._store.value(f"{group}/open_when_done", False, type=bool) is True,
        )  # fmt: skip

    def remember_export(self, document_id: str, kind: str, choice: RememberedExport) -> None:
        group = _export_group(document_id, kind)
        self._store.setValue(f"{group}/sheets", list(choice.sheets))
        self._store.setValue(f"{group}/baseline", choice.baseline_id)
        self._store.setValue(f"{group}/changes_since", choice.changes_since)
        self._store.setValue(f"{group}/language", choice.language)
        self._store.setValue(f"{group}/open_when_done", choice.open_when_done)


def _export_group(document_id: str, kind: str) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in document_id)[:80]
    return f"export/{safe or 'untitled'}/{kind}"


def default_display_name() -> str:
    """The user's full name from the system where known, else the login name."""
    try:
        import pwd  # POSIX only

        gecos = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
        if gecos:
            return gecos
    except (ImportError, KeyError, OSError, AttributeError):
        pass
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""
