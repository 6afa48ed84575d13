"""Languages: English (the source) and French, plus Qt's own dialog strings.

At start-up (and when the user picks View ▸ Language) :func:`install` loads
``resources/translations/pilot_planner_<lang>.qm`` and Qt's ``qtbase_<lang>.qm``
from the PySide6 installation. Installing translators makes Qt send a
``LanguageChange`` event to every widget, which the main window answers by
re-translating its actions and rebuilding its pages.

Developers refresh the translations with::

    python -m ui.app.i18n update     # lupdate over ui/ → .ts, then lrelease → .qm
    python -m ui.app.i18n check      # lists unfinished entries (exit 1 if any)

New strings appear in ``pilot_planner_fr.ts`` marked unfinished; translate
them in ``pyside6-linguist`` (or by editing the XML) and run ``update`` again.
``pilot_planner_en.ts`` holds only the English plural forms (``%n finding(s)``).
"""

from __future__ import annotations

import ast
import os
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from planner import i18n as planner_i18n
from planner.resources import resources_dir

LANGUAGES = ("en", "fr")
BASENAME = "pilot_planner"
_ROOT = Path(__file__).resolve().parents[2]
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resources_dir() / "translations"


def ts_path(language: str = "fr") -> Path:
    return translations_dir() / f"{BASENAME}_{language}.ts"


def qm_path(language: str = "fr") -> Path:
    return translations_dir() / f"{BASENAME}_{language}.qm"


def system_language() -> str:
    """The system's language if we ship it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def resolve(preference: str) -> str:
    """``system``/``en``/``fr`` → the language to use."""
    return preference if preference in LANGUAGES else system_language()


def install(app: QCoreApplication, preference: str) -> str:
    """Load the translators for ``preference``; returns the language now in use."""
    language = resolve(preference)
    # The planner's own sentences (gates, forecasts, findings, refused edits), first:
    # installing a translator makes widgets rebuild their texts.
    planner_i18n.set_language(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # English is the source language; its file only holds plural forms ("1 finding").
    ours = QTranslator(app)
    if ours.load(str(qm_path(language))):
        app.installTranslator(ours)
        _installed.append(ours)
    if language != "en":
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(QLocale(language), "qtbase", "_", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
    # Dates and numbers: the system's conventions when they are in this language.
    system = QLocale.system()
    same = system.name().split("_")[0] == language
    QLocale.setDefault(system if same else QLocale(language))
    return language


def installed_files() -> list[str]:
    return [t.filePath() for t in _installed]


# ------------------------------------------------------------------ tooling


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def sources() -> list[Path]:
    """Every Python file of the desktop app (the strings ``lupdate`` collects)."""
    return sorted(p for p in (_ROOT / "ui").rglob("*.py") if "__pycache__" not in p.parts)


def unfinished(ts: Path) -> list[str]:
    """Source texts of entries not yet translated (obsolete ones are ignored)."""
    import xml.etree.ElementTree as ET  # (the maintenance commands only, not the app's start)

    missing: list[str] = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        kind = "" if translation is None else translation.get("type", "")
        if kind in ("obsolete", "vanished"):
            continue
        source = message.findtext("source", "")
        if translation is None or kind == "unfinished":
            missing.append(source)
            continue
        forms = translation.findall("numerusform")
        texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
        if any(not t for t in texts):
            missing.append(source)
    return missing


def update() -> int:
    import subprocess  # (the maintenance commands only, not the app's start)

    folder = translations_dir()
    folder.mkdir(parents=True, exist_ok=True)
    files = [os.path.relpath(p, folder) for p in sources()]
    if not files:  # lupdate with no sources would empty every catalogue
        raise SystemExit(f"no source files found under {_ROOT / 'ui'}")
    for language in LANGUAGES:
        # English needs only the plural forms; French needs everything.
        only_plurals = ["-pluralonly"] if language == "en" else []
        subprocess.run(
            [_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *only_plurals,
             *files, "-ts", ts_path(language).name],
            cwd=folder,
            check=True,
        )  # fmt: skip
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", ts_path(language).name,
             "-qm", qm_path(language).name],
            cwd=folder,
            check=True,
        )  # fmt: skip
    return report()


def known_contexts() -> set[str]:
    """Contexts a lookup at run time can use: class names (``self.tr``) and the
    first argument of literal ``translate("Context", …)`` / ``QT_TRANSLATE_NOOP`` calls."""
    found: set[str] = set()
    for path in sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                found.add(node.name)
            elif isinstance(node, ast.Call) and node.args:
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                first = node.args[0]
                if name in ("translate", "QT_TRANSLATE_NOOP") and isinstance(first, ast.Constant):
                    found.add(str(first.value))
    return found


def stray_contexts(ts: Path) -> dict[str, list[str]]:
    """Entries lupdate filed under a context no lookup uses, such as ``""`` for a
    module-level ``tr()`` helper or ``texts`` for ``texts.tr(…)``: translated in
    the file but never shown, because the helper looks them up elsewhere."""
    import xml.etree.ElementTree as ET

    known = known_contexts()
    stray: dict[str, list[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        if name not in known:
            stray[name] = [m.findtext("source", "") for m in context.iter("message")]
    return stray


def report() -> int:
    status = 0
    for language in LANGUAGES:
        missing = unfinished(ts_path(language))
        for text in missing:
            print(f"{language} unfinished: {text!r}")
        print(f"{ts_path(language).name}: {len(missing)} unfinished")
        status = status or (1 if missing else 0)
    # A warning for now: call tr() helpers as QCoreApplication.translate("Context", "…").
    for name, texts in stray_contexts(ts_path("fr")).items():
        print(f"warning: {len(texts)} entries in context {name!r}, which no lookup uses:")
        for text in texts:
            print(f"    {text!r}")
    return status


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["update"]:
        return update()
    if args == ["check"]:
        return report()
    print("usage: python -m ui.app.i18n update|check", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
