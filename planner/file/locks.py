"""Who has a roadmap open in the desktop app, read from the lock files beside it.

While the app has a roadmap open it keeps two files beside it (see
``ui.files.lock``): ``.~lock.<name>#``, written by Qt's ``QLockFile`` (the
process id, the program, the host name, then machine and boot ids, one per
line), and ``.~lockinfo.<name>#``, a small JSON file with the display name of
the person and since when. This module only reads them — no Qt — so that every
command that writes a roadmap can refuse to write under someone's feet and
say who it is and since when.

A lock left by a process of this computer that no longer runs (a crash) is
stale and ignored, as the app itself does; a lock from another computer is
always believed: its process cannot be checked from here.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

_LOCK_LIMIT = 4096
"""Bytes read of either file: both are a few lines; anything larger is not ours."""


@dataclass(frozen=True)
class LockHolder:
    """Who holds the lock of a roadmap."""

    display_name: str
    """The name the holder gave in the app's preferences (may be empty)."""
    user: str
    host: str
    pid: int
    app: str
    since: dt.datetime | None
    """When the holder opened the roadmap (local time), if known."""

    def describe(self) -> str:
        """``Ada Lovelace (ada on laptop-7) has had it open since 2026-03-02 14:05``."""
        who = self.display_name or self.user or "someone"
        details = [d for d in (self.user if self.display_name else "", self.host) if d]
        if details:
            who += f" ({' on '.join(details)})"
        if self.since is None:
            return f"{who} has it open in {self.app or 'the desktop app'}"
        return f"{who} has had it open since {self.since.strftime('%Y-%m-%d %H:%M')}"


def lock_path(document: str | os.PathLike[str]) -> Path:
    path = Path(document)
    return path.with_name(f".~lock.{path.name}#")


def info_path(document: str | os.PathLike[str]) -> Path:
    path = Path(document)
    return path.with_name(f".~lockinfo.{path.name}#")


def lock_holder(document: str | os.PathLike[str]) -> LockHolder | None:
    """Who holds the app's lock on ``document``; None when nobody (or a stale lock)."""
    fields = _read(lock_path(document))
    if fields is None:
        return None
    lines = fields.decode("utf-8", "replace").splitlines()
    pid = int(lines[0]) if lines and lines[0].strip().isdigit() else 0
    app = lines[1][:120] if len(lines) > 1 else ""
    host = lines[2][:120] if len(lines) > 2 else ""
    if host == socket.gethostname() and pid and not _running(pid):
        return None  # left by a crash on this computer
    return holder_from_info(document, pid, host, app)


def holder_from_info(document: str | os.PathLike[str], pid: int, host: str, app: str) -> LockHolder:
    """The holder, named from the side file when it belongs to the same process."""
    info = read_info(info_path(document))
    if info and info.get("pid") == pid and info.get("host") == host:
        return LockHolder(
            display_name=_text(info.get("display_name")),
            user=_text(info.get("user")),
            host=host,
            pid=pid,
            app=app,
            since=_time(info.get("since")) or _mtime(lock_path(document)),
        )
    return LockHolder("", "", host, pid, app, _mtime(lock_path(document)))


def read_info(path: Path) -> dict[str, object] | None:
    """The side file's content, or None when it is missing, too big or not JSON."""
    data = _read(path)
    if data is None:
        return None
    try:
        value = json.loads(data.decode("utf-8"))
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _read(path: Path) -> bytes | None:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        if not os.path.isfile(path):
            return None
        data = os.read(fd, _LOCK_LIMIT + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    return None if len(data) > _LOCK_LIMIT else data


def _running(pid: int) -> bool:
    if os.name == "nt":
        return True  # os.kill would end the process there; believe the lock
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, OverflowError):
        return True  # it exists (another user's) or cannot be told: believe the lock
    return True


def _text(value: object, limit: int = 120) -> str:
    return value[:limit] if isinstance(value, str) else ""


def _time(value: object) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment.astimezone() if moment.tzinfo else moment


def _mtime(path: Path) -> dt.datetime | None:
    try:
        return dt.datetime.fromtimestamp(path.stat().st_mtime).astimezone()
    except (OSError, ValueError, OverflowError):
        return None
