"""The planner's sentences follow the app's language (ui.app.i18n.install sets planner.i18n)."""

from __future__ import annotations

import pytest
from shell_support import SIZE_HINTS

from PySide6.QtWidgets import QApplication

from planner import i18n as planner_i18n
from planner.evidence import gates
from ui.app import i18n

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS)


def test_install_sets_the_planner_language(qapp: QApplication) -> None:
    try:
        assert i18n.install(qapp, "fr") == "fr"
        assert planner_i18n.language() == "fr"
        assert i18n.install(qapp, "en") == "en"
        assert planner_i18n.language() == "en"
    finally:
        i18n.install(qapp, "en")


def test_overview_explains_gates_in_the_language_chosen_live(qapp, qtbot, window) -> None:
    try:
        window.show_page("overview")
        window.window_actions.language_fr.trigger()
        overview = window.page("overview")
        roadmap = window.document.roadmap
        french = gates.evaluate_all(roadmap, overview.as_of())
        stage = french[0].stage.id
        qtbot.waitUntil(lambda: stage in getattr(overview, "cards", {}))
        shown = overview.cards[stage].explanation.text()
        assert shown == french[0].explanation
        window.window_actions.language_en.trigger()
        english = gates.evaluate_all(roadmap, overview.as_of())[0].explanation
        assert shown != english
        overview = window.page("overview")
        qtbot.waitUntil(lambda: stage in getattr(overview, "cards", {}))
        assert overview.cards[stage].explanation.text() == english
    finally:
        i18n.install(qapp, "en")
