"""Every question the app asks the user goes through a :class:`Prompter`.

The window never calls ``QMessageBox`` or ``QFileDialog`` itself: it builds a
:class:`Question` (or a :class:`Message`) and hands it to its prompter. The
desktop uses :class:`QtPrompter`; tests and scripted runs use
:class:`ScriptedPrompter`, which answers from a script by the question's
``key`` and records what was asked, so every dialog path runs without a screen.

Text that comes from a roadmap file (titles, names, paths) is always shown as
plain text: a title such as ``<b>x</b>`` must appear literally.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ui.app.questions import Choice as Choice
from ui.app.questions import FileRequest as FileRequest
from ui.app.questions import Message as Message
from ui.app.questions import PickRequest as PickRequest
from ui.app.questions import Prompter as Prompter
from ui.app.questions import Question as Question
from ui.app.questions import Role as Role
from ui.app.questions import Severity as Severity

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


# ---------------------------------------------------------------- real dialogs


class QtPrompter:
    """Real dialogs, modal to ``parent``.

    The dialogs' module (:mod:`ui.app.prompt_dialogs`) loads with the first question: a
    start that asks nothing does not make their Qt classes and enum types (issue 17)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._parent = parent

    def ask(self, question: Question) -> str:
        from ui.app import prompt_dialogs

        return prompt_dialogs.ask(self._parent, question)

    def tell(self, message: Message) -> str | None:
        from ui.app import prompt_dialogs

        return prompt_dialogs.tell(self._parent, message)

    def open_file(self, request: FileRequest) -> str | None:
        from ui.app import prompt_dialogs

        return prompt_dialogs.open_file(self._parent, request)

    def save_file(self, request: FileRequest) -> str | None:
        from ui.app import prompt_dialogs

        return prompt_dialogs.save_file(self._parent, request)

    def pick(self, request: PickRequest) -> str | None:
        from ui.app import prompt_dialogs

        return prompt_dialogs.pick(self._parent, request)


# ------------------------------------------------------------- scripted answers


class UnexpectedQuestion(AssertionError):
    """A scripted run was asked something its script does not answer."""


@dataclass
class Asked:
    """What a scripted prompter was asked or told."""

    key: str
    title: str
    text: str
    informative: str
    details: str


class ScriptedPrompter:
    """Answers from a script, by question key; records everything asked and told.

    ``answers[key]`` is one answer or a list consumed in order. A file request
    is answered with a path (or ``None`` for Cancel). An unanswered question
    raises :class:`UnexpectedQuestion`, so a test notices a dialog it did not
    expect instead of hanging on it.
    """

    def __init__(self, answers: dict[str, object] | None = None) -> None:
        self.answers: dict[str, list[object]] = {}
        self.asked: list[Asked] = []
        self.told: list[Asked] = []
        for key, value in (answers or {}).items():
            self.answer(key, value)

    def answer(self, key: str, *values: object) -> None:
        """Queue answers for the question ``key`` (a list value queues each item)."""
        queue = self.answers.setdefault(key, [])
        for value in values:
            queue.extend(value if isinstance(value, list) else [value])

    def _next(self, key: str) -> object:
        queue = self.answers.get(key)
        if not queue:
            raise UnexpectedQuestion(f"no scripted answer for {key!r}")
        return queue.pop(0)

    def keys_asked(self) -> list[str]:
        return [a.key for a in self.asked]

    def keys_told(self) -> list[str]:
        return [a.key for a in self.told]

    def ask(self, question: Question) -> str:
        self.asked.append(_asked(question.key, question.title, question.text, question))
        answer = self._next(question.key)
        keys = {c.key for c in question.choices}
        if answer not in keys:
            raise UnexpectedQuestion(f"{answer!r} is not a choice of {question.key!r}: {keys}")
        return str(answer)

    def tell(self, message: Message) -> str | None:
        self.told.append(_asked(message.key, message.title, message.text, message))
        queue = self.answers.get(message.key)
        return str(queue.pop(0)) if queue else None

    def open_file(self, request: FileRequest) -> str | None:
        return self._file(request)

    def save_file(self, request: FileRequest) -> str | None:
        return self._file(request)

    def _file(self, request: FileRequest) -> str | None:
        self.asked.append(Asked(request.key, request.title, request.directory, "", ""))
        answer = self._next(request.key)
        return None if answer is None else os.fspath(answer)  # type: ignore[call-overload]

    def pick(self, request: PickRequest) -> str | None:
        self.asked.append(Asked(request.key, request.title, request.text, "", ""))
        answer = self._next(request.key)
        keys = {key for key, _label in request.items}
        if answer is not None and answer not in keys:
            raise UnexpectedQuestion(f"{answer!r} is not offered by {request.key!r}: {keys}")
        return None if answer is None else str(answer)


def _asked(key: str, title: str, text: str, source: Question | Message) -> Asked:
    return Asked(key, title, text, source.informative, source.details)
