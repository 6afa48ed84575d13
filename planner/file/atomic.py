"""Every output whole or not at all: the one temporary-file-then-replace helper.

Roadmaps, workbooks, timeline pictures, merged files — every file the app or
a command writes goes through :func:`write_atomically`: the content is
written to a temporary file beside the target, flushed to disk, and only then
put in place in one step (``os.replace``). A full disk, a missing permission,
an over-long name or a crash half-way leave the previous file exactly as it
was, and the failure is one :class:`OutputError` that says why in words.

Writers that draw through a library (Qt, a workbook writer) render into
memory first where the library cannot report a failed write: only bytes that
are complete reach the temporary file.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import shutil
import stat
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

__all__ = [
    "BACKUP_SUFFIX",
    "OutputError",
    "reason",
    "sweep_stale_temps",
    "write_atomically",
    "write_bytes",
]

BACKUP_SUFFIX = ".bak"
TEMP_PREFIX = ".~tmp-"
TEMP_SUFFIX = ".part"
_TEMP_NAME = re.compile(r"\.~tmp-.+-[0-9a-f]{8}\.part", re.DOTALL)
_WINDOWS_SHARING_ERRORS = (5, 32, 33)
"""Access denied, sharing violation, lock violation: another program has the file open."""
_RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8, 1.0)


class OutputError(Exception):
    """A write that failed; the file on disk (if any) is as it was before."""

    path: str
    reason: str
    errno: int | None

    def __init__(self, path: str, why: str, error_number: int | None = None) -> None:
        self.path = path
        self.reason = why
        self.errno = error_number
        super().__init__(f"{path}: cannot write: {why}; the previous file is as it was")


def write_atomically(
    target: str | os.PathLike[str], write: Callable[[Path], None], *, backup: bool = False
) -> None:
    """Let ``write`` make the complete file at a temporary path, then put it at ``target``.

    ``backup`` keeps the previous content as ``<target>.bak``. A symbolic link
    is followed: the file it points to is replaced, not the link. Raises
    :class:`OutputError` for any failure of the file system.
    """
    shown = os.fspath(target)
    try:
        path = Path(shown)
        if path.is_symlink():
            path = Path(os.path.realpath(path))
        _write(path, write, backup=backup)
    except OSError as exc:
        raise OutputError(shown, reason(exc), exc.errno) from None


def write_bytes(target: str | os.PathLike[str], data: bytes, *, backup: bool = False) -> None:
    """:func:`write_atomically` for content already in memory."""

    def write(temp: Path) -> None:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(temp, flags, 0o666)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
        finally:
            os.close(fd)

    write_atomically(target, write, backup=backup)


def _write(target: Path, write: Callable[[Path], None], *, backup: bool) -> None:
    try:
        previous: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        previous = None
    if previous is not None and stat.S_ISDIR(previous.st_mode):
        raise IsADirectoryError(errno.EISDIR, "is a folder", str(target))
    temp = temp_path(target)
    try:
        write(temp)
        fd = os.open(temp, os.O_RDWR | getattr(os, "O_BINARY", 0))
        try:
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


def temp_path(target: Path, tag: str = "") -> Path:
    """A fresh temporary name beside ``target`` (short, whatever the target's length)."""
    name = target.name[:100]
    return target.with_name(f"{TEMP_PREFIX}{name}{tag}-{secrets.token_hex(4)}{TEMP_SUFFIX}")


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
    temp = temp_path(target, BACKUP_SUFFIX)
    try:
        try:
            os.link(target, temp)
        except OSError:
            shutil.copyfile(target, temp)
        _replace(temp, backup)
    except OSError as exc:
        import logging  # here only: importing it would cost every command ~2.5 ms of CPU

        logging.getLogger(__name__).warning("could not keep a backup of %s: %s", target, exc)
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
    errno.EFBIG: "the file is larger than the disk or your limits allow",
    errno.EACCES: "permission denied (the folder or the file is protected or read-only)",
    errno.EPERM: "permission denied (the folder or the file is protected or read-only)",
    errno.EROFS: "the disk or folder is read-only",
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "part of the path is not a folder",
    errno.EISDIR: "there is a folder with that name",
    errno.ENAMETOOLONG: "the file name or path is too long",
    errno.EIO: "the disk reported an input/output error",
    errno.ELOOP: "the path has too many symbolic links",
}


def reason(exc: OSError) -> str:
    """Why a file operation failed, in words."""
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
    """Remove the temporary files that interrupted writes left in ``folder``.

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
