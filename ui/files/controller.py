"""The file commands as the user meets them: New, Open, Save, Save As, Revert, recovery.

Every command that could lose work asks first (Save / Don't Save / Cancel);
a save that fails or is cancelled cancels whatever asked for it. A file is
read completely and checked before anything already open is touched, so a
file that cannot be opened leaves the current roadmap exactly as it was.
Questions go through the injected :class:`~ui.dialogs.prompts.Prompter`.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from PySide6.QtCore import QObject, QSysInfo, QTimer, Signal

from planner import templates
from planner.file import lineage, storage
from planner.file.safejson import read_file
from planner.i18n import format_moment
from planner.model.entities import Roadmap
from ui.app.settings import Settings
from ui.dialogs.prompts import (
    Choice,
    FileRequest,
    Message,
    PickRequest,
    Prompter,
    Question,
    Role,
    Severity,
)
from ui.document import Document
from ui.files.identity import DiskIdentity, changed_since, identity_of
from ui.files.loading import load_frozen
from ui.files.lock import DocumentLock, LockOutcome, LockOwner
from ui.files.recovery import RecoveryEntry, RecoveryStore
from ui.files.session import ReadOnly, Session, read_only_reason

_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_name_for(title: str) -> str:
    """A file name made from a roadmap title (no folder separators or odd characters)."""
    name = _UNSAFE_NAME.sub(" ", title).strip(" .")[:80].strip()
    return (name or "roadmap") + storage.SUFFIX


def with_suffix(path: str) -> str:
    return path if path.lower().endswith(storage.SUFFIX) else path + storage.SUFFIX


class FileController(QObject):
    """Runs the file commands for one window's document."""

    status = Signal(str)
    """A short note for the status bar ("Saved AI-rollout.pilotplan")."""
    autosaved = Signal()
    """Unsaved work was just written to the recovery folder."""

    def __init__(
        self,
        document: Document,
        session: Session,
        settings: Settings,
        recovery: RecoveryStore,
        prompter: Prompter,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.session = session
        self.settings = settings
        self.recovery = recovery
        self.prompter = prompter
        self._autosaved: Roadmap | None = None
        self.autosave_timer = QTimer(self)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.apply_autosave_interval()

    # ------------------------------------------------------------ asking

    def _filters(self) -> tuple[str, ...]:
        return (self.tr("Roadmaps (*.pilotplan)"), self.tr("All files (*)"))

    def _tell_error(self, key: str, title: str, text: str, informative: str, path: str) -> None:
        self.prompter.tell(
            Message(key, title, text, informative, details=path, severity=Severity.ERROR)
        )

    def maybe_save(self) -> bool:
        """Ask to save unsaved changes. False means: stop, the user cancelled or saving failed."""
        if not self.session.dirty:
            return True
        answer = self.prompter.ask(
            Question(
                key="unsaved-changes",
                title=self.tr("Unsaved Changes"),
                text=self.tr("Do you want to save the changes to “{name}”?").format(
                    name=self.session.name
                ),
                informative=self.tr("Your changes will be lost if you don't save them."),
                choices=(
                    Choice("save", self.tr("&Save"), Role.ACCEPT),
                    Choice("discard", self.tr("&Don't Save"), Role.DESTRUCTIVE),
                    Choice("cancel", self.tr("Cancel"), Role.REJECT),
                ),
                default="save",
                escape="cancel",
                severity=Severity.WARNING,
            )
        )
        if answer == "save":
            return self.save()
        return answer == "discard"

    # ------------------------------------------------------------ start-up

    def start_untitled(self, roadmap: Roadmap, name: str) -> None:
        """Show a roadmap that has no file yet (the sample at first start, a new roadmap)."""
        self._replace(roadmap)
        self.session.attach(
            None,
            untitled_name=name,
            suggested_path=str(Path(self.settings.last_directory) / file_name_for(roadmap.title)),
        )

    # ------------------------------------------------------------ New

    def template_label(self, name: str) -> str:
        labels = {
            "ai-adoption": self.tr("AI adoption: stages, gates and metrics"),
            "blank": self.tr("Blank roadmap"),
            templates.SAMPLE: self.tr("Sample programme"),
        }
        return labels.get(name, name)

    def template_description(self, name: str) -> str:
        described = {
            "ai-adoption": self.tr(
                "Three stages of growing ambition — writing assistance, project management, "
                "bespoke tasks — each with a go/no-go gate whose thresholds cite their source, "
                "and the standard usage metrics. Your teams, use cases and figures go in; "
                "nothing invented to delete first."
            ),
            "blank": self.tr("The standard metrics and one pilot stage, ready to fill in."),
        }
        if name in described:
            return described[name]
        try:
            return templates.describe(name)
        except KeyError:
            return ""

    def new_from_template(self) -> bool:
        names = [n for n in templates.names() if not templates.is_example(n)]
        chosen = self.prompter.pick(
            PickRequest(
                key="template",
                title=self.tr("New Roadmap"),
                text=self.tr("&Start from this template:"),
                items=tuple((n, self.template_label(n)) for n in names),
                current=names[0] if names else "",
                details={n: self.template_description(n) for n in names},
            )
        )
        if chosen is None:
            return False
        try:
            roadmap = templates.create(chosen)
        except (KeyError, storage.RoadmapLoadError) as exc:
            self._tell_error(
                "template-failed",
                self.tr("Cannot Create Roadmap"),
                self.tr("The template “{name}” cannot be used.").format(name=chosen),
                str(exc),
                "",
            )
            return False
        if not self.maybe_save():
            return False
        self._forget_current()
        self.start_untitled(roadmap, self.tr("Untitled"))
        self.status.emit(
            self.tr("New roadmap from “{name}”").format(name=self.template_label(chosen))
        )
        return True

    def open_sample(self) -> bool:
        """The full example programme, to look around in: unsaved, named as a sample."""
        if not self.maybe_save():
            return False
        self._forget_current()
        self.start_untitled(templates.sample(), self.tr("Sample roadmap"))
        return True

    # ------------------------------------------------------------ Open

    def open_dialog(self) -> bool:
        path = self.prompter.open_file(
            FileRequest(
                key="open",
                title=self.tr("Open Roadmap"),
                directory=self.settings.last_directory,
                filters=self._filters(),
            )
        )
        return bool(path) and self.open_path(str(path))

    def _read(self, path: str) -> tuple[Roadmap, DiskIdentity] | None:
        """The roadmap in a file and the file's identity, or None after showing why not."""
        try:
            data = read_file(path)
            stat = os.stat(path)
            roadmap = load_frozen(data, path)
        except storage.RoadmapLoadError as exc:
            self._tell_error(
                "open-failed",
                self.tr("Cannot Open Roadmap"),
                self.tr("“{name}” cannot be opened.").format(name=Path(path).name),
                "\n".join(str(p) for p in exc.problems),
                path,
            )
            return None
        except OSError as exc:
            self._tell_error(
                "open-failed",
                self.tr("Cannot Open Roadmap"),
                self.tr("“{name}” cannot be opened.").format(name=Path(path).name),
                exc.strerror or str(exc),
                path,
            )
            return None
        identity = DiskIdentity(len(data), stat.st_mtime_ns, hashlib.sha256(data).hexdigest())
        return roadmap, identity

    def open_path(self, path: str) -> bool:
        """Open a roadmap file (Open, Open Recent, drag and drop and the command line)."""
        path = os.path.abspath(path)
        if self.session.path is not None and _same_file(path, self.session.path):
            self.status.emit(self.tr("“{name}” is already open").format(name=Path(path).name))
            return True
        read = self._read(path)
        if read is None:
            return False
        roadmap, identity = read
        reason = read_only_reason(path)
        lock: DocumentLock | None = None
        if reason is ReadOnly.NO:
            lock = DocumentLock(path, self.settings.display_name)
            outcome = lock.acquire()
            if outcome is LockOutcome.HELD:
                choice = self._ask_locked(path, lock.owner)
                if choice == "cancel":
                    return False
                if choice == "copy":
                    return self._open_copy(path, roadmap)
                if choice == "read_only" or not lock.force():
                    lock, reason = None, ReadOnly.LOCKED
            elif outcome is LockOutcome.UNAVAILABLE:
                lock = None  # the lock is a courtesy; the save-time check still protects
        if not self.maybe_save():
            if lock is not None:
                lock.release()
            return False
        self._forget_current()
        self._replace(roadmap)
        self.session.attach(path, identity=identity, lock=lock, read_only=reason)
        self.settings.add_recent(path)
        self.settings.last_directory = str(Path(path).parent)
        self.status.emit(self.tr("Opened “{name}”").format(name=Path(path).name))
        return True

    def _ask_locked(self, path: str, owner: LockOwner | None) -> str:
        name = Path(path).name
        return self.prompter.ask(
            Question(
                key="locked",
                title=self.tr("Roadmap in Use"),
                text=self._who_has_it(name, owner),
                informative=self.tr(
                    "If you both change it, one of you will overwrite the other's work. "
                    "You can open it read-only, open a copy of your own, or open it anyway."
                ),
                choices=(
                    Choice("read_only", self.tr("Open &Read-Only"), Role.ACCEPT),
                    Choice("copy", self.tr("Open a &Copy"), Role.ACTION),
                    Choice("anyway", self.tr("Open &Anyway"), Role.DESTRUCTIVE),
                    Choice("cancel", self.tr("Cancel"), Role.REJECT),
                ),
                default="read_only",
                escape="cancel",
                severity=Severity.WARNING,
            )
        )

    def _who_has_it(self, name: str, owner: LockOwner | None) -> str:
        if owner is None:
            return self.tr("“{name}” is open in another window.").format(name=name)
        who = owner.display_name or owner.user
        if owner.host and owner.host != QSysInfo.machineHostName():
            where = self.tr("{who} on {host}").format(
                who=who or self.tr("Someone"), host=owner.host
            )
        else:
            where = who or self.tr("Someone on this computer")
        if owner.since is None:
            return self.tr("{who} has “{name}” open.").format(who=where, name=name)
        since = format_moment(owner.since)  # the app's one way of writing dates
        return self.tr("{who} has had “{name}” open since {since}.").format(
            who=where, name=name, since=since
        )

    def _open_copy(self, path: str, roadmap: Roadmap) -> bool:
        if not self.maybe_save():
            return False
        self._forget_current()
        stem = Path(path).stem
        copy_name = self.tr("{name} (copy)").format(name=stem)
        self._replace(lineage.as_copy(roadmap))
        self.session.attach(
            None,
            untitled_name=copy_name,
            suggested_path=str(Path(self.settings.last_directory) / (copy_name + storage.SUFFIX)),
        )
        return True

    # ------------------------------------------------------------ Save

    def save(self) -> bool:
        if self.session.path is None or self.session.read_only is not ReadOnly.NO:
            return self.save_as()
        path = self.session.path
        if changed_since(path, self.session.identity):
            answer = self.prompter.ask(
                Question(
                    key="changed-on-disk",
                    title=self.tr("File Changed on Disk"),
                    text=self.tr("“{name}” has been changed on disk since you opened it.").format(
                        name=Path(path).name
                    ),
                    informative=self.tr(
                        "Someone or another program has changed or replaced it. Overwrite it "
                        "with your version, or save yours under another name?"
                    ),
                    choices=(
                        Choice("save_as", self.tr("Save &As…"), Role.ACCEPT),
                        Choice("overwrite", self.tr("&Overwrite"), Role.DESTRUCTIVE),
                        Choice("cancel", self.tr("Cancel"), Role.REJECT),
                    ),
                    default="save_as",
                    escape="cancel",
                    severity=Severity.WARNING,
                )
            )
            if answer == "save_as":
                return self.save_as()
            if answer != "overwrite":
                return False
        return self._write(path)

    def _ask_save_path(self, key: str, title: str, suggestion: str) -> str | None:
        chosen = self.prompter.save_file(
            FileRequest(
                key=key,
                title=title,
                directory=suggestion,
                filters=self._filters(),
                default_suffix=storage.SUFFIX,
            )
        )
        return with_suffix(os.path.abspath(str(chosen))) if chosen else None

    def _suggestion(self) -> str:
        if self.session.path:
            return self.session.path
        if self.session.suggested_path:
            return self.session.suggested_path
        return str(Path(self.settings.last_directory) / file_name_for(self.document.roadmap.title))

    def _refuse_target(self, path: str) -> bool:
        """Tell why a chosen file cannot be written, if it cannot; True means refused."""
        if Path(path).exists() and read_only_reason(path) is ReadOnly.FILE:
            self._tell_error(
                "save-failed",
                self.tr("Cannot Save"),
                self.tr("“{name}” is read-only.").format(name=Path(path).name),
                self.tr("Choose another name or folder."),
                path,
            )
            return True
        return False

    def save_as(self) -> bool:
        path = self._ask_save_path("save-as", self.tr("Save Roadmap As"), self._suggestion())
        if path is None:
            return False
        same = self.session.path is not None and _same_file(path, self.session.path)
        if same and self.session.read_only is ReadOnly.NO:
            return self._write(path)
        if self._refuse_target(path):
            return False
        lock = DocumentLock(path, self.settings.display_name)
        if lock.acquire() is LockOutcome.HELD:
            self._tell_error(
                "save-failed",
                self.tr("Cannot Save"),
                self._who_has_it(Path(path).name, lock.owner),
                self.tr("Choose another name, or ask them to close it first."),
                path,
            )
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
        try:
            storage.save(written, path, backup=True)
        except storage.RoadmapSaveError as exc:
            self._tell_error(
                "save-failed",
                self.tr("Cannot Save"),
                self.tr("“{name}” could not be saved.").format(name=Path(path).name),
                self.tr("{reason}. The file on disk was not changed.").format(reason=exc.reason),
                path,
            )
            return False
        self.document.set_lineage(written.lineage)
        self.session.identity = identity_of(path)
        self.document.undo_stack.setClean()
        self.recovery.clear()
        self._autosaved = None
        self.settings.add_recent(path)
        self.settings.last_directory = str(Path(path).parent)
        self.status.emit(self.tr("Saved “{name}”").format(name=Path(path).name))
        return True

    def save_copy(self) -> bool:
        """Write a copy as a document of its own; the open roadmap stays as it is."""
        stem = Path(self._suggestion()).stem
        folder = Path(self._suggestion()).parent
        suggestion = str(folder / (self.tr("{name} (copy)").format(name=stem) + storage.SUFFIX))
        path = self._ask_save_path("save-copy", self.tr("Save a Copy"), suggestion)
        if path is None:
            return False
        if self.session.path is not None and _same_file(path, self.session.path):
            self._tell_error(
                "save-failed",
                self.tr("Cannot Save"),
                self.tr("A copy cannot replace the roadmap it is a copy of."),
                self.tr("Choose another name."),
                path,
            )
            return False
        if self._refuse_target(path):
            return False
        probe = DocumentLock(path, self.settings.display_name)
        if probe.acquire() is LockOutcome.HELD:
            self._tell_error(
                "save-failed",
                self.tr("Cannot Save"),
                self._who_has_it(Path(path).name, probe.owner),
                self.tr("Choose another name, or ask them to close it first."),
                path,
            )
            return False
        try:
            storage.save(lineage.as_copy(self.document.roadmap), path, backup=True)
        except storage.RoadmapSaveError as exc:
            self._tell_error(
                "save-failed",
                self.tr("Cannot Save"),
                self.tr("“{name}” could not be saved.").format(name=Path(path).name),
                self.tr("{reason}. The file on disk was not changed.").format(reason=exc.reason),
                path,
            )
            return False
        finally:
            probe.release()
        self.status.emit(self.tr("Saved a copy as “{name}”").format(name=Path(path).name))
        return True

    # ------------------------------------------------------------ Revert

    def revert(self) -> bool:
        path = self.session.path
        if path is None:
            return False
        if self.session.dirty:
            answer = self.prompter.ask(
                Question(
                    key="revert",
                    title=self.tr("Revert to Saved"),
                    text=self.tr("Discard your changes and reopen “{name}” as saved?").format(
                        name=Path(path).name
                    ),
                    informative=self.tr("Your unsaved changes will be lost."),
                    choices=(
                        Choice("revert", self.tr("&Revert"), Role.DESTRUCTIVE),
                        Choice("cancel", self.tr("Cancel"), Role.REJECT),
                    ),
                    default="cancel",
                    escape="cancel",
                    severity=Severity.WARNING,
                )
            )
            if answer != "revert":
                return False
        read = self._read(path)
        if read is None:
            return False
        roadmap, identity = read
        self._replace(roadmap)
        self.recovery.clear()
        self._autosaved = None
        self.session.identity = identity
        self.status.emit(self.tr("Reverted to the saved “{name}”").format(name=Path(path).name))
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
            self.status.emit(self.tr("Autosave failed: {reason}").format(reason=exc.reason))
            return False
        self._autosaved = roadmap
        self.autosaved.emit()
        return True

    def offer_recovery(self) -> bool:
        """After a crash, offer the work it left; True when a roadmap was recovered."""
        for entry in self.recovery.orphans():
            answer = self._ask_recover(entry)
            if answer == "discard":
                self.recovery.discard(entry)
            elif answer == "recover" and self._recover(entry):
                return True
        return False

    def _ask_recover(self, entry: RecoveryEntry) -> str:
        when = format_moment(entry.saved_at)
        name = entry.name or self.tr("Untitled")
        informative = self.tr("Its unsaved work was autosaved on {time}.").format(time=when)
        if entry.original_path:
            informative += "\n" + self.tr("Its file: {path}").format(path=entry.original_path)
        return self.prompter.ask(
            Question(
                key="recover",
                title=self.tr("Recover Unsaved Work"),
                text=self.tr(
                    "The app closed unexpectedly while “{name}” had unsaved changes."
                ).format(name=name),
                informative=informative
                + "\n"
                + self.tr("Recover it? You can then save it where you like."),
                choices=(
                    Choice("recover", self.tr("&Recover"), Role.ACCEPT),
                    Choice("later", self.tr("&Later"), Role.REJECT),
                    Choice("discard", self.tr("&Discard"), Role.DESTRUCTIVE),
                ),
                default="recover",
                escape="later",
            )
        )

    def _recover(self, entry: RecoveryEntry) -> bool:
        try:
            roadmap = self.recovery.load(entry)
        except storage.RoadmapLoadError as exc:
            self._tell_error(
                "recover-failed",
                self.tr("Cannot Recover"),
                self.tr("The autosaved work cannot be read."),
                "\n".join(str(p) for p in exc.problems),
                str(entry.data_path),
            )
            return False
        if not self.maybe_save():
            return False
        self._forget_current()
        name = Path(entry.original_path).stem if entry.original_path else entry.name
        name = name or self.tr("Untitled")
        suggested = entry.original_path or str(
            Path(self.settings.last_directory) / file_name_for(roadmap.title)
        )
        self._replace(roadmap)
        self.session.attach(
            None,
            untitled_name=self.tr("{name} (recovered)").format(name=name),
            suggested_path=suggested,
        )
        # Unsaved work: dirty although nothing is on the undo stack.
        self.document.undo_stack.resetClean()
        self.recovery.adopt(entry)
        self._autosaved = roadmap
        self.status.emit(self.tr("Recovered “{name}”; save it to keep it").format(name=name))
        return True

    # ------------------------------------------------------------ ending

    def shutdown(self) -> None:
        """The window closes normally (after :meth:`maybe_save`): nothing left to recover."""
        self.autosave_timer.stop()
        self.settings.last_file = self.session.path or ""
        self.session.release()
        self.recovery.close()

    # ------------------------------------------------------------ helpers

    def _forget_current(self) -> None:
        """The current roadmap is saved or its changes were discarded."""
        self.recovery.clear()
        self._autosaved = None

    def _replace(self, roadmap: Roadmap) -> None:
        self.document.set_read_only(False)
        self.document.replace(roadmap)
        self.document.undo_stack.setClean()


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))
