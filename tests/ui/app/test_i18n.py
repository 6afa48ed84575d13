"""English and French: complete translations, Qt's own strings, the window in French."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from shell_support import SIZE_HINTS

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from planner.edit.operations import SetField
from ui.app import i18n

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS)


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "fr")
    yield
    i18n.install(qapp, "en")


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_no_unfinished_translations(language: str) -> None:
    assert i18n.unfinished(i18n.ts_path(language)) == []


def test_placeholders_survive_translation() -> None:
    """A translation that drops or renames ``{name}`` would break at run time."""
    braces = re.compile(r"\{\w*\}")
    for message in ET.parse(i18n.ts_path("fr")).getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            continue  # reported by test_no_unfinished_translations
        forms = translation.findall("numerusform") or [translation]
        for form in forms:
            assert sorted(braces.findall(form.text or "")) == sorted(braces.findall(source)), source


def test_compiled_french_matches_the_source(qapp: QApplication) -> None:
    translator = QTranslator()
    assert translator.load(str(i18n.qm_path("fr")))
    assert translator.translate("Menus", "&File") == "&Fichier"
    assert translator.translate("FileAsker", "Untitled") == "Sans titre"


def test_the_catalogue_holds_every_string_of_the_sources(tmp_path) -> None:
    """Every tr() string, in the context it is looked up in, is in the French catalogue
    (a class renamed or a string moved to another class needs its entry again)."""
    import subprocess

    fresh = tmp_path / "fresh.ts"
    files = [str(p) for p in i18n.sources()]
    assert files, "no sources found: the tool would empty the catalogue"
    subprocess.run(
        [i18n._tool("pyside6-lupdate"), "-locations", "none", *files, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )

    def entries(path) -> set[tuple[str, str]]:
        found = set()
        for context in ET.parse(path).getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                    continue
                found.add((context.findtext("name", ""), message.findtext("source", "")))
        return found

    assert entries(fresh) - entries(i18n.ts_path("fr")) == set()


def test_system_language_picks_french_for_a_french_locale() -> None:
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale("fr_CA"))
        assert i18n.resolve("en") == "en"
        assert i18n.resolve("fr") == "fr"
    finally:
        QLocale.setDefault(previous)


def test_french_loads_ours_and_qts_own(qapp: QApplication, french: None) -> None:
    files = i18n.installed_files()
    assert any(f.endswith("pilot_planner_fr.qm") for f in files)
    assert any(f.endswith("qtbase_fr.qm") for f in files)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


def test_main_window_builds_in_french(french: None, window) -> None:
    assert window.menus.file_menu.title() == "&Fichier"
    assert window.menus.edit_menu.title() == "É&dition"
    assert window.window_actions.save_as.text() == "Enregistrer &sous…"
    assert window.navigator.list.item(0).text() == "Vue d’ensemble"
    assert window.navigator.list.item(2).text() == "Étapes et jalons"
    assert window.windowTitle() == "Feuille de route d’exemple[*] — Pilot-to-Scale Planner"
    for key in window.page_keys():
        window.show_page(key)
    assert window.findings_button.text().endswith(("constat", "constats"))


def test_english_plural_forms(qapp: QApplication, window) -> None:
    i18n.install(qapp, "en")
    findings = window.findings
    findings.items = findings.items[:1]
    window.findings_button.retranslate()
    assert window.findings_button.text() == "1 finding"
    findings.items = []
    window.findings_button.retranslate()
    assert window.findings_button.text() == "0 findings"


def test_language_menu_switches_live(qapp: QApplication, qtbot, window, settings) -> None:
    try:
        for key in ("timeline", "overview"):
            window.show_page(key)  # built now, rebuilt by the switch
        window.window_actions.language_fr.trigger()
        assert settings.language == "fr"
        assert window.menus.file_menu.title() == "&Fichier"
        assert window.window_actions.language_fr.isChecked()
        assert window.navigator.list.item(1).text() == "Chronologie"
        window.window_actions.language_en.trigger()
        assert window.menus.file_menu.title() == "&File"
        assert window.navigator.list.item(1).text() == "Timeline"
        # The pages were rebuilt; edits reach the new ones and not the old ones.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        window.show_page("overview")
        window.document.execute(SetField("roadmap", None, "title", "After switch"), "Rename")
        overview = window.page("overview")
        qtbot.waitUntil(lambda: overview.title.text() == "After switch")
    finally:
        i18n.install(qapp, "en")


def test_timeline_and_dashboard_words_are_translated(qapp) -> None:
    from ui.app import i18n
    from ui.timeline import texts

    i18n.install(qapp, "fr")
    try:
        assert texts.tr("Stage / use case") != "Stage / use case"
    finally:
        i18n.install(qapp, "en")
