"""The planner's language is a context variable: set per thread or context, never leaked."""

from __future__ import annotations

import contextvars
import threading

from planner import i18n


def _in_thread(run: object) -> list[str]:
    seen: list[str] = []
    thread = threading.Thread(target=run, args=(seen,))  # type: ignore[arg-type]
    thread.start()
    thread.join()
    return seen


def test_another_thread_does_not_see_this_threads_language() -> None:
    with i18n.using("fr"):
        assert _in_thread(lambda seen: seen.append(i18n.language())) == ["en"]
        context = contextvars.copy_context()
        assert _in_thread(lambda seen: seen.append(context.run(i18n.language))) == ["fr"]
        assert i18n._("New stage") == "Nouvelle étape"
    assert i18n.language() == "en"


def test_a_context_keeps_its_language_to_itself() -> None:
    def french() -> str:
        i18n.set_language("fr")
        return i18n._("New stage")

    assert contextvars.copy_context().run(french) == "Nouvelle étape"
    assert i18n.language() == "en"
    assert i18n._("New stage") == "New stage"
