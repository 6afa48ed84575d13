"""The words of the file commands: every question, message and status note.

A thin layer over the injected :class:`~ui.app.prompts.Prompter`: each
method asks or tells one thing and returns the answer's key. What to ask and
when is decided in :mod:`ui.files.controller` with :mod:`ui.files.policy`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QSysInfo

from planner import templates
from planner.file import storage
from planner.i18n import format_moment
from ui.app.prompts import (
    Choice,
    FileRequest,
    Message,
    PickRequest,
    Prompter,
    Question,
    Role,
    Severity,
)
from ui.files.lock import LockOwner
from ui.files.recovery import RecoveryEntry


class FileAsker(QObject):
    """Asks and tells what the file commands need, in the user's language."""

    def __init__(self, prompter: Prompter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.prompter = prompter

    # ------------------------------------------------------------ choosing files

    def _filters(self) -> tuple[str, ...]:
        return (self.tr("Roadmaps (*.pilotplan)"), self.tr("All files (*)"))

    def open_path(self, directory: str) -> str | None:
        return self.prompter.open_file(
            FileRequest(
                key="open",
                title=self.tr("Open Roadmap"),
                directory=directory,
                filters=self._filters(),
            )
        )

    def save_path(self, key: str, suggestion: str) -> str | None:
        titles = {"save-as": self.tr("Save Roadmap As"), "save-copy": self.tr("Save a Copy")}
        return self.prompter.save_file(
            FileRequest(
                key=key,
                title=titles[key],
                directory=suggestion,
                filters=self._filters(),
                default_suffix=storage.SUFFIX,
            )
        )

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

    def template(self, names: Sequence[str]) -> str | None:
        return self.prompter.pick(
            PickRequest(
                key="template",
                title=self.tr("New Roadmap"),
                text=self.tr("&Start from this template:"),
                items=tuple((n, self.template_label(n)) for n in names),
                current=names[0] if names else "",
                details={n: self.template_description(n) for n in names},
            )
        )

    # ------------------------------------------------------------ questions

    def unsaved_changes(self, name: str) -> str:
        """``save``, ``discard`` or ``cancel``."""
        return self.prompter.ask(
            Question(
                key="unsaved-changes",
                title=self.tr("Unsaved Changes"),
                text=self.tr("Do you want to save the changes to “{name}”?").format(name=name),
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

    def locked(self, path: str, owner: LockOwner | None) -> str:
        """``read_only``, ``copy``, ``anyway`` or ``cancel``."""
        return self.prompter.ask(
            Question(
                key="locked",
                title=self.tr("Roadmap in Use"),
                text=self.who_has_it(Path(path).name, owner),
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

    def who_has_it(self, name: str, owner: LockOwner | None) -> str:
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

    def changed_on_disk(self, name: str) -> str:
        """``save_as``, ``overwrite`` or ``cancel``."""
        return self.prompter.ask(
            Question(
                key="changed-on-disk",
                title=self.tr("File Changed on Disk"),
                text=self.tr("“{name}” has been changed on disk since you opened it.").format(
                    name=name
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

    def revert(self, name: str) -> str:
        """``revert`` or ``cancel``."""
        return self.prompter.ask(
            Question(
                key="revert",
                title=self.tr("Revert to Saved"),
                text=self.tr("Discard your changes and reopen “{name}” as saved?").format(
                    name=name
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

    def recover(self, entry: RecoveryEntry) -> str:
        """``recover``, ``later`` or ``discard``."""
        when = format_moment(entry.saved_at)
        name = entry.name or self.untitled()
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

    # ------------------------------------------------------------ messages

    def _error(self, key: str, title: str, text: str, informative: str, path: str) -> None:
        self.prompter.tell(
            Message(key, title, text, informative, details=path, severity=Severity.ERROR)
        )

    def cannot_open(self, path: str, reasons: Sequence[str]) -> None:
        self._error(
            "open-failed",
            self.tr("Cannot Open Roadmap"),
            self.tr("“{name}” cannot be opened.").format(name=Path(path).name),
            "\n".join(reasons),
            path,
        )

    def cannot_create(self, template: str, reason: str) -> None:
        self._error(
            "template-failed",
            self.tr("Cannot Create Roadmap"),
            self.tr("The template “{name}” cannot be used.").format(name=template),
            reason,
            "",
        )

    def cannot_save(self, path: str, reason: str) -> None:
        self._error(
            "save-failed",
            self.tr("Cannot Save"),
            self.tr("“{name}” could not be saved.").format(name=Path(path).name),
            self.tr("{reason}. The file on disk was not changed.").format(reason=reason),
            path,
        )

    def read_only_target(self, path: str) -> None:
        self._error(
            "save-failed",
            self.tr("Cannot Save"),
            self.tr("“{name}” is read-only.").format(name=Path(path).name),
            self.tr("Choose another name or folder."),
            path,
        )

    def copy_onto_itself(self, path: str) -> None:
        self._error(
            "save-failed",
            self.tr("Cannot Save"),
            self.tr("A copy cannot replace the roadmap it is a copy of."),
            self.tr("Choose another name."),
            path,
        )

    def target_in_use(self, path: str, owner: LockOwner | None) -> None:
        self._error(
            "save-failed",
            self.tr("Cannot Save"),
            self.who_has_it(Path(path).name, owner),
            self.tr("Choose another name, or ask them to close it first."),
            path,
        )

    def cannot_recover(self, path: str, reasons: Sequence[str]) -> None:
        self._error(
            "recover-failed",
            self.tr("Cannot Recover"),
            self.tr("The autosaved work cannot be read."),
            "\n".join(reasons),
            path,
        )

    # ------------------------------------------------------------ names and notes

    def untitled(self) -> str:
        return self.tr("Untitled")

    def sample_name(self) -> str:
        return self.tr("Sample roadmap")

    def copy_name(self, name: str) -> str:
        return self.tr("{name} (copy)").format(name=name)

    def recovered_name(self, name: str) -> str:
        return self.tr("{name} (recovered)").format(name=name)

    def loading(self, name: str) -> str:
        return self.tr("Opening “{name}”…").format(name=name)

    def cancel_label(self) -> str:
        return self.tr("Cancel")

    def note(self, what: str, name: str) -> str:
        """A status-bar note: ``what`` is one of the keys below."""
        notes = {
            "new": self.tr("New roadmap from “{name}”"),
            "already-open": self.tr("“{name}” is already open"),
            "opened": self.tr("Opened “{name}”"),
            "open-cancelled": self.tr("Opening “{name}” was cancelled"),
            "saved": self.tr("Saved “{name}”"),
            "saved-copy": self.tr("Saved a copy as “{name}”"),
            "reverted": self.tr("Reverted to the saved “{name}”"),
            "recovered": self.tr("Recovered “{name}”; save it to keep it"),
        }
        return notes[what].format(name=name)

    def autosave_failed(self, reason: str) -> str:
        return self.tr("Autosave failed: {reason}").format(reason=reason)
