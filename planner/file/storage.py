"""The ``.pilotplan`` roadmap file: open it safely, save it atomically (DESIGN §3).

A file is one UTF-8 JSON document::

    {
      "format": "pilot-planner-roadmap",
      "schema_version": 2,
      "app_version": "0.1.0",
      "roadmap": { … the Roadmap model, fields in model order … }
    }

Opening reads the file within its size limit (:mod:`planner.file.safejson`)
and takes one path for every file (:mod:`planner.file.loader`): a bounded scan
of its structure, one strict parse and validation, a migration for older
versions, the whole-roadmap rules. Anything wrong raises
:class:`RoadmapLoadError` naming each problem and its place
(``roadmap.use_cases[3].stage_id``).

Saving writes a temporary file beside the target, fsyncs it, keeps the
previous version as ``<name>.pilotplan.bak`` and atomically replaces the
target: the old file stays whole until the new one is complete on disk, even
if the process is killed mid-save.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import re
import secrets
import shutil
import stat
import time
from contextlib import suppress
from pathlib import Path

from planner import __version__
from planner.file.loader import FORMAT, load_bytes
from planner.file.migrations import CURRENT_SCHEMA_VERSION
from planner.file.safejson import MAX_FILE_BYTES, RoadmapLoadError, read_file
from planner.model.entities import Roadmap

__all__ = [
    "CURRENT_SCHEMA_VERSION",
    "FORMAT",
    "MAX_FILE_BYTES",
    "SUFFIX",
    "RoadmapLoadError",
    "RoadmapSaveError",
    "dumps",
    "load",
    "load_bytes",
    "save",
    "sweep_stale_temps",
]

SUFFIX = ".pilotplan"
BACKUP_SUFFIX = ".bak"

log = logging.getLogger(__name__)


# ---------------------------------------------------------------- loading


def load(path: str | os.PathLike[str], *, max_bytes: int = MAX_FILE_BYTES) -> Roadmap:
    """The roadmap stored in a file, or :class:`RoadmapLoadError` saying what is wrong.

    ``max_bytes`` raises the size limit (20 MiB by default) for callers that
    knowingly open huge roadmaps.
    """
    source = os.fspath(path)
    data = read_file(source, max_bytes=max_bytes)
    return load_bytes(data, source=source, max_bytes=max_bytes)


# ---------------------------------------------------------------- dumping


def dumps(roadmap: Roadmap) -> bytes:
    """The complete file: the envelope and the roadmap, UTF-8, pretty-printed, stable order."""
    head = (
        "{\n"
        f'  "format": "{FORMAT}",\n'
        f'  "schema_version": {CURRENT_SCHEMA_VERSION},\n'
        f'  "app_version": {json.dumps(__version__)},\n'
        '  "roadmap": '
    ).encode()
    body: bytes = Roadmap.__pydantic_serializer__.to_json(roadmap, indent=2)
    # JSON text holds no raw line breaks inside strings (they are escaped), so
    # every b"\n" is layout: indenting the body one level is one replace.
    return head + body.replace(b"\n", b"\n  ") + b"\n}\n"


# ----------------------------------------------------------------- saving


class RoadmapSaveError(Exception):
    """A save that failed; the file on disk is as it was before."""

    path: str
    reason: str
    errno: int | None

    def __init__(self, path: str, reason: str, error_number: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.errno = error_number
        super().__init__(f"Could not save {path}: {reason}. The file on disk was not changed.")


_TEMP_PREFIX = ".~tmp-"
_TEMP_SUFFIX = ".part"
_TEMP_NAME = re.compile(r"\.~tmp-.+-[0-9a-f]{8}\.part", re.DOTALL)
_WINDOWS_SHARING_ERRORS = (5, 32, 33)
"""Access denied, sharing violation, lock violation: another program has the file open."""
_RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8, 1.0)


def save(roadmap: Roadmap, path: str | os.PathLike[str], *, backup: bool = True) -> None:
    """Write the roadmap to ``path`` atomically, keeping the previous file as ``<path>.bak``.

    The new content goes to a temporary file in the same folder, is flushed to
    disk, and then replaces the target in one step; on any failure the target
    is untouched, the temporary file removed and :class:`RoadmapSaveError` says
    what happened.
    """
    shown = os.fspath(path)
    data = dumps(roadmap)
    target = Path(shown)
    if target.is_symlink():
        # Replace the file the link points to, not the link itself.
        target = Path(os.path.realpath(target))
    try:
        _atomic_write(target, data, backup=backup)
    except OSError as exc:
        raise RoadmapSaveError(shown, _reason(exc), exc.errno) from exc


def _temp_path(target: Path, tag: str = "") -> Path:
    name = target.name[:100]
    return target.with_name(f"{_TEMP_PREFIX}{name}{tag}-{secrets.token_hex(4)}{_TEMP_SUFFIX}")


def _atomic_write(target: Path, data: bytes, *, backup: bool) -> None:
    try:
        previous: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        previous = None
    if previous is not None and stat.S_ISDIR(previous.st_mode):
        raise IsADirectoryError(errno.EISDIR, "is a folder", str(target))
    temp = _temp_path(target)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(temp, flags, 0o666)
    try:
        try:
            _write_all(fd, data)
            if previous is not None and hasattr(os, "fchmod"):
                os.fchmod(fd, stat.S_IMODE(previous.st_mode))
            os.fsync(fd)
        finally:
            os.close(fd)
        if backup and previous is not None:
            _keep_backup(target)
        _replace(temp, target)
    except BaseException:
        with suppress(OSError):
            os.unlink(temp)
        raise
    _fsync_folder(target.parent)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _replace(source: Path, target: Path) -> None:
    """``os.replace``, retried while another program briefly holds the target (Windows).

    On Windows this is ``MoveFileEx(MOVEFILE_REPLACE_EXISTING)``, atomic on one
    volume; it drops the old file's ACLs and alternate streams (accepted).
    """
    for delay in (*_RETRY_DELAYS, None):
        try:
            os.replace(source, target)
            return
        except OSError as exc:
            if delay is None or getattr(exc, "winerror", None) not in _WINDOWS_SHARING_ERRORS:
                raise
            time.sleep(delay)


def _keep_backup(target: Path) -> None:
    """Make ``<target>.bak`` the current content of ``target`` without ever writing to it.

    A hard link costs nothing and the backup appears in one atomic step; where
    links are not supported the file is copied to a temporary name first.
    Failing to keep a backup does not stop the save.
    """
    backup = target.with_name(target.name + BACKUP_SUFFIX)
    temp = _temp_path(target, BACKUP_SUFFIX)
    try:
        try:
            os.link(target, temp)
        except OSError:
            shutil.copyfile(target, temp)
        _replace(temp, backup)
    except OSError as exc:
        log.warning("could not keep a backup of %s: %s", target, exc)
        with suppress(OSError):
            os.unlink(temp)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no folder handles to sync)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (network shares) cannot sync a folder
    finally:
        os.close(fd)


_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "your disk quota is used up",
    errno.EACCES: "permission denied (the folder or the file is protected or read-only)",
    errno.EPERM: "permission denied (the folder or the file is protected or read-only)",
    errno.EROFS: "the disk or folder is read-only",
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "part of the path is not a folder",
    errno.EISDIR: "there is a folder with that name",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.EIO: "the disk reported an input/output error",
}


def _reason(exc: OSError) -> str:
    if getattr(exc, "winerror", None) in _WINDOWS_SHARING_ERRORS:
        return (
            "another program is using the file (an antivirus, a sync client or another "
            "window); close it and try again"
        )
    if exc.errno in _REASONS:
        return _REASONS[exc.errno]
    return exc.strerror or str(exc) or exc.__class__.__name__


def sweep_stale_temps(
    folder: str | os.PathLike[str], older_than_seconds: float = 3600
) -> list[Path]:
    """Remove the temporary files that interrupted saves left in ``folder``.

    Only files named like this module's own temporaries (``.~tmp-…-xxxxxxxx.part``)
    and older than ``older_than_seconds`` are removed; the list of removed paths
    is returned. Problems (a missing folder, no permission) are skipped silently:
    this is housekeeping.
    """
    removed: list[Path] = []
    limit = time.time() - older_than_seconds
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not _TEMP_NAME.fullmatch(entry.name):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            if entry.stat(follow_symlinks=False).st_mtime > limit:
                continue
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed
