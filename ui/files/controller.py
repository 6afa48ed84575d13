"""The file commands as the user meets them: New, Open, Save, Save As, Revert, recovery.

Every command that could lose work asks first (Save / Don't Save / Cancel);
a save that fails or is cancelled cancels whatever asked for it. A file is
read completely and checked — off the UI thread, with progress and Cancel —
before anything already open is touched, so a file that cannot be opened
leaves the current roadmap exactly as it was and the window never freezes.

The rules (where Save goes, what is refused, how files are named and read)
are in :mod:`ui.files.policy`, free of Qt; the words of every question and
message in :mod:`ui.files.asking`. This module runs the commands with them.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from planner import templates
from planner.file import lineage, storage
from planner.model.entities import Roadmap
from ui.app.background import Cancelled, run_off_ui_thread
from ui.app.prompts import Prompter
from ui.app.settings import Settings
from ui.document import Document
from ui.files import policy
from ui.files.asking import FileAsker
from ui.files.identity import changed_since, identity_of
from ui.files.loading import collect_frozen_garbage_when_idle
from ui.files.lock import DocumentLock, LockOutcome
from ui.files.policy import Opened, ReadOnly, Refusal, SaveRoute, read_only_reason
from ui.files.recovery import RecoveryEntry, RecoveryStore
from ui.files.session import Session

# Kept importable from here (the window and older callers use these names).
file_name_for = policy.file_name_for
with_suffix = policy.with_suffix


class FileController(QObject):
    """Runs the file commands for one window's document."""

    status = Signal(str)
    """A short note for the status bar ("Saved AI-rollout.pilotplan")."""
    autosaved = Signal()
    """Unsaved work was just written to the recovery folder."""
    loading = Signal(QProgressDialog)
    """A file is being read off the UI thread; the dialog offers Cancel."""

    def __init__(
        self,
        document: Document,
        session: Session,
        settings: Settings,
        recovery: RecoveryStore,
        prompter: Prompter,
        dialog_parent: QWidget | None = None,
    ) -> None:
        super().__init__(dialog_parent)
        self.document = document
        self.session = session
        self.settings = settings
        self.recovery = recovery
        self.asker = FileAsker(prompter, self)
        self.dialog_parent = dialog_parent
        """The window progress dialogs belong to."""
        self._autosaved: Roadmap | None = None
        self._reading = False
        self.autosave_timer = QTimer(self)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.apply_autosave_interval()

    @property
    def prompter(self) -> Prompter:
        return self.asker.prompter

    @prompter.setter
    def prompter(self, prompter: Prompter) -> None:
        self.asker.prompter = prompter

    def maybe_save(self) -> bool:
        """Ask to save unsaved changes. False means: stop, the user cancelled or saving failed."""
        if not self.session.dirty:
            return True
        answer = self.asker.unsaved_changes(self.session.name)
        if answer == "save":
            return self.save()
        return answer == "discard"

    # ------------------------------------------------------------ start-up and New

    def start_untitled(self, roadmap: Roadmap, name: str) -> None:
        """Show a roadmap that has no file yet (the sample at first start, a new roadmap)."""
        self._replace(roadmap)
        suggested = str(Path(self.settings.last_directory) / policy.file_name_for(roadmap.title))
        self.session.attach(None, untitled_name=name, suggested_path=suggested)

    def template_label(self, name: str) -> str:
        return self.asker.template_label(name)

    def template_description(self, name: str) -> str:
        return self.asker.template_description(name)

    def new_from_template(self) -> bool:
        chosen = self.asker.template([n for n in templates.names() if not templates.is_example(n)])
        if chosen is None:
            return False
        try:
            roadmap = templates.create(chosen)
        except (KeyError, storage.RoadmapLoadError) as exc:
            self.asker.cannot_create(chosen, str(exc))
            return False
        if not self.maybe_save():
            return False
        self._forget_current()
        self.start_untitled(roadmap, self.asker.untitled())
        self.status.emit(self.asker.note("new", self.asker.template_label(chosen)))
        return True

    def open_sample(self) -> bool:
        """The full example programme, to look around in: unsaved, named as a sample."""
        if not self.maybe_save():
            return False
        self._forget_current()
        self.start_untitled(templates.sample(), self.asker.sample_name())
        return True

    # ------------------------------------------------------------ Open

    def open_dialog(self) -> bool:
        path = self.asker.open_path(self.settings.last_directory)
        return bool(path) and self.open_path(str(path))

    def _read(self, path: str) -> Opened | None:
        """The roadmap in a file and the file's identity, or None after saying why not
        (or after the user cancelled the read)."""
        if self._reading:
            return None  # a read is already under way (the window stays usable meanwhile)
        self._reading = True
        try:
            outcome = run_off_ui_thread(
                lambda: policy.read_roadmap(path),
                label=self.asker.loading(Path(path).name),
                cancel_label=self.asker.cancel_label(),
                parent=self.dialog_parent,
                started=self.loading.emit,
            )
        except storage.RoadmapLoadError as exc:
            self.asker.cannot_open(path, [str(p) for p in exc.problems])
            return None
        except OSError as exc:
            self.asker.cannot_open(path, [exc.strerror or str(exc)])
            return None
        finally:
            self._reading = False
        if isinstance(outcome, Cancelled):
            self.status.emit(self.asker.note("open-cancelled", Path(path).name))
            return None
        return outcome.value

    def open_path(self, path: str) -> bool:
        """Open a roadmap file (Open, Open Recent, drag and drop and the command line)."""
        path = os.path.abspath(path)
        name = Path(path).name
        if self.session.path is not None and policy.same_file(path, self.session.path):
            self.status.emit(self.asker.note("already-open", name))
            return True
        read = self._read(path)
        if read is None:
            return False
        return self.open_read(path, read)

    def open_read(self, path: str, read: Opened, *, ask: bool = True) -> bool:
        """Open a roadmap file already read and checked (:meth:`open_path` after its read).

        With ``ask=False`` (the start opens FILE before its window is shown) nothing is
        asked: a file someone else has open, or unsaved work, makes it return False with
        nothing changed, and the caller opens the file the usual way once the window is up.
        """
        path = os.path.abspath(path)
        name = Path(path).name
        if not ask and self.session.dirty:
            return False
        reason = read_only_reason(path)
        lock: DocumentLock | None = None
        if reason is ReadOnly.NO:
            lock = DocumentLock(path, self.settings.display_name)
            outcome = lock.acquire()
            if outcome is LockOutcome.HELD and not ask:
                return False
            if outcome is LockOutcome.HELD:
                choice = self.asker.locked(path, lock.owner)
                if choice == "cancel":
                    return False
                if choice == "copy":
                    return self._open_copy(path, read.roadmap)
                if choice == "read_only" or not lock.force():
                    lock, reason = None, ReadOnly.LOCKED
            elif outcome is LockOutcome.UNAVAILABLE:
                lock = None  # the lock is a courtesy; the save-time check still protects
        if not self.maybe_save():
            if lock is not None:
                lock.release()
            return False
        self._forget_current()
        self._replace(read.roadmap)
        self.session.attach(path, identity=read.identity, lock=lock, read_only=reason)
        self._remember(path)
        self.status.emit(self.asker.note("opened", name))
        return True

    def _open_copy(self, path: str, roadmap: Roadmap) -> bool:
        if not self.maybe_save():
            return False
        self._forget_current()
        copy_name = self.asker.copy_name(Path(path).stem)
        self._replace(lineage.as_copy(roadmap))
        suggested = str(Path(self.settings.last_directory) / (copy_name + storage.SUFFIX))
        self.session.attach(None, untitled_name=copy_name, suggested_path=suggested)
        return True

    # ------------------------------------------------------------ Save

    def save(self) -> bool:
        writable = self.session.read_only is ReadOnly.NO
        if policy.save_route(self.session.path, writable) is SaveRoute.SAVE_AS:
            return self.save_as()
        path = self.session.path
        assert path is not None
        if changed_since(path, self.session.identity):
            answer = self.asker.changed_on_disk(Path(path).name)
            if answer == "save_as":
                return self.save_as()
            if answer != "overwrite":
                return False
        return self._write(path)

    def _ask_save_path(self, key: str, suggestion: str) -> str | None:
        chosen = self.asker.save_path(key, suggestion)
        return policy.with_suffix(os.path.abspath(str(chosen))) if chosen else None

    def _suggestion(self) -> str:
        return policy.suggestion(
            self.session.path,
            self.session.suggested_path,
            self.settings.last_directory,
            self.document.roadmap.title,
        )

    def _refused(self, path: str, *, copy: bool = False) -> bool:
        """Say why a chosen file cannot be written, if it cannot; True means refused."""
        refusal = policy.target_refusal(path, current=self.session.path, copy=copy)
        if refusal is Refusal.COPY_ONTO_ITSELF:
            self.asker.copy_onto_itself(path)
        elif refusal is Refusal.READ_ONLY:
            self.asker.read_only_target(path)
        return refusal is not None

    def _claim(self, path: str) -> DocumentLock | None:
        """The lock of a chosen target, or None after saying who holds it."""
        lock = DocumentLock(path, self.settings.display_name)
        if lock.acquire() is LockOutcome.HELD:
            self.asker.target_in_use(path, lock.owner)
            return None
        return lock

    def save_as(self) -> bool:
        path = self._ask_save_path("save-as", self._suggestion())
        if path is None:
            return False
        same = self.session.path is not None and policy.same_file(path, self.session.path)
        if same and self.session.read_only is ReadOnly.NO:
            return self._write(path)
        if self._refused(path):
            return False
        lock = self._claim(path)
        if lock is None:
            return False
        if not self._write(path):
            lock.release()
            return False
        self.session.attach(
            path,
            identity=self.session.identity,
            lock=lock if lock.held else None,
            read_only=ReadOnly.NO,
        )
        return True

    def _write(self, path: str) -> bool:
        """Save the roadmap as the next revision of its document to ``path``."""
        written = lineage.next_revision(self.document.roadmap)
        if not self._saved(lambda: storage.save(written, path, backup=True), path):
            return False
        self.document.set_lineage(written.lineage)
        self.session.identity = identity_of(path)
        self.document.undo_stack.setClean()
        self.recovery.clear()
        self._autosaved = None
        self._remember(path)
        self.status.emit(self.asker.note("saved", Path(path).name))
        return True

    def _saved(self, save: Callable[[], None], path: str) -> bool:
        try:
            save()
        except storage.RoadmapSaveError as exc:
            self.asker.cannot_save(path, exc.reason)
            return False
        return True

    def save_copy(self) -> bool:
        """Write a copy as a document of its own; the open roadmap stays as it is."""
        current = Path(self._suggestion())
        suggestion = policy.copy_suggestion(str(current), self.asker.copy_name(current.stem))
        path = self._ask_save_path("save-copy", suggestion)
        if path is None or self._refused(path, copy=True):
            return False
        probe = self._claim(path)
        if probe is None:
            return False
        try:
            copy = lineage.as_copy(self.document.roadmap)
            if not self._saved(lambda: storage.save(copy, path, backup=True), path):
                return False
        finally:
            probe.release()
        self.status.emit(self.asker.note("saved-copy", Path(path).name))
        return True

    # ------------------------------------------------------------ Revert

    def revert(self) -> bool:
        path = self.session.path
        if path is None:
            return False
        if self.session.dirty and self.asker.revert(Path(path).name) != "revert":
            return False
        read = self._read(path)
        if read is None:
            return False
        self._replace(read.roadmap)
        self.recovery.clear()
        self._autosaved = None
        self.session.identity = read.identity
        self.status.emit(self.asker.note("reverted", Path(path).name))
        return True

    # ------------------------------------------------------------ autosave and recovery

    def apply_autosave_interval(self) -> None:
        seconds = self.settings.autosave_seconds
        if seconds <= 0:
            self.autosave_timer.stop()
        else:
            self.autosave_timer.start(max(50, int(seconds * 1000)))

    def autosave_now(self) -> bool:
        """Write unsaved work to the recovery folder (only if there is something new)."""
        roadmap = self.document.roadmap
        if not self.session.dirty:
            if self._autosaved is not None:
                self.recovery.clear()
                self._autosaved = None
            return False
        if roadmap is self._autosaved:
            return False
        try:
            self.recovery.autosave(roadmap, self.session.path or "", self.session.name)
        except storage.RoadmapSaveError as exc:
            self.status.emit(self.asker.autosave_failed(exc.reason))
            return False
        self._autosaved = roadmap
        self.autosaved.emit()
        return True

    def offer_recovery(self) -> bool:
        """After a crash, offer the work it left; True when a roadmap was recovered."""
        for entry in self.recovery.orphans():
            answer = self.asker.recover(entry)
            if answer == "discard":
                self.recovery.discard(entry)
            elif answer == "recover" and self._recover(entry):
                return True
        return False

    def _recover(self, entry: RecoveryEntry) -> bool:
        try:
            roadmap = self.recovery.load(entry)
        except storage.RoadmapLoadError as exc:
            self.asker.cannot_recover(str(entry.data_path), [str(p) for p in exc.problems])
            return False
        if not self.maybe_save():
            return False
        self._forget_current()
        name = Path(entry.original_path).stem if entry.original_path else entry.name
        name = name or self.asker.untitled()
        suggested = entry.original_path or str(
            Path(self.settings.last_directory) / policy.file_name_for(roadmap.title)
        )
        self._replace(roadmap)
        self.session.attach(
            None, untitled_name=self.asker.recovered_name(name), suggested_path=suggested
        )
        # Unsaved work: dirty although nothing is on the undo stack.
        self.document.undo_stack.resetClean()
        self.recovery.adopt(entry)
        self._autosaved = roadmap
        self.status.emit(self.asker.note("recovered", name))
        return True

    # ------------------------------------------------------------ ending

    def shutdown(self) -> None:
        """The window closes normally (after :meth:`maybe_save`): nothing left to recover."""
        self.autosave_timer.stop()
        self.settings.last_file = self.session.path or ""
        self.session.release()
        self.recovery.close()

    # ------------------------------------------------------------ helpers

    def _remember(self, path: str) -> None:
        self.settings.add_recent(path)
        self.settings.last_directory = str(Path(path).parent)

    def _forget_current(self) -> None:
        """The current roadmap is saved or its changes were discarded."""
        self.recovery.clear()
        self._autosaved = None

    def _replace(self, roadmap: Roadmap) -> None:
        previous = self.document.roadmap
        self.document.set_read_only(False)
        self.document.replace(roadmap)
        self.document.undo_stack.setClean()
        if previous is not roadmap:
            # The previous roadmap is gone: collect once the window shows the new one
            # (not when the window starts on the roadmap it was built with).
            collect_frozen_garbage_when_idle()  # never inside another handler
