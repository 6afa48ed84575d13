"""What the app asks and tells the user: questions, messages, file and pick requests, and
the :class:`Prompter` that shows them (see :mod:`ui.app.prompts`).

Plain data, without Qt: the real dialogs (:mod:`ui.app.prompt_dialogs`) load with the
first question, the window with these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol


class Severity(StrEnum):
    INFO = "info"
    QUESTION = "question"
    WARNING = "warning"
    ERROR = "error"


class Role(StrEnum):
    """What a choice means, so the real dialog can place and style its button."""

    ACCEPT = "accept"
    DESTRUCTIVE = "destructive"
    REJECT = "reject"
    ACTION = "action"


@dataclass(frozen=True)
class Choice:
    """One answer a question offers (a button)."""

    key: str
    label: str
    role: Role = Role.ACTION


@dataclass(frozen=True)
class Question:
    """A question the user answers by choosing one of its choices."""

    key: str
    """Stable name of the question (``unsaved-changes``, ``locked``…): what tests answer."""
    title: str
    text: str
    choices: tuple[Choice, ...]
    default: str
    escape: str
    """The answer when the dialog is dismissed (Esc, window close)."""
    informative: str = ""
    details: str = ""
    severity: Severity = Severity.QUESTION


@dataclass(frozen=True)
class Message:
    """Something the user is told (with an OK button, and maybe actions)."""

    key: str
    title: str
    text: str
    informative: str = ""
    details: str = ""
    severity: Severity = Severity.INFO
    actions: tuple[Choice, ...] = ()
    """Extra buttons besides OK (``Open containing folder``); the one clicked is returned."""


@dataclass(frozen=True)
class FileRequest:
    """A file the user is asked to open or save."""

    key: str
    title: str
    directory: str
    """Starting folder, or a suggested file path for a save."""
    filters: tuple[str, ...]
    """Qt name filters such as ``"Roadmaps (*.pilotplan)"``."""
    default_suffix: str = ""


@dataclass(frozen=True)
class PickRequest:
    """A list the user picks one item from."""

    key: str
    title: str
    text: str
    items: tuple[tuple[str, str], ...]
    """(key, label) pairs; the key of the chosen one is returned."""
    current: str = ""
    details: dict[str, str] = field(default_factory=dict)
    """Optional longer description per key, shown under the list."""


class Prompter(Protocol):
    def ask(self, question: Question) -> str: ...

    def tell(self, message: Message) -> str | None: ...

    def open_file(self, request: FileRequest) -> str | None: ...

    def save_file(self, request: FileRequest) -> str | None: ...

    def pick(self, request: PickRequest) -> str | None: ...
