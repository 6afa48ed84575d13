"""Which file the open roadmap belongs to, and what protects it.

The :class:`Session` holds the state the file commands need — the path, the
lock, the identity of the file on disk when it was read or written, and why
the roadmap is read-only — and keeps the :class:`~ui.document.Document`'s
read-only flag in step. The user-facing flows (questions, dialogs) live in
:mod:`ui.files.controller`.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ui.document import Document
from ui.files.identity import DiskIdentity
from ui.files.lock import DocumentLock
from ui.files.policy import ReadOnly, read_only_reason

__all__ = ["ReadOnly", "Session", "read_only_reason"]


class Session(QObject):
    """The open roadmap's file: path, lock, disk identity and read-only state."""

    changed = Signal()
    """The path, name or read-only state changed (title, banner and actions follow)."""

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.path: str | None = None
        self.untitled_name = ""
        """The name shown while the roadmap has no file ("Untitled", "X (recovered)")."""
        self.suggested_path = ""
        """Where Save As proposes to save a roadmap without a file."""
        self.identity: DiskIdentity | None = None
        self.lock: DocumentLock | None = None
        self.read_only = ReadOnly.NO

    @property
    def name(self) -> str:
        return Path(self.path).name if self.path else self.untitled_name

    @property
    def has_file(self) -> bool:
        return self.path is not None

    @property
    def dirty(self) -> bool:
        return not self.document.undo_stack.isClean()

    def attach(
        self,
        path: str | None,
        *,
        identity: DiskIdentity | None = None,
        lock: DocumentLock | None = None,
        read_only: ReadOnly = ReadOnly.NO,
        untitled_name: str = "",
        suggested_path: str = "",
    ) -> None:
        """Point the session at another file (or none), releasing the previous lock."""
        if self.lock is not None and self.lock is not lock:
            self.lock.release()
        self.path = os.path.abspath(path) if path else None
        self.identity = identity
        self.lock = lock
        self.read_only = read_only
        self.untitled_name = untitled_name
        self.suggested_path = suggested_path
        self.document.set_read_only(read_only is not ReadOnly.NO)
        self.changed.emit()

    def release(self) -> None:
        """Let go of the file's lock (the window is closing)."""
        if self.lock is not None:
            self.lock.release()
            self.lock = None
