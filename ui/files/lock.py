"""The lock beside an open roadmap, so a colleague on a shared drive is warned.

``QLockFile`` writes ``.~lock.<name>#`` beside the roadmap (pid, app, host,
machine and boot ids) and holds an OS lock on it. With a stale-lock time of
0, Qt treats a lock as stale only when it was left by a process of this
machine that no longer runs, and then takes it over silently; a lock from
another machine is never broken without asking the user (reliability B.11).

``QLockFile`` records no human name, so a small side file
``.~lockinfo.<name>#`` (JSON) adds the display name and the time the roadmap
was opened. It is trusted only when its pid and host match the lock's. Both
are read by :mod:`planner.file.locks`, which the command line uses too.

The lock is advisory: a folder synced by a cloud client may propagate it late
or not at all, which is why saving also checks the file's identity.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
from contextlib import suppress
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QLockFile, QSysInfo

from planner.file.locks import LockHolder as LockOwner
from planner.file.locks import holder_from_info, info_path, lock_path

__all__ = ["DocumentLock", "LockOutcome", "LockOwner", "info_path", "lock_path"]

_INFO_LIMIT = 4096


class LockOutcome(StrEnum):
    ACQUIRED = "acquired"
    HELD = "held"
    """Someone else (another process or machine) holds it: see :attr:`DocumentLock.owner`."""
    UNAVAILABLE = "unavailable"
    """No lock could be created (a folder without write access, an odd file system)."""


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


class DocumentLock:
    """The lock of one roadmap file, for as long as this app has it open."""

    def __init__(self, document: str | os.PathLike[str], display_name: str) -> None:
        self.document = Path(document)
        self._display_name = display_name
        self._lock = QLockFile(str(lock_path(self.document)))
        self._lock.setStaleLockTime(0)
        self.owner: LockOwner | None = None

    @property
    def held(self) -> bool:
        return self._lock.isLocked()

    def acquire(self) -> LockOutcome:
        """Take the lock if it is free (or stale from a crash on this machine)."""
        if self._lock.tryLock(0):
            self._write_info()
            self.owner = None
            return LockOutcome.ACQUIRED
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            self.owner = self._read_owner()
            return LockOutcome.HELD
        return LockOutcome.UNAVAILABLE

    def force(self) -> bool:
        """Break someone else's lock and take it ("Open anyway")."""
        self._lock.removeStaleLockFile()
        if not self._lock.tryLock(0):
            # Qt keeps a live local holder's lock even when asked; remove the file ourselves.
            with suppress(OSError):
                os.unlink(lock_path(self.document))
            if not self._lock.tryLock(0):
                return False
        self._write_info()
        self.owner = None
        return True

    def release(self) -> None:
        if self._lock.isLocked():
            with suppress(OSError):
                os.unlink(info_path(self.document))
            self._lock.unlock()

    def _write_info(self) -> None:
        info = {
            "display_name": self._display_name,
            "user": _user(),
            "host": QSysInfo.machineHostName(),
            "pid": os.getpid(),
            "since": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        }
        target = info_path(self.document)
        temp = target.with_name(target.name + ".tmp")
        try:
            temp.write_text(json.dumps(info, ensure_ascii=False), encoding="utf-8")
            os.replace(temp, target)
        except OSError:
            with suppress(OSError):
                temp.unlink()  # the name is a courtesy; the lock itself still works

    def _read_owner(self) -> LockOwner:
        found: object = self._lock.getLockInfo()  # (pid, host, app), or False if unreadable
        pid, host, app = 0, "", ""
        if isinstance(found, tuple) and len(found) == 3:
            pid, host, app = int(found[0]), str(found[1]), str(found[2])
        return holder_from_info(self.document, pid, host, app)
