"""Autosave of unsaved work to a private recovery folder, and recovery after a crash.

Each running app is a *session* with a random id. Its unsaved work is written
to ``<folder>/<id>.pilotplan`` (atomically, with the same serializer as a
normal save) beside a manifest ``<id>.json`` naming the original file and the
time; the user's own file is never touched. While the session runs it holds
``<id>.lock`` (a ``QLockFile``): a recovery copy whose lock is free belongs to
a session that died, and is offered back at the next start.

The folder is per user (``platformdirs`` state folder, or
``PILOT_PLANNER_RECOVERY_DIR``) with mode 0700, and never beside the roadmap:
shared folders, e-mail and sync clients would spread the copies.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from PySide6.QtCore import QLockFile, QSysInfo

from planner import __version__
from planner.file import storage
from planner.file.safejson import read_file
from planner.model.entities import Roadmap
from ui.app.settings import APPLICATION, ORGANISATION
from ui.files.loading import load_frozen

RECOVERY_ENV = "PILOT_PLANNER_RECOVERY_DIR"
_MANIFEST_LIMIT = 64 * 1024


def default_folder() -> Path:
    override = os.environ.get(RECOVERY_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_state_dir(APPLICATION, ORGANISATION)) / "recovery"


@dataclass(frozen=True)
class RecoveryEntry:
    """The autosaved work of a session that ended without closing properly."""

    session: str
    data_path: Path
    original_path: str
    """The file the work belonged to ('' for a roadmap never saved)."""
    name: str
    """What the window called the roadmap (file name or "Untitled")."""
    saved_at: dt.datetime


class RecoveryStore:
    """This session's recovery copy, and the copies that crashed sessions left."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else default_folder()
        self.session = uuid.uuid4().hex
        self._lock: QLockFile | None = None

    # -- this session

    def start(self) -> bool:
        """Create the folder (0700) and mark this session alive. False if impossible."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            with suppress(OSError):
                os.chmod(self.folder, 0o700)
        except OSError:
            return False
        lock = QLockFile(str(self._path(self.session, ".lock")))
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            return False
        self._lock = lock
        return True

    def autosave(self, roadmap: Roadmap, original_path: str, name: str) -> None:
        """Write the recovery copy (raises :class:`planner.file.storage.RoadmapSaveError`)."""
        if self._lock is None and not self.start():
            raise storage.RoadmapSaveError(str(self.folder), "the recovery folder is unusable")
        data = self._path(self.session, storage.SUFFIX)
        storage.save(roadmap, data, backup=False)
        with suppress(OSError):
            os.chmod(data, 0o600)
        manifest = {
            "original_path": original_path,
            "name": name,
            "saved_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "pid": os.getpid(),
            "host": QSysInfo.machineHostName(),
            "app_version": __version__,
        }
        _write_json(self._path(self.session, ".json"), manifest)

    def clear(self) -> None:
        """Forget this session's recovery copy (after a save, or discarding the work)."""
        for suffix in (".json", storage.SUFFIX):
            with suppress(OSError):
                self._path(self.session, suffix).unlink()

    def close(self) -> None:
        """A normal end: nothing to recover."""
        self.clear()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    # -- crashed sessions

    def orphans(self) -> list[RecoveryEntry]:
        """Recovery copies of sessions that are no longer running, newest first."""
        found: list[RecoveryEntry] = []
        try:
            manifests = sorted(self.folder.glob("*.json"))
        except OSError:
            return found
        for manifest in manifests:
            session = manifest.stem
            if session == self.session or not self._is_dead(session):
                continue
            entry = _entry(session, manifest, self._path(session, storage.SUFFIX))
            if entry is not None:
                found.append(entry)
        found.sort(key=lambda e: e.saved_at, reverse=True)
        return found

    def _is_dead(self, session: str) -> bool:
        probe = QLockFile(str(self._path(session, ".lock")))
        probe.setStaleLockTime(0)
        if not probe.tryLock(0):
            return False
        probe.unlock()
        return True

    def load(self, entry: RecoveryEntry) -> Roadmap:
        """The recovered roadmap (raises :class:`planner.file.storage.RoadmapLoadError`)."""
        path = str(entry.data_path)
        return load_frozen(read_file(path), path)

    def adopt(self, entry: RecoveryEntry) -> None:
        """Make a recovered copy this session's own, so a second crash keeps it too."""
        for suffix in (storage.SUFFIX, ".json"):
            with suppress(OSError):
                os.replace(self._path(entry.session, suffix), self._path(self.session, suffix))

    def discard(self, entry: RecoveryEntry) -> None:
        for suffix in (".json", storage.SUFFIX, ".lock"):
            with suppress(OSError):
                self._path(entry.session, suffix).unlink()

    def _path(self, session: str, suffix: str) -> Path:
        return self.folder / f"{session}{suffix}"


def _write_json(path: Path, value: object) -> None:
    temp = path.with_name(path.name + ".tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, json.dumps(value, ensure_ascii=False, indent=1).encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temp, path)


def _entry(session: str, manifest: Path, data: Path) -> RecoveryEntry | None:
    """The entry a manifest describes, or None when it is unreadable or its copy is gone."""
    try:
        if manifest.stat().st_size > _MANIFEST_LIMIT or not data.is_file():
            return None
        raw = json.loads(manifest.read_text(encoding="utf-8"))
        saved_at = dt.datetime.fromisoformat(str(raw["saved_at"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not isinstance(raw, dict):
        return None
    original = raw.get("original_path")
    name = raw.get("name")
    return RecoveryEntry(
        session=session,
        data_path=data,
        original_path=original if isinstance(original, str) else "",
        name=name if isinstance(name, str) else "",
        saved_at=saved_at if saved_at.tzinfo else saved_at.astimezone(),
    )
